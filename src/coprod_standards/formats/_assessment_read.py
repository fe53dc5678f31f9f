"""Reading an assessment fast, and re-reading it with places where it has problems.

`fast` reads a document without recording where its values are
(`._fast_read`), structures it and checks it against the standards; it
returns None at the first sign of a problem, and the caller reads the
document again with `located`, the locating reader, which reports every
problem with its line and column. So the same text gives the same
assessment, or the same problems, whichever reader reads it.

`from_data` builds an assessment from data already parsed (a web request's
JSON, a database row) in the same two steps, its problems placed by
``$``-path alone.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from coprod_standards.core.assessment import Assessment
from coprod_standards.core.models import Framework
from coprod_standards.errors import CoprodError, DataError, Problem, echo, format_path, shorten

from ._fast_read import Unusual, json_data, yaml_data
from ._fast_structure import assessment_of
from .limits import (
    Refusal,
    depth_problem,
    entries_problem,
    half_problem,
    integer_problem,
    values_problem,
)
from .loader import available_versions, load

if TYPE_CHECKING:
    from ._parsed import DocumentPath, Parsed

__all__ = ["fast", "from_data", "json_syntax_problem", "located", "structured"]


def fast(text: str, format: str, framework: Framework | None) -> Assessment | None:
    """The assessment in *text*, or None where the locating reader must read it.

    None means that the text has a problem, or something rare that only the
    locating reader reads (see `._fast_read`); never that it is wrong.
    """
    try:
        data = json_data(text) if format == "json" else yaml_data(text)
    except Unusual:
        return None
    return _built(data, framework)


def _built(data: Any, framework: Framework | None) -> Assessment | None:
    """The assessment *data* holds, or None where it has any problem."""
    from coprod_standards.core._assessment_checks import check_assessment

    if framework is None:
        version = data.get("version") if type(data) is dict else None
        if type(version) is not str:
            return None
        try:
            framework = load(version)
        except CoprodError:
            return None
    try:
        assessment = assessment_of(data)
        if assessment is None:
            # Imported only for the rarer shapes: cattrs is a tenth of a command's start-up.
            from ._converter import converter

            assessment = converter.structure(data, Assessment)
    except Exception:  # noqa: BLE001 - the locating reader reports it
        return None
    for _finding in check_assessment(framework, assessment):
        return None
    return assessment


def structured(text: str, format: str, name: str) -> Assessment:
    """The assessment *text* holds, structured but not checked against the standards.

    What a writer reads back to prove that its text says what it should: the
    fast reader where it can, the locating one where it cannot.

    Raises:
        DataError: The text does not hold an assessment.
    """
    from ._converter import converter, structure
    from ._yaml import parse

    try:
        data = json_data(text) if format == "json" else yaml_data(text)
        return converter.structure(data, Assessment)
    except Exception:  # noqa: BLE001 - Unusual, or a problem the locating reader reports
        return structure(parse(text, name), Assessment)


def json_syntax_problem(text: str, name: str, parsed: Parsed) -> Problem | None:
    """What makes *text* not JSON though the YAML reader read it (as *parsed*), if anything.

    JSON is YAML's flow style, so the YAML reader also reads what JSON does
    not allow: comments, single quotes, keys without quotes, trailing commas,
    NaN. A file declared JSON is refused for them, at the place the `json`
    module names.
    """
    constants: list[str] = []

    def refuse(constant: str) -> object:
        constants.append(constant)
        raise ValueError(constant)

    try:
        json.loads(text, parse_constant=refuse)
    except json.JSONDecodeError as error:
        return _json_error(text, name, error)
    except ValueError:
        if not constants:
            return None  # a number too long to read, which the checks report
        for path, span in parsed.values.items():
            if text[span.start : span.end] == constants[0]:
                message = f"{constants[0]} is not a JSON value; write a number, or a text in quotes"
                return parsed.problem(path, message, code="json-syntax")
    except RecursionError:
        return None  # the YAML reader has read it, and the checks report what it holds
    return None


#: The YAML reader's problems of syntax, which JSON's reader words better for JSON.
_YAML_SYNTAX = frozenset({"yaml-syntax", "yaml-documents"})


def _json_error(text: str, name: str, error: json.JSONDecodeError) -> Problem:
    """*error* of the `json` module as a problem at its place in *text*."""
    from ._parsed import Span, problem_at

    span = Span(error.lineno - 1, error.colno - 1, error.pos, error.pos)
    why = (
        "the file is read as JSON because of its name (.json): write it as JSON, or save it "
        "as .yaml"
        if name.lower().endswith(".json")
        else "it was given as JSON: write it as JSON, or give it as YAML"
    )
    return problem_at(
        name, text, span, "$", f"this is not valid JSON: {error.msg}; {why}", "json-syntax"
    )


def _not_json_at_all(text: str, name: str) -> Problem | None:
    """Why `json` cannot read *text* at all, or None where it can."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return _json_error(text, name, error)
    except (ValueError, RecursionError):
        return None
    return None


