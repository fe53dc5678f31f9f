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

import sys
from collections.abc import Sequence
from typing import TextIO

from coprod_standards.errors import CoprodError

from .commands import COMMANDS as _COMMANDS
from .commands import EXIT_OK, EXIT_PROBLEMS, standards_summary
from .parser import UsageError, build_parser

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "main",
    "run",
    "standards_summary",
]

EXIT_INPUT = 2
EXIT_INTERNAL = 3
_REPORT_TO = "the coprod-standards issue tracker, with the command you ran"
#: The commands that name their standards otherwise, and how.
_UNVERSIONED = {
    "validate": "it checks the directory it is given, against --against",
    "diff": "name both versions as OLD and NEW",
    "migrate": "name the new version with --to",
}


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run the command line with arguments *argv*; returns the exit status."""
    try:
        arguments = build_parser(stdout).parse_args(list(argv))
        if arguments.standards_version is not None and arguments.command in _UNVERSIONED:
            stderr.write(
                f"coprod-standards: --standards-version does not apply to {arguments.command}: "
                f"{_UNVERSIONED[arguments.command]}\n"
            )
            return EXIT_INPUT
        # A command in a module of its own names its handler (cli.form).
        handler = getattr(arguments, "handler", None) or _COMMANDS[arguments.command]
        return handler(arguments, stdout, stderr)
    except UsageError as error:
        stderr.write(f"{error}\n")
        return EXIT_INPUT
    except SystemExit as exit:  # --help and --version
        return int(exit.code or 0)
    except CoprodError as error:
        stderr.write(f"coprod-standards: {error}\n")
        return EXIT_INPUT
    except OSError as error:
        where = f"{error.filename}: " if error.filename else "cannot write the output: "
        stderr.write(f"coprod-standards: {where}{error.strerror or error}\n")
        return EXIT_INPUT
    except UnicodeError:
        stderr.write(
            "coprod-standards: some text cannot be written as UTF-8; check the "
            "arguments for characters that are not text, and that the terminal takes UTF-8\n"
        )
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
