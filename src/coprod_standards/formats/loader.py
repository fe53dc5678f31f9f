"""Loading versions of the standards: the shipped ones, and drafts on disk.

>>> import coprod_standards
>>> coprod_standards.available_versions()
('1.1',)
>>> framework = coprod_standards.load()
>>> framework.version, len(framework.standards), len(framework.indicators)
('1.1', 10, 36)
>>> framework is coprod_standards.load("1.1")
True
"""

from __future__ import annotations

import functools
import os
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from coprod_standards.core.models import Framework
from coprod_standards.errors import (
    CoprodError,
    DataError,
    Problem,
    UnknownVersionError,
    echo,
    shorten,
)

from . import _compiled

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from ._parsed import Parsed

__all__ = ["available_versions", "load", "load_path"]

_DIRECTORY = re.compile(r"v([0-9]+(?:_[0-9]+)*)")


def _data_root() -> Path:
    # A built wheel carries the data inside the package; a source checkout (and
    # so an editable install) keeps it at the top level. A plain path rather
    # than importlib.resources: that import alone costs more than a load.
    package = Path(__file__).resolve().parents[1]  # coprod_standards/, above formats/
    shipped = package / "data"
    return shipped if shipped.is_dir() else package.parents[1] / "data"


@functools.cache
def _shipped() -> dict[str, Path]:
    versions: dict[str, Path] = {}
    root = _data_root()
    if root.is_dir():
        for entry in root.iterdir():
            match = _DIRECTORY.fullmatch(entry.name)
            if match and entry.is_dir():
                versions[match[1].replace("_", ".")] = entry
    return dict(sorted(versions.items(), key=lambda item: _version_key(item[0])))


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


#: The entry point group through which other packages register frameworks.
ENTRY_POINT_GROUP = "coprod_standards.frameworks"


@functools.cache
def _registered() -> dict[str, EntryPoint]:
    # Only looked at when a version is not shipped, or all versions are listed:
    # reading the installed packages' metadata takes longer than a load.
    from importlib.metadata import entry_points

    return {
        entry.name: entry
        for entry in entry_points(group=ENTRY_POINT_GROUP)
        if entry.name not in _shipped()
    }


def available_versions() -> tuple[str, ...]:
    """The versions `load` can load: the shipped ones, oldest first, then registered ones.

    Other packages register frameworks (local variants, translations) through
    the entry point group ``coprod_standards.frameworks``; see
    ``docs/loading.md``.
    """
    return (*_shipped(), *sorted(_registered()))


def load(version: str | None = None) -> Framework:
    """A version of the standards; the latest shipped one where *version* is None.

    Loading is cached: every call for a version returns the same immutable
    `Framework`.

    Raises:
        UnknownVersionError: No such version is shipped or registered.
        DataError: A registered framework's files have problems.
    """
    versions = _shipped()
    if version is None:
        if not versions:
            raise UnknownVersionError("latest", ())
        version = next(reversed(versions))
    # One load at a time, so that threads asking for a version at once all get
    # the one object the first of them loads (functools.cache alone would let
    # each of them load its own). Re-entrant: a registered framework's entry
    # point may itself load a version.
    with _LOADING:
        if isinstance(version, str) and version in versions:
            return _load_shipped(version)
        if isinstance(version, str) and version in _registered():
            return _load_registered(version)
    raise UnknownVersionError(str(version), available_versions())


_LOADING = threading.RLock()


@functools.cache
def _load_registered(version: str) -> Framework:
    entry = _registered()[version]
    where = f"the framework {echo(version)} registered by {entry.value}"
    try:
        target = entry.load()
        directory = target() if callable(target) else target
    except KeyboardInterrupt:
        # Ctrl-C stops the program still, saying where it was.
        raise KeyboardInterrupt(f"while loading {where}") from None
    except BaseException as error:  # noqa: BLE001 - someone else's code: report, don't crash
        # Even SystemExit: a plugin does not end the program that loads it.
        shown = shorten(f"{type(error).__name__}: {error}", 200)
        raise CoprodError(f"{where} could not be loaded: {shown}") from None
    if not isinstance(directory, (str, Path)):
        raise CoprodError(
            f"{where} gave {echo(directory)}; the entry point must name a directory path, or a "
            "function that returns one"
        )
    framework = load_path(directory)
    if framework.version != version:
        problem = Problem(
            message=f"the manifest says version {echo(framework.version)}, but the framework is "
            f"registered as {echo(version)}; make them agree",
            file=str(Path(directory) / "manifest.yaml"),
            path="$.version",
            code="version-directory",
        )
        raise DataError([problem])
    return framework


@functools.cache
def _load_shipped(version: str) -> Framework:
    root = _shipped()[version]
    framework = _compiled.read(root) or _read_directory(root, f"data/{root.name}")
    if framework.version != version:
        problem = Problem(
            message=f"the manifest says version {echo(framework.version)}, but the directory "
            f"holds version {echo(version)}; make them agree",
            file=f"data/{root.name}/manifest.yaml",
            path="$.version",
            code="version-directory",
        )
        raise DataError([problem])
    return framework


