"""The command line's spreadsheets: ``template --format xlsx`` and ``evaluate --format xlsx``.

These wrap the commands of `commands`: a workbook is written to the file
``-o`` names (never to the terminal), ``evaluate -o`` writes any of its
formats to a file, and ``migrate`` and ``report`` refuse an output name that
promises another format than theirs (`output_names`).
"""

from __future__ import annotations

import argparse
import datetime
import io
from collections import ChainMap
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from coprod_standards.errors import CoprodError

from . import commands, next_year
from .output_names import check_output_name

__all__ = ["COMMANDS"]


def _template(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    if arguments.source is not None:
        return next_year.run_template_from(arguments, stdout, stderr)
    if arguments.keep_answers:
        raise CoprodError("--keep-answers keeps last year's answers: name the file with --from")
    output: Path | None = arguments.output
    chosen = arguments.format
    if chosen is None:
        chosen = "xlsx" if output is not None and output.suffix.lower() == ".xlsx" else "yaml"
    check_output_name("template", output, chosen, ("yaml", "xlsx"))
    if chosen != "xlsx":
        return commands.COMMANDS["template"](arguments, stdout, stderr)
    from coprod_standards.formats.xlsx_assessment import template_workbook

    output = _output(output, "ours.xlsx")
    framework = commands._standards(arguments)
    day = arguments.date or datetime.date.today()
    raw = template_workbook(framework, assessed_on=day, organisation=arguments.organisation)
    _write_bytes(output, raw, arguments.force)
    return commands.EXIT_OK


def _evaluate(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    output: Path | None = arguments.output
    if output is not None:
        commands._not_an_input(output, arguments.file)
    formats = ("text", "json", "markdown", "csv", "xlsx")
    check_output_name("evaluate", output, arguments.format, formats)
    if arguments.format != "xlsx":
        if output is None:
            return commands.COMMANDS["evaluate"](arguments, stdout, stderr)
        text = io.StringIO()
        status = commands.COMMANDS["evaluate"](arguments, text, stderr)
        commands._write(output, text.getvalue(), arguments.force)
        stdout.write(f"wrote {output}\n")
        return status
    if arguments.level is not None:
        raise CoprodError(
            "--level chooses the rows of --format csv; the xlsx workbook has a sheet for "
            "each level: leave out --level"
        )
    from coprod_standards.reports.xlsx_export import evaluation_workbook

    output = _output(output, "results.xlsx")
    evaluation = commands._evaluated(arguments.file, arguments, commands._given(arguments))
    _write_bytes(output, evaluation_workbook(evaluation), arguments.force)
    stdout.write(f"wrote {output}\n")
    return commands.EXIT_OK


def _migrate(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    output: Path = arguments.output
    if output.suffix.lower() == ".xlsx":
        raise CoprodError(
            f"migrate writes YAML or JSON, not a workbook: name the output .yaml or .json "
            f"(save_assessment in Python writes a migrated assessment into {output})"
        )
    check_output_name("migrate", output, "json" if output.suffix.lower() == ".json" else "yaml", ())
    return commands.COMMANDS["migrate"](arguments, stdout, stderr)


def _report(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    commands._not_an_input(arguments.output, arguments.file)  # the graver mistake first
    check_output_name("report", arguments.output, "html", ())
    return commands.COMMANDS["report"](arguments, stdout, stderr)


def _output(output: Path | None, example: str) -> Path:
    if output is None:
        raise CoprodError(
            "a workbook is not written to the terminal; name the file with -o, "
            f"such as -o {example}"
        )
    return output


def _write_bytes(path: Path, data: bytes, force: bool) -> None:
    """Write a workbook; one that exists is overwritten only with --force."""
    from coprod_standards.formats._files import write_bytes

    try:
        write_bytes(path, data, overwrite=force)
    except FileExistsError:
        raise CoprodError(f"{path} already exists; --force overwrites it") from None


#: The commands, with these in front of the plain ones (which are looked up
#: when a command runs, so that a change to `commands.COMMANDS` shows here too).
COMMANDS: ChainMap[str | None, Callable[[argparse.Namespace, TextIO, TextIO], int]] = ChainMap(
    {"template": _template, "evaluate": _evaluate, "migrate": _migrate, "report": _report},
    commands.COMMANDS,
)
