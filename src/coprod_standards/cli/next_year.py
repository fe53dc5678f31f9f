"""``template --from``: start this year's assessment from last year's.

`add_arguments` adds the options to the ``template`` command
(`coprod_standards.cli.parser` calls it); `run_template_from` writes the file.
The date is the one ``--date`` gives or, at this edge, today's: the library's
core reads no clock.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import TextIO

from coprod_standards.errors import CoprodError

from .commands import EXIT_OK, _assessment, _given, _not_an_input, _write

__all__ = ["add_arguments", "run_template_from"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``template`` command's --from and --keep-answers options."""
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="LAST_YEAR",
        help="start from last year's assessment: answers cleared, evidence and comments kept",
    )
    parser.add_argument(
        "--keep-answers",
        action="store_true",
        help="with --from: keep last year's answers, each waiting to be confirmed again",
    )


def run_template_from(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Write this year's assessment, started from the --from file, to -o."""
    from coprod_standards.formats.assessment_files import dumps_assessment
    from coprod_standards.formats.loader import load
    from coprod_standards.formats.template import next_assessment

    source: Path = arguments.source
    output: Path | None = arguments.output
    if output is None:
        raise CoprodError(
            "template --from writes this year's assessment to a file: name it with -o, "
            "such as -o this-year.yaml"
        )
    if output.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise CoprodError(
            f"template --from writes YAML or JSON: name the output .yaml or .json, not {output}"
        )
    if arguments.organisation:
        raise CoprodError("--organisation is for a blank template; --from keeps last year's name")
    _not_an_input(output, source)
    framework = _given(arguments)
    last = _assessment(source, framework, arguments.standards_version)
    day = arguments.date or datetime.date.today()
    new = next_assessment(
        last,
        load(last.version) if framework is None else framework,
        assessed_on=day,
        keep_answers=arguments.keep_answers,
    )
    text = dumps_assessment(new, format="json" if output.suffix.lower() == ".json" else "yaml")
    _write(output, text, arguments.force)
    kept = "kept to confirm again" if arguments.keep_answers else "cleared"
    stdout.write(
        f"wrote {output}: {last.organisation}'s assessment of {day.isoformat()}, from "
        f"{source} (answers {kept}; evidence and comments kept; no surveys)\n"
    )
    return EXIT_OK
