"""Action plans and progress comparisons."""

from __future__ import annotations

import datetime
import random
from pathlib import Path

import attrs
import pytest

from coprod_standards import (
    Answer,
    Assessment,
    CoprodError,
    Policy,
    RollUp,
    Status,
    SurveyResponse,
    Tier,
    evaluate,
    load,
    load_assessment,
)
from coprod_standards.core.results import next_tier
from coprod_standards.reports.plan import (
    PlanItem,
    PlanPhase,
    action_plan,
    plan_markdown,
    plan_records,
)
from coprod_standards.reports.progress import compare, comparison_markdown, comparison_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FRAMEWORK = load("1.1")


def test_plan_orders_quickest_wins_first() -> None:
    """Within a part, fewer criteria to the next tier come first; ties keep checklist order."""
    evaluation = evaluate(FRAMEWORK, load_assessment(EXAMPLES / "small-organisation-bronze.yaml"))
    plan = action_plan(evaluation)
    counts = [len(item.criteria) for item in plan]
    assert counts == sorted(counts)
    assert len(plan) == 36  # every indicator is at Bronze: each has a next tier
    ones = [item.indicator.id for item in plan if len(item.criteria) == 1]
    assert ones == sorted(ones, key=lambda id: [int(part) for part in id.split(".")])
    assert all(item.target is Tier.SILVER for item in plan)
    # Every indicator is at the overall tier, Bronze: each step helps lift it to Silver.
    assert {(item.phase, item.unlocks_overall) for item in plan} == {
        (PlanPhase.OVERALL, Tier.SILVER)
    }


def test_plan_carries_the_organisations_comments() -> None:
    """The plan shows the organisation's own comments beside each criterion."""
    evaluation = evaluate(FRAMEWORK, load_assessment(EXAMPLES / "small-organisation-bronze.yaml"))
    text = plan_markdown(evaluation)
    assert text.startswith("# Action plan: Harbour Lane Peer Support\n")
    assert "- [ ] **1.2.S2** (not met): Targets set for staff representation" in text
    assert "  - Comment: No staff representation targets yet" in text
    records = plan_records(evaluation)
    assert records[0]["step"] == 1
    assert {record["target"] for record in records} == {"silver"}


def test_plan_of_an_all_gold_organisation_is_empty() -> None:
    """Nothing to do at Gold everywhere."""
    criteria = {c.id: Answer(Status.MET) for c in FRAMEWORK.criteria if c.survey is None}
    day = datetime.date(2026, 9, 30)
    pairs = [
        ("inclusion", "service_users"),
        ("communication", "service_users"),
        ("communication", "staff"),
    ]
    surveys = tuple(SurveyResponse(m, p, 100, agree=95, conducted_on=day) for m, p in pairs)
    assessment = Assessment("1.1", "Gold Star", day, criteria=criteria, surveys=surveys)
    evaluation = evaluate(FRAMEWORK, assessment)
    assert evaluation.overall is Tier.GOLD
    assert action_plan(evaluation) == ()
    assert "Every indicator has reached Gold." in plan_markdown(evaluation)


