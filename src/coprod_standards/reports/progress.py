"""Progress between two assessments of one organisation.

Examples:
    >>> import datetime, attrs, coprod_standards
    >>> framework = coprod_standards.load("1.1")
    >>> before = coprod_standards.load_assessment("examples/small-organisation-bronze.yaml")
    >>> after = attrs.evolve(before, assessed_on=datetime.date(2026, 12, 1), criteria={
    ...     **before.criteria, "1.2.S2": coprod_standards.Answer(coprod_standards.Status.MET)})
    >>> change = compare(coprod_standards.evaluate(framework, before),
    ...                  coprod_standards.evaluate(framework, after))
    >>> [(c.id, tier_label(c.old), tier_label(c.new)) for c in change.indicators_up]
    [('1.2', 'Bronze', 'Silver')]
    >>> [c.id for c in change.criteria_gained]
    ['1.2.S2']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from coprod_standards.core.models import Tier
from coprod_standards.core.models.framework import _brief
from coprod_standards.core.results import (
    CriterionResult,
    Evaluation,
    Outcome,
    tier_value,
)
from coprod_standards.errors import CoprodError

from .explanations import explain
from .labels import assessed_name, in_sentence, outcome_label, tier_label
from .tables import markdown_text, one_line, plain_text

__all__ = ["Comparison", "TierChange", "compare", "comparison_markdown", "comparison_text"]


def _rank(tier: Tier | None) -> int:
    return -1 if tier is None else tier.rank


@attrs.frozen
class TierChange:
    """A standard's or indicator's tier, before and after."""

    id: str
    title: str
    old: Tier | None
    new: Tier | None

    @property
    def up(self) -> bool:
        """Whether the tier went up."""
        return _rank(self.new) > _rank(self.old)


@attrs.frozen
class CriterionChange:
    """A criterion whose outcome (or, for a survey criterion, whose survey) changed."""

    id: str
    old: CriterionResult
    new: CriterionResult


@attrs.frozen(hash=False)
class Comparison:
    """What changed between two evaluations of one organisation.

    Attributes:
        old: The earlier evaluation.
        new: The later one.
        overall: The organisation's tier before and after.
        standards: Standards whose tier changed.
        indicators: Indicators whose tier changed.
        criteria_gained: Criteria newly met (or newly not applicable).
        criteria_lost: Criteria met before and not now.
        surveys: Survey criteria whose surveys or outcome changed.
    """

    old: Evaluation
    new: Evaluation
    overall: TierChange
    standards: tuple[TierChange, ...]
    indicators: tuple[TierChange, ...]
    criteria_gained: tuple[CriterionChange, ...]
    criteria_lost: tuple[CriterionChange, ...]
    surveys: tuple[CriterionChange, ...]

    def __repr__(self) -> str:
        old, new = self.old.assessment, self.new.assessment
        return (
            f"<Comparison of {_brief(new.organisation)}, {old.assessed_on.isoformat()} to "
            f"{new.assessed_on.isoformat()}: {tier_label(self.overall.old)} to "
            f"{tier_label(self.overall.new)}, {len(self.indicators)} indicators changed tier>"
        )

    @property
    def indicators_up(self) -> tuple[TierChange, ...]:
        """Indicators that went up a tier or more."""
        return tuple(change for change in self.indicators if change.up)

    @property
    def indicators_down(self) -> tuple[TierChange, ...]:
        """Indicators that went down."""
        return tuple(change for change in self.indicators if not change.up)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as plain data for JSON."""

        def tiers(change: TierChange) -> dict[str, Any]:
            return {"id": change.id, "old": tier_value(change.old), "new": tier_value(change.new)}

        return {
            "organisation": {
                "old": self.old.assessment.organisation,
                "new": self.new.assessment.organisation,
            },
            "assessed_on": {
                "old": self.old.assessment.assessed_on.isoformat(),
                "new": self.new.assessment.assessed_on.isoformat(),
            },
            "version": self.new.framework.version,
            "overall": tiers(self.overall),
            "standards": [tiers(change) for change in self.standards],
            "indicators": [tiers(change) for change in self.indicators],
            "criteria_gained": [change.id for change in self.criteria_gained],
            "criteria_lost": [change.id for change in self.criteria_lost],
            "surveys": [
                {
                    "criterion": change.id,
                    "old": {
                        "status": change.old.outcome.value,
                        "explanation": explain(change.old),
                    },
                    "new": {
                        "status": change.new.outcome.value,
                        "explanation": explain(change.new),
                    },
                }
                for change in self.surveys
            ],
        }


