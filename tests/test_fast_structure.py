"""The usual assessment built without the converter equals the converter's, or is left to it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from coprod_standards import Assessment, dumps_assessment, load, load_assessment
from coprod_standards.formats._assessment_keys import keys_of
from coprod_standards.formats._converter import converter
from coprod_standards.formats._fast_read import json_data, yaml_data
from coprod_standards.formats._fast_structure import ASSESSMENT_KEYS, assessment_of
from coprod_standards.testing import assessments

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.yaml"))

USUAL: dict[str, Any] = {
    "version": "1.1",
    "organisation": "Riverside",
    "assessed_on": "2026-09-30",
    "completed_by": ["staff", "service_users"],
    "criteria": {
        "1.2.B1": "met",
        "1.2.B2": "not_met",
        "1.2.S1": None,
        "1.2.S2": {"status": "met", "evidence": "Census 2026", "comment": "Agreed."},
        "1.3.S2": {"status": "not_applicable", "reason": "Not ours."},
        "1.3.G1": {"views": {"staff": "met", "service_users": "not_met"}},
        "1.3.G2": {"status": None, "comment": "To discuss."},
    },
    "indicators": {"1.2": {"comment": "Census targets agreed"}},
    "surveys": [
        {
            "metric": "inclusion",
            "population": "service_users",
            "respondents": 100,
            "agree": 61,
            "conducted_on": "2026-05-01",
        },
        {
            "metric": "communication",
            "population": "staff",
            "respondents": 40,
            "percent_agree": 78.6,
            "conducted_on": "2026-05-01",
        },
    ],
    "status": "in_review",
    "approved_by": "",
    "approved_on": None,
    "digest": "",
}

#: Values of every kind, put in place of each value of `USUAL` in turn.
ODD_VALUES = [None, True, 0, -1, 1.5, float("nan"), "", "met", "not_applicable", "2026-02-30",
              "20260930", [], ["staff"], {}, {"status": "met"}, {"comment": 1}]  # fmt: skip


def _converted(data: object) -> Assessment | None:
    """What the converter builds from *data*, or None where it refuses it."""
    try:
        return converter.structure(data, Assessment)
    except Exception:  # noqa: BLE001 - any refusal
        return None


def _quick(data: object) -> tuple[str, Assessment | None]:
    """What `assessment_of` makes of *data*: built, left to the converter, or refused."""
    try:
        built = assessment_of(data)
    except Exception:  # noqa: BLE001 - the models' own checks
        return "refused", None
    return ("built", built) if built is not None else ("left", None)


def _agrees(data: object) -> str:
    """Check `assessment_of` against the converter on *data*; say what it did."""
    kind, built = _quick(data)
    expected = _converted(data)
    if kind == "built":
        assert built == expected
    elif kind == "refused":
        assert expected is None
    return kind


def test_the_usual_shapes_are_built_as_the_converter_builds_them() -> None:
    """Answers, views, notes, surveys and sign-off fields: built, equal to the converter's."""
    assert _agrees(USUAL) == "built"
    assert _agrees(json.loads(json.dumps(USUAL))) == "built"


def test_answers_with_only_a_status_are_shared() -> None:
    """Two answers `met` are one object, as the converter makes them."""
    built = assessment_of(USUAL | {"criteria": {"1.2.B1": "met", "1.2.B2": "met"}})
    assert built is not None
    assert built.criteria["1.2.B1"] is built.criteria["1.2.B2"]


@pytest.mark.parametrize(
    "rare",
    [
        {"criteria": {"1.2.B1": {"status": "met", "evidence": [{"title": "Log"}]}}},
        {"criteria": {"1.2.B1": {"status": "met", "previous": {"version": "1.0", "id": "1"}}}},
        {"retired": []},
        {"meetings": []},
        {"criteria": {"1.2.B1": "mett"}},
        {"surveys": [{**USUAL["surveys"][0], "provenance": {}}]},
        {"extra": 1},
    ],
)
def test_rarer_shapes_are_left_to_the_converter(rare: dict[str, Any]) -> None:
    """Evidence items, retired answers, meetings, unknown values and keys go to the converter."""
    assert _quick(USUAL | rare) == ("left", None)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_the_examples_agree(path: Path) -> None:
    """Every example, read as YAML and as JSON, gives the converter's assessment."""
    assessment = load_assessment(path)
    _agrees(yaml_data(dumps_assessment(assessment)))
    _agrees(json_data(dumps_assessment(assessment, format="json")))


def _replaced(data: Any, path: tuple[Any, ...], value: object) -> Any:
    """A copy of *data* with the value at *path* replaced by *value*."""
    if not path:
        return value
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _replaced(data[path[0]], path[1:], value)
    return copy


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value in *data*, mappings and lists included."""
    items = data.items() if isinstance(data, dict) else enumerate(data)
    found = [path] if path else []
    for key, value in items:
        if isinstance(value, (dict, list)):
            found += _paths(value, (*path, key))
        else:
            found.append((*path, key))
    return found


def test_odd_values_anywhere_agree_with_the_converter() -> None:
    """Each value of a usual file replaced by one of every kind: never a different assessment."""
    kinds = set()
    for path in _paths(USUAL):
        for value in ODD_VALUES:
            kinds.add(_agrees(_replaced(USUAL, path, value)))
    assert kinds == {"built", "left", "refused"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(assessments(load("1.1")))
def test_generated_assessments_agree(assessment: Assessment) -> None:
    """Generated assessments, written as JSON and read back: the converter's assessment."""
    _agrees(json_data(dumps_assessment(assessment, format="json")))


def test_every_top_level_key_is_built_here_or_left_to_the_converter_on_purpose() -> None:
    """A key added to the format's declaration is built fast, or named here as rare."""
    rare = {"retired", "meetings"}
    declared = {key.name for key in keys_of(Assessment).keys}
    assert set(ASSESSMENT_KEYS) | rare == declared
    assert not set(ASSESSMENT_KEYS) & rare


def test_a_service_and_an_organisation_identifier_are_built_fast() -> None:
    """An assessment naming its service and organisation identifier needs no converter."""
    data = {
        "version": "1.1",
        "organisation": "Eastgate",
        "service": "Housing",
        "organisation_id": "GB-CHC-1234567",
        "assessed_on": "2026-09-30",
        "criteria": {"1.2.B1": "met"},
    }
    built = assessment_of(data)
    assert built is not None
    assert (built.service, built.organisation_id) == ("Housing", "GB-CHC-1234567")
    assert built == converter.structure(data, Assessment)
