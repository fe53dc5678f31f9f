"""The example assessments in examples/, evaluated against the tiers they were designed to reach.

Every expected value here was worked out by hand from the rules (tier gating,
weakest-link roll-up, survey thresholds, survey age and minimum respondents,
consensus of views), not copied from the library's output.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import coprod_standards
from coprod_standards import Consensus, Outcome, Policy, RollUp, Status, Tier, explain
from coprod_standards.core.results import CriterionResult

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

B, S, G = Tier.BRONZE, Tier.SILVER, Tier.GOLD


def evaluate(name: str, policy: Policy | None = None) -> coprod_standards.Evaluation:
    assessment = coprod_standards.load_assessment(EXAMPLES / name)
    return coprod_standards.evaluate(coprod_standards.load("1.1"), assessment, policy)


def standard_tiers(evaluation: coprod_standards.Evaluation) -> dict[str, Tier | None]:
    return {result.id: result.achieved for result in evaluation.standards}


def indicator_tiers(evaluation: coprod_standards.Evaluation) -> dict[str, Tier | None]:
    return {result.id: result.achieved for result in evaluation.indicators}


def blocking(evaluation: coprod_standards.Evaluation, indicator: str) -> list[str]:
    return [result.id for result in evaluation.indicator(indicator).blocking]


def outcome(evaluation: coprod_standards.Evaluation, criterion: str) -> Outcome:
    return evaluation.criterion(criterion).outcome


def ids(results: tuple[CriterionResult, ...]) -> list[str]:
    return [result.id for result in results]


# small-organisation-bronze.yaml


@pytest.fixture(scope="module")
def small() -> coprod_standards.Evaluation:
    return evaluate("small-organisation-bronze.yaml")


def test_small_organisation_is_bronze_everywhere(small: coprod_standards.Evaluation) -> None:
    """Every Bronze criterion met or not applicable, no indicator complete at Silver: all Bronze."""
    assert small.overall is B
    assert standard_tiers(small) == {str(n): B for n in range(1, 11)}
    assert len(small.indicators) == 36
    assert set(indicator_tiers(small).values()) == {B}
    assert small.tier_counts == {"gold": 0, "silver": 0, "bronze": 36, None: 0}


def test_small_organisation_blocking(small: coprod_standards.Evaluation) -> None:
    """The Silver criteria not met (unanswered counts as not met) block the way to Silver."""
    assert blocking(small, "1.1") == ["1.1.S1"]
    assert blocking(small, "1.2") == ["1.2.S2"]
    # 2.3.S3 is not applicable, so only the unanswered 2.3.S2 and 2.3.S4 block.
    assert blocking(small, "2.3") == ["2.3.S2", "2.3.S4"]
    assert blocking(small, "6.2") == ["6.2.S2"]
    # A Gold criterion met (10.2.G2) does not lift 10.2 past its unmet Silver criteria.
    assert outcome(small, "10.2.G2") is Outcome.MET
    assert blocking(small, "10.2") == ["10.2.S1", "10.2.S2"]


def test_small_organisation_not_applicable(small: coprod_standards.Evaluation) -> None:
    """Not applicable answers count as met and are listed with their reasons."""
    assert ids(small.not_applicable) == ["2.3.S3", "9.2.B1"]
    assert small.criterion("9.2.B1").answer.reason.startswith("No service users deliver")
    assert small.indicator("9.2").achieved is B
    assert small.disagreements == ()


def test_small_organisation_surveys(small: coprod_standards.Evaluation) -> None:
    """Surveys above 55% but below the Silver thresholds meet Bronze only."""
    # Inclusion: 41 of 68 (60.3%): 4100 >= 55 * 68 = 3740, but < 70 * 68 = 4760.
    for prefix in ("1.1", "3.1"):
        assert outcome(small, f"{prefix}.B1") is Outcome.MET
        assert outcome(small, f"{prefix}.S1") is Outcome.NOT_MET
        assert outcome(small, f"{prefix}.G1") is Outcome.NOT_MET
    # 70% of 68 is 47.6, so 48 must agree: 7 more than 41.
    assert explain(small.criterion("1.1.S1")) == (
        "41 of 68 service users agreed (60.3%) in the survey of 2026-06-12; "
        "at least 70% is needed: needs 7 more of 68 respondents to agree"
    )
    # Communication: 14 of 24 service users and 8 of 12 staff both reach 55%.
    # The staff survey of 2025-09-30 is exactly 12 months old, which still counts.
    assert outcome(small, "6.2.B1") is Outcome.MET
    assert outcome(small, "6.2.S2") is Outcome.NOT_MET
    assert outcome(small, "6.2.G1") is Outcome.NOT_MET
    explanation = explain(small.criterion("6.2.S2"))
    # 75% of 24 is 18 (4 more than 14); 75% of 12 is 9 (1 more than 8).
    assert "needs 4 more of 24 respondents to agree" in explanation
    assert "needs 1 more of 12 respondents to agree" in explanation


# mixed-tiers.yaml


@pytest.fixture(scope="module")
def mixed() -> coprod_standards.Evaluation:
    return evaluate("mixed-tiers.yaml")


def test_mixed_tiers_standards(mixed: coprod_standards.Evaluation) -> None:
    """A standard takes its weakest indicator's tier; standards without one leave none overall."""
    assert standard_tiers(mixed) == {
        "1": S,
        "2": B,
        "3": S,
        "4": S,
        "5": None,
        "6": None,
        "7": B,
        "8": G,
        "9": B,
        "10": G,
    }
    assert mixed.overall is None


