"""Building what can be built of a document that has problems.

A person fixing a file should see every problem in one run, including those
that only the checks after structuring find (an unknown criterion id, a
threshold out of order). So where structuring fails, its problems are kept
and the data is repaired just enough to build: a misspelt key is read as the
key it was meant to be, an entry of a list or mapping that does not build is
left out (an answer is left empty), an optional value that does not build is
left at its default. The checks then run on what was built, and their
findings are placed back in the file as it was written.
"""

from __future__ import annotations

import copy
import functools
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from coprod_standards.errors import Problem

from ._converter import Finding, converter, findings, located
from ._parsed import DocumentPath, Parsed

T = TypeVar("T")

#: How many times the data is repaired and built again before giving up.
_ROUNDS = 8


class _Gone:
    """Marks a list item left out, until the list is closed up."""


_GONE = _Gone()


@attrs.frozen
class Salvaged(Generic[T]):
    """The problems of structuring a document, and what could be built despite them.

    Attributes:
        value: What was built, or None where nothing could be.
        problems: The problems of the document as written, in document order.
        left_out: Where (in the document as written) something was left out
            to build *value*: checks of what holds those places would see
            something missing, so their findings there are not reported.
    """

    value: T | None
    problems: list[Problem]
    left_out: frozenset[DocumentPath] = frozenset()
    _origins: tuple[_Origin, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether *value* holds everything the document holds (only keys were mended)."""
        return self.value is not None and not self.left_out

    def original(self, path: DocumentPath) -> DocumentPath:
        """The path in the document as written of *path* in the repaired data."""
        for origin in reversed(self._origins):
            path = origin.back(path)
        return path

    def place(
        self, parsed: Parsed, checked: Iterable[tuple[str, DocumentPath, str]]
    ) -> list[Problem]:
        """The findings of checks of *value* as problems in the document as written."""
        problems = []
        # What holds a part left out: a set, as a file may leave out thousands of answers.
        holding = {gone[:length] for gone in self.left_out for length in range(len(gone))}
        for code, path, message in checked:
            where = self.original(path)
            if where in holding:
                continue  # about a part that is missing only because it was left out
            problems.append(parsed.problem(where, message, code=code))
        return problems


@attrs.frozen
class _Origin:
    """How one round of repair moved paths: list items closed up, keys renamed."""

    indexes: Mapping[DocumentPath, list[int]]  # a list's path -> its items' old indexes
    renames: Mapping[tuple[DocumentPath, str], str]  # (a mapping's path, new key) -> old key

    def back(self, path: DocumentPath) -> DocumentPath:
        old: list[str | int] = []
        for item in path:
            prefix = tuple(old)
            if isinstance(item, int) and prefix in self.indexes:
                indexes = self.indexes[prefix]
                item = indexes[item] if item < len(indexes) else item
            elif isinstance(item, str):
                item = self.renames.get((prefix, item), item)
            old.append(item)
        return tuple(old)


def structure_salvaged(
    parsed: Parsed, cls: type[T], *, placeholders: Mapping[str, object] | None = None
) -> Salvaged[T]:
    """Structure *parsed* into *cls*, building what can be built where it has problems.

    Args:
        parsed: The document.
        cls: What to build.
        placeholders: Values to build with in place of top-level required
            values that are missing or do not build, where the checks to
            run can do without them.
    """
    try:
        return Salvaged(converter.structure(parsed.data, cls), [])
    except Exception as error:  # noqa: BLE001 - every failure becomes a located problem
        found = findings(error, cls)
    reported = list(found)
    data: Any = copy.deepcopy(parsed.data)
    origins: list[_Origin] = []
    left_out: set[DocumentPath] = set()
    dropped: set[DocumentPath] = set()  # optional values left out, which their siblings may need
    for attempt in range(_ROUNDS):
        if attempt:
            # What a repaired part still gets wrong (the rules a model checks once
            # its parts build) is a problem too, unless it is about what was left out.
            reported += _also(found, origins, left_out, dropped, reported)
        repair = _Repair(data, cls, dict(placeholders or {}))
        # A misspelt key is also reported missing: mending the one mends the other.
        meant = {finding.suggests for finding in found}
        for finding in found:
            if not (finding.missing and finding.path in meant):
                repair.mend(finding)
        if not repair.changed:
            break
        origin = repair.close_up()
        left_out.update(_back_all(origins, repair.left_out))
        dropped.update(_back_all(origins, repair.dropped))
        origins.append(origin)
        try:
            value = converter.structure(data, cls)
        except Exception as error:  # noqa: BLE001 - repaired again in the next round
            found = findings(error, cls)
            continue
        return Salvaged(value, located(parsed, reported), frozenset(left_out), tuple(origins))
    return Salvaged(None, located(parsed, reported))


def _back_all(origins: list[_Origin], paths: set[DocumentPath]) -> Iterator[DocumentPath]:
    for path in paths:
        for origin in reversed(origins):
            path = origin.back(path)
        yield path


def _also(
    found: list[Finding],
    origins: list[_Origin],
    left_out: set[DocumentPath],
    dropped: set[DocumentPath],
    reported: list[Finding],
) -> Iterator[Finding]:
    """The findings of a later round, at their paths in the document as written."""
    seen = {(finding.path, finding.message) for finding in reported}
    for finding in found:
        (path,) = _back_all(origins, {finding.path})
        if (
            (path, finding.message) in seen
            or any(gone[: len(path)] == path or path[: len(gone)] == gone for gone in left_out)
            or any(path[:-1] == gone[:-1] for gone in dropped)
        ):
            continue
        suggests = None
        if finding.suggests is not None:
            (suggests,) = _back_all(origins, {finding.suggests})
        yield attrs.evolve(finding, path=path, suggests=suggests)


class _Repair:
    """One round of repairs to *data*, so that *cls* can be built from it."""

    def __init__(self, data: Any, cls: type, placeholders: dict[str, object]) -> None:
        self.data = data
        self.cls = cls
        self.placeholders = placeholders
        self.changed = False
        self.left_out: set[DocumentPath] = set()
        self.dropped: set[DocumentPath] = set()
        self.renames: dict[tuple[DocumentPath, str], str] = {}

    def mend(self, finding: Finding) -> None:
        path = finding.path
        if finding.at_key:  # an unknown key: read it as the key meant, or drop it
            parent = _get(self.data, path[:-1])
            if not isinstance(parent, dict) or path[-1] not in parent:
                return
            meant = finding.suggests
            value = parent.pop(path[-1])
            if meant is not None and meant[-1] not in parent:
                parent[meant[-1]] = value
                self.renames[(path[:-1], str(meant[-1]))] = str(path[-1])
            self.changed = True
            return
        for point, kind in reversed(list(_points(self.cls, path))):
            parent = _get(self.data, point[:-1])
            key = point[-1]
            if isinstance(parent, dict) and key in parent:
                if kind == "empty" and parent[key] != {}:
                    parent[key] = {}
                else:
                    del parent[key]
                if kind == "field":
                    self.dropped.add(point)
            elif isinstance(parent, list) and isinstance(key, int) and key < len(parent):
                if parent[key] is _GONE:
                    continue
                parent[key] = _GONE
            else:
                continue
            self.left_out.add(point)
            self.changed = True
            return
        if path and isinstance(self.data, dict) and path[0] in self.placeholders:
            placeholder = self.placeholders.pop(str(path[0]))
            if self.data.get(path[0]) != placeholder:
                self.data[path[0]] = placeholder
                self.left_out.add(path[:1])
                self.changed = True

    def close_up(self) -> _Origin:
        """Remove the items left out of lists; the way back to the paths before."""
        indexes: dict[DocumentPath, list[int]] = {}
        _close_up(self.data, (), indexes, self.renames)
        return _Origin(indexes, self.renames)


def _close_up(
    data: Any,
    path: DocumentPath,
    indexes: dict[DocumentPath, list[int]],
    renames: Mapping[tuple[DocumentPath, str], str],
) -> None:
    # Paths are recorded as they were before this round, as _Origin.back reads them.
    if isinstance(data, dict):
        for key, value in data.items():
            _close_up(value, (*path, renames.get((path, key), key)), indexes, renames)
    elif isinstance(data, list):
        kept = [index for index, item in enumerate(data) if item is not _GONE]
        if len(kept) < len(data):
            indexes[path] = kept
            data[:] = [data[index] for index in kept]
        for item, index in zip(data, kept, strict=True):
            _close_up(item, (*path, index), indexes, renames)


def _get(data: Any, path: DocumentPath) -> Any:
    for item in path:
        in_list = isinstance(data, list) and isinstance(item, int) and item < len(data)
        if not (in_list or (isinstance(data, dict) and item in data)):
            return None
        data = data[item]
    return data


def _points(cls: type, path: DocumentPath) -> Iterator[tuple[DocumentPath, str]]:
    """The places along *path* that can be left out, outermost first, with their kind.

    Each is an ``"item"`` of a list or mapping, a ``"field"`` with a default,
    or an ``"empty"`` item: a mapping's item that builds from ``{}`` (an empty
    answer), which keeps its key where leaving it out would hide it from checks.
    """
    type_: Any = cls
    for depth, item in enumerate(path, start=1):
        type_ = _optional(type_)
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if attrs.has(type_) and isinstance(item, str):
            fields = attrs.fields_dict(type_)
            hints = _hints(type_)
            if item not in fields or item not in hints:
                return
            if fields[item].default is not attrs.NOTHING:
                yield path[:depth], "field"
            type_ = hints[item]
        elif origin is tuple and args:
            yield path[:depth], "item"
            type_ = args[0]
        elif origin in (Mapping, dict) and len(args) == 2:
            value_type = _optional(args[1])
            yield path[:depth], "empty" if _builds_empty(value_type) else "item"
            type_ = args[1]
        else:
            return


def _optional(type_: Any) -> Any:
    args = [arg for arg in typing.get_args(type_) if arg is not type(None)]
    if typing.get_origin(type_) in (typing.Union, types.UnionType):
        return args[0] if len(args) == 1 else type_
    return type_


def _builds_empty(type_: Any) -> bool:
    return attrs.has(type_) and all(
        field.default is not attrs.NOTHING for field in attrs.fields(type_) if field.init
    )


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
