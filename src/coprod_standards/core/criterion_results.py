"""What an evaluation finds for each criterion: its outcome, and for a survey its checks.

An `Outcome` says how a criterion stands; a `CriterionResult` says why,
and for a survey criterion its `SurveyCheck` holds the threshold checked for
each population (`PopulationCheck`).
"""

from __future__ import annotations

import datetime
import enum
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from .assessment import Answer, Status
from .evidence import EvidenceItem
from .models import Criterion, SurveyThreshold

if TYPE_CHECKING:
    from .policy import Policy

__all__ = ["OUTCOME_OF_STATUS", "CriterionResult", "Outcome", "PopulationCheck", "SurveyCheck"]


class Outcome(enum.Enum):
    """How a criterion stands once the assessment is evaluated."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"
    #: Not answered: no status, no views, or for a survey criterion no survey.
    UNANSWERED = "unanswered"
    #: A survey had fewer respondents than the policy's minimum.
    INSUFFICIENT_DATA = "insufficient_data"
    #: The latest survey, or (under `Policy.stale_evidence_unmeets`) all dated
    #: evidence of an answer, is older than the policy allows.
    OUT_OF_DATE = "out_of_date"

    @property
    def met(self) -> bool:
        """Whether the outcome counts as met: met, or not applicable."""
        return self is Outcome.MET or self is Outcome.NOT_APPLICABLE


#: How a criterion with an agreed status stands: the status, as an outcome.
OUTCOME_OF_STATUS = {
    Status.MET: Outcome.MET,
    Status.NOT_MET: Outcome.NOT_MET,
    Status.NOT_APPLICABLE: Outcome.NOT_APPLICABLE,
}


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
        return f"<PopulationCheck {' and '.join(self.populations)}: {self.outcome.value}>"


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
            f"{self.outcome.value}>"
        )


@attrs.frozen
class CriterionResult:
    """One criterion, evaluated.

    Attributes:
        criterion: The criterion.
        outcome: How it stands.
        answer: The organisation's answer (evidence, comment, reason, views).
        survey: For a survey criterion, the threshold checked per population.
        stale_evidence: The answer's evidence items dated before `evidence_from`.
        evidence_from: Where `stale_evidence` is given, the oldest date evidence
            may have under the policy (`Policy.max_evidence_age_months`).
    """

    criterion: Criterion
    outcome: Outcome
    answer: Answer
    survey: SurveyCheck | None = None
    stale_evidence: tuple[EvidenceItem, ...] = ()
    evidence_from: datetime.date | None = None

    def __repr__(self) -> str:
        return f"<CriterionResult {self.id}: {self.outcome.value}>"

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
        """Whether its status alone does not say why: survey, views, re-confirming, old evidence."""
        answer = self.answer
        return (
            self.survey is not None
            or bool(answer.views)
            or answer.needs_reconfirmation
            or bool(self.stale_evidence)
        )

    @property
    def disagreement(self) -> bool:
        """Whether respondent groups gave different views."""
        return len(set(self.answer.views.values())) > 1
