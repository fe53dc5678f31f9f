"""The commands' parsers, of which only the one that runs is built.

Building a parser costs argparse a look-up of its translations and of the
terminal's size for each option: for every command at once, about a tenth of
a command's start-up. A command line that begins with a command's name runs
that command alone, so `cli.parser.build_parser` builds only its parser; the
others are `Skipped`, and their options go nowhere. Help for the whole
program (``coprod-standards --help``), and anything that does not begin with
a command's name, builds them all.

Sizing help to the terminal is `HelpFormatter`'s own, for the same reason:
argparse's formatter imports shutil to ask for the terminal's width, which
costs more than asking.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, cast

__all__ = ["Commands", "HelpFormatter", "Skipped", "add_commands"]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter of help with descriptions as written, as wide as the terminal."""

    def __init__(self, prog: str) -> None:
        # Two columns short of the terminal, as argparse makes it.
        super().__init__(prog, width=terminal_width() - 2)


def terminal_width() -> int:
    """The terminal's width in columns, as `shutil.get_terminal_size` finds it: 80 if unknown."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    stdout = sys.__stdout__
    if columns <= 0 and stdout is not None:
        try:
            columns = os.get_terminal_size(stdout.fileno()).columns
        except (AttributeError, ValueError, OSError):  # closed, not a file, not a terminal
            columns = 0
    return columns if columns > 0 else 80


def add_commands(
    parser: argparse.ArgumentParser, parser_class: type[Any], only: str | None
) -> Commands:
    """Add the commands to *parser*, each a *parser_class*; with *only*, only that one built."""
    commands = cast(
        Commands,
        parser.add_subparsers(
            dest="command", metavar="COMMAND", parser_class=parser_class, action=Commands
        ),
    )
    commands.only = only
    return commands


class Skipped:
    """The parser of a command that does not run: it takes every call and keeps nothing."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


class Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """argparse's commands, building only the parser of the command *only*, where one is named."""

    only: str | None = None

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        """The parser of the command *name*, or `Skipped` where another command runs."""
        if self.only is not None and name != self.only:
            return cast(argparse.ArgumentParser, Skipped())
        return cast(argparse.ArgumentParser, super().add_parser(name, **kwargs))
