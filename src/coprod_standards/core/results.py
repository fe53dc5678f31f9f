"""What an evaluation finds: per criterion, indicator, standard and overall.

`coprod_standards.evaluate` returns an `Evaluation`. Its verdicts explain
themselves: each criterion says why it is or is not met, each indicator
which tier it reaches and which criteria block the next one.
"""

from __future__ import annotations

import datetime
import enum
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from coprod_standards.errors import UnknownIdError
from coprod_standards.reports.labels import (
    COMMENT,
    EVIDENCE,
    NO_ORGANISATION,
    REASON,
    in_sentence,
    outcome_label,
    people,
    tier_label,
)

from .assessment import Answer, IndicatorNote
from .models import Criterion, Indicator, Standard, SurveyThreshold, Tier
from .models.framework import _brief

if TYPE_CHECKING:
    from .assessment import Assessment
    from .models import Framework
    from .policy import Policy

__all__ = [
    "CriterionResult",
    "Evaluation",
    "IndicatorResult",
    "Outcome",
    "PopulationCheck",
    "StandardResult",
    "SurveyCheck",
    "next_tier",
    "tier_label",
    "tier_value",
]


class Outcome(enum.Enum):
    """How a criterion stands once the assessment is evaluated."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"
    #: Not answered: no status, no views, or for a survey criterion no survey.
    UNANSWERED = "unanswered"
    #: A survey had fewer respondents than the policy's minimum.
    INSUFFICIENT_DATA = "insufficient_data"
    #: The latest survey is older than the policy allows.
    OUT_OF_DATE = "out_of_date"

    @property
    def met(self) -> bool:
        """Whether the outcome counts as met: met, or not applicable."""
        return self is Outcome.MET or self is Outcome.NOT_APPLICABLE

    @property
    def label(self) -> str:
        """The outcome in words: "Met", "Not met", "Not answered", "Out of date"..."""
        return outcome_label(self.value)


#: A tier by its rank plus one: None (no tier), Bronze, Silver, Gold.
TIER_OF_RANK: tuple[Tier | None, ...] = (None, *Tier)


def next_tier(tier: Tier | None) -> Tier | None:
    """The tier above *tier*: Bronze above no tier, None above Gold."""
    if tier is None:
        return Tier.BRONZE
    return None if tier is Tier.GOLD else tuple(Tier)[tier.rank + 1]


def tier_value(tier: Tier | None) -> str | None:
    """A tier as results write it: ``"bronze"``, ``"silver"``, ``"gold"`` or None."""
    return None if tier is None else tier.value


@attrs.frozen
class PopulationCheck:
    """A survey threshold checked for one population (or several, pooled).

    Attributes:
        populations: The population(s) counted.
        outcome: Met, not met, insufficient data, out of date or unanswered.
        threshold: The threshold checked.
        policy: The policy it was checked under.
        assessed_on: The date of the assessment it was checked for.
        conducted_on: The date of the deciding survey, where there is one.
        agree: How many agreed (exact; a fraction where a percentage was given).
        respondents: How many responded.
        counted: Whether `agree` was recorded as a count (not a percentage).
    """

    populations: tuple[str, ...]
    outcome: Outcome
    threshold: SurveyThreshold
    policy: Policy
    assessed_on: datetime.date | None = None
    conducted_on: datetime.date | None = None
    agree: Fraction | int | None = None
    respondents: int | None = None
    counted: bool = True

    def __repr__(self) -> str:
        return f"<PopulationCheck {' and '.join(self.populations)}: {self.outcome.label}>"

    @property
    def explanation(self) -> str:
        """What was found and how far it is from the threshold, in a sentence."""
        from ._surveys import explain

        return explain(self)


@attrs.frozen
class SurveyCheck:
    """A survey criterion's threshold against the surveys recorded."""

    threshold: SurveyThreshold
    populations: tuple[PopulationCheck, ...]
    outcome: Outcome

    def __repr__(self) -> str:
        threshold = self.threshold
        return (
            f"<SurveyCheck {threshold.metric}, at least {threshold.minimum_percent}%: "
            f"{self.outcome.label}>"
        )


