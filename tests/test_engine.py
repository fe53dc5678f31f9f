"""The engine's rules, case by case: gating, surveys, consensus, roll-up, explanations."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest

from coprod_standards import (
    Answer,
    Assessment,
    BandReading,
    Consensus,
    DataError,
    Outcome,
    Policy,
    PopulationRule,
    RollUp,
    Status,
    SurveyResponse,
    Tier,
    evaluate,
    evaluate_many,
    explain,
    load,
)

FRAMEWORK = load("1.1")
DAY = datetime.date(2026, 9, 30)
MET = Answer(Status.MET)


def assessment(
    criteria: dict[str, Answer] | None = None,
    surveys: tuple[SurveyResponse, ...] = (),
    completed_by: tuple[str, ...] = (),
) -> Assessment:
    return Assessment(
        "1.1", "Riverside", DAY, completed_by=completed_by, criteria=criteria or {}, surveys=surveys
    )


def met(*tiers: Tier, indicator: str = "1.2") -> dict[str, Answer]:
    """Every criterion of the given tiers of one indicator that no survey decides, answered met."""
    found = FRAMEWORK.indicator(indicator)
    return {c.id: MET for tier in tiers for c in found.criteria_for(tier) if c.survey is None}


def inclusion(agree: int, respondents: int, on: datetime.date = DAY) -> SurveyResponse:
    return SurveyResponse("inclusion", "service_users", respondents, agree=agree, conducted_on=on)


# Tier gating


@pytest.mark.parametrize(
    ("tiers", "achieved"),
    [
        ((), None),
        ((Tier.BRONZE,), Tier.BRONZE),
        ((Tier.BRONZE, Tier.SILVER), Tier.SILVER),
        ((Tier.BRONZE, Tier.SILVER, Tier.GOLD), Tier.GOLD),
        ((Tier.SILVER, Tier.GOLD), None),
        ((Tier.BRONZE, Tier.GOLD), Tier.BRONZE),
    ],
)
def test_tiers_are_gated(tiers: tuple[Tier, ...], achieved: Tier | None) -> None:
    """A tier needs its criteria and every lower tier's: Silver and Gold without Bronze is none."""
    result = evaluate(FRAMEWORK, assessment(met(*tiers))).indicator("1.2")
    assert result.achieved is achieved


def test_one_unmet_criterion_blocks_its_tier() -> None:
    """A single not-met Bronze criterion leaves the indicator without a tier."""
    criteria = met(Tier.BRONZE, Tier.SILVER, Tier.GOLD)
    criteria["1.2.B2"] = Answer(Status.NOT_MET)
    result = evaluate(FRAMEWORK, assessment(criteria)).indicator("1.2")
    assert result.achieved is None
    assert result.next_tier is Tier.BRONZE
    assert [c.id for c in result.blocking] == ["1.2.B2"]


def test_not_applicable_counts_as_met_and_is_listed() -> None:
    """Not applicable counts as met, and the evaluation lists the claim with its reason."""
    criteria = met(Tier.BRONZE)
    criteria["1.2.B1"] = Answer(Status.NOT_APPLICABLE, reason="We collect no such data.")
    evaluation = evaluate(FRAMEWORK, assessment(criteria))
    assert evaluation.indicator("1.2").achieved is Tier.BRONZE
    assert [(c.id, c.answer.reason) for c in evaluation.not_applicable] == [
        ("1.2.B1", "We collect no such data.")
    ]


def test_unanswered_counts_as_not_met_and_is_reported() -> None:
    """A criterion not listed is unanswered: not met, and reported as unanswered."""
    evaluation = evaluate(FRAMEWORK, assessment(met(Tier.BRONZE)))
    result = evaluation.criterion("1.2.S1")
    assert (result.outcome, result.met, explain(result)) == (
        Outcome.UNANSWERED,
        False,
        "not answered",
    )
    assert "1.2.S1" in [c.id for c in evaluation.unanswered]


# Survey thresholds


