"""How an assessment was made: the meetings held, its status and its sign-off.

The checklist asks that an assessment be "filled in jointly". An assessment
may record the `Meeting`s where it was filled in (when, and how many people
of each respondent group were there), its `AssessmentStatus` (a draft, in
review, or final), and who approved it and when. A final assessment also
records a digest of its content, so that an edit after sign-off shows
(``coprod_standards.formats.sign_off`` works it out; the core reads no files).

>>> import datetime
>>> meeting = Meeting(datetime.date(2026, 9, 12), {"staff": 3, "service_users": 5})
>>> meeting.people
8
>>> AssessmentStatus("in_review")
<AssessmentStatus.IN_REVIEW: 'in_review'>
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from coprod_standards.errors import FieldError, echo

__all__ = ["AssessmentStatus", "Meeting"]


class AssessmentStatus(enum.Enum):
    """Where an assessment stands: a draft, in review, or final (signed off)."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    FINAL = "final"


def _frozen_counts(value: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(value))


def _check_attendance(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # The group names follow the assessment's rule (checked here for the names,
    # since this module cannot import the assessment's without a cycle).
    assert isinstance(value, Mapping)
    if not value:
        raise FieldError(
            attribute.name, "a meeting needs at least one group present, such as {staff: 3}"
        )
    for group, count in value.items():
        if not isinstance(group, str) or not _is_group(group):
            raise FieldError(
                attribute.name,
                f"{echo(group)} is not a respondent group name; use lower-case words joined "
                "by underscores, such as service_users",
            )
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise FieldError(
                attribute.name,
                f"{echo(count)} people of {group}: a group present counts 1 or more people; "
                "leave out a group that was not there",
            )


def _is_group(name: str) -> bool:
    return _GROUP.fullmatch(name) is not None


_GROUP = re.compile(r"[a-z][a-z0-9_]*")


@attrs.frozen(hash=False)
class Meeting:
    """A meeting where the assessment was filled in or reviewed.

    Attributes:
        held_on: When it was held (not after the assessment's date).
        attendance: How many people of each respondent group were present,
            by group name (``staff``, ``service_users``...): 1 or more each.
    """

    held_on: datetime.date
    attendance: Mapping[str, int] = attrs.field(
        converter=_frozen_counts, validator=_check_attendance
    )

    @property
    def people(self) -> int:
        """How many people were present in all."""
        return sum(self.attendance.values())

    def __reduce__(self) -> tuple[Any, ...]:
        # A mappingproxy cannot be pickled: pickle its dict, which __init__ freezes again.
        return Meeting, (self.held_on, dict(self.attendance))
