"""The whole of an evaluation: every result, the overall tier, and its exports.

`coprod_standards.evaluate` returns an `Evaluation`: the decisions the
engine made, from which it builds its standards', indicators' and criteria's
results when first asked for, and which it turns into plain data (`to_dict`,
`to_records`).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from coprod_standards.errors import UnknownIdError

from ._surveys import Decision, months_before
from .criterion_results import (
    OUTCOME_OF_STATUS,
    CriterionResult,
    Outcome,
    PopulationCheck,
    SurveyCheck,
)
from .models import SurveyThreshold, Tier
from .models.framework import _brief
from .tier_results import TIER_OF_RANK, IndicatorResult, StandardResult, count_tiers, tier_value

if TYPE_CHECKING:
    from .assessment import Answer, Assessment
    from .evidence import EvidenceItem
    from .models import Framework
    from .policy import Policy

__all__ = ["Evaluation", "RecordLevel"]

#: The levels of `Evaluation.to_records`: a record per organisation, standard, indicator
#: or criterion.
RecordLevel = Literal["organisation", "standard", "indicator", "criterion"]


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
    #: The outcome of each criterion that the groups' views decided.
    _view_outcomes: Mapping[str, Outcome] = attrs.field(repr=False)
    #: The framework's distinct survey thresholds.
    _survey_thresholds: tuple[SurveyThreshold, ...] = attrs.field(repr=False)
    #: What the engine decided for each of them, in the same order.
    _survey_decisions: tuple[Decision, ...] = attrs.field(repr=False)
    #: Each criterion's evidence items older than the policy allows (where it sets a limit).
    _stale_evidence: Mapping[str, tuple[EvidenceItem, ...]] = attrs.field(factory=dict, repr=False)
    #: The criteria that out-of-date evidence un-met (under stale_evidence_unmeets).
    _unmet_by_age: frozenset[str] = attrs.field(default=frozenset(), repr=False)
    _built: dict[str, Any] = attrs.field(init=False, repr=False, eq=False, factory=dict)

    def __repr__(self) -> str:
        assessment = self.assessment
        return (
            f"<Evaluation of {_brief(assessment.organisation)} on "
            f"{assessment.assessed_on.isoformat()} against {self.framework.version}: "
            f"{tier_value(self.overall) or 'no tier'}>"
        )

    @property
    def standards(self) -> tuple[StandardResult, ...]:
        """Every standard's result, in the checklist's order."""
        built = self._built.get("standards")
        if built is None:
            built = self._build()
        return built

    def _build(self) -> tuple[StandardResult, ...]:
        # The results are built from the decisions the engine recorded: the
        # ranks of the tiers, the outcomes of views, the surveys' findings.
        assessment = self.assessment
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
                        survey = self._survey_check(criterion.survey)
                        result = CriterionResult(criterion, survey.outcome, answer, survey)
                    else:
                        result = CriterionResult(
                            criterion, self._outcome(criterion.id, answer), answer
                        )
                    if criterion.id in self._stale_evidence:
                        result = attrs.evolve(
                            result,
                            stale_evidence=self._stale_evidence[criterion.id],
                            evidence_from=self._evidence_from(),
                        )
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

    def _evidence_from(self) -> datetime.date | None:
        months = self.policy.max_evidence_age_months
        return None if months is None else months_before(self.assessment.assessed_on, months)

    def _outcome(self, criterion_id: str, answer: Answer) -> Outcome:
        if criterion_id in self._unmet_by_age:
            return Outcome.OUT_OF_DATE
        if answer.status is not None:
            return OUTCOME_OF_STATUS[answer.status]
        return self._view_outcomes.get(criterion_id, Outcome.UNANSWERED)

    def _survey_check(self, threshold: SurveyThreshold) -> SurveyCheck:
        slot = self._survey_thresholds.index(threshold)
        outcome, figures, outcomes = self._survey_decisions[slot]
        checks = tuple(
            PopulationCheck(
                figure.populations,
                figure_outcome,
                threshold,
                self.policy,
                self.assessment.assessed_on,
                figure.conducted_on,
                figure.agree,
                figure.respondents,
                figure.counted,
            )
            for figure, figure_outcome in zip(figures, outcomes, strict=True)
        )
        return SurveyCheck(threshold, checks, outcome)

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
        return count_tiers(TIER_OF_RANK[rank + 1] for rank in self._indicator_ranks)

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

    def to_records(self, level: RecordLevel = "indicator") -> list[dict[str, Any]]:
        """Flat records for analysis, one per organisation, standard, indicator or criterion.

        *level* is ``"organisation"``, ``"standard"``, ``"indicator"`` or
        ``"criterion"``. Each record has the organisation, date and version,
        the ids of its level and those above, the tier reached and more; each
        tier column has beside it a ``_rank`` column (0 none, 1 Bronze,
        2 Silver, 3 Gold) to sort by. The values are plain (text, numbers,
        booleans, None, dates), so that ``pandas.DataFrame(evaluation.to_records())``
        takes them as they are; `coprod_standards.to_dataframe` gives tiers
        as an ordered categorical.
        """
        from coprod_standards.reports._export import evaluation_records

        return evaluation_records(self, level)
