"""The ``form`` command: write the offline form, blank or filled in from an assessment file.

`add_arguments` gives the command its options (`coprod_standards.cli.parser`
registers it); `run_form` writes the page.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .commands import EXIT_OK, _assessment, _given, _not_an_input, _write

__all__ = ["add_arguments", "run_form"]

SUMMARY = "write an offline HTML form to fill in an assessment together"
DESCRIPTION = (
    "Write one self-contained HTML file: a form with every criterion, to fill in together "
    "on a laptop, projector or phone with no network. It keeps the work in the browser and "
    "saves a JSON assessment file; --from fills it in with an assessment to carry on."
)
EXAMPLE = "coprod-standards form -o form.html --from examples/joint-assessment.yaml"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options: the output, --force and --from (not --standards-version)."""
    parser.add_argument("-o", "--output", type=Path, required=True, help="the HTML file to write")
    parser.add_argument(
        "--force", action="store_true", help="overwrite the output file if it exists"
    )
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="ASSESSMENT",
        help="an assessment file (YAML or JSON) to fill the form in with",
    )
    parser.set_defaults(handler=run_form)


def run_form(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Write the form for the standards version given, or the one the --from file answers."""
    from coprod_standards.formats.assessment_files import assessment_to_data
    from coprod_standards.formats.loader import load
    from coprod_standards.reports.form import assessment_form

    framework = _given(arguments)
    data = None
    if arguments.source is not None:
        _not_an_input(arguments.output, arguments.source)
        assessment = _assessment(arguments.source, framework, arguments.standards_version)
        framework = load(assessment.version) if framework is None else framework
        data = assessment_to_data(assessment, dates_as_text=True)
    page = assessment_form(load() if framework is None else framework, data)
    _write(arguments.output, page, arguments.force)
    stdout.write(f"wrote {arguments.output}\n")
    return EXIT_OK