def test_mixed_tiers_indicators(mixed: coprod_standards.Evaluation) -> None:
    """Each indicator reaches the highest tier whose criteria, and all lower tiers', are met."""
    assert indicator_tiers(mixed) == {
        "1.1": S, "1.2": G, "1.3": G, "1.4": S, "1.5": G,
        "2.1": B, "2.2": S, "2.3": S, "2.4": G,
        "3.1": S, "3.2": G, "3.3": G, "3.4": G,
        "4.1": S, "4.2": S,
        "5.1": G, "5.2": B, "5.3": S, "5.4": B, "5.5": None,
        "6.1": G, "6.2": None, "6.3": S,
        "7.1": B, "7.2": B, "7.3": S,
        "8.1": G, "8.2": G, "8.3": G,
        "9.1": G, "9.2": G, "9.3": S, "9.4": B,
        "10.1": G, "10.2": G, "10.3": G,
    }  # fmt: skip
    assert mixed.tier_counts == {"gold": 17, "silver": 11, "bronze": 6, None: 2}


def test_mixed_tiers_blocking(mixed: coprod_standards.Evaluation) -> None:
    """Blocking lists the unmet criteria up to the next tier, whatever higher tiers have met."""
    assert blocking(mixed, "1.1") == ["1.1.G1"]
    assert blocking(mixed, "2.1") == ["2.1.S2"]
    assert blocking(mixed, "2.2") == ["2.2.G3", "2.2.G4"]
    # 5.5 meets most of Silver and Gold, but 5.5.B1 alone keeps it from Bronze.
    assert blocking(mixed, "5.5") == ["5.5.B1"]
    assert blocking(mixed, "6.2") == ["6.2.B1"]
    assert blocking(mixed, "8.1") == []
    assert mixed.indicator("8.1").next_tier is None


def test_mixed_tiers_notes(mixed: coprod_standards.Evaluation) -> None:
    """Evidence, comments, reasons and indicator comments are carried into the results."""
    assert mixed.indicator("1.2").note.comment == (
        "Census targets agreed with the community panel in March 2026; reviewed quarterly"
    )
    assert mixed.indicator("1.3").note.comment == ""
    assert mixed.criterion("1.2.G3").answer.evidence == "Equality action plan 2026-28"
    assert mixed.criterion("5.5.B1").answer.comment.startswith("The Tuesday group meets upstairs")
    assert ids(mixed.not_applicable) == ["2.3.S3"]
    assert explain(mixed.criterion("2.3.S3")) == (
        "not applicable: We do not support anyone who is subject to a statutory order."
    )
    assert mixed.disagreements == ()


def test_mixed_tiers_boundary_survey(mixed: coprod_standards.Evaluation) -> None:
    """70 of 100 meets the 70-80% band exactly; the latest survey decides, not the older one."""
    # 70 * 100 >= 70 * 100: met; 70 * 100 < 90 * 100: Gold not met.
    for prefix in ("1.1", "3.1"):
        assert outcome(mixed, f"{prefix}.B1") is Outcome.MET
        assert outcome(mixed, f"{prefix}.S1") is Outcome.MET
        assert outcome(mixed, f"{prefix}.G1") is Outcome.NOT_MET
    assert explain(mixed.criterion("1.1.S1")) == (
        "70 of 100 service users agreed (70%) in the survey of 2026-04-30; "
        "at least 70% is needed (the published band is 70-80%)"
    )
    assert "needs 20 more of 100 respondents to agree" in explain(mixed.criterion("1.1.G1"))


