"""Reprs that fit on a screen: a notebook shows what an object is, not all it holds."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from coprod_standards import evaluate, load, load_assessment, load_path
from coprod_standards.reports.plan import action_plan
from coprod_standards.reports.progress import compare
from coprod_standards.reports.summary import summarise

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FRAMEWORK = load("1.1")
ASSESSMENT = load_assessment(EXAMPLES / "mixed-tiers.yaml")
EVALUATION = evaluate(FRAMEWORK, ASSESSMENT)

EXPECTED = {
    "framework": (
        FRAMEWORK,
        "<Framework co-production-quality-standards 1.1: 10 standards, 36 indicators, "
        "237 criteria>",
    ),
    "standard": (
        FRAMEWORK.standard("3"),
        "<Standard 3 'Respect': 4 indicators, 15 criteria>",
    ),
    "indicator": (
        FRAMEWORK.indicator("1.1"),
        "<Indicator 1.1 'People report feeling included': 3 criteria>",
    ),
    "criterion": (
        FRAMEWORK.criterion("1.2.G3"),
        "<Criterion 1.2.G3 gold 'Relevant action plans in place.'>",
    ),
    "assessment": (
        ASSESSMENT,
        "<Assessment of 'Eastgate Community Wellbeing Trust' on 2026-09-30 for 1.1: "
        "196 criteria answered, 3 indicator notes, 4 surveys>",
    ),
    "evaluation": (
        EVALUATION,
        "<Evaluation of 'Eastgate Community Wellbeing Trust' on 2026-09-30 against 1.1: no tier>",
    ),
    "standard result": (
        EVALUATION.standard("1"),
        "<StandardResult 1 'Equality, Inclusion and Diversity': silver>",
    ),
    "indicator result": (
        EVALUATION.indicator("1.1"),
        "<IndicatorResult 1.1 'People report feeling included': silver, 1 criterion to gold>",
    ),
    "criterion result": (EVALUATION.criterion("1.1.G1"), "<CriterionResult 1.1.G1: not_met>"),
    "survey check": (
        EVALUATION.criterion("1.1.G1").survey,
        "<SurveyCheck inclusion, at least 90%: not_met>",
    ),
}


@pytest.mark.parametrize("name", EXPECTED)
def test_repr_is_short_and_says_what_it_is(name: str) -> None:
    """Each large model's repr is one short line naming it and what it holds."""
    value, expected = EXPECTED[name]
    assert repr(value) == expected
    assert len(repr(value)) < 200


def test_long_titles_are_cut_short() -> None:
    """A long title or organisation is shortened in the middle, never in full."""
    long = attrs.evolve(ASSESSMENT, organisation="Riverside " * 40)
    assert len(repr(long)) < 200
    assert len(repr(evaluate(FRAMEWORK, long))) < 200
    assert "..." in repr(long)


def test_collections_of_results_stay_short() -> None:
    """A plan step, a comparison and a summary, each holding many results, stay short."""
    for value in (
        action_plan(EVALUATION)[0],
        compare(EVALUATION, EVALUATION),
        summarise([EVALUATION, EVALUATION]),
    ):
        assert len(repr(value)) < 300, repr(value)


def test_equality_is_unchanged() -> None:
    """The reprs change nothing of equality: equal values stay equal, others differ."""
    from_yaml = load_path(Path(__file__).resolve().parents[1] / "data" / "v1_1")
    assert from_yaml is not FRAMEWORK
    assert from_yaml == FRAMEWORK
    assert evaluate(FRAMEWORK, ASSESSMENT).indicator("1.1") == EVALUATION.indicator("1.1")
    assert EVALUATION.indicator("1.1") != EVALUATION.indicator("1.2")