@pytest.mark.parametrize(
    ("agree", "respondents", "outcome"),
    [
        (55, 100, Outcome.MET),
        (54, 100, Outcome.NOT_MET),
        (11, 20, Outcome.MET),
        (10, 20, Outcome.NOT_MET),
    ],
)
def test_survey_thresholds_are_exact(agree: int, respondents: int, outcome: Outcome) -> None:
    """55 of 100 meets 55%, 54 of 100 does not, 11 of 20 does: no rounding."""
    evaluation = evaluate(FRAMEWORK, assessment(surveys=(inclusion(agree, respondents),)))
    assert evaluation.criterion("1.1.B1").outcome is outcome


def test_shortfall_is_explained() -> None:
    """A survey short of its threshold says how many more respondents must agree."""
    evaluation = evaluate(FRAMEWORK, assessment(surveys=(inclusion(49, 100),)))
    assert explain(evaluation.criterion("1.1.B1")) == (
        "49 of 100 service users agreed (49%) in the survey of 2026-09-30; "
        "at least 55% is needed: needs 6 more of 100 respondents to agree"
    )


def test_percent_agree_instead_of_a_count() -> None:
    """percent_agree is compared exactly; a shortfall is given in percentage points."""
    from fractions import Fraction

    survey = SurveyResponse(
        "inclusion", "service_users", 42, percent_agree=Fraction("54.5"), conducted_on=DAY
    )
    result = evaluate(FRAMEWORK, assessment(surveys=(survey,))).criterion("1.1.B1")
    assert result.outcome is Outcome.NOT_MET
    assert explain(result).endswith("needs 0.5 more percentage points")


@pytest.mark.parametrize(
    ("conducted_on", "outcome"),
    [
        (datetime.date(2025, 9, 30), Outcome.MET),
        (datetime.date(2025, 9, 29), Outcome.OUT_OF_DATE),
        (DAY, Outcome.MET),
    ],
)
def test_survey_must_be_at_most_a_year_old(conducted_on: datetime.date, outcome: Outcome) -> None:
    """The same calendar date a year earlier still counts; a day before does not."""
    evaluation = evaluate(FRAMEWORK, assessment(surveys=(inclusion(60, 100, conducted_on),)))
    assert evaluation.criterion("1.1.B1").outcome is outcome


def test_out_of_date_survey_is_explained() -> None:
    """An old survey says how old it is."""
    survey = inclusion(60, 100, datetime.date(2025, 7, 1))
    result = evaluate(FRAMEWORK, assessment(surveys=(survey,))).criterion("1.1.B1")
    assert explain(result) == (
        "the latest survey of service users about inclusion (2025-07-01) is 14 months and "
        "29 days old; it must be at most 12 months old, from 2025-09-30 on"
    )


def test_most_recent_survey_decides() -> None:
    """Of several qualifying surveys, the most recent decides, whatever their order."""
    older = inclusion(90, 100, datetime.date(2026, 1, 1))
    newer = inclusion(50, 100, datetime.date(2026, 6, 1))
    for surveys in ((older, newer), (newer, older)):
        result = evaluate(FRAMEWORK, assessment(surveys=surveys)).criterion("1.1.B1")
        assert result.outcome is Outcome.NOT_MET


def test_fewer_than_ten_respondents_is_insufficient() -> None:
    """Nine respondents are too few, however many agree; the minimum is a policy setting."""
    survey = inclusion(9, 9)
    result = evaluate(FRAMEWORK, assessment(surveys=(survey,))).criterion("1.1.B1")
    assert result.outcome is Outcome.INSUFFICIENT_DATA
    assert explain(result) == (
        "only 9 service users responded to the survey of 2026-09-30; "
        "at least 10 are needed to judge it"
    )
    lenient = Policy(minimum_respondents=5)
    assert (
        evaluate(FRAMEWORK, assessment(surveys=(survey,)), lenient).criterion("1.1.B1").outcome
        is Outcome.MET
    )


def test_no_survey_is_unanswered() -> None:
    """Without a survey a survey criterion is unanswered."""
    result = evaluate(FRAMEWORK, assessment()).criterion("1.1.B1")
    assert result.outcome is Outcome.UNANSWERED
    assert explain(result) == "no survey of service users about inclusion is recorded"


