"""What each command of the command line does, given its parsed arguments.

Each handler takes the arguments and the output and error streams and
returns the exit status; `COMMANDS` maps command names to them (None: no
command).
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coprod_standards.core.models import Framework
from coprod_standards.core.policy import Policy, policy_from_options
from coprod_standards.errors import CoprodError, FieldError
from coprod_standards.formats.loader import load

if TYPE_CHECKING:
    from coprod_standards.core.assessment import Assessment
    from coprod_standards.core.results import Evaluation
    from coprod_standards.errors import Problem

EXIT_OK = 0
EXIT_PROBLEMS = 1


def _policy(arguments: argparse.Namespace) -> Policy:
    """The policy that the command line's options (one for each field) describe."""
    try:
        return policy_from_options(vars(arguments))
    except FieldError as error:
        # The model names its field; the person typed the option.
        option = "--" + error.field.replace("_", "-")
        message = str(error)
        if message.startswith(error.field + " "):
            raise CoprodError(option + message.removeprefix(error.field)) from None
        raise CoprodError(f"{option}: {message}") from None


def standards_summary(framework: Framework) -> str:
    """A short text summary of *framework*: its name, counts and standards.

    >>> from coprod_standards import load
    >>> print(standards_summary(load("1.1")).splitlines()[0])
    Co-Production Quality Standards — How are we doing? V1.1
    """
    surveys = sum(1 for criterion in framework.criteria if criterion.survey is not None)
    lines = [
        framework.name,
        f"{len(framework.standards)} standards, {len(framework.indicators)} quality "
        f"indicators, {len(framework.criteria)} criteria ({surveys} decided by surveys)",
        "",
    ]
    for standard in framework.standards:
        tiers = [0, 0, 0]
        for indicator in standard.indicators:
            for criterion in indicator.criteria:
                tiers[criterion.tier.rank] += 1
        lines.append(
            f"{standard.number:>2}. {standard.title} — {len(standard.indicators)} indicators; "
            f"criteria: {tiers[0]} bronze, {tiers[1]} silver, {tiers[2]} gold"
        )
    return "\n".join(lines) + "\n"


def _json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=_json_default) + "\n"


