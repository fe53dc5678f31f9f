"""The command line: ``coprod-standards`` and ``python -m coprod_standards``.

`run` does the work and returns the exit status, writing only to the streams
it is given, so that tests and embedding programs can call it directly;
`main` is the thin wrapper the console script uses.

Exit statuses: 0 success; 2 bad input or usage, with a message on stderr
that names the file (and line, where there is one); 3 an unexpected internal
error, with a short message and where to report it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
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

__all__ = ["main", "run"]

EXIT_OK = 0
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


def _parser(stdout: TextIO) -> argparse.ArgumentParser:
    parser = _Parser(
        stdout,
        prog="coprod-standards",
        description=(
            "The Co-Production Quality Standards checklist as data. With no command, "
            "print a summary of the standards."
        ),
        epilog="Example: coprod-standards evaluate assessment.yaml",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--standards-version",
        metavar="VERSION",
        help=f"the version of the standards to summarise (default: the latest; available: "
        f"{', '.join(available_versions())})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    evaluate = commands.add_parser(
        "evaluate",
        stdout=stdout,
        help="evaluate an assessment file: the tier of each indicator and standard",
        description="Evaluate an assessment file against the standards version it names.",
        epilog="Example: coprod-standards evaluate assessment.yaml --format json",
    )
    evaluate.add_argument("file", type=Path, help="the assessment: YAML, or JSON (.json)")
    evaluate.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    _policy_options(evaluate)

    template = commands.add_parser(
        "template",
        stdout=stdout,
        help="write a blank assessment to fill in",
        description=(
            "Write a blank assessment: every criterion's id with its published text beside "
            "it. Evaluated unchanged, it reaches no tier anywhere."
        ),
        epilog="Example: coprod-standards template -o riverside.yaml --organisation Riverside",
    )
    template.add_argument("-o", "--output", type=Path, help="the file to write (default: stdout)")
    template.add_argument("--organisation", default="", help="the organisation's name")
    template.add_argument(
        "--date", type=_date, help="the assessment date, YYYY-MM-DD (default: today)"
    )
    template.add_argument(
        "--standards-version",
        dest="template_version",
        metavar="VERSION",
        help="the version of the standards (default: the latest)",
    )
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


def _summary(arguments: argparse.Namespace, stdout: TextIO) -> int:
    stdout.write(summary(load(arguments.standards_version)))
    return EXIT_OK


def _evaluate(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from .assessment_files import load_assessment
    from .engine import evaluate
    from .text_report import evaluation_text

    policy = _policy(arguments)
    assessment = load_assessment(arguments.file)
    evaluation = evaluate(load(assessment.version), assessment, policy)
    if arguments.format == "json":
        stdout.write(json.dumps(evaluation.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(evaluation_text(evaluation))
    return EXIT_OK


def _template(arguments: argparse.Namespace, stdout: TextIO) -> int:
    from ._files import write_text
    from .template import assessment_template

    framework = load(arguments.template_version)
    day = arguments.date or datetime.date.today()
    text = assessment_template(framework, assessed_on=day, organisation=arguments.organisation)
    if arguments.output is None:
        stdout.write(text)
    else:
        write_text(arguments.output, text)
    return EXIT_OK


_COMMANDS: dict[str | None, Callable[[argparse.Namespace, TextIO], int]] = {
    None: _summary,
    "evaluate": _evaluate,
    "template": _template,
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
