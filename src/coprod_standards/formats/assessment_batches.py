"""Many assessment files at once: files, folders and globs, read in a stream.

>>> import coprod_standards
>>> for loaded in coprod_standards.load_assessments(["examples"]):
...     print(loaded.path.name, loaded.assessment.organisation)
joint-assessment.yaml Northfield Carers and Families Network
mixed-tiers.yaml Eastgate Community Wellbeing Trust
small-organisation-bronze.yaml Harbour Lane Peer Support

`load_assessments` yields each file's result as it is read, in the order the
files are found, so that a summary of ten thousand files holds one at a time;
with ``jobs`` it spreads the reading over processes.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal

import attrs

from coprod_standards.core.assessment import Assessment
from coprod_standards.core.models import Framework
from coprod_standards.errors import DataError, Problem, SignOffWarning

from .sign_off import warn_if_edited

__all__ = ["Found", "LoadedFile", "find_assessments", "load_assessments"]

#: The names of assessment files end so (in any case).
SUFFIXES = (".yaml", ".yml", ".json")

#: What makes a path a glob pattern.
_PATTERN = re.compile(r"[*?\[]")

#: One path (a file, a folder or a glob pattern), or many.
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

#: With jobs=None, files are read in one process up to this many.
_FEW = 48


@attrs.frozen
class Found:
    """The assessment files found, and the folders left out.

    Attributes:
        files: The files named, and the assessment files in the folders
            named, each folder's in name order; a file reached twice once.
        folders: Subfolders not read (without ``recursive``).
        links: Symbolic links to folders, never followed: a link can loop,
            or lead out of the tree.
        workbooks: The ``.xlsx`` files in the folders, which are not read
            (a workbook is read when named).
        empty: The folders and patterns named that gave no file.
    """

    files: tuple[Path, ...]
    folders: tuple[Path, ...]
    links: tuple[Path, ...]
    workbooks: tuple[Path, ...] = ()
    empty: tuple[Path, ...] = ()


def find_assessments(paths: Paths, *, recursive: bool = False) -> Found:
    """The assessment files among *paths*, reading subfolders when *recursive*.

    *paths* is one path or many. A path that does not exist but holds ``*``,
    ``?`` or ``[`` is a glob pattern (``**`` crosses folders with
    *recursive*); its matches are read in name order.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not an iterable of its characters
    files: list[Path] = []
    folders: list[Path] = []
    links: list[Path] = []
    workbooks: list[Path] = []
    empty: list[Path] = []
    for named in paths:
        before = len(files)
        for path in _expanded([named], recursive):
            if _is_folder(path):
                _walk(path, recursive, files, folders, links, workbooks)
            else:
                files.append(path)
        if len(files) == before:
            empty.append(Path(named))
    # A file named twice (directly, and in its directory) is one organisation.
    unique = {_resolved(path): path for path in files}
    return Found(
        tuple(unique.values()), tuple(folders), tuple(links), tuple(workbooks), tuple(empty)
    )


def _is_folder(path: Path) -> bool:
    # A name that cannot be a folder's (too long, or holding a NUL) is taken
    # for a file's, which reading then refuses with its reason.
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _resolved(path: Path) -> Path:
    # A link that loops is RuntimeError before Python 3.13 (OSError since):
    # reading the file then refuses it with its reason.
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path


def _expanded(paths: Iterable[str | os.PathLike[str]], recursive: bool) -> Iterator[Path]:
    for path in paths:
        text = str(path)
        if _PATTERN.search(text) and not _exists(text):
            yield from sorted(_matches(text, recursive))
        else:
            yield Path(path)


def _matches(pattern: str, recursive: bool) -> list[Path]:
    """The paths *pattern* matches, as `glob.glob` finds them, but for links.

    With *recursive*, ``**`` passes no link to a folder, as a folder's walk
    does not (`glob.glob` follows them: two links looping back would give it
    2**40 paths to list). `pathlib`'s ``**`` passes none: it reads from the
    pattern's first part with a wildcard, and names starting with a dot are
    left out unless the pattern names one, as `glob.glob` leaves them.
    """
    parts = Path(pattern).parts
    if not recursive or "**" not in parts:
        return [Path(match) for match in glob.glob(pattern, recursive=recursive)]
    fixed = next(index for index, part in enumerate(parts) if _PATTERN.search(part))
    base, rest = Path(*parts[:fixed]) if fixed else Path(), Path(*parts[fixed:])
    dotted = any(part.startswith(".") for part in rest.parts)
    # A last ** matches files too, as glob.glob's does, where pathlib's matches folders.
    patterns = [rest, rest / "*"] if rest.parts[-1] == "**" else [rest]
    try:
        found = {path for each in patterns for path in base.glob(str(each))}
    except (OSError, ValueError):  # a base that cannot be read: it matches nothing
        return []
    return [
        path
        for path in found
        if path != Path()  # glob.glob("**") does not give the current folder itself
        and (dotted or not any(part.startswith(".") for part in path.relative_to(base).parts))
    ]


def _exists(text: str) -> bool:
    try:
        return os.path.lexists(text)
    except (OSError, ValueError):
        return False


def _walk(
    directory: Path,
    recursive: bool,
    files: list[Path],
    folders: list[Path],
    links: list[Path],
    workbooks: list[Path],
) -> None:
    try:
        entries = sorted(directory.iterdir())
        folder = [entry.is_dir() for entry in entries]
    except OSError as error:  # a folder it may not list, or whose entries it may not look at
        message = (
            f"cannot read this folder ({error.strerror or error}); check its permissions, "
            "or leave it out"
        )
        raise DataError([Problem(message, str(directory), code="unreadable-folder")]) from None
    for entry, is_folder in zip(entries, folder, strict=True):
        if is_folder:
            if entry.is_symlink():
                links.append(entry)
            elif recursive:
                _walk(entry, recursive, files, folders, links, workbooks)
            else:
                folders.append(entry)
        elif entry.suffix.lower() == ".xlsx":
            workbooks.append(entry)
        elif entry.suffix.lower() in SUFFIXES:
            # Not only regular files: a broken link or a pipe named .yaml is
            # read, and refused with its reason, rather than left out unsaid.
            files.append(entry)


@attrs.frozen
class LoadedFile:
    """One file's result: its assessment, or its problems.

    Attributes:
        path: The file.
        assessment: What it holds, or None where it has problems.
        problems: Its problems, each with its line, column and ``$``-path.
    """

    path: Path
    assessment: Assessment | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the file was read without problems."""
        return self.assessment is not None


def load_assessments(
    paths: Paths,
    *,
    recursive: bool = False,
    jobs: int | None = None,
    on_error: Literal["raise", "collect"] = "raise",
    framework: Framework | None = None,
    keep_source: bool = True,
) -> Iterator[LoadedFile]:
    """Read the assessment files among *paths* (files, folders, globs), one result at a time.

    Args:
        paths: Files, folders (their .yaml, .yml and .json files) and glob
            patterns; one of them alone, or an iterable of them.
        recursive: Read subfolders too (symbolic links to folders are not followed).
        jobs: How many processes read the files; None for one per core where
            there are more than a few dozen files, else this process alone.
            Except on Linux, the processes start afresh and import the
            caller's script: guard its top level with
            ``if __name__ == "__main__":``, as `multiprocessing` asks.
        on_error: ``"raise"`` stops at the first file with problems with a
            `DataError`; ``"collect"`` yields its `LoadedFile` with the
            problems and reads on.
        framework: Check every file against this version of the standards,
            rather than the version each names.
        keep_source: Keep the text each assessment was read from, so that
            saving it keeps its comments and layout; without it (for analysis,
            where nothing is saved) each assessment held costs less memory.

    Yields:
        Each file's `LoadedFile`, in the order the files are found. It is an
        iterator: the files are read as it is consumed.

    Raises:
        DataError: With ``"raise"``, the problems of the first file that has any.
        ValueError: *on_error* or *jobs* is not one of the values above.
    """
    if on_error not in ("raise", "collect"):
        raise ValueError(f"on_error must be 'raise' or 'collect', not {on_error!r}")
    if jobs is not None and (type(jobs) is not int or jobs < 1):
        raise ValueError(f"jobs must be a whole number of 1 or more, not {jobs!r}")
    files = find_assessments(paths, recursive=recursive).files
    return _checked(_read_all(files, jobs, framework, keep_source), on_error)


def _checked(results: Iterator[LoadedFile], on_error: str) -> Iterator[LoadedFile]:
    for result in results:
        if not result.ok and on_error == "raise":
            raise DataError(result.problems)
        if result.assessment is not None:
            # Warned here, in this process: a worker process's warning would be lost.
            warn_if_edited(result.assessment, str(result.path))
        yield result


def _read_all(
    files: Sequence[Path], jobs: int | None, framework: Framework | None, keep_source: bool
) -> Iterator[LoadedFile]:
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) > _FEW else 1
    jobs = min(jobs, len(files))
    if jobs <= 1:
        yield from (_read_one(path, framework, keep_source) for path in files)
        return
    import functools
    import multiprocessing

    with multiprocessing.get_context(_start_method()).Pool(jobs) as pool:
        chunk = max(1, min(64, len(files) // (jobs * 4)))
        read = functools.partial(_read_one, framework=framework, keep_source=keep_source)
        yield from pool.imap(read, files, chunk)


def _start_method() -> str:
    """How worker processes start: forked on Linux where this process runs one thread.

    A forked worker shares what this process has loaded and does not run the
    caller's script again; elsewhere (macOS, Windows, a program running
    threads, which forking could deadlock) each starts a fresh interpreter.
    """
    import threading

    return "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"


def _read_one(path: Path, framework: Framework | None, keep_source: bool) -> LoadedFile:
    from .assessment_files import load_assessment

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SignOffWarning)  # warned by _checked
            assessment = load_assessment(path, framework=framework)
    except DataError as error:
        return LoadedFile(path, None, error.problems)
    if not keep_source:
        # Built just now and held by no one else: its text is let go in place.
        object.__setattr__(assessment, "source", None)
    return LoadedFile(path, assessment)
