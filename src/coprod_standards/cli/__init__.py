"""The command line: ``coprod-standards`` and ``python -m coprod_standards``.

`run` does the work and returns the exit status, writing only to the streams
it is given, so that tests and embedding programs can call it directly;
`main` is the thin wrapper the console script uses.

Exit statuses: 0 success; 1 when a check finds problems; 2 bad input or
usage, with a message on stderr that names the file (and line, where there
is one); 3 an unexpected internal error, with a short message and where to
report it. As other command-line programs do, 130 after Ctrl-C, and 141
(quietly) when the program reading the output stops reading, as ``head``
does.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from coprod_standards.errors import CoprodError, shorten_path

from .commands import EXIT_OK, EXIT_PROBLEMS, standards_summary
from .finalise import sign_off_warnings
from .parser import UsageError, build_parser
from .survey import run_survey
from .workbooks import COMMANDS as _COMMANDS


def _summary(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    # Imported when run, as every command's modules are.
    from .summary_command import summarise

    return summarise(arguments, stdout, stderr)


# The commands over many files live in their own modules, which use the
# helpers of .commands: they join its table here.
_COMMANDS["summary"] = _summary

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "main",
    "run",
    "standards_summary",
]

EXIT_INPUT = 2
EXIT_INTERNAL = 3
#: Stopped by Ctrl-C: 128 + SIGINT, as a shell reports it.
EXIT_INTERRUPTED = 130
#: The reader of the output went away (``| head -1``): 128 + SIGPIPE, as a shell
#: reports a program that the signal ended.
EXIT_BROKEN_PIPE = 141
_REPORT_TO = "the coprod-standards issue tracker, with the command you ran"
#: The commands that live in modules of their own (commands.py is full).
_MORE_COMMANDS = {"survey": run_survey}
#: The commands that name their standards otherwise, and how.
_UNVERSIONED = {
    "validate": "it checks the directory it is given, against --against",
    "diff": "name both versions as OLD and NEW",
    "migrate": "name the new version with --to",
}


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run the command line with arguments *argv*; returns the exit status."""
    try:
        # Only the parser of the command named first is built (.subcommands).
        arguments = build_parser(stdout, argv[0] if argv else None).parse_args(list(argv))
        if arguments.standards_version is not None and arguments.command in _UNVERSIONED:
            stderr.write(
                f"coprod-standards: --standards-version does not apply to {arguments.command}: "
                f"{_UNVERSIONED[arguments.command]}\n"
            )
            return EXIT_INPUT
        # A command in a module of its own names its handler (cli.form).
        handler = (
            getattr(arguments, "handler", None)
            or _MORE_COMMANDS.get(arguments.command)
            or _COMMANDS[arguments.command]
        )
        with sign_off_warnings(stderr):  # a final file edited after sign-off
            return handler(arguments, stdout, stderr)
    except UsageError as error:
        stderr.write(f"{error}\n")
        return EXIT_INPUT
    except SystemExit as exit:  # --help and --version
        return int(exit.code or 0)
    except CoprodError as error:
        stderr.write(f"coprod-standards: {error}\n")
        return EXIT_INPUT
    except BrokenPipeError:  # nobody reads the output any more: nothing to say
        return EXIT_BROKEN_PIPE
    except OSError as error:
        where = (
            f"{shorten_path(str(error.filename))}: "
            if error.filename
            else "cannot write the output: "
        )
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
    # What importing made (modules, classes, functions) lives as long as the
    # process: frozen, the garbage collector walks none of it again, neither
    # while the command runs nor as the process exits, which was an eighth of
    # a short command's time (benchmarks/bench_read.py --start-up). What the
    # command makes is collected as before. Only the program does this: `run`
    # leaves the collector of a program that embeds it alone.
    gc.freeze()
    # A stream closed when the program started (">&-") is None; writing to
    # standard output then fails as writing to a closed file does.
    stdout = sys.stdout if sys.stdout is not None else _Closed()
    stderr = sys.stderr if sys.stderr is not None else io.StringIO()
    try:
        status = run(sys.argv[1:], stdout, stderr)
        stdout.flush()
    except BrokenPipeError:
        status = EXIT_BROKEN_PIPE
    except KeyboardInterrupt as interrupt:
        where = f" {interrupt}" if str(interrupt) else ""
        stderr.write(f"coprod-standards: interrupted{where}\n")
        status = EXIT_INTERRUPTED
    if status == EXIT_BROKEN_PIPE:
        _discard_output()
    sys.exit(status)


class _Closed(io.StringIO):
    """Standard output where it was closed: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(9, "standard output is closed")


def _discard_output() -> None:
    """Send what is left of standard output nowhere: its reader has gone.

    The interpreter flushes standard output as it exits, which would fail
    again, noisily; Python's documentation (signal, "Note on SIGPIPE")
    advises this.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # not a file: nothing will be flushed
        pass
