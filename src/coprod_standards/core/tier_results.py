"""What an evaluation finds for each indicator and standard: the tier it reaches.

An `IndicatorResult` holds its criteria's results and says which of them
block its next tier; a `StandardResult` holds its indicators' results.
"""

from __future__ import annotations

from typing import Any

import attrs

from .assessment import IndicatorNote
from .criterion_results import CriterionResult
from .models import Indicator, Standard, Tier
from .models.framework import _brief

__all__ = ["IndicatorResult", "StandardResult", "next_tier", "tier_value"]


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
        to_go = "" if target is None else f", {count} {criteria} to {target.value}"
        return (
            f"<IndicatorResult {self.id} {_brief(self.indicator.title)}: "
            f"{tier_value(self.achieved) or 'no tier'}{to_go}>"
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
            f"<StandardResult {self.id} {_brief(self.standard.title)}: "
            f"{tier_value(self.achieved) or 'no tier'}>"
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
        return count_tiers(result.achieved for result in self.indicators)


def count_tiers(tiers: Any) -> dict[str | None, int]:
    """How many of *tiers* are Gold, Silver, Bronze and none (None)."""
    counts: dict[str | None, int] = {"gold": 0, "silver": 0, "bronze": 0, None: 0}
    for tier in tiers:
        counts[tier_value(tier)] += 1
    return counts
