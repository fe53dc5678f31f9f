"""The command line's grammar: its commands, options, help and examples.

Built on argparse, with a parser that writes to the stream it is given and
raises instead of exiting, so that `coprod_standards.cli.run` stays testable.
"""

from __future__ import annotations

import argparse
import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from coprod_standards import __version__
from coprod_standards.core.policy import policy_options

from . import finalise as _finalise
from . import form as _form
from . import next_year as _next_year
from . import trend as _trend
from .subcommands import HelpFormatter, add_commands
from .survey import add_survey_parser

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


class UsageError(Exception):
    """argparse found a problem with the command line."""


#: Stands in the help for the versions available, listed when help is shown.
_VERSIONS = "@AVAILABLE_VERSIONS@"


class _Parser(argparse.ArgumentParser):
    """argparse that writes to the given stream and raises instead of exiting on errors."""

    def __init__(self, stdout: TextIO, **kwargs: Any) -> None:
        super().__init__(formatter_class=HelpFormatter, **kwargs)
        self.stdout = stdout

    def format_help(self) -> str:
        # The versions are listed, and the description wrapped, only when help is
        # shown: finding the registered versions reads every installed package's
        # metadata, which no command needs, and wrapping is a tenth of building.
        import textwrap

        from coprod_standards.formats.loader import available_versions

        self.description = self.description and textwrap.fill(self.description, 78)
        return super().format_help().replace(_VERSIONS, ", ".join(available_versions()))

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            self.stdout.write(message)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}\nTry '{self.prog} --help'.")


def _command(
    commands: Any, stdout: TextIO, name: str, summary: str, description: str, example: str
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        stdout=stdout,
        help=summary,
        description=description,
        epilog=f"Example:\n  {example}",
    )
    return parser


_XLSX_TEMPLATE = (
    "yaml, or xlsx: a workbook to fill in (needs the xlsx extra); default: xlsx for an "
    "-o name ending .xlsx, else yaml"
)


