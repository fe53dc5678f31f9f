"""The project's one cattrs converter, and located errors from structuring.

Structuring is strict: text must be text, numbers must be whole numbers
(never ``"55"`` or ``true``), lists must be lists, mappings must be
mappings, and a mapping may not carry keys the model does not have. Every
problem cattrs finds is turned into a `Problem` at its place in the file.
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Callable, Iterator, Mapping
from fractions import Fraction
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from coprod_standards.core.assessment import NOT_IN_FILES, Answer, Status, file_fields
from coprod_standards.core.evidence import Evidence, EvidenceItem
from coprod_standards.core.models.migrations import ONE_OR_MORE_IDS, MigrationEntry
from coprod_standards.errors import DataError, FieldError, Problem, echo, shorten

from ._converter_hooks import (
    WrongTypeError,
    _enum_hook,
    _is_homogeneous_tuple,
    _is_mapping,
    _mapping_hook,
    _structure_bool,
    _structure_date,
    _structure_fraction,
    _structure_int,
    _structure_str,
    _tuple_hook,
)
from ._parsed import DocumentPath, Parsed

T = TypeVar("T")


def _structure_answer(converter: cattrs.Converter) -> Callable[[object, type], Answer]:
    generated = _attrs_hook(converter, Answer)
    statuses = ", ".join(status.value for status in Status)

    # An answer is immutable, so the answers with only a status (most of a
    # file) are one shared object each rather than one per criterion.
    shared = {None: Answer(), Status.MET.value: Answer(Status.MET)}
    shared[Status.NOT_MET.value] = Answer(Status.NOT_MET)

    def structure(value: object, _: type) -> Answer:
        answer = shared.get(value) if value is None or type(value) is str else None
        if answer is not None:
            return answer
        if type(value) is str:
            if value == Status.NOT_APPLICABLE.value:
                return Answer(Status.NOT_APPLICABLE)  # refused: it needs a reason
            raise WrongTypeError(f"one of {statuses} (or a mapping with status)", value)
        return generated(value, Answer)  # type: ignore[no-any-return]

    return structure


def _structure_evidence(converter: cattrs.Converter) -> Callable[[object, type], Evidence]:
    items = _tuple_hook(converter, tuple[EvidenceItem, ...])

    def structure(value: object, _: type) -> Evidence:
        if type(value) is str:
            return value
        if type(value) is list:
            return items(value, tuple)
        raise WrongTypeError(
            "text, or a list of evidence items (mappings with a title: {title: ...})", value
        )

    return structure


def _attrs_hook(converter: cattrs.Converter, cls: type) -> Callable[[object, type], Any]:
    omitted: dict[str, Any] = {
        field.name: override(omit=True)
        for field in attrs.fields(cls)
        if field.metadata.get(NOT_IN_FILES)
    }
    omitted.update(
        (field.name, override(struct_hook=_structure_ids))
        for field in attrs.fields(cls)
        if field.metadata.get(ONE_OR_MORE_IDS)
    )
    generated: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
        cls,
        converter,
        _cattrs_forbid_extra_keys=True,
        _cattrs_detailed_validation=True,
        **omitted,
    )

    def structure(value: object, _: type) -> Any:
        if type(value) is not dict:
            raise WrongTypeError("a mapping of keys to values", value)
        return generated(value, cls)

    return structure


def configure_converter(converter: cattrs.Converter) -> cattrs.Converter:
    """Register every hook the project needs on *converter*, and return it."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook_factory(
        lambda type_: isinstance(type_, type) and issubclass(type_, enum.Enum), _enum_hook
    )
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda type_: _tuple_hook(converter, type_)
    )
    converter.register_structure_hook_factory(attrs.has, lambda cls: _attrs_hook(converter, cls))
    converter.register_structure_hook(Fraction, _structure_fraction)
    converter.register_unstructure_hook(Fraction, _unstructure_fraction)
    converter.register_structure_hook_factory(
        _is_mapping, lambda type_: _mapping_hook(converter, type_)
    )
    converter.register_unstructure_hook_factory(
        _is_mapping,
        lambda type_: lambda value: {k: converter.unstructure(v) for k, v in value.items()},
    )
    evidence = _structure_evidence(converter)
    converter.register_structure_hook_factory(lambda type_: type_ == Evidence, lambda _: evidence)
    converter.register_structure_hook(Answer, _structure_answer(converter))
    converter.register_unstructure_hook(MigrationEntry, _unstructure_migration_entry)
    return converter


def _structure_ids(value: object, _: object) -> tuple[str, ...]:
    if type(value) is str:
        return (value,)
    if type(value) is list and value and all(type(item) is str for item in value):
        return tuple(value)
    raise WrongTypeError("an id, or a list of ids", value)