@attrs.frozen
class CriterionResult:
    """One criterion, evaluated.

    Attributes:
        criterion: The criterion.
        outcome: How it stands.
        answer: The organisation's answer (evidence, comment, reason, views).
        survey: For a survey criterion, the threshold checked per population.
    """

    criterion: Criterion
    outcome: Outcome
    answer: Answer
    survey: SurveyCheck | None = None

    def __repr__(self) -> str:
        return f"<CriterionResult {self.id}: {self.outcome.label}>"

    @property
    def id(self) -> str:
        """The criterion's id."""
        return self.criterion.id

    @property
    def met(self) -> bool:
        """Whether it counts as met (met or not applicable)."""
        return self.outcome.met

    @property
    def needs_explanation(self) -> bool:
        """Whether its status alone does not say why: a survey, views, or re-confirmation."""
        answer = self.answer
        return self.survey is not None or bool(answer.views) or answer.needs_reconfirmation

    @property
    def disagreement(self) -> bool:
        """Whether respondent groups gave different views."""
        return len(set(self.answer.views.values())) > 1

    @property
    def explanation(self) -> str:
        """Why the criterion stands as it does, in a sentence."""
        if self.survey is not None:
            return "; ".join(check.explanation for check in self.survey.populations)
        answer = self.answer
        if self.outcome is Outcome.NOT_APPLICABLE:
            return f"not applicable: {answer.reason}"
        if answer.status is None and answer.views:
            said = ", ".join(
                f"{people(group)}: {in_sentence(outcome_label(view.value))}"
                for group, view in answer.views.items()
            )
            return f"{in_sentence(self.outcome.label)}, decided by the groups' views ({said})"
        if answer.needs_reconfirmation:
            assert answer.previous is not None
            before = answer.previous
            said = in_sentence(outcome_label(Outcome.UNANSWERED.value))
            if before.status is not None:
                said = "answered " + in_sentence(outcome_label(before.status.value))
            notes = "; ".join(
                f"{in_sentence(label)}: {value}"
                for label, value in (
                    (EVIDENCE, before.evidence),
                    (COMMENT, before.comment),
                    (REASON, before.reason),
                )
                if value
            )
            return (
                f"needs re-confirmation: its meaning changed since version {before.version}, "
                f"where it was {before.id} and {said}" + (f" ({notes})" if notes else "")
            )
        return in_sentence(self.outcome.label)


@attrs.frozen
class IndicatorResult:
    """One quality indicator, evaluated.

    Attributes:
        indicator: The indicator.
        achieved: The highest tier whose criteria, and all lower tiers'
            criteria, are met; None where Bronze is not.
        criteria: Every criterion's result, in the indicator's order.
        note: The organisation's comment on the indicator.
    """

    indicator: Indicator
    achieved: Tier | None
    criteria: tuple[CriterionResult, ...]
    note: IndicatorNote

    def __repr__(self) -> str:
        target = self.next_tier
        count = len(self.blocking)
        criteria = "criterion" if count == 1 else "criteria"
        to_go = "" if target is None else f", {count} {criteria} to {target.label}"
        return (
            f"<IndicatorResult {self.id} {_brief(self.indicator.title)}: "
            f"{tier_label(self.achieved)}{to_go}>"
        )

    @property
    def id(self) -> str:
        """The indicator's id."""
        return self.indicator.id

    @property
    def next_tier(self) -> Tier | None:
        """The tier above the one achieved; None at Gold."""
        return next_tier(self.achieved)

    @property
    def blocking(self) -> tuple[CriterionResult, ...]:
        """The criteria that stand between this indicator and its next tier."""
        target = self.next_tier
        if target is None:
            return ()
        return tuple(r for r in self.criteria if r.criterion.tier <= target and not r.met)