def located(text: str, format: str, name: str, framework: Framework | None) -> Assessment:
    """The assessment in *text*, read with the place of every value to report its problems."""
    from ._yaml import parse

    # JSON is read by the YAML reader too (it is YAML's flow style), so that
    # its problems get lines and columns as well; what JSON does not allow is
    # a problem of its own.
    if format == "json":
        # JSON allows tabs between its tokens, where YAML does not; inside a
        # string a raw tab is not JSON, and json_syntax_problem says so. A space
        # in each tab's place keeps every line and column where it was.
        try:
            parsed = attrs.evolve(parse(text.replace("\t", " "), name), text=text)
        except DataError as error:
            # Syntax neither reader can read: JSON's own words, at JSON's place,
            # rather than YAML's (its flow style ends where a JSON document ends).
            syntax = all(problem.code in _YAML_SYNTAX for problem in error.problems)
            not_json = _not_json_at_all(text, name) if syntax else None
            if not_json is None:
                raise
            raise DataError([not_json]) from None
    else:
        parsed = parse(text, name)
    not_json = json_syntax_problem(text, name, parsed) if format == "json" else None
    return checked(parsed, framework, not_json)


def checked(parsed: Parsed, framework: Framework | None, not_json: Problem | None) -> Assessment:
    """The assessment *parsed* holds, or every problem it has (with *not_json*, if any)."""
    from coprod_standards.core._assessment_checks import check_assessment

    from ._salvage import structure_salvaged

    if not_json is not None and not isinstance(parsed.data, dict):
        raise DataError([not_json])
    if framework is None:
        try:
            framework = _framework_for(parsed.data, parsed.problem)
        except DataError as error:
            if not_json is None:
                raise
            raise DataError(_in_order([*error.problems, not_json])) from None
    # Every problem at once: the checks against the standards run on what
    # builds, even where some answers or surveys do not.
    built = structure_salvaged(parsed, Assessment, placeholders=_PLACEHOLDERS)
    problems = list(built.problems)
    if not_json is not None:
        problems.append(not_json)
    if built.value is not None:
        problems += built.place(parsed, check_assessment(framework, built.value))
    if problems:
        raise DataError(_in_order(problems))
    assessment = built.value
    assert assessment is not None
    return assessment


def _in_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


#: What the checks against the standards build an assessment with where its
#: own value is missing or broken: a survey is never after date.max.
_PLACEHOLDERS = {"organisation": "", "assessed_on": datetime.date.max}


