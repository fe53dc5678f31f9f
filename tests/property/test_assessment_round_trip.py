"""Assessments survive being written and read back, in YAML and in JSON."""

from __future__ import annotations

import datetime

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_standards import (
    Answer,
    Assessment,
    assessment_template,
    dumps_assessment,
    load,
    parse_assessment,
)
from coprod_standards.testing import answers, assessments

FRAMEWORK = load("1.1")
TEMPLATE = assessment_template(FRAMEWORK, assessed_on=datetime.date(2026, 9, 30))
ANSWERABLE = [criterion.id for criterion in FRAMEWORK.criteria if criterion.survey is None]


@given(assessments(FRAMEWORK))
def test_yaml_round_trip(assessment: Assessment) -> None:
    """Writing then reading gives back an equal assessment (YAML)."""
    text = dumps_assessment(assessment)
    assert parse_assessment(text, name="generated.yaml") == assessment


@given(assessments(FRAMEWORK))
def test_json_round_trip(assessment: Assessment) -> None:
    """Writing then reading gives back an equal assessment (JSON)."""
    text = dumps_assessment(assessment, format="json")
    assert parse_assessment(text, format="json", name="generated.json") == assessment


@given(assessments(FRAMEWORK))
def test_saving_a_loaded_assessment_changes_nothing(assessment: Assessment) -> None:
    """A loaded assessment saved unchanged is the same text, byte for byte."""
    text = dumps_assessment(assessment)
    loaded = parse_assessment(text, name="generated.yaml")
    assert dumps_assessment(loaded) == text


def _comments_above(lines: list[str], id: str) -> list[str]:
    """The comment lines right above *id*'s line."""
    at = next(i for i, line in enumerate(lines) if line.startswith(f"  {id}:"))
    above: list[str] = []
    while at > 0 and lines[at - 1].lstrip().startswith("#"):
        at -= 1
        above.insert(0, lines[at])
    return above


TEMPLATE_LINES = TEMPLATE.splitlines()
COMMENTS = {id: _comments_above(TEMPLATE_LINES, id) for id in ANSWERABLE}


# Each example reads and writes the whole template several times: keep it few.
@settings(max_examples=10)
@given(st.sampled_from(ANSWERABLE), answers(), answers())
def test_one_changed_answer_leaves_every_comment_above_its_own_id(
    id: str, first: Answer, second: Answer
) -> None:
    """However one answer in a template changes, twice, each criterion's text stays above its id."""
    blank = parse_assessment(TEMPLATE, name="template.yaml")
    once = parse_assessment(
        dumps_assessment(attrs.evolve(blank, criteria={**blank.criteria, id: first})),
        name="once.yaml",
    )
    twice = attrs.evolve(once, criteria={**once.criteria, id: second})
    text = dumps_assessment(twice)
    assert parse_assessment(text, name="twice.yaml") == twice
    lines = text.splitlines()
    for other in ANSWERABLE:
        assert _comments_above(lines, other) == COMMENTS[other], other
