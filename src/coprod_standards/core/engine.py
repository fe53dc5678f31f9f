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

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NoReturn

from coprod_standards.errors import DataError, Problem, format_path, shorten

from ._assessment_checks import Misfit, check_assessment
from ._surveys import find, index_surveys, months_before
from ._tables import Tables, tables_of
from .assessment import Answer, Assessment, Status, answer_index
from .criterion_results import Outcome
from .evaluation import Evaluation
from .evidence import EvidenceItem, evidence_out_of_date, stale_items
from .models import Framework
from .policy import Consensus, Policy, RollUp
from .tier_results import TIER_OF_RANK

__all__ = ["evaluate", "evaluate_many"]

_DEFAULT_POLICY = Policy()
# Read for every evaluation, as module constants: on Python 3.11 reading an
# enum member from its class costs about ten times reading a global.
_MET, _WEAKEST_LINK = Outcome.MET, RollUp.WEAKEST_LINK
# What an evaluation records where an assessment has no views or no aged
# evidence (most): shared rather than made anew, never changed, and plain dicts
# so that an evaluation pickles (a mappingproxy does not).
_NO_VIEWS: Mapping[str, Outcome] = {}
_NO_STALE: Mapping[str, tuple[EvidenceItem, ...]] = {}
_NONE: frozenset[str] = frozenset()


def evaluate(
    framework: Framework, assessment: Assessment, policy: Policy | None = None
) -> Evaluation:
    """Evaluate *assessment* against *framework* under *policy* (the defaults where None).

    An indicator reaches a tier when every criterion of that tier and of
    every tier below is met or not applicable; a standard and the
    organisation reach the tier the policy's roll-up gives (by default the
    lowest below them). The rules are in ``docs/evaluation.md``.

    Each criterion is decided once, here: by its agreed status, by the
    groups' views under the policy's consensus rule, or by the surveys
    recorded. The `Evaluation` keeps those decisions, and builds its
    explained results from them when asked.

    Raises:
        DataError: The assessment does not fit the framework: another
            version, unknown ids, a status on a survey criterion, a survey
            of an unknown metric or dated after the assessment.
        TypeError: An argument is not a `Framework`, an `Assessment` or a
            `Policy` (or None) in its place.
    """
    policy = _DEFAULT_POLICY if policy is None else policy
    if not (
        isinstance(framework, Framework)
        and isinstance(assessment, Assessment)
        and isinstance(policy, Policy)
    ):
        _wrong_types(framework, assessment, policy)
    tables = tables_of(framework)
    problems = check_assessment(framework, assessment)
    if problems:
        _refuse(assessment, problems)
    index = answer_index(assessment)
    met = index.met
    extra = []
    views: dict[str, Outcome] | Mapping[str, Outcome] = _NO_VIEWS
    if index.by_views:
        views = {}
        for criterion_id in index.by_views:
            outcome = views[criterion_id] = _by_views(assessment.criteria[criterion_id], policy)
            if outcome is Outcome.MET:
                extra.append(criterion_id)
    if assessment.surveys:
        surveys = index_surveys(assessment.surveys)
        oldest = months_before(assessment.assessed_on, policy.max_survey_age_months)
        decided = tuple(
            [
                decision
                for group in tables.groups
                for decision in find(group, surveys, oldest, policy)
            ]
        )
        extra.extend(
            criterion_id for criterion_id, slot in tables.surveys if decided[slot][0] is _MET
        )
    else:  # without surveys, no survey criterion can be met
        decided = tables.unanswered
    if extra:
        met = met.union(extra)
    stale, unmet_by_age = _aged_evidence(assessment, policy, met, tables)
    if unmet_by_age:
        met = met.difference(unmet_by_age)
    # Tiers as ranks here (-1: none, 0: Bronze, 1: Silver, 2: Gold), so that
    # rolling up is a min() over integers.
    ranks = [
        -1 if not bronze <= met else 0 if not silver <= met else 1 if not gold <= met else 2
        for bronze, silver, gold in tables.tiers
    ]
    roll_up = min if policy.roll_up is _WEAKEST_LINK else _lower_median
    standard_ranks = tuple([roll_up(ranks[part]) for part in tables.standard_slices])
    return Evaluation(
        framework=framework,
        assessment=assessment,
        policy=policy,
        overall=TIER_OF_RANK[roll_up(standard_ranks) + 1],
        indicator_ranks=tuple(ranks),
        standard_ranks=standard_ranks,
        view_outcomes=views,
        survey_thresholds=tables.thresholds,
        survey_decisions=decided,
        stale_evidence=stale,
        unmet_by_age=unmet_by_age,
    )