def _framework_for(data: object, problem: Any) -> Framework:
    if not isinstance(data, dict):
        message = "expected a mapping of keys to values at the top level"
        raise DataError([problem((), message, code="wrong-type")])
    version = data.get("version")
    if version is None:
        raise DataError(
            [
                problem(
                    ("version",),
                    "the required key 'version' is missing; add it, such as version: \"1.1\"",
                    code="missing-key",
                )
            ]
        )
    if not isinstance(version, str) or version not in available_versions():
        shown = shorten(version) if isinstance(version, str) else echo(version)
        hint = ' (quote it: "1.1")' if not isinstance(version, str) else ""
        offer = ", ".join(repr(v) for v in available_versions())
        raise DataError(
            [
                problem(
                    ("version",),
                    f"this library has no standards version {shown}{hint}; it has {offer}",
                    code="unknown-version",
                )
            ]
        )
    return load(version)


def from_data(data: Mapping[str, object], name: str, framework: Framework | None) -> Assessment:
    """The assessment in the plain *data*, checked as a file's would be.

    Raises:
        DataError: Every problem, each with its ``$``-path.
    """
    reader = _Plain(name)
    plain = reader.value(data, ())
    if reader.problems:
        raise DataError(reader.problems)
    assessment = _built(plain, framework)
    if assessment is None:
        from ._parsed import Parsed  # the places of problems: not needed to read a good file

        assessment = checked(Parsed(name=name, text="", data=plain), framework, None)
    return assessment


class _Plain:
    """Data as the plain data a file gives: mappings as dicts, sequences as lists.

    Dates may be `datetime.date` objects or ISO text; what a file cannot hold
    is a problem: a key that is not text, a set, an object, and whatever
    passes the limits a file is held to (`.limits`: nesting, such as a
    mapping that holds itself, entries, values and the range of integers).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.count = 0  # values, as a file's reader counts them: keys among them

    def value(self, value: object, path: DocumentPath) -> object:
        self.count += 1
        refusal = values_problem(self.count)
        if refusal is not None:  # refused at once, as a file is: nothing after it is read
            raise DataError([self._problem(path, *refusal)])
        refusal = (
            depth_problem(len(path))
            or (entries_problem(len(value)) if isinstance(value, (Mapping, list, tuple)) else None)
            or (integer_problem(value) if type(value) is int else None)
            or (_half(value) if type(value) is str else None)
        )
        if refusal is not None:
            self.problems.append(self._problem(path, *refusal))
            return None
        if isinstance(value, Mapping):
            return self._mapping(value, path)
        if isinstance(value, (list, tuple)):
            return [self.value(item, (*path, index)) for index, item in enumerate(value)]
        if value is None or type(value) in _SCALARS:
            return value
        kind = type(value)
        # A str or int of another type (numpy.str_, numpy.int64 from a pandas row) looks
        # like plain data when shown: the type says why it is not.
        message = (
            f"{shorten(repr(value))} (a {kind.__module__}.{kind.__qualname__}) is not plain "
            "data; give text, a number, true or false, a date, a list or a mapping (such as "
            "str(value) or int(value))"
        )
        self.problems.append(self._problem(path, "wrong-type", message))
        return None

    def _mapping(self, value: Mapping[object, object], path: DocumentPath) -> dict[str, object]:
        result = {}
        for key, item in value.items():
            if type(key) is not str:
                message = f"the key {echo(key)} is not text; a key must be text"
                self.problems.append(
                    Problem(message=message, file=self.name, path=format_path(path))
                )
                continue
            refusal = _half(key)
            if refusal is not None:
                self.problems.append(self._problem(path, *refusal))
                continue
            self.count += 1
            result[key] = self.value(item, (*path, key))
        return result

    def _problem(self, path: DocumentPath, code: str, message: str) -> Problem:
        return Problem(message=message, file=self.name, path=format_path(path), code=code)


def _half(text: str) -> Refusal | None:
    found = half_problem(text)
    return None if found is None else found[1]


#: The types of the values data may hold, as a file's are read. A datetime is
#: not among them: its time would be dropped.
_SCALARS = frozenset({str, int, float, bool, datetime.date})
