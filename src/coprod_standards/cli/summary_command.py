"""The ``summary`` command: many organisations' assessments, counted by tier.

The files are read in a stream (`load_assessments`, over processes with
``--jobs``), each evaluated as it comes, with a progress bar on a terminal.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coprod_standards.errors import CoprodError, DataError, Problem

from .commands import EXIT_OK, EXIT_PROBLEMS, _given, _json, _policy, hinted
from .progress_bar import ProgressBar

if TYPE_CHECKING:
    from coprod_standards.core.results import Evaluation
    from coprod_standards.reports.summary import Summary

    from .folders import Found

__all__ = ["summarise"]


def summarise(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``summary``: evaluate every file as it is read, counting tiers; then write them."""
    from coprod_standards.reports.summary import summarise as summarised

    files = _assessment_files(arguments.paths, arguments.recursive, stderr)
    skipped: list[tuple[Path, list[Problem]]] = []
    progress = ProgressBar(len(files), stderr, quiet=arguments.quiet)
    try:
        # A stream: each evaluation is counted and let go, so memory stays flat.
        evaluations = _evaluations(files, arguments, progress, skipped)
        result = summarised(evaluations, suppress_below=arguments.suppress_below)
    except CoprodError:
        if len(skipped) < len(files):
            raise  # evaluations of different versions
        result = None
    finally:
        progress.close()
    if skipped and not arguments.skip_invalid:
        raise DataError([problem for _, problems in skipped for problem in problems])
    if result is None:
        _list_skipped(skipped, stderr)
        raise CoprodError(f"none of the {len(files)} assessment files could be read")
    stdout.write(_written(result, arguments.format, arguments.by))
    _list_skipped(skipped, stderr)
    return EXIT_PROBLEMS if skipped else EXIT_OK


def _written(result: Summary, format: str, by: str) -> str:
    """*result* in *format*: counts by tier, or one row per organisation rolled up."""
    from coprod_standards.reports import organisation_roll_up as roll
    from coprod_standards.reports.tables import records_csv, records_markdown

    if format == "json":
        data = result.to_dict()
        if by == "organisation":
            data["rolled_up"] = roll.roll_up_data(result, roll.WEAKEST)
        return _json(data)
    if by != "organisation":
        records = result.to_records()
        if format == "csv":
            return records_csv(records)
        count = len(result.organisations)
        title = f"# {count} organisation{'' if count == 1 else 's'}: {result.framework.name}\n\n"
        return title + records_markdown(records)
    records = roll.roll_up_records(result, roll.WEAKEST)
    if format == "csv":
        return records_csv(records)
    count, read = len(records), len(result.organisations)
    title = (
        f"# {count} organisation{'' if count == 1 else 's'} ({read} assessment"
        f"{'' if read == 1 else 's'}): {result.framework.name}\n\n"
        f"Rolled up by the rule {roll.WEAKEST!r}: {roll.RULES[roll.WEAKEST]}.\n\n"
    )
    return title + records_markdown(records)


def _evaluations(
    files: list[Path],
    arguments: argparse.Namespace,
    progress: ProgressBar,
    skipped: list[tuple[Path, list[Problem]]],
) -> Iterator[Evaluation]:
    """The evaluations of the good *files*, one at a time; the bad go to *skipped*."""
    from coprod_standards.core.engine import evaluate
    from coprod_standards.formats.assessment_batches import load_assessments
    from coprod_standards.formats.loader import load

    framework = _given(arguments)
    policy = _policy(arguments)
    given = arguments.standards_version
    loaded_files = load_assessments(
        files, jobs=arguments.jobs, on_error="collect", framework=framework, keep_source=False
    )
    for loaded in loaded_files:
        progress.advance()
        if loaded.assessment is None:
            skipped.append((loaded.path, hinted(loaded.problems, loaded.path, given)))
            continue
        against = load(loaded.assessment.version) if framework is None else framework
        yield evaluate(against, loaded.assessment, policy)


def _list_skipped(skipped: list[tuple[Path, list[Problem]]], stderr: TextIO) -> None:
    """Name each file skipped, at its first problem, on *stderr*."""
    if not skipped:
        return
    count = len(skipped)
    stderr.write(
        f"coprod-standards: skipped {count} file{'' if count == 1 else 's'} with problems:\n"
    )
    for path, problems in skipped:
        first = problems[0]
        where = f"{path}:{first.line}:{first.column}" if first.line else str(path)
        more = len(problems) - 1
        also = f" (and {more} more problem{'' if more == 1 else 's'})" if more else ""
        stderr.write(f"  {where}: {first.message}{also}\n")


def _assessment_files(paths: Sequence[Path], recursive: bool, stderr: TextIO) -> list[Path]:
    """The assessment files in *paths*; stderr names the folders left out, if any."""
    from .folders import find_assessments

    found = find_assessments(paths, recursive=recursive)
    if found.folders:
        count = len(found.folders)
        parents = ", ".join(dict.fromkeys(str(folder.parent) for folder in found.folders))
        stderr.write(
            f"coprod-standards: skipped {count} subfolder{'' if count == 1 else 's'} of "
            f"{parents}; --recursive reads them too\n"
        )
    if found.links:
        count = len(found.links)
        links = (
            "1 symbolic link to a folder" if count == 1 else f"{count} symbolic links to folders"
        )
        stderr.write(
            f"coprod-standards: skipped {links} ({', '.join(map(str, found.links))}); "
            "links to folders are not followed\n"
        )
    _left_out(found, stderr)
    if not found.files:
        raise CoprodError(
            f"no assessment files in {', '.join(str(path) for path in paths)}; name .yaml, "
            ".yml or .json files, or directories that hold them"
        )
    return list(found.files)


def _left_out(found: Found, stderr: TextIO) -> None:
    """Name on *stderr* the workbooks the folders held and the paths that gave nothing."""
    if found.workbooks:
        count = len(found.workbooks)
        stderr.write(
            f"coprod-standards: left out {count} workbook{'' if count == 1 else 's'} "
            f"({', '.join(map(str, found.workbooks))}); a folder is read for .yaml, .yml and "
            ".json files: name workbooks one by one to count them\n"
        )
    if found.empty and found.files:  # with no file at all, the error says so
        stderr.write(
            f"coprod-standards: no assessment files in {', '.join(map(str, found.empty))}\n"
        )