def test_mixed_tiers_insufficient_and_out_of_date(mixed: coprod_standards.Evaluation) -> None:
    """Nine respondents are too few to judge; a staff survey 15 months old is out of date."""
    result = mixed.criterion("6.2.B1")
    assert result.survey is not None
    service_users, staff = result.survey.populations
    assert service_users.populations == ("service_users",)
    assert service_users.outcome is Outcome.INSUFFICIENT_DATA
    assert staff.populations == ("staff",)
    assert staff.outcome is Outcome.OUT_OF_DATE
    assert staff.conducted_on == datetime.date(2025, 6, 30)
    # Insufficient data is the more telling of the two failures.
    for criterion in ("6.2.B1", "6.2.S2", "6.2.G1"):
        assert outcome(mixed, criterion) is Outcome.INSUFFICIENT_DATA
    assert explain(result) == (
        "only 9 service users responded to the survey of 2026-07-15; "
        "at least 10 are needed to judge it; "
        "the latest survey of staff about communication (2025-06-30) is 15 months old; "
        "it must be at most 12 months old, from 2025-09-30 on"
    )


def test_mixed_tiers_lower_median(mixed: coprod_standards.Evaluation) -> None:
    """Under the lower-median roll-up the same answers give different standard and overall tiers."""
    median = evaluate("mixed-tiers.yaml", Policy(roll_up=RollUp.LOWER_MEDIAN))
    assert indicator_tiers(median) == indicator_tiers(mixed)
    assert standard_tiers(median) == {
        "1": G,
        "2": S,
        "3": G,
        "4": S,
        "5": B,
        "6": S,
        "7": B,
        "8": G,
        "9": S,
        "10": G,
    }
    assert median.overall is S


# joint-assessment.yaml

JOINT_STANDARDS: dict[str, Tier | None] = {
    "1": B,
    "2": B,
    "3": B,
    "4": S,
    "5": None,
    "6": None,
    "7": B,
    "8": B,
    "9": S,
    "10": B,
}


@pytest.fixture(scope="module")
def joint() -> coprod_standards.Evaluation:
    return evaluate("joint-assessment.yaml")


@pytest.fixture(scope="module")
def majority() -> coprod_standards.Evaluation:
    return evaluate("joint-assessment.yaml", Policy(consensus=Consensus.MAJORITY))


def test_joint_default_consensus(joint: coprod_standards.Evaluation) -> None:
    """By default a criterion decided by views is met only if every group says met."""
    assert joint.policy.consensus is Consensus.ALL
    assert outcome(joint, "1.3.B1") is Outcome.MET  # all four say met
    assert outcome(joint, "8.1.B1") is Outcome.MET  # both groups that gave a view say met
    assert outcome(joint, "3.2.S1") is Outcome.NOT_MET  # 3 of 4
    assert outcome(joint, "5.4.B4") is Outcome.NOT_MET  # 2 of 3
    assert outcome(joint, "7.3.S1") is Outcome.NOT_MET  # 2 of 4
    assert explain(joint.criterion("3.2.S1")) == (
        "not met, decided by the groups' views "
        "(staff: met, service users: not met, members: met, carers: met)"
    )
    assert joint.indicator("3.2").achieved is B
    assert blocking(joint, "3.2") == ["3.2.S1"]
    assert joint.indicator("5.4").achieved is None
    assert blocking(joint, "5.4") == ["5.4.B4"]
    assert joint.tier_counts == {"gold": 7, "silver": 11, "bronze": 16, None: 2}
    assert standard_tiers(joint) == JOINT_STANDARDS
    assert joint.overall is None


def test_joint_majority_consensus(majority: coprod_standards.Evaluation) -> None:
    """Under Consensus.MAJORITY more than half the groups decide; a tie is not a majority."""
    assert outcome(majority, "1.3.B1") is Outcome.MET
    assert outcome(majority, "8.1.B1") is Outcome.MET
    assert outcome(majority, "3.2.S1") is Outcome.MET  # 3 of 4
    assert outcome(majority, "5.4.B4") is Outcome.MET  # 2 of 3
    assert outcome(majority, "7.3.S1") is Outcome.NOT_MET  # 2 of 4 is a tie
    assert explain(majority.criterion("3.2.S1")) == (
        "met, decided by the groups' views "
        "(staff: met, service users: not met, members: met, carers: met)"
    )
    assert majority.indicator("3.2").achieved is G
    assert blocking(majority, "3.2") == []
    assert majority.indicator("5.4").achieved is S
    assert blocking(majority, "5.4") == ["5.4.G1", "5.4.G2", "5.4.G3"]
    assert majority.indicator("7.3").achieved is B
    assert blocking(majority, "7.3") == ["7.3.S1"]
    # Standard 5 gains Bronze; 3 stays Bronze (3.1 is Bronze); 6 keeps the overall at none.
    assert majority.tier_counts == {"gold": 8, "silver": 12, "bronze": 15, None: 1}
    assert standard_tiers(majority) == {**JOINT_STANDARDS, "5": B}
    assert majority.overall is None


