"""assessment_from_data: an assessment from data already parsed, checked as a file is."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from coprod_standards import DataError, assessment_from_data, parse_assessment

DATA: dict[str, Any] = {
    "version": "1.1",
    "organisation": "Riverside",
    "assessed_on": "2026-09-30",
    "criteria": {"1.2.B1": "met", "1.2.B2": {"status": "not_met", "evidence": "Census"}},
    "surveys": [
        {
            "metric": "inclusion",
            "population": "service_users",
            "agree": 61,
            "respondents": 100,
            "conducted_on": "2026-05-01",
        }
    ],
}


def _problems(data: Any, **options: Any) -> list[tuple[str | None, str, int | None]]:
    with pytest.raises(DataError) as caught:
        assessment_from_data(data, **options)
    return [(p.path, p.message, p.line) for p in caught.value.problems]


def test_data_gives_the_assessment_its_json_file_gives() -> None:
    """The same data as a dict and as a JSON file give equal assessments."""
    expected = parse_assessment(json.dumps(DATA), format="json")
    assert assessment_from_data(DATA) == expected
    assert assessment_from_data(DATA).source is None


def test_dates_may_be_date_objects() -> None:
    """A web framework's or database's date objects are read as the ISO text would be."""
    with_dates = {**DATA, "assessed_on": datetime.date(2026, 9, 30)}
    with_dates["surveys"] = [{**DATA["surveys"][0], "conducted_on": datetime.date(2026, 5, 1)}]
    assert assessment_from_data(with_dates) == assessment_from_data(DATA)


def test_sequences_may_be_tuples() -> None:
    """A tuple where a file has a list (a database driver's rows) is read as the list."""
    assert assessment_from_data({**DATA, "surveys": tuple(DATA["surveys"])}) == (
        assessment_from_data(DATA)
    )


def test_a_wrong_answer_is_reported_at_its_path() -> None:
    """A problem names the data and the $-path, as a file's would (there is no line)."""
    data = {**DATA, "criteria": {"1.2.B1": "mett"}}
    ((path, message, line),) = _problems(data, name="request body")
    assert (path, line) == ("$.criteria['1.2.B1']", None)
    assert "'mett'" in message
    with pytest.raises(DataError, match="request body"):
        assessment_from_data(data, name="request body")


def test_checks_against_the_standards_run_as_for_a_file() -> None:
    """An unknown criterion and a status on a survey criterion are refused with their paths."""
    data = {**DATA, "criteria": {"9.9.B9": "met", "1.1.B1": "met"}}
    paths = [path for path, _, _ in _problems(data)]
    assert paths == ["$.criteria['9.9.B9']", "$.criteria['1.1.B1']"]


def test_a_datetime_is_not_a_date() -> None:
    """A datetime would lose its time: it is refused, not cut to a date."""
    data = {**DATA, "assessed_on": datetime.datetime(2026, 9, 30, 12, 0)}
    ((path, message, _),) = _problems(data)
    assert path == "$.assessed_on"
    assert "not plain data" in message


def test_a_key_that_is_not_text_is_refused() -> None:
    """A number as a key is a problem at the mapping it is in."""
    data = {**DATA, "criteria": {1: "met"}}
    assert _problems(data) == [("$.criteria", "the key 1 is not text; a key must be text", None)]


def test_data_that_is_not_a_mapping_is_refused() -> None:
    """A list at the top is refused as a file's would be."""
    ((path, message, _),) = _problems([DATA])
    assert (path, message) == ("$", "expected a mapping of keys to values at the top level")


def test_a_missing_version_is_reported() -> None:
    """Without a version the data cannot be checked, and says so."""
    data = {key: value for key, value in DATA.items() if key != "version"}
    ((path, _, _),) = _problems(data)
    assert path == "$.version"


def _nested(depth: int) -> dict[str, Any]:
    nested: dict[str, Any] = {"status": "met"}
    for _ in range(depth):
        nested = {"status": nested}
    return nested


def test_data_nested_past_the_limit_is_refused_at_the_limit() -> None:
    """Data nested thousands deep is a too-deep problem where it passes the limit, not a crash."""
    data = {**DATA, "criteria": {"1.2.B1": _nested(100_000)}}
    with pytest.raises(DataError) as caught:
        assessment_from_data(data)
    (problem,) = caught.value.problems
    assert problem.code == "too-deep"
    assert problem.path == "$.criteria['1.2.B1']" + ".status" * 31


def test_data_that_holds_itself_is_refused() -> None:
    """A mapping that holds itself (a loop, which no file can be) is refused, not followed."""
    loop: dict[str, Any] = {"status": "met"}
    loop["views"] = loop
    with pytest.raises(DataError) as caught:
        assessment_from_data({**DATA, "criteria": {"1.2.B1": loop}})
    assert {problem.code for problem in caught.value.problems} == {"too-deep"}


def _survey_of(**counts: int) -> dict[str, Any]:
    return {**DATA, "surveys": [{**DATA["surveys"][0], **counts}]}


@pytest.mark.parametrize("count", [2**53, -(2**60), 10**5000], ids=["2**53", "-2**60", "10**5000"])
def test_a_number_no_file_can_hold_is_refused(count: int) -> None:
    """A count past the integer range a file may hold is refused as a file's is."""
    with pytest.raises(DataError) as caught:
        assessment_from_data(_survey_of(agree=count, respondents=count))
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.surveys[0].agree", "integer-range"),
        ("$.surveys[0].respondents", "integer-range"),
    ]