@pytest.mark.parametrize(
    ("band", "agree", "silver"),
    [
        (BandReading.AT_LEAST, 85, Outcome.MET),
        (BandReading.STRICT, 85, Outcome.NOT_MET),
        (BandReading.STRICT, 80, Outcome.MET),
        (BandReading.STRICT, 70, Outcome.MET),
        (BandReading.AT_LEAST, 69, Outcome.NOT_MET),
    ],
)
def test_band_reading(band: BandReading, agree: int, silver: Outcome) -> None:
    """70-80% is at least 70% by default; the strict reading caps it at 80%."""
    evaluation = evaluate(
        FRAMEWORK, assessment(surveys=(inclusion(agree, 100),)), Policy(band=band)
    )
    assert evaluation.criterion("1.1.S1").outcome is silver


def test_default_band_reading_reaches_silver_at_85_percent() -> None:
    """More agreement never lowers a tier: 85% is Silver, not Bronze."""
    evaluation = evaluate(FRAMEWORK, assessment(surveys=(inclusion(85, 100),)))
    assert evaluation.indicator("1.1").achieved is Tier.SILVER


def communication(population: str, agree: int, respondents: int) -> SurveyResponse:
    return SurveyResponse("communication", population, respondents, agree=agree, conducted_on=DAY)


def test_each_population_must_reach_the_threshold() -> None:
    """6.2 asks service users and staff: by default each must reach 55% on its own."""
    surveys = (communication("service_users", 90, 100), communication("staff", 5, 10))
    result = evaluate(FRAMEWORK, assessment(surveys=surveys)).criterion("6.2.B1")
    assert result.outcome is Outcome.NOT_MET
    assert result.survey is not None
    assert [c.outcome for c in result.survey.populations] == [Outcome.MET, Outcome.NOT_MET]


def test_pooled_populations() -> None:
    """With pooling, the counts are added: 95 of 110 is 86%."""
    surveys = (communication("service_users", 90, 100), communication("staff", 5, 10))
    policy = Policy(populations=PopulationRule.POOLED)
    result = evaluate(FRAMEWORK, assessment(surveys=surveys), policy).criterion("6.2.B1")
    assert result.outcome is Outcome.MET
    assert explain(result).startswith("95 of 110 service users and staff agreed (86.4%)")


def test_a_missing_population_fails_even_when_pooled() -> None:
    """Pooling cannot stand in for a population with no survey."""
    surveys = (communication("service_users", 90, 100),)
    policy = Policy(populations=PopulationRule.POOLED)
    result = evaluate(FRAMEWORK, assessment(surveys=surveys), policy).criterion("6.2.B1")
    assert result.outcome is Outcome.UNANSWERED


# Joint assessment


def test_views_decide_by_consensus() -> None:
    """Without an agreed status, met needs every group's met (or a majority, by policy)."""
    views = Answer(
        views={"staff": Status.MET, "service_users": Status.NOT_MET, "members": Status.MET}
    )
    criteria = {**met(Tier.BRONZE), "1.2.B1": views}
    joint = assessment(criteria, completed_by=("staff", "service_users", "members"))
    strict = evaluate(FRAMEWORK, joint)
    assert strict.criterion("1.2.B1").outcome is Outcome.NOT_MET
    assert strict.indicator("1.2").achieved is None
    majority = evaluate(FRAMEWORK, joint, Policy(consensus=Consensus.MAJORITY))
    assert majority.criterion("1.2.B1").outcome is Outcome.MET
    assert majority.indicator("1.2").achieved is Tier.BRONZE


def test_disagreements_are_reported_with_who_said_what() -> None:
    """Differing views are listed, even where an agreed status decides."""
    views = {"staff": Status.MET, "service_users": Status.NOT_MET}
    criteria = {
        "1.2.B1": Answer(Status.MET, views=views),
        "1.2.B2": Answer(views={"staff": Status.MET}),
    }
    evaluation = evaluate(FRAMEWORK, assessment(criteria))
    (disagreement,) = evaluation.disagreements
    assert disagreement.id == "1.2.B1"
    assert disagreement.outcome is Outcome.MET
    assert dict(disagreement.answer.views) == views
    assert evaluation.to_dict()["disagreements"] == [
        {"criterion": "1.2.B1", "views": {"staff": "met", "service_users": "not_met"}}
    ]


# Roll-up


