"""The command line: ``coprod-standards`` and ``python -m coprod_standards``.

`run` does the work and returns the exit status, writing only to the streams
it is given, so that tests and embedding programs can call it directly;
`main` is the thin wrapper the console script uses.

Exit statuses: 0 success; 2 bad input or usage, with a message on stderr;
3 an unexpected internal error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from . import __version__
from .errors import CoprodError
from .loader import available_versions, load
from .models import Framework

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
        super().__init__(**kwargs)
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
        epilog="Example: coprod-standards --standards-version 1.1",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--standards-version",
        metavar="VERSION",
        help=f"the version of the standards (default: the latest; available: "
        f"{', '.join(available_versions())})",
    )
    return parser


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


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run the command line with arguments *argv*; returns the exit status."""
    try:
        arguments = _parser(stdout).parse_args(list(argv))
        stdout.write(summary(load(arguments.standards_version)))
    except _UsageError as error:
        stderr.write(f"{error}\n")
        return EXIT_INPUT
    except SystemExit as exit:  # --help and --version
        return int(exit.code or 0)
    except CoprodError as error:
        stderr.write(f"coprod-standards: {error}\n")
        return EXIT_INPUT
    except Exception as error:  # noqa: BLE001 - the last line of defence, reported
        stderr.write(
            f"coprod-standards: internal error ({type(error).__name__}: {error}).\n"
            f"This is a bug in coprod-standards; please report it to {_REPORT_TO}\n"
        )
        return EXIT_INTERNAL
    return EXIT_OK


def main() -> None:
    """The console script: run with the process's arguments and streams, then exit."""
    sys.exit(run(sys.argv[1:], sys.stdout, sys.stderr))