def load_path(directory: str | Path) -> Framework:
    """The standards in *directory*, such as an unpublished draft of a new version.

    The directory holds a ``manifest.yaml`` and the standard files it lists,
    in the format that ``docs/format.md`` describes. Nothing is cached.

    Raises:
        DataError: The directory or its files break the format; every
            problem found in them is listed, each with its file, line,
            column and ``$``-path.
    """
    from ._files import is_directory

    root = Path(directory)
    if not is_directory(root, str(root)):
        problem = Problem(
            message="there is no such directory; name a directory that holds manifest.yaml",
            file=str(root),
            code="missing-directory",
        )
        raise DataError([problem])
    return _read_directory(root, str(root))


def _read_yaml(file: Path, name: str, *, inside: Path | None = None) -> Parsed:
    """The YAML file *file*, called *name*; with *inside*, it must be in that directory."""
    from ._files import read_bytes
    from ._yaml import decode, parse

    return parse(decode(read_bytes(file, name, inside=inside), name), name)


def _read_directory(root: Path, name: str) -> Framework:
    documents = read_documents(root, name)
    if documents.problems:
        raise DataError(documents.problems)
    assert documents.framework is not None
    return documents.framework


class Documents(NamedTuple):
    """A standards directory as read: what could be built of it, and its problems."""

    #: The framework the files describe, or as much of it as builds (None where
    #: nothing does).
    framework: Framework | None
    manifest: Parsed | None
    standards: list[Parsed]
    #: Every problem in the directory's files, each file's in document order.
    problems: list[Problem]
    #: Whether every file built whole, so that the framework lacks nothing.
    whole: bool = True
    #: The ids of the standards whose files built whole.
    complete: frozenset[str] = frozenset()


def read_documents(root: Path, name: str) -> Documents:
    """Read the standards directory *root* (called *name* in messages) from its YAML.

    Nothing is raised for problems in the files: they are all collected, and
    the framework is built from what builds, so that checks that need it can
    still run on the rest.
    """
    # Imported here: the YAML path is for drafts and stale data, and loading
    # the compiled form of shipped data should not pay for it.
    from ._checks import DirectoryChecks, check_manifest, check_migration, is_plain_file_name
    from ._format import MANIFEST, ManifestFile, StandardFile, build
    from ._salvage import structure_salvaged

    try:
        manifest_parsed = _read_yaml(root / MANIFEST, f"{name}/{MANIFEST}", inside=root)
    except DataError as error:
        return Documents(None, None, [], list(error.problems), whole=False)
    built_manifest = structure_salvaged(manifest_parsed, ManifestFile)
    manifest = built_manifest.value
    problems = list(built_manifest.problems)
    if manifest is None:
        return Documents(None, manifest_parsed, [], problems, whole=False)
    problems += built_manifest.place(manifest_parsed, check_manifest(manifest))
    problems.sort(key=_in_order)
    whole = built_manifest.complete
    checks = DirectoryChecks(manifest)
    documents: list[StandardFile] = []
    parsed_files: list[Parsed] = []
    complete: set[str] = set()
    for index, file_name in enumerate(manifest.standards):
        if not is_plain_file_name(file_name):
            whole = False  # reported by check_manifest; never opened: it may lead outside
            continue
        if not os.path.lexists(root / file_name):
            message = (
                f"there is no file {echo(file_name)} in this directory; add it or correct the name"
            )
            where = built_manifest.original(("standards", index))
            problems.append(manifest_parsed.problem(where, message, code="missing-file"))
            whole = False
            continue
        try:
            parsed = _read_yaml(root / file_name, f"{name}/{file_name}", inside=root)
        except DataError as error:
            problems.extend(error.problems)
            whole = False
            continue
        built = structure_salvaged(parsed, StandardFile)
        document = built.value
        if document is None:
            problems.extend(built.problems)
            whole = False
            continue
        found = [*built.problems, *built.place(parsed, checks.findings(parsed, document))]
        problems.extend(sorted(found, key=_in_order))
        documents.append(document)
        parsed_files.append(parsed)
        if built.complete:
            complete.add(document.id)
        else:
            whole = False
    try:
        framework: Framework | None = build(manifest, documents)
    except (CoprodError, ValueError):  # duplicate ids or a bad version: reported above
        framework = None
    if framework is not None:
        problems += (
            manifest_parsed.problem(built_manifest.original(path), message, code=code)
            for code, path, message in check_migration(framework)
            # A target may be in a file that did not build.
            if whole or code != "migration-target"
        )
    return Documents(framework, manifest_parsed, parsed_files, problems, whole, frozenset(complete))


def _in_order(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)
