"""Where a survey's count came from: the export it was tallied from, and how.

A `SurveyProvenance` travels with a `SurveyResponse` that was counted from a
survey platform's export (`coprod_standards.tally_survey`), so that the
number in an assessment can be traced back to a file and checked: the file's
name and SHA-256, the layout recognised, the question, the response scale,
the rows read and the rows left out, by reason. It holds nothing personal.

>>> provenance = SurveyProvenance(
...     file="inclusion-2026.csv", sha256="0" * 64, layout="microsoft_forms",
...     question="I feel included", scale="agree-5", rows_read=12,
...     excluded={"blank": 1, "duplicate": 1})
>>> provenance.rows_counted
10
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from coprod_standards.errors import FieldError, echo

__all__ = ["Exclusion", "SurveyProvenance"]


class Exclusion(enum.Enum):
    """Why a row of a survey export was not counted; the order is the order of the checks."""

    #: The respondent did not finish (Qualtrics' Finished false, or Progress below 100).
    INCOMPLETE = "incomplete"
    #: A later row with a respondent id already counted.
    DUPLICATE = "duplicate"
    #: The population column names a population other than the one tallied.
    OTHER_POPULATION = "other_population"
    #: The population column is blank, or its answer is mapped to no population.
    NO_POPULATION = "no_population"
    #: The question was left blank.
    BLANK = "blank"
    #: An answer such as "Don't know" that the scale leaves out of the denominator.
    NO_OPINION = "no_opinion"


_REASONS = ", ".join(reason.value for reason in Exclusion)
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _excluded(value: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(value))


def _check_excluded(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    assert isinstance(value, Mapping)
    for reason, count in value.items():
        if reason not in {exclusion.value for exclusion in Exclusion}:
            raise FieldError(
                attribute.name,
                f"{echo(reason)} is not a reason for leaving a row out; use one of {_REASONS}",
            )
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise FieldError(
                attribute.name, f"{echo(count)} rows {reason}: give a count, 0 or more"
            )


def _check_count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, int) and value < 0:
        raise FieldError(attribute.name, f"{echo(value)} is negative; a count is 0 or more")


def _check_sha256(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise FieldError(
            attribute.name, f"{echo(value)} is not a SHA-256: give 64 lower-case hex digits"
        )


def _check_given(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, str) and not value.strip():
        raise FieldError(attribute.name, f"the {attribute.name} is blank; say what it was")


@attrs.frozen
class SurveyProvenance:
    """The export a survey's count was tallied from, and how it was counted.

    Attributes:
        file: The export's file name (its name only, not the folders it was in).
        sha256: The SHA-256 of the export's bytes, in hex: the same file gives the same count.
        layout: The layout recognised, such as ``microsoft_forms`` or ``plain``.
        question: The question (its column heading) whose answers were counted.
        scale: The response scale: a shipped scale's name, or a scale file's name.
        rows_read: How many respondents' rows the export held.
        excluded: How many rows were left out, by reason (`Exclusion`'s values).
        counted_no_opinion: How many answers such as "Don't know" were counted in
            the denominator as not agreeing, where the scale's rule (or the
            option) counts them, as the Friends and Family Test does.
    """

    file: str = attrs.field(validator=_check_given)
    sha256: str = attrs.field(validator=_check_sha256)
    layout: str = attrs.field(validator=_check_given)
    question: str = attrs.field(validator=_check_given)
    scale: str = attrs.field(validator=_check_given)
    rows_read: int = attrs.field(validator=_check_count)
    excluded: Mapping[str, int] = attrs.field(
        factory=dict, converter=_excluded, validator=_check_excluded
    )
    counted_no_opinion: int = attrs.field(default=0, validator=_check_count)

    def __attrs_post_init__(self) -> None:
        if self.rows_excluded > self.rows_read:
            raise FieldError(
                "excluded",
                f"{self.rows_excluded} rows are left out of {self.rows_read} read; no more rows "
                "can be left out than were read",
            )

    @property
    def rows_excluded(self) -> int:
        """How many rows were left out, for every reason."""
        return sum(self.excluded.values())

    @property
    def rows_counted(self) -> int:
        """How many rows were counted: the denominator, the survey's respondents."""
        return self.rows_read - self.rows_excluded
