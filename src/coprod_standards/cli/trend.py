"""The ``trend`` command: one organisation's assessments over the years.

`add_arguments` gives the command its options (`coprod_standards.cli.parser`
registers it); `run_trend` reads the files, carries the older ones to the
newest version of the standards where versions differ, evaluates each and
writes `coprod_standards.reports.trend`'s table in the format asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

import attrs

from coprod_standards.core.assessment import Assessment
from coprod_standards.core.models import Framework
from coprod_standards.errors import CoprodError, DataError

from .commands import EXIT_OK, _assessment, _given, _json, _policy, _write
from .output_names import check_output_name

__all__ = ["add_arguments", "run_trend"]

SUMMARY = "show one organisation's tiers over the years"
DESCRIPTION = (
    "Follow one organisation through any number of its assessments, in date order: each "
    "standard's tier in each, what improved, what slipped, and the criteria unmet for two "
    "or more cycles in a row. Assessments of older versions of the standards are migrated "
    "to the newest first (the version of the latest assessment, or --standards-version)."
)
EXAMPLE = "coprod-standards trend examples/trend/*.yaml --format html -o trend.html"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options: the files, --format, -o, --force and --standards-version."""
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE", help="the assessments")
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json", "html"),
        default="text",
        help="output format (default: text); html is a page with a chart, written with -o",
    )
    parser.add_argument("-o", "--output", type=Path, help="the file to write (default: stdout)")
    parser.add_argument(
        "--force", action="store_true", help="overwrite the output file if it exists"
    )
    parser.add_argument(
        "--standards-version",
        metavar="VERSION_OR_DIR",
        default=argparse.SUPPRESS,
        help="the version to follow the assessments in, or a directory holding a draft; "
        "older assessments are migrated to it (default: the latest assessment's version)",
    )
    parser.set_defaults(handler=run_trend)


def _read(path: Path, target: Framework | None, given: str | None) -> Assessment:
    """The assessment at *path*: against *target* where it answers that version."""
    if target is None:
        return _assessment(path, None, given)
    try:
        return _assessment(path, target, given)
    except DataError as error:
        if any(problem.code != "version" for problem in error.problems):
            raise
    return _assessment(path, None, None)  # an older version, to migrate


def _followed(
    assessments: list[Assessment], target: Framework | None, stderr: TextIO
) -> tuple[list[Assessment], Framework]:
    """*assessments*, each in *target*'s version (by default the latest assessment's)."""
    from coprod_standards.formats.loader import load
    from coprod_standards.tooling.migration import migrate

    if target is None:
        target = load(max(assessments, key=lambda a: a.assessed_on).version)
    followed = []
    for assessment in assessments:
        if assessment.version != target.version:
            result = migrate(assessment, target)
            name = assessment.source.name if assessment.source else assessment.organisation
            stderr.write(
                f"note: {name} (version {assessment.version}) migrated to {target.version}; "
                f"answers waiting to be confirmed again count as not met: "
                f"{', '.join(result.reconfirm) or 'none'}\n"
            )
            source = result.assessment.source
            if source is not None:
                source = attrs.evolve(source, name=f"{name}, migrated to {target.version}")
            assessment = attrs.evolve(result.assessment, source=source)
        followed.append(assessment)
    return followed, target


def run_trend(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Write the trend over the files given."""
    from coprod_standards.core.engine import evaluate
    from coprod_standards.reports.trend import trend, trend_markdown, trend_text
    from coprod_standards.reports.trend_html import trend_html

    output: Path | None = arguments.output
    if arguments.format == "html" and output is None:
        raise CoprodError(
            "--format html writes a page: name the file with -o, such as -o trend.html"
        )
    if output is not None and any(
        # Both exist, so neither is a link that loops (which resolve() raises on).
        output.exists() and path.exists() and output.resolve() == path.resolve()
        for path in arguments.files
    ):
        raise CoprodError(f"{output} is also a file being read; write to another file")
    check_output_name("trend", output, arguments.format, ("text", "markdown", "json", "html"))
    given = arguments.standards_version
    target = _given(arguments)
    read = [_read(path, target, given) for path in arguments.files]
    assessments, framework = _followed(read, target, stderr)
    policy = _policy(arguments)
    found = trend([evaluate(framework, a, policy) for a in assessments])
    writers = {"json": lambda: _json(found.to_dict()), "markdown": lambda: trend_markdown(found),
               "html": lambda: trend_html(found), "text": lambda: trend_text(found)}  # fmt: skip
    text = writers[arguments.format]()
    if output is None:
        stdout.write(text)
    else:
        _write(output, text, arguments.force)
        stdout.write(f"wrote {output}\n")
    return EXIT_OK