def test_weakest_link_roll_up() -> None:
    """A standard reaches its lowest indicator's tier; the organisation its lowest standard's."""
    criteria: dict[str, Answer] = {}
    for standard in FRAMEWORK.standards:
        for indicator in standard.indicators:
            criteria.update(met(Tier.BRONZE, Tier.SILVER, Tier.GOLD, indicator=indicator.id))
    surveys = (
        inclusion(95, 100),
        communication("service_users", 95, 100),
        communication("staff", 95, 100),
    )
    everything = evaluate(FRAMEWORK, assessment(criteria, surveys))
    assert everything.overall is Tier.GOLD
    del criteria["4.2.G1"]
    one_less = evaluate(FRAMEWORK, assessment(criteria, surveys))
    assert one_less.standard("4").achieved is Tier.SILVER
    assert one_less.standard("5").achieved is Tier.GOLD
    assert one_less.overall is Tier.SILVER
    assert one_less.tier_counts == {"gold": 35, "silver": 1, "bronze": 0, None: 0}
    assert one_less.standard("4").tier_counts == {"gold": 1, "silver": 1, "bronze": 0, None: 0}


def test_lower_median_roll_up() -> None:
    """The lower-median roll-up takes the middle tier, rounding down."""
    criteria = {
        **met(Tier.BRONZE, Tier.SILVER, indicator="1.2"),
        **met(Tier.BRONZE, indicator="1.3"),
    }
    criteria.update(met(Tier.BRONZE, Tier.SILVER, Tier.GOLD, indicator="1.4"))
    policy = Policy(roll_up=RollUp.LOWER_MEDIAN)
    evaluation = evaluate(FRAMEWORK, assessment(criteria), policy)
    # 1.1 none, 1.2 Silver, 1.3 Bronze, 1.4 Gold, 1.5 none: sorted none, none, B, S, G.
    assert evaluation.standard("1").achieved is Tier.BRONZE
    assert evaluate(FRAMEWORK, assessment(criteria)).standard("1").achieved is None


# Results


def test_to_dict_contract() -> None:
    """to_dict carries the version, tiers as strings or None, and per-id results."""
    data = evaluate(FRAMEWORK, assessment(met(Tier.BRONZE))).to_dict()
    assert data["version"] == "1.1"
    assert data["overall"] is None
    assert data["standards"]["1"]["achieved"] is None
    assert data["indicators"]["1.2"]["achieved"] == "bronze"
    assert data["indicators"]["1.2"]["next_tier"] == "silver"
    assert data["indicators"]["1.2"]["blocking"] == ["1.2.S1", "1.2.S2"]
    assert data["criteria"]["1.2.B1"]["status"] == "met"
    assert data["criteria"]["1.2.B1"]["met"] is True
    assert data["criteria"]["1.2.S1"]["status"] == "unanswered"
    assert data["criteria"]["1.1.B1"]["survey"]["populations"][0]["status"] == "unanswered"
    assert len(data["criteria"]) == 237


def test_evaluate_many() -> None:
    """evaluate_many evaluates each assessment in order."""
    results = evaluate_many(FRAMEWORK, [assessment(), assessment(met(Tier.BRONZE))])
    assert [r.indicator("1.2").achieved for r in results] == [None, Tier.BRONZE]


def test_evaluate_many_streams() -> None:
    """evaluate_many takes an assessment from its input only when its evaluation is asked for."""
    taken = []

    def assessments() -> Iterator[Assessment]:
        for n in range(3):
            taken.append(n)
            yield assessment(met(Tier.BRONZE))

    stream = evaluate_many(FRAMEWORK, assessments())
    assert taken == []
    first = next(stream)
    assert taken == [0]
    assert first.indicator("1.2").achieved is Tier.BRONZE
    assert len(list(stream)) == 2
    assert taken == [0, 1, 2]


# Assessments that do not fit


