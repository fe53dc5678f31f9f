"""Assessments survive being written and read back, in YAML and in JSON."""

from __future__ import annotations

from hypothesis import given

from coprod_standards import Assessment, dumps_assessment, load, parse_assessment
from coprod_standards.testing import assessments

FRAMEWORK = load("1.1")


@given(assessments(FRAMEWORK))
def test_yaml_round_trip(assessment: Assessment) -> None:
    """Writing then reading gives back an equal assessment (YAML)."""
    text = dumps_assessment(assessment)
    assert parse_assessment(text, "generated.yaml") == assessment


@given(assessments(FRAMEWORK))
def test_json_round_trip(assessment: Assessment) -> None:
    """Writing then reading gives back an equal assessment (JSON)."""
    text = dumps_assessment(assessment, format="json")
    assert parse_assessment(text, "generated.json", json_format=True) == assessment


@given(assessments(FRAMEWORK))
def test_saving_a_loaded_assessment_changes_nothing(assessment: Assessment) -> None:
    """A loaded assessment saved unchanged is the same text, byte for byte."""
    text = dumps_assessment(assessment)
    loaded = parse_assessment(text, "generated.yaml")
    assert dumps_assessment(loaded) == text
