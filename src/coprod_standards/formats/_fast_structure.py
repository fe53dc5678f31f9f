"""The usual assessment built from plain data without the converter, for start-up.

`assessment_of` builds the `Assessment` that the converter (`._converter`)
builds from the same data, for the shapes most files have: answers given as a
status, or as a mapping of status, evidence text, comment, reason and views;
indicator notes; surveys without a provenance. For anything else (evidence
items, an answer carried from an earlier version, retired answers, meetings,
a value of another kind, an unknown key) it returns None, and the caller
structures the data with the converter, which also finds what is wrong. So a
command that reads a usual file does not import cattrs, which costs about a
tenth of its start-up; the two give equal assessments
(``tests/test_fast_structure.py``).
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any, TypeVar

from coprod_standards.core.assessment import Answer, Assessment, IndicatorNote, Status
from coprod_standards.core.sign_off import AssessmentStatus
from coprod_standards.core.survey_response import SurveyResponse

__all__ = ["ASSESSMENT_KEYS", "assessment_of"]

T = TypeVar("T")
Structure = Callable[[Any], Any]


class _Rare(Exception):  # noqa: N818 - a signal to use the converter, not an error to report
    """The data has a shape only the converter builds, or a problem it reports."""


def assessment_of(data: object) -> Assessment | None:
    """The assessment *data* holds, or None where the converter must build it.

    Raises:
        Exception: What the models' own checks raise, as they do when the
            converter builds them.
    """
    try:
        return _assessment(data)
    except _Rare:
        return None


def _text(value: object) -> str:
    if type(value) is not str:
        raise _Rare
    return value


def _count(value: object) -> int:
    if type(value) is not int:
        raise _Rare
    return value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: object) -> datetime.date:
    if type(value) is datetime.date:
        return value
    if type(value) is str and _DATE.fullmatch(value):
        return datetime.date.fromisoformat(value)
    raise _Rare


def _percent(value: object) -> Fraction:
    # As the converter reads it: a float is the exact decimal its repr() shows.
    if type(value) is int:
        return Fraction(value)
    if type(value) is float and value == value and abs(value) != float("inf"):
        return Fraction(repr(value))
    raise _Rare


def _optional(structure: Structure) -> Structure:
    return lambda value: None if value is None else structure(value)


def _member(cls: type[enum.Enum]) -> Structure:
    members = {member.value: member for member in cls}

    def structure(value: object) -> enum.Enum:
        member = members.get(value) if type(value) is str else None
        if member is None:
            raise _Rare
        return member

    return structure


def _tuple(structure: Structure) -> Structure:
    def structure_list(value: object) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Rare
        return tuple(structure(item) for item in value)

    return structure_list


def _mapping(structure: Structure) -> Structure:
    def structure_mapping(value: object) -> dict[str, Any]:
        if type(value) is not dict:
            raise _Rare
        return {key: structure(item) for key, item in value.items()}

    return structure_mapping


def _model(cls: type[T], fields: dict[str, Structure]) -> Callable[[Any], T]:
    """Build *cls* from a mapping whose keys are all among *fields*, each structured by its own."""

    def structure(value: object) -> T:
        if type(value) is not dict:
            raise _Rare
        arguments = {}
        for key, item in value.items():
            field = fields.get(key)
            if field is None:
                raise _Rare
            arguments[key] = field(item)
        return cls(**arguments)

    return structure


_status = _member(Status)
_answer_mapping = _model(
    Answer,
    {
        "status": _optional(_status),
        "evidence": _text,  # evidence items are the converter's
        "comment": _text,
        "reason": _text,
        "views": _mapping(_status),
    },
)
# One shared object for each answer with only a status, as the converter shares them.
_SHARED = {status.value: Answer(status) for status in (Status.MET, Status.NOT_MET)}


def _answer(value: object) -> Answer:
    if value is None:
        return _UNANSWERED
    if type(value) is str:
        shared = _SHARED.get(value)
        if shared is None:
            raise _Rare
        return shared
    return _answer_mapping(value)


_UNANSWERED = Answer()
_survey = _model(
    SurveyResponse,
    {
        "metric": _text,
        "population": _text,
        "respondents": _count,
        "agree": _optional(_count),
        "percent_agree": _optional(_percent),
        "conducted_on": _date,
    },
)
#: The top-level keys built here; the others (`retired`, `meetings`) are rare,
#: and left to the converter (a test holds this to the format's declaration).
ASSESSMENT_KEYS: dict[str, Callable[[object], object]] = {
    "version": _text,
    "organisation": _text,
    "service": _optional(_text),
    "organisation_id": _optional(_text),
    "assessed_on": _date,
    "completed_by": _tuple(_text),
    "criteria": _mapping(_answer),
    "indicators": _mapping(_model(IndicatorNote, {"comment": _text})),
    "surveys": _tuple(_survey),
    "status": _member(AssessmentStatus),
    "approved_by": _text,
    "approved_on": _optional(_date),
    "digest": _text,
}
_assessment = _model(Assessment, ASSESSMENT_KEYS)
