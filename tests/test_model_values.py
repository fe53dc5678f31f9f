"""Models built in Python refuse a date given as text and a count given as a float or a bool."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from coprod_standards import Assessment, SurveyResponse
from coprod_standards.errors import FieldError

DAY = datetime.date(2026, 9, 30)


def survey(**changes: Any) -> SurveyResponse:
    given: dict[str, Any] = {"respondents": 10, "agree": 5, "conducted_on": DAY}
    return SurveyResponse("inclusion", "service_users", **{**given, **changes})


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("respondents", "10", "respondents is '10'; give a whole number"),
        ("respondents", 10.0, "respondents is 10.0; give a whole number"),
        ("respondents", True, "respondents is True; give a whole number"),
        ("agree", 5.0, "agree is 5.0; give a whole number"),
        ("respondents", -1, "-1 is negative; a count is 0 or more"),
        ("conducted_on", "2026-09-30", "conducted_on is '2026-09-30'; give a date, such as"),
        (
            "conducted_on",
            datetime.datetime(2026, 9, 30, 10, 0),
            "give a date, such as its .date()",
        ),
    ],
)
def test_a_survey_refuses_a_value_of_the_wrong_kind(
    field: str, value: object, message: str
) -> None:
    """Each is a FieldError naming the field, not a TypeError later nor a value kept as given."""
    with pytest.raises(FieldError) as raised:
        survey(**{field: value})
    assert raised.value.field == field
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [("assessed_on", "2026-09-30"), ("approved_on", "2026-09-30"), ("assessed_on", None)],
)
def test_an_assessment_refuses_a_date_that_is_not_a_date(field: str, value: object) -> None:
    """assessed_on and approved_on are dates: text is refused, naming the field."""
    given: dict[str, Any] = {"assessed_on": DAY, field: value}
    with pytest.raises(FieldError) as raised:
        Assessment("1.1", "Riverside", **given)
    assert raised.value.field == field
    assert "give a date, such as datetime.date(2026, 9, 30)" in str(raised.value)


def test_dates_and_counts_of_the_right_kind_are_kept() -> None:
    """A date and whole numbers are kept as given; approved_on may be None."""
    assert (survey().respondents, survey().agree, survey().conducted_on) == (10, 5, DAY)
    assert Assessment("1.1", "Riverside", DAY, approved_on=None).approved_on is None