def test_a_list_longer_than_a_file_may_hold_is_refused() -> None:
    """More entries than a file's mapping or list may hold are refused, at that list."""
    data = {**DATA, "completed_by": ["staff"] * 1001}
    with pytest.raises(DataError) as caught:
        assessment_from_data(data)
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.completed_by", "too-many-entries")
    ]


def test_more_values_than_a_file_may_hold_are_refused_once() -> None:
    """Data of more values than a file may hold is refused with one problem, read no further."""
    items = [{"title": "minutes"}] * 900
    data = {**DATA, "criteria": {f"1.2.{tier}": {"evidence": items} for tier in ("B1", "B2")}}
    data["criteria"].update({f"1.3.{tier}": {"evidence": items} for tier in ("B1", "B2", "S1")})
    data["criteria"].update({f"1.5.{tier}": {"evidence": items} for tier in ("B1", "B2", "S1")})
    with pytest.raises(DataError) as caught:
        assessment_from_data(data)
    assert [p.code for p in caught.value.problems] == ["too-many-values"]


def test_data_within_the_limits_is_read() -> None:
    """The largest whole number and list a file may hold are read from data too."""
    survey = _survey_of(agree=2**53 - 1, respondents=2**53 - 1)
    assert assessment_from_data(survey).surveys[0].agree == 2**53 - 1
    items = [{"title": f"minutes {number}"} for number in range(1000)]
    data = {**DATA, "criteria": {"1.2.B1": {"status": "met", "evidence": items}}}
    assert len(assessment_from_data(data).answer("1.2.B1").evidence) == 1000


def test_text_holding_half_of_a_surrogate_pair_is_refused() -> None:
    """A lone UTF-16 half (which no file holds, nor UTF-8 writes) is refused at its path."""
    data = {**DATA, "organisation": "River\udcc3side", "criteria": {"1.2.B1\ud800": "met"}}
    with pytest.raises(DataError) as caught:
        assessment_from_data(data)
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.organisation", "bad-character"),
        ("$.criteria", "bad-character"),
    ]
    assert "half of a UTF-16 surrogate pair" in caught.value.problems[0].message


def test_text_of_another_type_is_refused_naming_its_type() -> None:
    """A str subclass (as numpy.str_ is) shows as text; the message names its type."""

    class Label(str):
        pass

    with pytest.raises(DataError) as raised:
        assessment_from_data(
            {"version": "1.1", "organisation": Label("Riverside"), "assessed_on": "2026-09-30"}
        )
    (problem,) = raised.value.problems
    assert (problem.path, problem.code) == ("$.organisation", "wrong-type")
    assert problem.message.startswith("'Riverside' (a ")
    assert ".Label) is not plain data" in problem.message