def _json_default(value: object) -> object:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _standards_summary(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    stdout.write(standards_summary(_standards(arguments)))
    return EXIT_OK


def _show(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.reports.listing import listing_data, listing_markdown, listing_text

    framework = _standards(arguments)
    numbers = [str(standard.number) for standard in framework.standards]
    if arguments.standard is not None and arguments.standard not in numbers:
        first = arguments.standard.split(".")[0]
        hint = (
            f"; to see {arguments.standard}, show its standard: --standard {first}"
            if first in numbers
            else ""
        )
        raise CoprodError(
            f"--standard takes a standard's number, from {numbers[0]} to {numbers[-1]} in "
            f"version {framework.version}, not {arguments.standard!r}{hint}"
        )
    if arguments.format == "json":
        from coprod_standards.formats._converter import converter  # only for JSON

        data = listing_data(framework, arguments.standard, unstructure=converter.unstructure)
        stdout.write(_json(data))
    elif arguments.format == "markdown":
        stdout.write(listing_markdown(framework, arguments.standard))
    else:
        stdout.write(listing_text(framework, arguments.standard))
    return EXIT_OK


def _template(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.formats.template import assessment_template

    framework = _standards(arguments)
    day = arguments.date or datetime.date.today()
    text = assessment_template(framework, assessed_on=day, organisation=arguments.organisation)
    if arguments.output is None:
        stdout.write(text)
    else:
        _write(arguments.output, text, arguments.force)
    return EXIT_OK


def _write(path: Path, text: str, force: bool) -> None:
    """Write an output file; one that exists is overwritten only with --force."""
    from coprod_standards.formats._files import write_text

    try:
        write_text(path, text, overwrite=force)
    except FileExistsError:
        raise CoprodError(f"{path} already exists; --force overwrites it") from None


def _standards(arguments: argparse.Namespace) -> Framework:
    """The framework --standards-version gives; the latest without it."""
    framework = _given(arguments)
    return load() if framework is None else framework


def _given(arguments: argparse.Namespace) -> Framework | None:
    """The framework to evaluate against, where --standards-version gives one."""
    given = arguments.standards_version
    return None if given is None else _framework(given)


def _assessment(path: Path, framework: Framework | None, given: str | None) -> Assessment:
    """The assessment at *path*, checked against *framework* where given."""
    from coprod_standards.errors import DataError
    from coprod_standards.formats.assessment_files import load_assessment

    try:
        return load_assessment(path, framework=framework)
    except DataError as error:
        raise DataError(hinted(error.problems, path, given)) from None


def hinted(problems: Sequence[Problem], path: Path, given: str | None) -> list[Problem]:
    """*problems* of the file at *path*, with what to do on the command line where it helps."""
    import attrs

    # The loader's words say what is wrong; these say what to do on the command line.
    if given is None:
        hint = " (for a draft, name its directory with --standards-version)"
        code = "unknown-version"
    else:
        import shlex

        command = shlex.join(["coprod-standards", "migrate", str(path), "--to", given])
        hint = (
            f"; carry it over first with: {command} -o NEW_FILE; or give "
            "--standards-version the version it answers"
        )
        code = "version"
    return [
        attrs.evolve(problem, message=problem.message + hint) if problem.code == code else problem
        for problem in problems
    ]


def _evaluated(
    path: Path, arguments: argparse.Namespace, framework: Framework | None
) -> Evaluation:
    """The evaluation of the assessment at *path*, against *framework* or the version it names."""
    from coprod_standards.core.engine import evaluate

    assessment = _assessment(path, framework, arguments.standards_version)
    against = load(assessment.version) if framework is None else framework
    return evaluate(against, assessment, _policy(arguments))


def _evaluate(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    if arguments.level is not None and arguments.format != "csv":
        raise CoprodError(
            f"--level chooses the rows of --format csv; {arguments.format} output has its own "
            "layout: leave out --level, or add --format csv"
        )
    evaluation = _evaluated(arguments.file, arguments, _given(arguments))
    if arguments.format == "json":
        stdout.write(_json(evaluation.to_dict()))
    elif arguments.format == "markdown":
        from coprod_standards.reports.markdown_report import evaluation_markdown

        stdout.write(evaluation_markdown(evaluation))
    elif arguments.format == "csv":
        from coprod_standards.reports.tables import records_csv

        stdout.write(records_csv(evaluation.to_records(arguments.level or "indicator")))
    else:
        from coprod_standards.reports.text_report import evaluation_text

        stdout.write(evaluation_text(evaluation))
    return EXIT_OK


def _not_an_input(output: Path, *inputs: Path) -> None:
    """Refuse to write over a file the command reads."""
    for source in inputs:
        if output.exists() and source.exists() and output.resolve() == source.resolve():
            raise CoprodError(
                f"{output} is also the file being read; write to another file so that it is "
                "not lost"
            )


def _report(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.reports.html_report import evaluation_html

    _not_an_input(arguments.output, arguments.file)
    evaluation = _evaluated(arguments.file, arguments, _given(arguments))
    _write(arguments.output, evaluation_html(evaluation), arguments.force)
    stdout.write(f"wrote {arguments.output}\n")
    return EXIT_OK


def _compare(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.reports.progress import compare, comparison_markdown, comparison_text

    framework = _given(arguments)
    comparison = compare(
        _evaluated(arguments.old, arguments, framework),
        _evaluated(arguments.new, arguments, framework),
    )
    if arguments.format == "json":
        stdout.write(_json(comparison.to_dict()))
    elif arguments.format == "markdown":
        stdout.write(comparison_markdown(comparison))
    else:
        stdout.write(comparison_text(comparison))
    return EXIT_OK


def _plan(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.reports.plan import plan_csv, plan_markdown

    evaluation = _evaluated(arguments.file, arguments, _given(arguments))
    stdout.write(plan_csv(evaluation) if arguments.format == "csv" else plan_markdown(evaluation))
    return EXIT_OK


def _framework(text: str) -> Framework:
    """A version (such as 1.1), or else a directory holding a draft."""
    from coprod_standards.formats.loader import available_versions, load_path

    if text in available_versions():
        return load(text)
    path = Path(text)
    return load_path(path) if path.is_dir() else load(text)


def _validate(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.tooling.validation import Severity, validate

    if not arguments.directory.is_dir():
        what = "a file, not a directory" if arguments.directory.exists() else "no such directory"
        raise CoprodError(
            f"{arguments.directory}: {what}; name a directory that holds manifest.yaml"
        )
    against = None if arguments.against is None else _framework(arguments.against)
    found = validate(arguments.directory, against=against)
    errors = sum(1 for d in found if d.severity is Severity.ERROR)
    warnings = len(found) - errors
    if arguments.format == "json":
        stdout.write(_json([d.to_dict() for d in found]))
    else:
        for diagnostic in found:
            stdout.write(f"{diagnostic}\n")
        stdout.write(
            f"{errors} error{'' if errors == 1 else 's'}, "
            f"{warnings} warning{'' if warnings == 1 else 's'} in {arguments.directory}\n"
        )
    if errors:
        return EXIT_PROBLEMS
    if arguments.write_fingerprints:
        from coprod_standards.formats._files import write_text
        from coprod_standards.formats.loader import load_path
        from coprod_standards.tooling.fingerprints import FINGERPRINTS, fingerprints_yaml

        # Replacing an earlier fingerprints.yaml is what --write-fingerprints asks for
        # (and validation has just passed against it), so no --force here.
        target = arguments.directory / FINGERPRINTS
        write_text(target, fingerprints_yaml(load_path(target.parent)), inside=target.parent)
        if arguments.format == "text":
            stdout.write(f"wrote {target}\n")
    return EXIT_OK


def _diff(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.reports.changelog import diff_markdown
    from coprod_standards.tooling.changes import diff

    result = diff(_framework(arguments.old), _framework(arguments.new))
    stdout.write(_json(result.to_dict()) if arguments.format == "json" else diff_markdown(result))
    return EXIT_OK


def _migrate(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.formats.assessment_files import dumps_assessment, load_assessment
    from coprod_standards.tooling.migration import migrate

    _not_an_input(arguments.output, arguments.file)
    result = migrate(load_assessment(arguments.file), _framework(arguments.to))
    json_format = arguments.output.suffix.lower() == ".json"
    text = dumps_assessment(result.assessment, format="json" if json_format else "yaml")
    _write(arguments.output, text, arguments.force)
    new = result.assessment.version
    lines = [
        f"wrote {arguments.output}: the assessment in version {new}",
        f"  {len(result.carried)} answers carried over",
        f"  {len(result.reconfirm)} to confirm again (meaning changed): "
        f"{', '.join(result.reconfirm) or 'none'}",
        f"  {len(result.retired)} retired (kept under 'retired' for reference): "
        f"{', '.join(result.retired) or 'none'}",
    ]
    if result.dropped_surveys:
        lines.append(
            f"  {len(result.dropped_surveys)} surveys dropped (their metric or population "
            f"is not in version {new})"
        )
    stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _schema(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from coprod_standards.formats.schema import schema_text

    framework = _standards(arguments) if arguments.kind == "assessment" else None
    stdout.write(schema_text(arguments.kind, framework))
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    None: _standards_summary,
    "show": _show,
    "template": _template,
    "evaluate": _evaluate,
    "report": _report,
    "compare": _compare,
    "plan": _plan,
    "validate": _validate,
    "diff": _diff,
    "migrate": _migrate,
    "schema": _schema,
}
