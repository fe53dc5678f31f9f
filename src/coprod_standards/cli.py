"""The command line: ``coprod-standards`` and ``python -m coprod_standards``.

`run` does the work and returns the exit status, writing only to the streams
it is given, so that tests and embedding programs can call it directly;
`main` is the thin wrapper the console script uses.

Exit statuses: 0 success; 1 when a check finds problems; 2 bad input or
usage, with a message on stderr that names the file (and line, where there
is one); 3 an unexpected internal error, with a short message and where to
report it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from . import __version__
from .errors import CoprodError
from .loader import available_versions, load
from .models import Framework
from .policy import BandReading, Consensus, Policy, PopulationRule, RollUp

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from .results import Evaluation

__all__ = ["main", "run"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3
_REPORT_TO = "the coprod-standards issue tracker, with the command you ran"


class _UsageError(Exception):
    """argparse found a problem with the command line."""


class _Parser(argparse.ArgumentParser):
    """argparse that writes to the given stream and raises instead of exiting on errors."""

    def __init__(self, stdout: TextIO, **kwargs: Any) -> None:
        super().__init__(formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)
        self.stdout = stdout

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            self.stdout.write(message)

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message}\nTry '{self.prog} --help'.")


def _command(
    commands: Any, stdout: TextIO, name: str, summary: str, description: str, example: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        stdout=stdout,
        help=summary,
        description=textwrap.fill(description, 78),
        epilog=f"Example:\n  {example}",
    )
    return parser


def _parser(stdout: TextIO) -> argparse.ArgumentParser:
    parser = _Parser(
        stdout,
        prog="coprod-standards",
        description=textwrap.fill(
            "The Co-Production Quality Standards checklist as data: list the standards, "
            "write a blank assessment, evaluate assessments and report on them. With no "
            "command, print a summary of the standards.",
            78,
        ),
        epilog="Example:\n  coprod-standards evaluate examples/mixed-tiers.yaml",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--standards-version",
        metavar="VERSION",
        help=f"the version of the standards (default: the latest; available: "
        f"{', '.join(available_versions())})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    show = _command(
        commands,
        stdout,
        "show",
        "list the standards, indicators and criteria with their ids",
        "List the standards, their quality indicators and their criteria, with ids.",
        "coprod-standards show --standard 3 --format markdown",
    )
    show.add_argument("--standard", metavar="N", help="only standard N, such as 3")
    show.add_argument("--format", choices=("text", "markdown", "json"), default="text")

    template = _command(
        commands,
        stdout,
        "template",
        "write a blank assessment to fill in",
        "Write a blank assessment: every criterion's id with its published text beside it. "
        "Evaluated unchanged, it reaches no tier anywhere.",
        "coprod-standards template -o riverside.yaml --organisation Riverside",
    )
    template.add_argument("-o", "--output", type=Path, help="the file to write (default: stdout)")
    template.add_argument("--organisation", default="", help="the organisation's name")
    template.add_argument(
        "--date", type=_date, help="the assessment date, YYYY-MM-DD (default: today)"
    )

    evaluate = _command(
        commands,
        stdout,
        "evaluate",
        "evaluate an assessment: the tier of each indicator and standard",
        "Evaluate an assessment file against the standards version it names.",
        "coprod-standards evaluate examples/mixed-tiers.yaml --format json",
    )
    evaluate.add_argument("file", type=Path, help="the assessment: YAML, or JSON (.json)")
    evaluate.add_argument(
        "--format",
        choices=("text", "json", "markdown", "csv"),
        default="text",
        help="output format (default: text)",
    )
    evaluate.add_argument(
        "--level",
        choices=("indicator", "criterion"),
        default="indicator",
        help="for csv: one row per indicator or per criterion (default: indicator)",
    )
    _policy_options(evaluate)

    report = _command(
        commands,
        stdout,
        "report",
        "write a self-contained HTML report of an assessment",
        "Write an HTML report: one file that works offline and prints well.",
        "coprod-standards report examples/mixed-tiers.yaml -o report.html",
    )
    report.add_argument("file", type=Path, help="the assessment")
    report.add_argument("-o", "--output", type=Path, required=True, help="the HTML file to write")
    _policy_options(report)

    compare = _command(
        commands,
        stdout,
        "compare",
        "show progress between two assessments of one organisation",
        "Compare two assessments of one organisation: indicators that went up or down a "
        "tier, criteria newly met or lost, and survey changes.",
        "coprod-standards compare riverside-2025.yaml riverside-2026.yaml",
    )
    compare.add_argument("old", type=Path, help="the earlier assessment")
    compare.add_argument("new", type=Path, help="the later assessment")
    compare.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    _policy_options(compare)

    plan = _command(
        commands,
        stdout,
        "plan",
        "write an action plan: the criteria each indicator needs next",
        "Write an action plan: for each indicator, the criteria needed for its next tier, "
        "with the organisation's comments; the quickest wins come first.",
        "coprod-standards plan examples/small-organisation-bronze.yaml --format csv",
    )
    plan.add_argument("file", type=Path, help="the assessment")
    plan.add_argument("--format", choices=("markdown", "csv"), default="markdown")
    _policy_options(plan)

    summary = _command(
        commands,
        stdout,
        "summary",
        "summarise many organisations' assessments",
        "Evaluate many assessments (files, or directories of .yaml, .yml and .json files) "
        "and count how many organisations reach each tier, per standard and indicator.",
        "coprod-standards summary assessments/ --format csv",
    )
    summary.add_argument("paths", type=Path, nargs="+", metavar="DIR_OR_FILE")
    summary.add_argument("--format", choices=("markdown", "csv", "json"), default="markdown")
    summary.add_argument(
        "--by",
        choices=("tier", "organisation"),
        default="tier",
        help="for csv and markdown: counts per standard and indicator, or one row per "
        "organisation (default: tier)",
    )
    _policy_options(summary)

    validate = _command(
        commands,
        stdout,
        "validate",
        "check a standards directory before publishing it",
        "Check a directory of standards (a draft of a new version) and report every problem "
        "with its code, file, line and column. Exit status 1 when there are errors.",
        "coprod-standards validate drafts/v1_2 --against 1.1",
    )
    validate.add_argument("directory", type=Path, help="the standards directory")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.add_argument(
        "--against",
        metavar="VERSION_OR_DIR",
        help="the previous version (a version such as 1.1, or a directory): ids kept from "
        "it must keep their meaning unless the manifest declares the change",
    )
    validate.add_argument(
        "--write-fingerprints",
        action="store_true",
        help="when there are no errors, record the directory's fingerprints.yaml (on publishing)",
    )

    diff = _command(
        commands,
        stdout,
        "diff",
        "list what changed between two versions of the standards",
        "List what changed between two versions: standards, indicators and criteria added, "
        "removed, moved, reworded, and survey thresholds changed. Markdown is a changelog "
        "for release notes.",
        "coprod-standards diff 1.1 drafts/v1_2",
    )
    diff.add_argument("old", metavar="OLD", help="a version such as 1.1, or a directory")
    diff.add_argument("new", metavar="NEW", help="a version, or a directory")
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown")

    migrate = _command(
        commands,
        stdout,
        "migrate",
        "carry an assessment to a new version of the standards",
        "Carry an assessment to a new version: answers carry over where the meaning is "
        "unchanged; criteria whose meaning changed need re-confirmation (the old answer is "
        "kept beside them); answers to retired criteria are kept for reference.",
        "coprod-standards migrate riverside.yaml --to 1.2 -o riverside-1.2.yaml",
    )
    migrate.add_argument("file", type=Path, help="the assessment")
    migrate.add_argument(
        "--to", required=True, metavar="VERSION_OR_DIR", help="the version, or a directory"
    )
    migrate.add_argument("-o", "--output", type=Path, required=True, help="the file to write")

    schema = _command(
        commands,
        stdout,
        "schema",
        "print a JSON Schema for standards files or assessments",
        "Print a JSON Schema (draft 2020-12) for the standards files or for assessment files, "
        "for editors and programs in other languages.",
        "coprod-standards schema assessment > assessment.schema.json",
    )
    schema.add_argument("kind", choices=("standards", "assessment"))
    return parser


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _policy_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("policy (see docs/evaluation.md)")
    default = Policy()
    group.add_argument(
        "--band",
        choices=[b.value for b in BandReading],
        default=default.band.value,
        help='how a band such as "70-80%%" is read (default: %(default)s)',
    )
    group.add_argument(
        "--populations",
        choices=[p.value for p in PopulationRule],
        default=default.populations.value,
        help="each population must reach a threshold, or their counts pooled "
        "(default: %(default)s)",
    )
    group.add_argument(
        "--minimum-respondents",
        type=int,
        default=default.minimum_respondents,
        metavar="N",
        help="fewer respondents is insufficient data (default: %(default)s)",
    )
    group.add_argument(
        "--max-survey-age-months",
        type=int,
        default=default.max_survey_age_months,
        metavar="N",
        help="how old a survey may be (default: %(default)s)",
    )
    group.add_argument(
        "--consensus",
        choices=[c.value for c in Consensus],
        default=default.consensus.value,
        help="how respondent groups' views decide a criterion (default: %(default)s)",
    )
    group.add_argument(
        "--roll-up",
        choices=[r.value for r in RollUp],
        default=default.roll_up.value,
        help="how tiers combine upwards (default: %(default)s)",
    )


def _policy(arguments: argparse.Namespace) -> Policy:
    return Policy(
        band=BandReading(arguments.band),
        populations=PopulationRule(arguments.populations),
        minimum_respondents=arguments.minimum_respondents,
        max_survey_age_months=arguments.max_survey_age_months,
        consensus=Consensus(arguments.consensus),
        roll_up=RollUp(arguments.roll_up),
    )


def summary(framework: Framework) -> str:
    """A short text summary of *framework*: its name, counts and standards.

    >>> from coprod_standards import load
    >>> print(summary(load("1.1")).splitlines()[0])
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


