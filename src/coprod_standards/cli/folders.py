"""Finding assessment files among the files and folders named on the command line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

#: The names of assessment files end so (in any case).
SUFFIXES = (".yaml", ".yml", ".json")


@attrs.frozen
class Found:
    """The assessment files found, and the folders left out.

    Attributes:
        files: The files named, and the assessment files in the folders
            named, each folder's in name order; a file reached twice once.
        folders: Subfolders not read (without ``recursive``).
        links: Symbolic links to folders, never followed: a link can loop,
            or lead out of the tree.
    """

    files: tuple[Path, ...]
    folders: tuple[Path, ...]
    links: tuple[Path, ...]


def find_assessments(paths: Sequence[Path], *, recursive: bool = False) -> Found:
    """The assessment files among *paths*, reading subfolders when *recursive*."""
    files: list[Path] = []
    folders: list[Path] = []
    links: list[Path] = []
    for path in paths:
        if _is_folder(path):
            _walk(path, recursive, files, folders, links)
        else:
            files.append(path)
    # A file named twice (directly, and in its directory) is one organisation.
    unique = {_resolved(path): path for path in files}
    return Found(tuple(unique.values()), tuple(folders), tuple(links))


def _is_folder(path: Path) -> bool:
    # A name that cannot be a folder's (too long, or holding a NUL) is taken
    # for a file's, which reading then refuses with its reason.
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, ValueError):
        return path


def _walk(
    directory: Path, recursive: bool, files: list[Path], folders: list[Path], links: list[Path]
) -> None:
    for entry in sorted(directory.iterdir()):
        if entry.is_dir():
            if entry.is_symlink():
                links.append(entry)
            elif recursive:
                _walk(entry, recursive, files, folders, links)
            else:
                folders.append(entry)
        elif entry.is_file() and entry.suffix.lower() in SUFFIXES:
            files.append(entry)
