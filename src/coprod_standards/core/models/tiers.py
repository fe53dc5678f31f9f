"""The tiers of the checklist: Bronze, Silver and Gold, in order.

>>> Tier.BRONZE < Tier.SILVER < Tier.GOLD
True
>>> Tier.from_letter("S")
<Tier.SILVER: 'silver'>
"""

from __future__ import annotations

import enum

from coprod_standards.errors import echo

__all__ = ["Tier"]


class Tier(enum.Enum):
    """A grade of the checklist, ordered ``BRONZE < SILVER < GOLD``.

    Each tier builds on the one below: Silver means "Bronze standard plus
    Silver standard", Gold means "Bronze and silver standard plus Gold
    standard".
    """

    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"

    @property
    def rank(self) -> int:
        """0 for Bronze, 1 for Silver, 2 for Gold."""
        return _TIER_ORDER.index(self)

    @property
    def letter(self) -> str:
        """The letter that criterion ids use for this tier: B, S or G."""
        return self.value[0].upper()

    @property
    def below(self) -> tuple[Tier, ...]:
        """The tiers under this one, lowest first."""
        return _TIER_ORDER[: self.rank]

    @classmethod
    def from_letter(cls, letter: str) -> Tier:
        """The tier whose criterion ids use *letter* (B, S or G)."""
        for tier in _TIER_ORDER:
            if tier.letter == letter:
                return tier
        raise ValueError(f"no tier has the letter {echo(letter)}; use B, S or G")

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Tier):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Tier):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Tier):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Tier):
            return NotImplemented
        return self.rank >= other.rank


_TIER_ORDER: tuple[Tier, ...] = tuple(Tier)
