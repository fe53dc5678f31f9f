"""Properties of the evaluation engine over generated assessments and policies."""

from __future__ import annotations

import random
from datetime import date
from fractions import Fraction

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_standards import (
    Answer,
    Assessment,
    BandReading,
    Evaluation,
    Policy,
    Status,
    SurveyResponse,
    Tier,
    evaluate,
    load,
)
from coprod_standards.core._surveys import months_before
from coprod_standards.core.models import SurveyThreshold
from coprod_standards.core.policy import PopulationRule
from coprod_standards.testing import assessments, policies

FRAMEWORK = load("1.1")
ANSWERABLE = [c.id for c in FRAMEWORK.criteria if c.survey is None]
METRICS = [metric.id for metric in FRAMEWORK.survey_metrics]
POPULATIONS = [population.id for population in FRAMEWORK.survey_populations]


def rank(tier: Tier | None) -> int:
    return -1 if tier is None else tier.rank


def tiers(evaluation: Evaluation) -> list[int]:
    """Every tier of an evaluation as ranks: indicators, standards, overall."""
    return [
        *(rank(result.achieved) for result in evaluation.indicators),
        *(rank(result.achieved) for result in evaluation.standards),
        rank(evaluation.overall),
    ]


@given(assessments(FRAMEWORK), policies(), st.sampled_from(ANSWERABLE))
def test_meeting_a_criterion_never_lowers_a_tier(
    assessment: Assessment, policy: Policy, criterion_id: str
) -> None:
    """Changing any criterion to met never lowers any indicator, standard or overall tier."""
    before = evaluate(FRAMEWORK, assessment, policy)
    criteria = {**assessment.criteria, criterion_id: Answer(Status.MET)}
    after = evaluate(FRAMEWORK, attrs.evolve(assessment, criteria=criteria), policy)
    assert all(b <= a for b, a in zip(tiers(before), tiers(after), strict=True))


@given(assessments(FRAMEWORK), policies(), st.data())
def test_more_agreement_never_lowers_a_tier(
    assessment: Assessment, policy: Policy, data: st.DataObject
) -> None:
    """One more agreeing respondent never lowers a tier (with the default band reading)."""
    policy = attrs.evolve(policy, band=BandReading.AT_LEAST)
    surveys = list(assessment.surveys)
    counted = [
        index
        for index, survey in enumerate(surveys)
        if survey.agree is not None and survey.agree < survey.respondents
    ]
    if counted:
        index = data.draw(st.sampled_from(counted))
    else:
        # No survey can take one more: add one that can, rather than discard the example.
        respondents = data.draw(st.integers(1, 500))
        survey = SurveyResponse(
            data.draw(st.sampled_from(METRICS)),
            data.draw(st.sampled_from(POPULATIONS)),
            respondents,
            agree=data.draw(st.integers(0, respondents - 1)),
            conducted_on=assessment.assessed_on,
        )
        key = (survey.metric, survey.population, survey.conducted_on)
        surveys = [s for s in surveys if (s.metric, s.population, s.conducted_on) != key]
        surveys.append(survey)
        index = len(surveys) - 1
        assessment = attrs.evolve(assessment, surveys=tuple(surveys))
    survey = surveys[index]
    assert survey.agree is not None
    surveys[index] = attrs.evolve(survey, agree=survey.agree + 1)
    before = evaluate(FRAMEWORK, assessment, policy)
    after = evaluate(FRAMEWORK, attrs.evolve(assessment, surveys=tuple(surveys)), policy)
    assert all(b <= a for b, a in zip(tiers(before), tiers(after), strict=True))


@given(assessments(FRAMEWORK), policies())
def test_a_tier_means_every_criterion_up_to_it_is_met(
    assessment: Assessment, policy: Policy
) -> None:
    """An indicator at a tier has every criterion of that tier and below met; the next is not."""
    evaluation = evaluate(FRAMEWORK, assessment, policy)
    for result in evaluation.indicators:
        achieved = rank(result.achieved)
        for criterion in result.criteria:
            if criterion.criterion.tier.rank <= achieved:
                assert criterion.met
        if result.next_tier is not None:
            assert result.blocking
            assert all(c.criterion.tier <= result.next_tier for c in result.blocking)


