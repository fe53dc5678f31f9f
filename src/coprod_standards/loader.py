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
import re
from pathlib import Path
from typing import TYPE_CHECKING

from . import _compiled
from .errors import DataError, Problem, UnknownVersionError
from .models import Framework

if TYPE_CHECKING:
    from ._parsed import Parsed

__all__ = ["available_versions", "load", "load_path"]

_DIRECTORY = re.compile(r"v([0-9]+(?:_[0-9]+)*)")


def _data_root() -> Path:
    # A built wheel carries the data inside the package; a source checkout (and
    # so an editable install) keeps it at the top level. A plain path rather
    # than importlib.resources: that import alone costs more than a load.
    package = Path(__file__).resolve().parent
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


def available_versions() -> tuple[str, ...]:
    """The versions of the standards that `load` can load, oldest first."""
    return tuple(_shipped())


def load(version: str | None = None) -> Framework:
    """A shipped version of the standards; the latest where *version* is None.

    Loading is cached: every call for a version returns the same immutable
    `Framework`.

    Raises:
        UnknownVersionError: No such version is shipped.
    """
    versions = _shipped()
    if version is None:
        if not versions:
            raise UnknownVersionError("latest", ())
        version = next(reversed(versions))
    if not isinstance(version, str) or version not in versions:
        raise UnknownVersionError(str(version), tuple(versions))
    return _load_shipped(version)


@functools.cache
def _load_shipped(version: str) -> Framework:
    root = _shipped()[version]
    framework = _compiled.read(root) or _read_directory(root, f"data/{root.name}")
    if framework.version != version:
        problem = Problem(
            message=f"the manifest says version {framework.version!r}, but the directory "
            f"holds version {version!r}; make them agree",
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
    root = Path(directory)
    if not root.is_dir():
        problem = Problem(
            message="there is no such directory; name a directory that holds manifest.yaml",
            file=str(root),
            code="missing-directory",
        )
        raise DataError([problem])
    return _read_directory(root, str(root))


def _read_yaml(file: Path, name: str) -> Parsed:
    from ._files import read_bytes
    from ._yaml import decode, parse

    return parse(decode(read_bytes(file, name), name), name)


def _read_directory(root: Path, name: str) -> Framework:
    # Imported here: the YAML path is for drafts and stale data, and loading
    # the compiled form of shipped data should not pay for it.
    from ._checks import DirectoryChecks, check_manifest, check_migration
    from ._converter import structure
    from ._format import MANIFEST, ManifestFile, StandardFile, build

    manifest_parsed = _read_yaml(root / MANIFEST, f"{name}/{MANIFEST}")
    manifest = structure(manifest_parsed, ManifestFile)
    problems = [
        manifest_parsed.problem(path, message, code=code)
        for code, path, message in check_manifest(manifest)
    ]
    if problems:
        raise DataError(problems)
    checks = DirectoryChecks(manifest)
    documents: list[StandardFile] = []
    for index, file_name in enumerate(manifest.standards):
        if not (root / file_name).is_file():
            message = (
                f"there is no file {file_name!r} in this directory; add it or correct the name"
            )
            problems.append(
                manifest_parsed.problem(("standards", index), message, code="missing-file")
            )
            continue
        try:
            parsed = _read_yaml(root / file_name, f"{name}/{file_name}")
            document = structure(parsed, StandardFile)
        except DataError as error:
            problems.extend(error.problems)
            continue
        problems.extend(checks.check(parsed, document))
        documents.append(document)
    if problems:
        raise DataError(problems)
    framework = build(manifest, documents)
    problems = [
        manifest_parsed.problem(path, message, code=code)
        for code, path, message in check_migration(framework)
    ]
    if problems:
        raise DataError(problems)
    return framework