@attrs.frozen
class StandardResult:
    """One standard, evaluated.

    Attributes:
        standard: The standard.
        achieved: Its tier, rolled up from its indicators by the policy.
        indicators: Every indicator's result.
    """

    standard: Standard
    achieved: Tier | None
    indicators: tuple[IndicatorResult, ...]

    def __repr__(self) -> str:
        return (
            f"<StandardResult {self.id} {_brief(self.standard.title)}: {tier_label(self.achieved)}>"
        )

    @property
    def id(self) -> str:
        """The standard's id."""
        return self.standard.id

    @property
    def next_tier(self) -> Tier | None:
        """The tier above the one achieved; None at Gold."""
        return next_tier(self.achieved)

    @property
    def tier_counts(self) -> dict[str | None, int]:
        """How many of its indicators reach each tier (None: no tier)."""
        return _count(result.achieved for result in self.indicators)


def _count(tiers: Any) -> dict[str | None, int]:
    counts: dict[str | None, int] = {"gold": 0, "silver": 0, "bronze": 0, None: 0}
    for tier in tiers:
        counts[tier_value(tier)] += 1
    return counts


@attrs.frozen(hash=False)
class Evaluation:
    """The result of evaluating an assessment against a version of the standards.

    Built by `coprod_standards.evaluate`. It keeps compact tables of
    outcomes and builds the result objects (`StandardResult`,
    `IndicatorResult`, `CriterionResult`) when they are first asked for,
    which is what lets a batch of thousands of evaluations run fast.

    Attributes:
        framework: The standards evaluated against.
        assessment: The assessment evaluated.
        policy: The policy applied.
        overall: The organisation's tier, rolled up from its standards.
    """

    framework: Framework
    assessment: Assessment
    policy: Policy
    overall: Tier | None
    #: Each indicator's tier as a rank (-1: none, 0: Bronze, 1: Silver, 2: Gold),
    #: in the order of framework.indicators.
    _indicator_ranks: tuple[int, ...] = attrs.field(repr=False)
    #: Each standard's tier as a rank, in the order of framework.standards.
    _standard_ranks: tuple[int, ...] = attrs.field(repr=False)
    _built: dict[str, Any] = attrs.field(init=False, repr=False, eq=False, factory=dict)

    def __repr__(self) -> str:
        assessment = self.assessment
        return (
            f"<Evaluation of {_brief(assessment.organisation)} on "
            f"{assessment.assessed_on.isoformat()} against {self.framework.version}: "
            f"{tier_label(self.overall)}>"
        )

    @property
    def standards(self) -> tuple[StandardResult, ...]:
        """Every standard's result, in the checklist's order."""
        built = self._built.get("standards")
        if built is None:
            built = self._build()
        return built

    def _build(self) -> tuple[StandardResult, ...]:
        # The engine decides tiers from sets of ids; the per-criterion results
        # are worked out here, when first asked for, by the same rules.
        from ._surveys import check, index_surveys
        from .engine import answer_outcome

        assessment, policy = self.assessment, self.policy
        surveys = index_surveys(assessment.surveys)
        tiers = (TIER_OF_RANK[rank + 1] for rank in self._indicator_ranks)
        standards = []
        indicators: dict[str, IndicatorResult] = {}
        criteria: dict[str, CriterionResult] = {}
        for standard, rank in zip(self.framework.standards, self._standard_ranks, strict=True):
            achieved = TIER_OF_RANK[rank + 1]
            results = []
            for indicator in standard.indicators:
                for criterion in indicator.criteria:
                    answer = assessment.answer(criterion.id)
                    if criterion.survey is not None:
                        survey = check(criterion.survey, surveys, assessment.assessed_on, policy)
                        result = CriterionResult(criterion, survey.outcome, answer, survey)
                    else:
                        result = CriterionResult(criterion, answer_outcome(answer, policy), answer)
                    criteria[criterion.id] = result
                indicator_result = IndicatorResult(
                    indicator,
                    next(tiers),
                    tuple(criteria[criterion.id] for criterion in indicator.criteria),
                    assessment.note(indicator.id),
                )
                results.append(indicator_result)
                indicators[indicator.id] = indicator_result
            standards.append(StandardResult(standard, achieved, tuple(results)))
        built = tuple(standards)
        self._built.update(standards=built, indicators=indicators, criteria=criteria)
        return built

    def _index(self, kind: str) -> dict[str, Any]:
        if kind not in self._built:
            self._build()
        return self._built[kind]  # type: ignore[no-any-return]

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        """Every indicator's result, standard by standard."""
        return tuple(self._index("indicators").values())

    @property
    def criteria(self) -> tuple[CriterionResult, ...]:
        """Every criterion's result, indicator by indicator."""
        return tuple(self._index("criteria").values())

    def standard(self, id: str) -> StandardResult:
        """The result of the standard with this id."""
        for result in self.standards:
            if result.id == id:
                return result
        raise UnknownIdError("standard", id, self.framework.version)

    def indicator(self, id: str) -> IndicatorResult:
        """The result of the indicator with this id."""
        try:
            return self._index("indicators")[id]  # type: ignore[no-any-return]
        except (KeyError, TypeError):
            raise UnknownIdError("indicator", id, self.framework.version) from None

    def criterion(self, id: str) -> CriterionResult:
        """The result of the criterion with this id."""
        try:
            return self._index("criteria")[id]  # type: ignore[no-any-return]
        except (KeyError, TypeError):
            raise UnknownIdError("criterion", id, self.framework.version) from None

    @property
    def indicator_tiers(self) -> dict[str, Tier | None]:
        """Each indicator's tier by id, without building the detailed results."""
        return {
            indicator.id: TIER_OF_RANK[rank + 1]
            for indicator, rank in zip(
                self.framework.indicators, self._indicator_ranks, strict=True
            )
        }

    @property
    def standard_tiers(self) -> dict[str, Tier | None]:
        """Each standard's tier by id, without building the detailed results."""
        return {
            standard.id: TIER_OF_RANK[rank + 1]
            for standard, rank in zip(self.framework.standards, self._standard_ranks, strict=True)
        }

    @property
    def tier_counts(self) -> dict[str | None, int]:
        """How many indicators reach each tier (None: no tier)."""
        return _count(TIER_OF_RANK[rank + 1] for rank in self._indicator_ranks)

    @property
    def not_applicable(self) -> tuple[CriterionResult, ...]:
        """Every criterion claimed not applicable, with its reason in ``answer.reason``."""
        return tuple(r for r in self.criteria if r.outcome is Outcome.NOT_APPLICABLE)

    @property
    def disagreements(self) -> tuple[CriterionResult, ...]:
        """Every criterion on which respondent groups gave different views."""
        return tuple(r for r in self.criteria if r.disagreement)

    @property
    def needs_reconfirmation(self) -> tuple[CriterionResult, ...]:
        """Criteria whose answer from an earlier version awaits confirmation."""
        return tuple(r for r in self.criteria if r.answer.needs_reconfirmation)

    @property
    def unanswered(self) -> tuple[CriterionResult, ...]:
        """Every criterion left unanswered (counted as not met)."""
        return tuple(r for r in self.criteria if r.outcome is Outcome.UNANSWERED)

    def to_dict(self) -> dict[str, Any]:
        """The evaluation as plain data for JSON: see ``docs/evaluation.md``."""
        from coprod_standards.reports._export import evaluation_to_dict

        return evaluation_to_dict(self)

    def to_records(self, level: str = "indicator") -> list[dict[str, Any]]:
        """Flat records, one per indicator or per criterion (*level*), for analysis.

        Each record has the organisation, date and version, the standard and
        indicator (and criterion) ids, the tier reached and more; the values
        are plain (text, numbers, booleans, None, dates), so that
        ``pandas.DataFrame(evaluation.to_records())`` takes them as they are.
        """
        from coprod_standards.reports._export import evaluation_records

        return evaluation_records(self, level)

    def _repr_html_(self) -> str:
        """A table of the standards' tiers, for Jupyter."""
        from coprod_standards.reports.tables import records_html

        who = self.assessment.organisation or NO_ORGANISATION
        rows = [
            {"standard": f"{r.standard.number}. {r.standard.title}", "tier": tier_label(r.achieved)}
            for r in self.standards
        ]
        rows.append({"standard": "Overall", "tier": tier_label(self.overall)})
        caption = f"{who}, {self.assessment.assessed_on.isoformat()}: {self.framework.name}"
        return records_html(rows, caption, headings={"standard": "Standard", "tier": "Tier"})