def _unstructure_migration_entry(entry: MigrationEntry) -> dict[str, Any]:
    def ids(value: tuple[str, ...]) -> str | list[str]:
        return value[0] if len(value) == 1 else list(value)

    data: dict[str, Any] = {"kind": entry.kind.value, "old": ids(entry.old)}
    if entry.new:
        data["new"] = ids(entry.new)
    if entry.note:
        data["note"] = entry.note
    return data


def _unstructure_fraction(value: Fraction) -> int | float:
    return value.numerator if value.denominator == 1 else float(value)


converter = configure_converter(cattrs.Converter(forbid_extra_keys=True))


def structure(parsed: Parsed, cls: type[T], *, at: DocumentPath = ()) -> T:
    """Structure the data of *parsed* (or the part at path *at*) into *cls*.

    Raises:
        DataError: Every problem found, each at its place in the document.
    """
    data: Any = parsed.data
    for item in at:
        data = data[item]
    try:
        return converter.structure(data, cls)
    except Exception as error:  # noqa: BLE001 - every failure becomes a located problem
        raise DataError(located(parsed, findings(error, cls, at))) from None


@attrs.frozen
class Finding:
    """One problem that structuring found, at its path in the data."""

    path: DocumentPath
    message: str
    at_key: bool = False
    missing: bool = False  # the path names a required key that is absent
    suggests: DocumentPath | None = None  # the key an unknown key was probably meant to be
    wrong_type: WrongTypeError | None = None
    code: str = "invalid-value"


def findings(error: BaseException, cls: Any, at: DocumentPath = ()) -> list[Finding]:
    """Every problem in the structuring *error* of *cls* (at path *at* in the document)."""
    return list(_walk(error, at, cls))


def located(parsed: Parsed, findings: list[Finding]) -> list[Problem]:
    """*findings* as problems at their places in *parsed*, in document order."""
    # A misspelt key is both unknown and missing: report the unknown key alone,
    # since its message already names the key it was meant to be.
    meant = {finding.suggests for finding in findings}
    problems = [
        parsed.problem(
            finding.path,
            finding.message
            if finding.wrong_type is None
            else _wrong_type_message(parsed, finding.path, finding.wrong_type),
            at_key=finding.at_key,
            code=finding.code,
        )
        for finding in findings
        if not (finding.missing and finding.path in meant)
    ]
    return sorted(problems, key=lambda problem: (problem.line or 0, problem.column or 0))


def _walk(error: BaseException, path: DocumentPath, cls: Any) -> Iterator[Finding]:
    if isinstance(error, (ClassValidationError, IterableValidationError)):
        for inner in error.exceptions:
            note = next(
                (
                    n
                    for n in getattr(inner, "__notes__", ())
                    if isinstance(n, (AttributeValidationNote, IterableValidationNote))
                ),
                None,
            )
            if isinstance(note, AttributeValidationNote):
                yield from _walk(inner, (*path, note.name), note.type)
            elif isinstance(note, IterableValidationNote):
                yield from _walk(inner, (*path, note.index), note.type)
            else:
                yield from _walk(inner, path, getattr(error, "cl", cls))
    elif isinstance(error, ForbiddenExtraKeysError):
        allowed = [field.name for field in file_fields(error.cl)]
        for key in sorted(error.extra_fields):
            close = _closest(key, tuple(allowed))
            if close:
                yield Finding(
                    (*path, key),
                    f"unknown key {echo(key)}; did you mean {close!r}?",
                    at_key=True,
                    suggests=(*path, close),
                    code="unknown-key",
                )
            else:
                message = f"unknown key {echo(key)}; the keys allowed here are {', '.join(allowed)}"
                yield Finding((*path, key), message, at_key=True, code="unknown-key")
    elif isinstance(error, KeyError) and path:
        message = f"the required key {echo(path[-1])} is missing; add it"
        yield Finding(path, message, missing=True, code="missing-key")
    elif isinstance(error, FieldError):
        yield Finding((*path, error.field), str(error))
    elif isinstance(error, WrongTypeError):
        yield Finding(path, str(error), wrong_type=error, code="wrong-type")
    else:
        yield Finding(path, str(error) or type(error).__name__)


@functools.lru_cache(maxsize=1024)
def _closest(key: str, allowed: tuple[str, ...]) -> str | None:
    """The allowed key *key* was most likely meant to be, if any.

    Cached: a file that misspells a key in each of its thousand answers pays once.
    """
    import difflib  # only messages need it

    close = difflib.get_close_matches(key, allowed, n=1)
    return close[0] if close else None


def _wrong_type_message(parsed: Parsed, path: DocumentPath, error: WrongTypeError) -> str:
    message = str(error)
    raw = parsed.raw(path)
    raw = None if raw is None else shorten(raw)
    if error.value is None:
        message += "; write a value after the key's colon"
    elif error.expected == "text" and raw and not isinstance(error.value, (dict, list)):
        message += f': YAML reads an unquoted {raw} as a value of another kind; quote it: "{raw}"'
    elif isinstance(error.value, str) and error.expected in ("a whole number", "true or false"):
        message += "; write it without quotes"
    return message