def _summary(arguments: argparse.Namespace, stdout: TextIO) -> int:
    stdout.write(summary(load(arguments.standards_version)))
    return EXIT_OK


def _show(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .listing import listing_data, listing_markdown, listing_text

    framework = load(arguments.standards_version)
    if arguments.format == "json":
        stdout.write(_json(listing_data(framework, arguments.standard)))
    elif arguments.format == "markdown":
        stdout.write(listing_markdown(framework, arguments.standard))
    else:
        stdout.write(listing_text(framework, arguments.standard))
    return EXIT_OK


def _template(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from ._files import write_text
    from .template import assessment_template

    framework = load(arguments.standards_version)
    day = arguments.date or datetime.date.today()
    text = assessment_template(framework, assessed_on=day, organisation=arguments.organisation)
    if arguments.output is None:
        stdout.write(text)
    else:
        write_text(arguments.output, text)
    return EXIT_OK


def _evaluated(path: Path, arguments: argparse.Namespace) -> Evaluation:
    from .assessment_files import load_assessment
    from .engine import evaluate

    assessment = load_assessment(path)
    return evaluate(load(assessment.version), assessment, _policy(arguments))


def _evaluate(arguments: argparse.Namespace, stdout: TextIO) -> int:
    evaluation = _evaluated(arguments.file, arguments)
    if arguments.format == "json":
        stdout.write(_json(evaluation.to_dict()))
    elif arguments.format == "markdown":
        from .markdown_report import evaluation_markdown

        stdout.write(evaluation_markdown(evaluation))
    elif arguments.format == "csv":
        from .tables import records_csv

        stdout.write(records_csv(evaluation.to_records(arguments.level)))
    else:
        from .text_report import evaluation_text

        stdout.write(evaluation_text(evaluation))
    return EXIT_OK


def _report(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from ._files import write_text
    from .html_report import evaluation_html

    evaluation = _evaluated(arguments.file, arguments)
    write_text(arguments.output, evaluation_html(evaluation))
    stdout.write(f"wrote {arguments.output}\n")
    return EXIT_OK


def _compare(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .compare import compare, comparison_markdown, comparison_text

    comparison = compare(_evaluated(arguments.old, arguments), _evaluated(arguments.new, arguments))
    if arguments.format == "json":
        stdout.write(_json(comparison.to_dict()))
    elif arguments.format == "markdown":
        stdout.write(comparison_markdown(comparison))
    else:
        stdout.write(comparison_text(comparison))
    return EXIT_OK


def _plan(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .plan import plan_csv, plan_markdown

    evaluation = _evaluated(arguments.file, arguments)
    stdout.write(plan_csv(evaluation) if arguments.format == "csv" else plan_markdown(evaluation))
    return EXIT_OK


def _assessment_files(paths: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                entry
                for entry in path.iterdir()
                if entry.is_file() and entry.suffix.lower() in (".yaml", ".yml", ".json")
            )
        else:
            found.append(path)
    if not found:
        raise CoprodError(
            f"no assessment files in {', '.join(str(path) for path in paths)}; name .yaml, "
            ".yml or .json files, or directories that hold them"
        )
    return found


def _summarise(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .errors import DataError, Problem
    from .summary import summarise
    from .tables import records_csv, records_markdown

    evaluations: list[Evaluation] = []
    problems: list[Problem] = []
    for path in _assessment_files(arguments.paths):
        try:
            evaluations.append(_evaluated(path, arguments))
        except DataError as error:
            problems.extend(error.problems)
    if problems:
        raise DataError(problems)
    result = summarise(evaluations)
    if arguments.format == "json":
        stdout.write(_json(result.to_dict()))
        return EXIT_OK
    records = (
        result.organisation_records() if arguments.by == "organisation" else result.to_records()
    )
    if arguments.format == "csv":
        stdout.write(records_csv(records))
    else:
        title = f"# {len(evaluations)} organisations: {result.framework.name}\n\n"
        stdout.write(title + records_markdown(records))
    return EXIT_OK


def _framework(text: str) -> Framework:
    """A version (such as 1.1) or, where a directory of that name exists, a draft."""
    from .loader import load_path

    path = Path(text)
    return load_path(path) if path.is_dir() else load(text)


def _validate(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .validation import Severity, validate

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
        from ._files import write_text
        from .fingerprints import FINGERPRINTS, fingerprints_yaml
        from .loader import load_path

        target = arguments.directory / FINGERPRINTS
        write_text(target, fingerprints_yaml(load_path(arguments.directory)))
        if arguments.format == "text":
            stdout.write(f"wrote {target}\n")
    return EXIT_OK


def _diff(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .diff import diff, diff_markdown

    result = diff(_framework(arguments.old), _framework(arguments.new))
    stdout.write(_json(result.to_dict()) if arguments.format == "json" else diff_markdown(result))
    return EXIT_OK


def _migrate(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .assessment_files import load_assessment, save_assessment
    from .migrate import migrate

    result = migrate(load_assessment(arguments.file), _framework(arguments.to))
    save_assessment(result.assessment, arguments.output)
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


def _schema(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .schema import schema_text

    framework = load(arguments.standards_version) if arguments.kind == "assessment" else None
    stdout.write(schema_text(arguments.kind, framework))
    return EXIT_OK


_COMMANDS: dict[str | None, Callable[[argparse.Namespace, TextIO], int]] = {
    None: _summary,
    "show": _show,
    "template": _template,
    "evaluate": _evaluate,
    "report": _report,
    "compare": _compare,
    "plan": _plan,
    "summary": _summarise,
    "validate": _validate,
    "diff": _diff,
    "migrate": _migrate,
    "schema": _schema,
}


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run the command line with arguments *argv*; returns the exit status."""
    try:
        arguments = _parser(stdout).parse_args(list(argv))
        return _COMMANDS[arguments.command](arguments, stdout)
    except _UsageError as error:
        stderr.write(f"{error}\n")
        return EXIT_INPUT
    except SystemExit as exit:  # --help and --version
        return int(exit.code or 0)
    except CoprodError as error:
        stderr.write(f"coprod-standards: {error}\n")
        return EXIT_INPUT
    except OSError as error:
        stderr.write(f"coprod-standards: {error.filename or ''}: {error.strerror or error}\n")
        return EXIT_INPUT
    except Exception as error:  # noqa: BLE001 - the last line of defence, reported
        stderr.write(
            f"coprod-standards: internal error ({type(error).__name__}: {error}).\n"
            f"This is a bug in coprod-standards; please report it to {_REPORT_TO}\n"
        )
        return EXIT_INTERNAL


def main() -> None:
    """The console script: run with the process's arguments and streams, then exit."""
    sys.exit(run(sys.argv[1:], sys.stdout, sys.stderr))