def compare(old: Evaluation, new: Evaluation) -> Comparison:
    """What changed from *old* to *new*, two evaluations against one version.

    Raises:
        CoprodError: The evaluations are against different versions; migrate
            the older assessment first.
    """
    if old.framework.version != new.framework.version:
        raise CoprodError(
            f"the assessments answer different versions of the standards "
            f"({old.framework.version} and {new.framework.version}); compare assessments of "
            "one version"
        )
    framework = new.framework
    old_standards, new_standards = old.standard_tiers, new.standard_tiers
    old_indicators, new_indicators = old.indicator_tiers, new.indicator_tiers
    gained, lost, surveys = [], [], []
    for before, after in zip(old.criteria, new.criteria, strict=True):
        if after.met and not before.met:
            gained.append(CriterionChange(after.id, before, after))
        elif before.met and not after.met:
            lost.append(CriterionChange(after.id, before, after))
        if after.survey is not None and (
            before.outcome is not after.outcome or explain(before) != explain(after)
        ):
            surveys.append(CriterionChange(after.id, before, after))
    return Comparison(
        old=old,
        new=new,
        overall=TierChange("", framework.name, old.overall, new.overall),
        standards=tuple(
            TierChange(s.id, s.title, old_standards[s.id], new_standards[s.id])
            for s in framework.standards
            if old_standards[s.id] is not new_standards[s.id]
        ),
        indicators=tuple(
            TierChange(i.id, i.title, old_indicators[i.id], new_indicators[i.id])
            for i in framework.indicators
            if old_indicators[i.id] is not new_indicators[i.id]
        ),
        criteria_gained=tuple(gained),
        criteria_lost=tuple(lost),
        surveys=tuple(surveys),
    )


def _status(outcome: Outcome) -> str:
    return in_sentence(outcome_label(outcome.value))


def _lines(
    comparison: Comparison, heading: str, bullet: str, clean: Callable[[str], str]
) -> list[str]:
    old, new = comparison.old.assessment, comparison.new.assessment
    lines = [
        f"{heading}{clean(assessed_name(new.organisation, new.service))}: "
        f"{old.assessed_on.isoformat()} to {new.assessed_on.isoformat()}",
        "",
    ]
    if old.organisation != new.organisation:
        lines += [
            f"Note: the assessments name different organisations ({clean(old.organisation)} "
            f"and {clean(new.organisation)}).",
            "",
        ]
    overall = comparison.overall
    lines.append(f"Overall: {tier_label(overall.old)} to {tier_label(overall.new)}")

    def section(title: str, entries: list[str]) -> None:
        lines.extend(["", title])
        lines.extend(f"{bullet}{entry}" for entry in entries or ["none"])

    section(
        "Standards that changed tier:",
        [
            f"{c.id}. {clean(c.title)}: {tier_label(c.old)} to {tier_label(c.new)}"
            for c in comparison.standards
        ],
    )
    section(
        "Indicators that went up:",
        [
            f"{c.id} {clean(c.title)}: {tier_label(c.old)} to {tier_label(c.new)}"
            for c in comparison.indicators_up
        ],
    )
    section(
        "Indicators that went down:",
        [
            f"{c.id} {clean(c.title)}: {tier_label(c.old)} to {tier_label(c.new)}"
            for c in comparison.indicators_down
        ],
    )
    section(
        "Criteria newly met:",
        [f"{c.id}: {clean(c.new.criterion.text)}" for c in comparison.criteria_gained],
    )
    section(
        "Criteria no longer met:",
        [
            f"{c.id} (now {_status(c.new.outcome)}): {clean(c.new.criterion.text)}"
            for c in comparison.criteria_lost
        ],
    )
    section(
        "Survey changes:",
        [
            f"{c.id}: {_status(c.old.outcome)} to {_status(c.new.outcome)}; "
            f"now {clean(explain(c.new))}"
            for c in comparison.surveys
        ],
    )
    return lines


def comparison_text(comparison: Comparison) -> str:
    """The comparison as plain text for a terminal."""
    return plain_text("\n".join(_lines(comparison, "Progress of ", "  - ", one_line)) + "\n")


def comparison_markdown(comparison: Comparison) -> str:
    """The comparison as Markdown."""
    return "\n".join(_lines(comparison, "# Progress of ", "- ", markdown_text)) + "\n"
