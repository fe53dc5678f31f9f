"""How an assessment is judged where the checklist leaves room: one typed `Policy`.

The defaults are the library's reading of the checklist:

>>> from coprod_standards import Policy
>>> Policy()
Policy(band=<BandReading.AT_LEAST: 'at_least'>, populations=<PopulationRule.EACH: 'each'>, \
minimum_respondents=10, max_survey_age_months=12, consensus=<Consensus.ALL: 'all'>, \
roll_up=<RollUp.WEAKEST_LINK: 'weakest_link'>)

Every rule is described, with worked examples, in ``docs/evaluation.md``.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from coprod_standards.errors import FieldError, echo

__all__ = ["BandReading", "Consensus", "Policy", "PopulationRule", "RollUp"]


class BandReading(enum.Enum):
    """How a published band such as "70-80%" is read."""

    #: As "at least 70%": more agreement never lowers a tier (85% meets it). The default.
    AT_LEAST = "at_least"
    #: As the band itself: 70% to 80% inclusive, so 85% does not meet it.
    STRICT = "strict"


class PopulationRule(enum.Enum):
    """How a criterion that names several populations (6.2: service users and staff) is met."""

    #: Each population's own survey must reach the threshold. The default.
    EACH = "each"
    #: The populations' counts are added together and the total must reach it.
    POOLED = "pooled"


class Consensus(enum.Enum):
    """How respondent groups' views decide a criterion that has no agreed status."""

    #: Met only if every group that gave a view says met. The default.
    ALL = "all"
    #: Met if more than half of the groups that gave a view say met.
    MAJORITY = "majority"


class RollUp(enum.Enum):
    """How indicators' tiers make a standard's tier, and standards' tiers the organisation's."""

    #: The lowest tier below: one indicator without a tier leaves its standard without one.
    WEAKEST_LINK = "weakest_link"
    #: The lower median of the tiers below (not the checklist's reading; for summaries).
    LOWER_MEDIAN = "lower_median"


def _member_of(kind: type[enum.Enum]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            choices = ", ".join(f"{kind.__name__}.{member.name}" for member in kind)
            raise FieldError(attribute.name, f"{echo(value)} is not one of {choices}")

    return check


def _between(minimum: int, maximum: int) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
        if type(value) is not int or not minimum <= value <= maximum:
            raise FieldError(
                attribute.name,
                f"{attribute.name} must be a whole number from {minimum} to {maximum}",
            )

    return check


@attrs.frozen
class Policy:
    """The rules of evaluation that the checklist leaves open, with their defaults.

    Attributes:
        band: How a band such as "70-80%" is read.
        populations: How a criterion over several populations is met.
        minimum_respondents: Fewer respondents than this is "insufficient data".
        max_survey_age_months: How old a survey may be, in months before the
            assessment date (12: the same calendar date a year earlier counts).
        consensus: How respondent groups' views decide a criterion.
        roll_up: How tiers combine from indicators to standards to the organisation.
    """

    band: BandReading = attrs.field(default=BandReading.AT_LEAST, validator=_member_of(BandReading))
    populations: PopulationRule = attrs.field(
        default=PopulationRule.EACH, validator=_member_of(PopulationRule)
    )
    minimum_respondents: int = attrs.field(default=10, validator=_between(1, 1_000_000))
    max_survey_age_months: int = attrs.field(default=12, validator=_between(0, 1200))
    consensus: Consensus = attrs.field(default=Consensus.ALL, validator=_member_of(Consensus))
    roll_up: RollUp = attrs.field(default=RollUp.WEAKEST_LINK, validator=_member_of(RollUp))
