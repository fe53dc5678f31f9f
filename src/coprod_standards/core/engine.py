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

import datetime
import functools
from collections.abc import Iterable
from typing import NamedTuple, NoReturn

from coprod_standards.errors import DataError, Problem, format_path

from ._assessment_checks import Finding, check_assessment
from ._surveys import SurveyFinding, index_surveys, measure, months_before
from .assessment import Answer, Assessment, Status
from .models import Framework, SurveyThreshold, Tier
from .policy import Consensus, Policy, RollUp
from .results import TIER_OF_RANK, Evaluation, Outcome

__all__ = ["evaluate", "evaluate_many"]

_DEFAULT_POLICY = Policy()
_NOTHING_DECIDED: dict[str, Outcome] = {}


class _Plan(NamedTuple):
    """What evaluation needs of a framework, computed once per framework."""

    #: Per indicator, the criterion ids of its Bronze, Silver and Gold tiers.
    tiers: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]
    #: How many indicators each standard has, in order.
    standard_sizes: tuple[int, ...]
    #: The survey criteria: (id, threshold, the index of its distinct threshold).
    surveys: tuple[tuple[str, SurveyThreshold, int], ...]
    #: Each survey criterion's index of its distinct threshold (1.1 and 3.1 share theirs).
    survey_slots: dict[str, int]
    #: Each distinct threshold decided without any survey (every population unanswered).
    unsurveyed: tuple[SurveyFinding, ...]


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
    # Without surveys the policy and the date change nothing: every population is
    # unanswered. Deciding that once here spares each evaluation without surveys.
    unsurveyed = tuple(
        measure(threshold, {}, _DEFAULT_POLICY, datetime.date.min) for threshold in slots
    )
    return _Plan(
        tiers=tiers,
        standard_sizes=tuple(len(standard.indicators) for standard in framework.standards),
        surveys=surveys,
        survey_slots={criterion_id: slot for criterion_id, _, slot in surveys},
        unsurveyed=unsurveyed,
    )


def evaluate(
    framework: Framework, assessment: Assessment, policy: Policy | None = None
) -> Evaluation:
    """Evaluate *assessment* against *framework* under *policy* (the defaults where None).

    Each criterion's outcome is decided once: an agreed status stands as it
    is, the policy's consensus decides one answered by views alone, and the
    surveys recorded decide a survey criterion. An indicator reaches a tier
    when every criterion of that tier and of every tier below is met or not
    applicable; a standard and the organisation reach the tier the policy's
    roll-up gives (by default the lowest below them). The explained results
    are built from those same outcomes when they are first asked for. The
    rules are in ``docs/evaluation.md``.

    Raises:
        DataError: The assessment does not fit the framework: another
            version, unknown ids, a status on a survey criterion, a survey
            of an unknown metric or dated after the assessment.
    """
    policy = _DEFAULT_POLICY if policy is None else policy
    plan = _plan(framework)
    findings = check_assessment(framework, assessment)
    if findings:
        _refuse(assessment, findings)
    index = assessment.index
    # The outcomes of the criteria answered by a status are their statuses, grouped
    # once by the assessment (index.met: met or not applicable); the policy decides
    # the rest here, each once, and the evaluation keeps what it decided.
    met = index.met
    extra = []
    decided = _NOTHING_DECIDED
    if index.by_views:
        criteria = assessment.criteria
        decided = {
            criterion_id: _by_views(criteria[criterion_id], policy)
            for criterion_id in index.by_views
        }
        extra = [
            criterion_id for criterion_id, outcome in decided.items() if outcome is Outcome.MET
        ]
    surveyed = plan.unsurveyed  # without surveys, no survey criterion can be met
    if assessment.surveys:
        surveys = index_surveys(assessment.surveys)
        oldest = months_before(assessment.assessed_on, policy.max_survey_age_months)
        found: list[SurveyFinding | None] = [None] * len(plan.unsurveyed)
        for criterion_id, threshold, slot in plan.surveys:
            finding = found[slot]
            if finding is None:
                finding = found[slot] = measure(threshold, surveys, policy, oldest)
            if finding[0] is Outcome.MET:
                extra.append(criterion_id)
        surveyed = tuple(found)  # type: ignore[arg-type]  # every slot is filled
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
        decided=decided,
        survey_slots=plan.survey_slots,
        surveys=surveyed,
    )


def evaluate_many(
    framework: Framework, assessments: Iterable[Assessment], policy: Policy | None = None
) -> list[Evaluation]:
    """Evaluate each of *assessments* against *framework*, in order."""
    return [evaluate(framework, assessment, policy) for assessment in assessments]


def _by_views(answer: Answer, policy: Policy) -> Outcome:
    views = answer.views
    met = sum(1 for view in views.values() if view is Status.MET)
    if policy.consensus is Consensus.ALL:
        return Outcome.MET if met == len(views) else Outcome.NOT_MET
    return Outcome.MET if met * 2 > len(views) else Outcome.NOT_MET


def _lower_median(ranks: list[int]) -> int:
    return sorted(ranks)[(len(ranks) - 1) // 2]


def _refuse(assessment: Assessment, findings: list[Finding]) -> NoReturn:
    name = f"the assessment of {assessment.organisation or 'an unnamed organisation'}"
    raise DataError(
        [
            Problem(message=message, file=name, path=format_path(path), code=code)
            for code, path, message in findings
        ]
    )