def build_parser(stdout: TextIO, only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, writing to *stdout*; with *only* a command's, only its."""
    parser = _Parser(
        stdout,
        prog="coprod-standards",
        description="The Co-Production Quality Standards checklist as data: list the standards, "
        "write a blank assessment, evaluate assessments and report on them. With no "
        "command, print a summary of the standards.",
        epilog="Example:\n  coprod-standards evaluate examples/mixed-tiers.yaml",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _standards_version_option(parser, None)
    commands = add_commands(parser, _Parser, only)

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
    _standards_version_option(show)

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
    template.add_argument("--format", choices=("yaml", "xlsx"), help=_XLSX_TEMPLATE)
    _force_option(template)
    template.add_argument("--organisation", default="", help="the organisation's name")
    template.add_argument(
        "--date", type=_date, help="the assessment date, YYYY-MM-DD (default: today)"
    )
    _next_year.add_arguments(template)
    _standards_version_option(template)

    evaluate = _command(
        commands,
        stdout,
        "evaluate",
        "evaluate an assessment: the tier of each indicator and standard",
        "Evaluate an assessment file against the standards version it names, or against "
        "the one --standards-version gives (such as a draft directory).",
        "coprod-standards evaluate examples/mixed-tiers.yaml --format json",
    )
    evaluate.add_argument("file", type=Path, help="the assessment: YAML, or JSON (.json)")
    evaluate.add_argument(
        "--format",
        choices=("text", "json", "markdown", "csv", "xlsx"),
        default="text",
        help="output format (default: text); xlsx (a workbook, with -o) needs the xlsx extra",
    )
    evaluate.add_argument("-o", "--output", type=Path, help="the file to write (default: stdout)")
    _force_option(evaluate)
    evaluate.add_argument(
        "--level",
        choices=("organisation", "standard", "indicator", "criterion"),
        help="with --format csv only: one row for the organisation, or per standard, indicator "
        "or criterion (default: indicator)",
    )
    _standards_version_option(evaluate, evaluating=True)
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
    _force_option(report)
    _standards_version_option(report, evaluating=True)
    _policy_options(report)

    form = _command(commands, stdout, "form", _form.SUMMARY, _form.DESCRIPTION, _form.EXAMPLE)
    _form.add_arguments(form)
    _standards_version_option(form)

    for name, words in _finalise.HELP.items():  # finalise and reopen
        _finalise.add_arguments(name, _command(commands, stdout, name, *words), _date)

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
    _standards_version_option(compare, evaluating=True)
    _policy_options(compare)

    trend = _command(commands, stdout, "trend", _trend.SUMMARY, _trend.DESCRIPTION, _trend.EXAMPLE)
    _trend.add_arguments(trend)
    _policy_options(trend)

    plan = _command(
        commands,
        stdout,
        "plan",
        "write an action plan: the criteria each indicator needs next",
        "Write an action plan: for each indicator, the criteria needed for its next tier, "
        "with the organisation's comments. First come the steps that lift the overall tier, "
        "then those that lift a standard's tier, then the rest; the fewest criteria first.",
        "coprod-standards plan examples/small-organisation-bronze.yaml --format csv",
    )
    plan.add_argument("file", type=Path, help="the assessment")
    plan.add_argument("--format", choices=("markdown", "csv"), default="markdown")
    _standards_version_option(plan, evaluating=True)
    _policy_options(plan)

    summary = _command(
        commands,
        stdout,
        "summary",
        "summarise many organisations' assessments",
        "Evaluate many assessments (files, or directories of .yaml, .yml and .json files) "
        "and count how many organisations reach each tier, per standard and indicator. "
        "A directory's subfolders are read only with --recursive.",
        "coprod-standards summary assessments/ --format csv",
    )
    summary.add_argument("paths", type=Path, nargs="+", metavar="DIR_OR_FILE")
    summary.add_argument("--format", choices=("markdown", "csv", "json"), default="markdown")
    summary.add_argument(
        "--by",
        choices=("tier", "organisation"),
        default="tier",
        help="counts per standard and indicator, or one row per organisation, its services "
        "rolled up to the weakest's tiers (in json: added as rolled_up) (default: tier)",
    )
    summary.add_argument(
        "--recursive",
        action="store_true",
        help="read the assessments in subfolders too, in name order (symbolic links to "
        "folders are not followed)",
    )
    summary.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="read the files in N processes "
        "(default: one per core for more than a few dozen files)",
    )
    summary.add_argument(
        "--skip-invalid",
        action="store_true",
        help="summarise the files that "
        "can be read, list the others on stderr, and exit 1 if any was skipped",
    )
    summary.add_argument("--quiet", action="store_true", help="no progress bar on a terminal")
    summary.add_argument(
        "--suppress-below",
        type=int,
        metavar="N",
        help="for publishing: show counts from 1 to N-1 as <N (default: show every count)",
    )
    _standards_version_option(summary, evaluating=True)
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
        help="when there are no errors, record the directory's fingerprints.yaml (on "
        "publishing); an existing one is replaced, as writing it is what this option is for",
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
    _force_option(migrate, " (never the assessment being migrated)")

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
    _standards_version_option(schema)
    add_survey_parser(commands, stdout, _date)
    return parser if only in (None, *commands.choices) else build_parser(stdout)


def _standards_version_option(
    parser: argparse.ArgumentParser,
    default: str | None = argparse.SUPPRESS,
    *,
    evaluating: bool = False,
) -> None:
    """--standards-version, on the main parser and on each command that uses it.

    Only the main parser sets a default: argparse copies a command's defaults
    over the main parser's values, so a command's default would undo
    ``coprod-standards --standards-version 1.1 show``.
    """
    if evaluating:
        use = (
            "to evaluate against; an assessment in another version is refused (migrate it "
            "first) (default: the version each assessment names"
        )
    elif default is None:  # the main parser's, which every command sees
        use = "(default: the latest; for commands that evaluate, the version each assessment names"
    else:
        use = "(default: the latest"
    parser.add_argument(
        "--standards-version",
        metavar="VERSION_OR_DIR",
        default=default,
        help=f"the version of the standards, or a directory holding a draft (a version's "
        f"name wins over a directory of that name), {use}; available: {_VERSIONS})",
    )


def _force_option(parser: argparse.ArgumentParser, exception: str = "") -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=f"overwrite the output file if it exists{exception} (default: refuse)",
    )


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(text: str) -> datetime.date:
    # Only YYYY-MM-DD, as in assessment files: Python also reads 20260930 and 2026-W40-3.
    if not _DATE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date: {error}") from None


def _policy_options(parser: argparse.ArgumentParser) -> None:
    """An option for each field of the policy, as `policy_options` describes it."""
    group = parser.add_argument_group("policy (see docs/evaluation.md)")
    for option in policy_options():
        # argparse formats help with %: a literal one is written twice.
        help = option.help.replace("%", "%%") + " (default: %(default)s)"
        if option.switch:
            group.add_argument(option.flag, action="store_true", help=option.help)
        elif option.choices is None:
            group.add_argument(
                option.flag, type=int, default=option.default, metavar="N", help=help
            )
        else:
            group.add_argument(
                option.flag, choices=option.choices, default=option.default, help=help
            )


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return int(text)