@pytest.mark.parametrize(
    ("built", "path", "message"),
    [
        (
            lambda: assessment({"9.9.B1": MET}),
            "$.criteria['9.9.B1']",
            "version 1.1 has no criterion '9.9.B1'",
        ),
        (
            lambda: assessment({"1.1.B1": MET}),
            "$.criteria['1.1.B1']",
            "1.1.B1 is decided by a survey of service_users about inclusion; "
            "record the survey under surveys instead of giving a status",
        ),
        (
            lambda: assessment({"1.1.B1": Answer(views={"staff": Status.MET})}),
            "$.criteria['1.1.B1']",
            "1.1.B1 is decided by a survey of service_users about inclusion; ",
        ),
        (
            lambda: assessment(surveys=(inclusion(5, 10, datetime.date(2026, 10, 1)),)),
            "$.surveys[0].conducted_on",
            "the survey is dated 2026-10-01, after the assessment (2026-09-30)",
        ),
        (
            lambda: assessment(
                {"1.2.B1": Answer(views={"carers": Status.MET})}, completed_by=("staff",)
            ),
            "$.criteria['1.2.B1'].views.carers",
            "'carers' gave a view but is not listed in completed_by (staff)",
        ),
    ],
)
def test_assessments_that_do_not_fit_are_refused(built: object, path: str, message: str) -> None:
    """An assessment that does not fit the standards is refused, saying where and why."""
    assert callable(built)
    with pytest.raises(DataError) as caught:
        evaluate(FRAMEWORK, built())
    (problem,) = caught.value.problems
    assert problem.path == path
    assert problem.message.startswith(message)


def test_a_survey_criterion_listed_with_only_a_comment_is_evaluated() -> None:
    """A survey criterion listed with a comment but no status or views is not refused."""
    listed = assessment({"1.1.B1": Answer(comment="Asked in May.")})
    assert evaluate(FRAMEWORK, listed).criterion("1.1.B1").outcome is Outcome.UNANSWERED


def test_another_version_is_refused() -> None:
    """An assessment of another version is not evaluated against V1.1."""
    other = Assessment("1.0", "Riverside", DAY)
    with pytest.raises(DataError, match=r"answers version '1\.0'"):
        evaluate(FRAMEWORK, other)


@pytest.mark.parametrize("percent", [55, 55.0])
def test_percent_agree_is_exact_whatever_its_type(percent: float) -> None:
    """55% of 33 meets 55% whether given as an int or a float."""
    from fractions import Fraction

    survey = SurveyResponse(
        "inclusion", "service_users", 33, percent_agree=percent, conducted_on=DAY
    )
    assert survey.percent_agree == Fraction(55)
    result = evaluate(FRAMEWORK, assessment(surveys=(survey,))).criterion("1.1.B1")
    assert result.outcome is Outcome.MET
    assert explain(result).startswith("55% of 33 service users agreed")


def test_percent_agree_refuses_text() -> None:
    """Text is not taken for a percentage."""
    from coprod_standards.errors import FieldError

    text: Any = "55"
    with pytest.raises(FieldError, match="'55' is not a number"):
        SurveyResponse("inclusion", "service_users", 33, percent_agree=text, conducted_on=DAY)


def test_explanation_never_rounds_across_the_threshold() -> None:
    """5499 of 10000 is shown as 54.99%, not 55.0%, since it does not meet 55%."""
    result = evaluate(FRAMEWORK, assessment(surveys=(inclusion(5499, 10000),))).criterion("1.1.B1")
    assert result.outcome is Outcome.NOT_MET
    assert "(54.99%)" in explain(result)
    assert explain(result).endswith("needs 1 more of 10000 respondents to agree")


WRONG_CALLS: dict[str, Any] = {
    "none": (
        lambda framework, assessment: (framework, None),
        "assessment is NoneType None, not an Assessment",
    ),
    "swapped": (
        lambda framework, assessment: (assessment, framework),
        "framework is Assessment <Assessment of",
    ),
    "policy": (
        lambda framework, assessment: (framework, assessment, "majority"),
        "policy is str 'majority', not a Policy",
    ),
}


@pytest.mark.parametrize("case", WRONG_CALLS)
def test_evaluate_given_the_wrong_types_says_which(case: str) -> None:
    """An argument in the wrong place is a TypeError naming it, not an error from deep inside."""
    arguments, message = WRONG_CALLS[case]
    with pytest.raises(TypeError) as raised:
        evaluate(*arguments(load(), assessment()))
    assert str(raised.value).startswith("evaluate(framework, assessment, policy=None): ")
    assert message in str(raised.value)