def test_plan_lifts_the_overall_tier_first() -> None:
    """At overall "No tier", the indicators without a tier come first, not Silver-to-Gold wins."""
    evaluation = evaluate(FRAMEWORK, load_assessment(EXAMPLES / "mixed-tiers.yaml"))
    assert evaluation.overall is None
    plan = action_plan(evaluation)
    first = [item for item in plan if item.phase is PlanPhase.OVERALL]
    assert [(item.indicator.id, item.target) for item in first] == [
        ("5.5", Tier.BRONZE),
        ("6.2", Tier.BRONZE),
    ]
    assert plan[: len(first)] == tuple(first)
    assert {(item.unlocks_standard, item.unlocks_overall) for item in first} == {
        (Tier.BRONZE, Tier.BRONZE)
    }
    # Then each standard above "No tier" to its next tier, grouped by standard.
    second = [item for item in plan if item.phase is PlanPhase.STANDARD]
    assert [item.indicator.id for item in second] == [
        "2.1", "3.1", "9.4", "1.1", "1.4", "7.1", "7.2", "4.1", "4.2"
    ]  # fmt: skip
    assert plan[len(first) : len(first) + len(second)] == tuple(second)
    assert all(item.unlocks_overall is None for item in second)
    assert (second[0].unlocks_standard, second[1].unlocks_standard) == (Tier.SILVER, Tier.GOLD)
    rest = plan[len(first) + len(second) :]
    assert all(
        (item.phase, item.unlocks_standard, item.unlocks_overall)
        == (PlanPhase.INDICATOR, None, None)
        for item in rest
    )
    counts = [len(item.criteria) for item in rest]
    assert counts == sorted(counts)
    text = plan_markdown(evaluation)
    assert text.index("## To reach Bronze overall") < text.index("### 1. 5.5 Physical Access")
    assert "Counts towards: Bronze for standard 5 and Bronze overall." in text
    assert "Counts towards: Silver for standard 2." in text
    records = plan_records(evaluation)
    assert [(r["criterion"], r["phase"], r["unlocks_overall"]) for r in records[:2]] == [
        ("5.5.B1", "overall", "bronze"),
        ("6.2.B1", "overall", "bronze"),
    ]
    assert (records[2]["standard"], records[2]["unlocks_standard"]) == ("2", "silver")


def _random_assessment(seed: int) -> Assessment:
    """Mostly met answers with a few or many gaps; every survey reaches Gold."""
    chance = random.Random(seed)
    day = datetime.date(2026, 9, 30)
    gaps = (1 / 120, 1 / 60, 1 / 30, 1 / 15, 1 / 10, 1 / 7)[seed % 6]
    criteria = {
        c.id: Answer(Status.NOT_MET if chance.random() < gaps else Status.MET)
        for c in FRAMEWORK.criteria
        if c.survey is None
    }
    pairs = [("inclusion", "service_users"), ("communication", "service_users")]
    pairs.append(("communication", "staff"))
    surveys = tuple(SurveyResponse(m, p, 100, agree=95, conducted_on=day) for m, p in pairs)
    return Assessment("1.1", "Random", day, criteria=criteria, surveys=surveys)


def _meeting(assessment: Assessment, items: list[PlanItem]) -> Assessment:
    criteria = dict(assessment.criteria)
    criteria.update({c.id: Answer(Status.MET) for item in items for c in item.criteria})
    return attrs.evolve(assessment, criteria=criteria)


@pytest.mark.parametrize("roll_up", list(RollUp))
@pytest.mark.parametrize("seed", range(12))
def test_each_part_of_the_plan_unlocks_what_it_says(roll_up: RollUp, seed: int) -> None:
    """Meeting a part's criteria lifts the overall tier, or each standard, to the tier named."""
    policy = Policy(roll_up=roll_up)
    assessment = _random_assessment(seed)
    evaluation = evaluate(FRAMEWORK, assessment, policy)
    plan = action_plan(evaluation)
    phases = [item.phase for item in plan]
    assert phases == sorted(phases, key=list(PlanPhase).index)
    first = [item for item in plan if item.phase is PlanPhase.OVERALL]
    target = next_tier(evaluation.overall)
    if target is not None:
        assert {item.unlocks_overall for item in first} == {target}
        after = evaluate(FRAMEWORK, _meeting(assessment, first), policy)
        assert after.overall is not None
        assert after.overall >= target
        if roll_up is RollUp.WEAKEST_LINK:  # every indicator below the target, none other
            below = {r.id for r in evaluation.indicators if r.next_tier is not None}
            below -= {r.id for r in evaluation.indicators if r.achieved and r.achieved >= target}
            assert {item.indicator.id for item in first} == below
    second = [item for item in plan if item.phase is PlanPhase.STANDARD]
    for standard in evaluation.standards:
        mine = [item for item in second if item.indicator in standard.indicators]
        if not mine:
            continue
        target = mine[0].unlocks_standard
        assert target is not None
        assert {item.unlocks_standard for item in mine} == {target}
        after = evaluate(FRAMEWORK, _meeting(assessment, mine), policy)
        lifted = after.standard(standard.id).achieved
        assert lifted is not None
        assert lifted >= target
    everyone = [item.indicator.id for item in plan]
    assert sorted(everyone) == sorted(r.id for r in evaluation.indicators if r.next_tier)
    assert all(item.phase is PlanPhase.INDICATOR or item.unlocks_standard for item in plan)