def test_joint_only_views_criteria_differ(
    joint: coprod_standards.Evaluation, majority: coprod_standards.Evaluation
) -> None:
    """Changing the consensus rule changes only indicators with a criterion decided by views."""
    default_tiers = indicator_tiers(joint)
    majority_tiers = indicator_tiers(majority)
    changed = {key for key in default_tiers if default_tiers[key] != majority_tiers[key]}
    assert changed == {"3.2", "5.4"}
    assert (default_tiers["3.2"], majority_tiers["3.2"]) == (B, G)
    assert (default_tiers["5.4"], majority_tiers["5.4"]) == (None, S)


def test_joint_agreed_status_wins_over_views(
    joint: coprod_standards.Evaluation, majority: coprod_standards.Evaluation
) -> None:
    """An agreed status decides the criterion whatever the groups' views and the consensus rule."""
    for evaluation in (joint, majority):
        # Agreed met, though service users said not met.
        assert outcome(evaluation, "2.4.B3") is Outcome.MET
        assert evaluation.indicator("2.4").achieved is S
        # Agreed not met, though two of three groups (a majority) said met.
        assert outcome(evaluation, "6.3.S1") is Outcome.NOT_MET
        assert evaluation.indicator("6.3").achieved is B
        assert blocking(evaluation, "6.3") == ["6.3.S1"]


def test_joint_disagreements(joint: coprod_standards.Evaluation) -> None:
    """Disagreements list every criterion whose groups gave different views, unanimous ones not."""
    assert ids(joint.disagreements) == ["2.4.B3", "3.2.S1", "5.4.B4", "6.3.S1", "7.3.S1"]
    assert dict(joint.criterion("2.4.B3").answer.views) == {
        "staff": Status.MET,
        "service_users": Status.NOT_MET,
        "carers": Status.MET,
    }
    assert dict(joint.criterion("5.4.B4").answer.views) == {
        "staff": Status.MET,
        "members": Status.MET,
        "service_users": Status.NOT_MET,
    }
    assert dict(joint.criterion("7.3.S1").answer.views) == {
        "staff": Status.MET,
        "members": Status.MET,
        "service_users": Status.NOT_MET,
        "carers": Status.NOT_MET,
    }
    assert not joint.criterion("1.3.B1").disagreement
    assert not joint.criterion("8.1.B1").disagreement
    assert joint.not_applicable == ()


def test_joint_surveys(joint: coprod_standards.Evaluation) -> None:
    """A staff survey 16 months old leaves 6.2 out of date; 64 of 100 is 6 short of Silver."""
    # Inclusion: 64 of 100 meets 55% but not 70%, which needs 70.
    assert outcome(joint, "1.1.B1") is Outcome.MET
    assert outcome(joint, "1.1.S1") is Outcome.NOT_MET
    assert "needs 6 more of 100 respondents to agree" in explain(joint.criterion("1.1.S1"))
    assert joint.indicator("1.1").achieved is B
    assert joint.indicator("3.1").achieved is B
    # Communication: service users meet 55% (3300 >= 2860), staff's survey is out of date.
    assert outcome(joint, "6.2.B1") is Outcome.OUT_OF_DATE
    result = joint.criterion("6.2.B1")
    assert result.survey is not None
    assert [check.outcome for check in result.survey.populations] == [
        Outcome.MET,
        Outcome.OUT_OF_DATE,
    ]
    assert "(2024-11-20) is 16 months and 11 days old" in explain(result)
    # At 75% service users fall short (3300 < 3900): not met is the more telling failure.
    assert outcome(joint, "6.2.S2") is Outcome.NOT_MET
    assert "needs 6 more of 52 respondents to agree" in explain(joint.criterion("6.2.S2"))
    assert joint.indicator("6.2").achieved is None
    assert blocking(joint, "6.2") == ["6.2.B1"]
