"""The evaluation engine: which tier each indicator, standard and the organisation reach.

`evaluate` is pure: it reads no files, clock or environment, and gives the
same `Evaluation` for the same arguments. (It remembers, per framework, the
criterion ids of each indicator's tiers; a framework cannot change.)

>>> import datetime
>>> from coprod_standards import Answer, Assessment, Status, Tier, evaluate, load
>>> framework = load("1.1")
>>> indicator = framework.indicator("1.2")
>>> bronze = {c.id: Answer(Status.MET) for c in indicator.criteria_for(Tier.BRONZE)}
>>> assessment = Assessment("1.1", "Riverside", datetime.date(2026, 9, 30), criteria=bronze)
>>> evaluation = evaluate(framework, assessment)
>>> evaluation.indicator("1.2").achieved
<Tier.BRONZE: 'bronze'>
>>> print(*(c.id for c in evaluation.indicator("1.2").blocking))
1.2.S1 1.2.S2
>>> print(evaluation.overall)
None
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple, NoReturn

from coprod_standards.errors import DataError, Problem, format_path

from ._assessment_checks import check_assessment, check_notes_and_surveys
from ._surveys import decide, index_surveys, months_before
from .assessment import Answer, Assessment, Status
from .criterion_results import Outcome
from .evaluation import Evaluation
from .models import Framework, SurveyThreshold, Tier
from .policy import Consensus, Policy, RollUp
from .tier_results import TIER_OF_RANK

__all__ = ["answer_outcome", "evaluate", "evaluate_many"]

_DEFAULT_POLICY = Policy()
_BY_STATUS = {
    Status.MET: Outcome.MET,
    Status.NOT_MET: Outcome.NOT_MET,
    Status.NOT_APPLICABLE: Outcome.NOT_APPLICABLE,
}


class _Plan(NamedTuple):
    """What evaluation needs of a framework, computed once per framework."""

    #: Per indicator, the criterion ids of its Bronze, Silver and Gold tiers.
    tiers: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]
    #: How many indicators each standard has, in order.
    standard_sizes: tuple[int, ...]
    #: Every criterion id.
    criteria: frozenset[str]
    #: The survey criteria: (id, threshold, the index of its distinct threshold).
    surveys: tuple[tuple[str, SurveyThreshold, int], ...]
    #: How many distinct thresholds there are (1.1 and 3.1 share theirs).
    distinct_thresholds: int
    survey_ids: frozenset[str]


@functools.lru_cache(maxsize=16)
def _plan(framework: Framework) -> _Plan:
    # A framework is immutable and hashes once (cache_hash), so this is looked up fast.
    tiers = tuple(
        (
            frozenset(c.id for c in indicator.criteria if c.tier is Tier.BRONZE),
            frozenset(c.id for c in indicator.criteria if c.tier is Tier.SILVER),
            frozenset(c.id for c in indicator.criteria if c.tier is Tier.GOLD),
        )
        for indicator in framework.indicators
    )
    slots: dict[SurveyThreshold, int] = {}
    surveys = tuple(
        (c.id, c.survey, slots.setdefault(c.survey, len(slots)))
        for c in framework.criteria
        if c.survey is not None
    )
    return _Plan(
        tiers=tiers,
        standard_sizes=tuple(len(standard.indicators) for standard in framework.standards),
        criteria=frozenset(c.id for c in framework.criteria),
        surveys=surveys,
        distinct_thresholds=len(slots),
        survey_ids=frozenset(criterion_id for criterion_id, _, _ in surveys),
    )


def evaluate(
    framework: Framework, assessment: Assessment, policy: Policy | None = None
) -> Evaluation:
    """Evaluate *assessment* against *framework* under *policy* (the defaults where None).

    An indicator reaches a tier when every criterion of that tier and of
    every tier below is met or not applicable; a standard and the
    organisation reach the tier the policy's roll-up gives (by default the
    lowest below them). The rules are in ``docs/evaluation.md``.

    Raises:
        DataError: The assessment does not fit the framework: another
            version, unknown ids, a status on a survey criterion, a survey
            of an unknown metric or dated after the assessment.
    """
    policy = _DEFAULT_POLICY if policy is None else policy
    plan = _plan(framework)
    index = assessment.index
    if (
        assessment.version != framework.version
        or not index.answered <= plan.criteria
        or not plan.survey_ids.isdisjoint(index.decided)
        or (assessment.completed_by and not index.view_groups <= set(assessment.completed_by))
        or (
            (assessment.indicators or assessment.surveys)
            and next(check_notes_and_surveys(framework, assessment), None) is not None
        )
    ):
        _refuse(framework, assessment)
    met = index.met
    extra = [
        criterion_id
        for criterion_id in index.by_views
        if _by_views(assessment.criteria[criterion_id], policy) is Outcome.MET
    ]
    if assessment.surveys:  # without surveys, no survey criterion can be met
        surveys = index_surveys(assessment.surveys)
        oldest = months_before(assessment.assessed_on, policy.max_survey_age_months)
        decided: list[bool | None] = [None] * plan.distinct_thresholds
        for criterion_id, threshold, slot in plan.surveys:
            passed = decided[slot]
            if passed is None:
                outcome = decide(threshold, surveys, assessment.assessed_on, policy, oldest)
                passed = decided[slot] = outcome is Outcome.MET
            if passed:
                extra.append(criterion_id)
    if extra:
        met = met.union(extra)
    # Tiers as ranks here (-1: none, 0: Bronze, 1: Silver, 2: Gold), so that
    # rolling up is a min() over integers.
    ranks = [
        -1 if not bronze <= met else 0 if not silver <= met else 1 if not gold <= met else 2
        for bronze, silver, gold in plan.tiers
    ]
    standard_ranks = []
    start = 0
    roll_up = min if policy.roll_up is RollUp.WEAKEST_LINK else _lower_median
    for size in plan.standard_sizes:
        standard_ranks.append(roll_up(ranks[start : start + size]))
        start += size
    return Evaluation(
        framework=framework,
        assessment=assessment,
        policy=policy,
        overall=TIER_OF_RANK[roll_up(standard_ranks) + 1],
        indicator_ranks=tuple(ranks),
        standard_ranks=tuple(standard_ranks),
    )


def evaluate_many(
    framework: Framework, assessments: Iterable[Assessment], policy: Policy | None = None
) -> list[Evaluation]:
    """Evaluate each of *assessments* against *framework*, in order."""
    return [evaluate(framework, assessment, policy) for assessment in assessments]


def answer_outcome(answer: Answer, policy: Policy) -> Outcome:
    """How an answer to a criterion that no survey decides stands under *policy*."""
    if answer.status is not None:
        return _BY_STATUS[answer.status]
    return _by_views(answer, policy)


def _by_views(answer: Answer, policy: Policy) -> Outcome:
    views = answer.views
    if not views:
        return Outcome.UNANSWERED
    met = sum(1 for view in views.values() if view is Status.MET)
    if policy.consensus is Consensus.ALL:
        return Outcome.MET if met == len(views) else Outcome.NOT_MET
    return Outcome.MET if met * 2 > len(views) else Outcome.NOT_MET


def _lower_median(ranks: list[int]) -> int:
    return sorted(ranks)[(len(ranks) - 1) // 2]


def _refuse(framework: Framework, assessment: Assessment) -> NoReturn:
    name = f"the assessment of {assessment.organisation or 'an unnamed organisation'}"
    problems = [
        Problem(message=message, file=name, path=format_path(path), code=code)
        for code, path, message in check_assessment(framework, assessment)
    ]
    raise DataError(problems)