def test_compare_progress_of_one_organisation() -> None:
    """Comparing a later assessment shows the tiers that moved and criteria gained or lost."""
    before = load_assessment(EXAMPLES / "small-organisation-bronze.yaml")
    criteria = dict(before.criteria)
    criteria["1.2.S2"] = Answer(Status.MET)  # 1.2 reaches Silver
    criteria["2.1.B1"] = Answer(Status.NOT_MET)  # 2.1, and so standard 2 and overall, drop
    # A new inclusion survey: 50 of 68 is 73.5%, which meets 70% (Silver for 1.1 and 3.1).
    inclusion = attrs.evolve(before.surveys[0], agree=50)
    later = attrs.evolve(before, criteria=criteria, surveys=(inclusion, *before.surveys[1:]))
    change = compare(evaluate(FRAMEWORK, before), evaluate(FRAMEWORK, later))
    assert [(c.id, c.old, c.new) for c in change.indicators_up] == [
        ("1.1", Tier.BRONZE, Tier.SILVER),
        ("1.2", Tier.BRONZE, Tier.SILVER),
        ("3.1", Tier.BRONZE, Tier.SILVER),
    ]
    assert [(c.id, c.old, c.new) for c in change.indicators_down] == [("2.1", Tier.BRONZE, None)]
    assert [(c.id, c.old, c.new) for c in change.standards] == [("2", Tier.BRONZE, None)]
    assert (change.overall.old, change.overall.new) == (Tier.BRONZE, None)
    assert [c.id for c in change.criteria_gained] == ["1.1.S1", "1.2.S2", "3.1.S1"]
    assert [c.id for c in change.criteria_lost] == ["2.1.B1"]
    # Every inclusion criterion's survey changed; the communication ones did not.
    assert [c.id for c in change.surveys] == [
        "1.1.B1",
        "1.1.S1",
        "1.1.G1",
        "3.1.B1",
        "3.1.S1",
        "3.1.G1",
    ]
    text = comparison_text(change)
    assert "Progress of Harbour Lane Peer Support: 2026-09-30 to 2026-09-30" in text
    assert "  - 1.2 People are representative of the city they are from: Bronze to Silver" in text
    assert "  - 1.1.S1: not met to met; now 50 of 68 service users agreed (73.5%)" in text
    assert comparison_markdown(change).startswith("# Progress of Harbour Lane Peer Support")
    assert change.to_dict()["criteria_lost"] == ["2.1.B1"]


def test_compare_notes_different_organisations() -> None:
    """Comparing two organisations works but says so."""
    change = compare(
        evaluate(FRAMEWORK, load_assessment(EXAMPLES / "small-organisation-bronze.yaml")),
        evaluate(FRAMEWORK, load_assessment(EXAMPLES / "mixed-tiers.yaml")),
    )
    assert "Note: the assessments name different organisations" in comparison_text(change)


def test_compare_refuses_different_versions() -> None:
    """Assessments of different versions are not compared."""
    evaluation = evaluate(FRAMEWORK, load_assessment(EXAMPLES / "mixed-tiers.yaml"))
    other = attrs.evolve(evaluation, framework=attrs.evolve(FRAMEWORK, version="1.2"))
    with pytest.raises(CoprodError, match="different versions"):
        compare(evaluation, other)