def _aged_evidence(
    assessment: Assessment, policy: Policy, met: frozenset[str], tables: Tables
) -> tuple[Mapping[str, tuple[EvidenceItem, ...]], frozenset[str]]:
    """Each criterion's out-of-date evidence items, and those it un-meets, under *policy*.

    Only where `Policy.max_evidence_age_months` is given; a criterion is
    un-met (only under `Policy.stale_evidence_unmeets`) where it is met by its
    status or views (not a survey, not "not applicable") and every dated item
    of its evidence is too old.
    """
    if policy.max_evidence_age_months is None:
        return _NO_STALE, _NONE
    oldest = months_before(assessment.assessed_on, policy.max_evidence_age_months)
    stale = {}
    for criterion_id in answer_index(assessment).dated_evidence:
        items = stale_items(assessment.criteria[criterion_id].evidence, oldest)
        if items:
            stale[criterion_id] = items
    if not (policy.stale_evidence_unmeets and stale):
        return stale, frozenset()
    unmet = frozenset(
        criterion_id
        for criterion_id in stale
        if criterion_id in met
        and criterion_id not in tables.surveyed
        and assessment.criteria[criterion_id].status is not Status.NOT_APPLICABLE
        and evidence_out_of_date(assessment.criteria[criterion_id].evidence, oldest)
    )
    return stale, unmet


def evaluate_many(
    framework: Framework, assessments: Iterable[Assessment], policy: Policy | None = None
) -> Iterator[Evaluation]:
    """Evaluate each of *assessments* against *framework*, in order, one at a time.

    A stream in, a stream out: each assessment is evaluated when its
    evaluation is asked for, so that a generator of assessments (read from
    files, say) is evaluated in constant memory. ``list(evaluate_many(...))``
    keeps them all.

    Raises:
        DataError: As `evaluate`, when the evaluation of an assessment that
            does not fit is reached.
    """
    for assessment in assessments:
        yield evaluate(framework, assessment, policy)


def _by_views(answer: Answer, policy: Policy) -> Outcome:
    views = answer.views
    if not views:
        return Outcome.UNANSWERED
    met = sum(1 for view in views.values() if view is Status.MET)
    if policy.consensus is Consensus.ALL:
        return Outcome.MET if met == len(views) else Outcome.NOT_MET
    return Outcome.MET if met * 2 > len(views) else Outcome.NOT_MET


def _lower_median(ranks: Sequence[int]) -> int:
    return sorted(ranks)[(len(ranks) - 1) // 2]


def _wrong_types(framework: object, assessment: object, policy: object) -> NoReturn:
    """Say which argument of `evaluate` is of the wrong type, and what it should be."""
    for name, value, kind in (
        ("framework", framework, Framework),
        ("assessment", assessment, Assessment),
        ("policy", policy, Policy),
    ):
        if not isinstance(value, kind):
            raise TypeError(
                f"evaluate(framework, assessment, policy=None): {name} is "
                f"{type(value).__name__} {shorten(repr(value), 40)}, not "
                f"{'an' if kind.__name__[0] in 'AEIOU' else 'a'} {kind.__name__}"
            )
    raise AssertionError("one argument is of the wrong type")


def _refuse(assessment: Assessment, misfits: list[Misfit]) -> NoReturn:
    name = f"the assessment of {assessment.organisation or 'an unnamed organisation'}"
    problems = [
        Problem(message=message, file=name, path=format_path(path), code=code)
        for code, path, message in misfits
    ]
    raise DataError(problems)