@given(assessments(FRAMEWORK), policies(), st.randoms(use_true_random=False))
def test_order_of_criteria_and_surveys_does_not_matter(
    assessment: Assessment, policy: Policy, rng: random.Random
) -> None:
    """Shuffling the answers and the surveys gives the same evaluation."""
    items = list(assessment.criteria.items())
    rng.shuffle(items)
    surveys = list(assessment.surveys)
    rng.shuffle(surveys)
    shuffled = attrs.evolve(assessment, criteria=dict(items), surveys=tuple(surveys))
    assert evaluate(FRAMEWORK, shuffled, policy).to_dict() == (
        evaluate(FRAMEWORK, assessment, policy).to_dict()
    )


def survey_oracle(
    threshold: SurveyThreshold, surveys: tuple[SurveyResponse, ...], day: date, policy: Policy
) -> str:
    """A survey criterion's outcome by the rules in docs/evaluation.md, written plainly."""
    oldest = months_before(day, policy.max_survey_age_months)
    outcomes = []
    counts = []
    for population in threshold.populations:
        mine = [s for s in surveys if (s.metric, s.population) == (threshold.metric, population)]
        if not mine:
            outcomes.append("unanswered")
            continue
        latest = max(mine, key=lambda s: s.conducted_on)
        if latest.conducted_on < oldest:
            outcomes.append("out_of_date")
            continue
        agree = (
            latest.agree
            if latest.agree is not None
            else Fraction(latest.percent_agree or 0) * latest.respondents / 100
        )
        counts.append((agree, latest.respondents))
    pooled = policy.populations is PopulationRule.POOLED and len(threshold.populations) > 1
    if pooled and not outcomes:
        counts = [(sum(a for a, _ in counts), sum(r for _, r in counts))]
    for agree, respondents in counts if not (pooled and outcomes) else ():
        if respondents < policy.minimum_respondents:
            outcomes.append("insufficient_data")
        elif agree * 100 < threshold.minimum_percent * respondents or (
            policy.band is BandReading.STRICT
            and threshold.band_upper_percent is not None
            and agree * 100 > threshold.band_upper_percent * respondents
        ):
            outcomes.append("not_met")
    for outcome in ("not_met", "insufficient_data", "out_of_date", "unanswered"):
        if outcome in outcomes:
            return outcome
    return "met"


@given(assessments(FRAMEWORK), policies())
def test_survey_criteria_follow_the_documented_rules(
    assessment: Assessment, policy: Policy
) -> None:
    """Each survey criterion's outcome, and its checks' worst, are what the rules say."""
    evaluation = evaluate(FRAMEWORK, assessment, policy)
    for criterion in FRAMEWORK.criteria:
        if criterion.survey is not None:
            result = evaluation.criterion(criterion.id)
            expected = survey_oracle(
                criterion.survey, assessment.surveys, assessment.assessed_on, policy
            )
            assert result.outcome.value == expected
            assert result.survey is not None
            failures = [c.outcome for c in result.survey.populations if not c.outcome.met]
            assert (result.outcome.value == "met") == (not failures)


@given(assessments(FRAMEWORK), policies())
def test_evaluation_is_repeatable(assessment: Assessment, policy: Policy) -> None:
    """Evaluating twice gives equal results: nothing is remembered between calls."""
    first = evaluate(FRAMEWORK, assessment, policy)
    assert evaluate(FRAMEWORK, assessment, policy) == first
    assert evaluate(FRAMEWORK, assessment, policy).to_dict() == first.to_dict()


@settings(max_examples=200)
@given(st.integers(10, 2000), st.integers(0, 100))
def test_threshold_boundaries_are_exact(respondents: int, percent: int) -> None:
    """The fewest agreeing respondents that reach a threshold meet it; one fewer does not."""
    from coprod_standards.core._surveys import needed, verdict
    from coprod_standards.core.models import SurveyThreshold

    threshold = SurveyThreshold("inclusion", ("service_users",), percent)
    enough = needed(percent, respondents)
    assert enough * 100 >= percent * respondents
    assert verdict(threshold, enough, respondents, Policy()).value == "met"
    if enough > 0:
        assert (enough - 1) * 100 < percent * respondents
        assert verdict(threshold, enough - 1, respondents, Policy()).value == "not_met"
