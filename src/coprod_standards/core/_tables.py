"""What evaluating and checking need of a framework, as id sets, worked out once per framework.

A framework is immutable and hashes once (its hash is cached), so
`tables_of` is a fast lookup after the first call for a version.
"""

from __future__ import annotations

import functools
import itertools
from typing import NamedTuple

from ._surveys import Decision, unanswered
from .models import Framework, SurveyThreshold, Tier

__all__ = ["Tables", "tables_of"]


class Tables(NamedTuple):
    """What evaluation needs of a framework, as id sets, computed once per framework."""

    #: Per indicator, the criterion ids of its Bronze, Silver and Gold tiers.
    tiers: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]
    #: Each standard's indicators, as a slice of the framework's indicators, in order.
    standard_slices: tuple[slice, ...]
    #: The distinct survey thresholds (1.1 and 3.1 share theirs), in order.
    thresholds: tuple[SurveyThreshold, ...]
    #: The same thresholds, grouped by metric and populations (which share surveys).
    groups: tuple[tuple[SurveyThreshold, ...], ...]
    #: The survey criteria: (id, the index of its threshold in `thresholds`).
    surveys: tuple[tuple[str, int], ...]
    #: What is decided for each threshold where no survey is recorded.
    unanswered: tuple[Decision, ...]
    #: Every criterion id.
    criteria: frozenset[str]
    #: The ids of the criteria that surveys decide.
    surveyed: frozenset[str]
    #: The ids of the others, which an answer decides.
    answerable: frozenset[str]


@functools.lru_cache(maxsize=16)
def tables_of(framework: Framework) -> Tables:
    tiers = tuple(
        (
            frozenset(c.id for c in indicator.criteria if c.tier is Tier.BRONZE),
            frozenset(c.id for c in indicator.criteria if c.tier is Tier.SILVER),
            frozenset(c.id for c in indicator.criteria if c.tier is Tier.GOLD),
        )
        for indicator in framework.indicators
    )
    groups: dict[tuple[str, tuple[str, ...]], list[SurveyThreshold]] = {}
    for criterion in framework.criteria:
        threshold = criterion.survey
        if threshold is not None:
            group = groups.setdefault((threshold.metric, threshold.populations), [])
            if threshold not in group:
                group.append(threshold)
    ordered = itertools.chain.from_iterable(groups.values())
    slots = {threshold: slot for slot, threshold in enumerate(ordered)}
    surveys = tuple((c.id, slots[c.survey]) for c in framework.criteria if c.survey is not None)
    ends = tuple(itertools.accumulate(len(standard.indicators) for standard in framework.standards))
    return Tables(
        tiers=tiers,
        standard_slices=tuple(itertools.starmap(slice, itertools.pairwise((0, *ends)))),
        thresholds=tuple(slots),
        groups=tuple(tuple(group) for group in groups.values()),
        surveys=surveys,
        unanswered=tuple(unanswered(threshold) for threshold in slots),
        criteria=frozenset(c.id for c in framework.criteria),
        surveyed=frozenset(criterion_id for criterion_id, _ in surveys),
        answerable=frozenset(c.id for c in framework.criteria if c.survey is None),
    )
