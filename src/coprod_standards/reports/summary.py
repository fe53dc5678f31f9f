"""Many organisations at once: how many reach each tier, per standard and indicator.

>>> import coprod_standards
>>> framework = coprod_standards.load("1.1")
>>> evaluations = coprod_standards.evaluate_many(framework, [
...     coprod_standards.load_assessment(f"examples/{name}.yaml")
...     for name in ("small-organisation-bronze", "mixed-tiers", "joint-assessment")
... ])
>>> summary = summarise(evaluations)
>>> summary.overall
{'gold': 0, 'silver': 0, 'bronze': 1, None: 2}
>>> summary.standard("8")
{'gold': 1, 'silver': 0, 'bronze': 2, None: 0}
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

import attrs

from coprod_standards.core.models import Framework, Tier
from coprod_standards.core.results import Evaluation, tier_value
from coprod_standards.errors import CoprodError

from .labels import NO_TIER, TIERS, tier_label

__all__ = ["OrganisationTiers", "Summary", "summarise"]

Counts = dict[str | None, int]


def _empty() -> Counts:
    return {"gold": 0, "silver": 0, "bronze": 0, None: 0}


@attrs.frozen
class OrganisationTiers:
    """One organisation's tiers, all a summary keeps of its evaluation.

    Attributes:
        organisation: Who was assessed.
        assessed_on: When.
        overall: Its overall tier.
        standards: Each standard's tier, in the checklist's order.
    """

    organisation: str
    assessed_on: datetime.date
    overall: Tier | None
    standards: tuple[Tier | None, ...]


@attrs.frozen(hash=False)
class Summary:
    """Tier counts across the evaluations of many organisations against one version.

    It keeps counts and each organisation's tiers, not the evaluations, so
    that a summary of ten thousand files holds little more than one.

    Attributes:
        framework: The standards version they were evaluated against.
        organisations: Each organisation's tiers, in the order given.
        overall: How many organisations reach each tier overall (None: no tier).
    """

    framework: Framework
    organisations: tuple[OrganisationTiers, ...]
    overall: Counts
    _standards: dict[str, Counts] = attrs.field(repr=False)
    _indicators: dict[str, Counts] = attrs.field(repr=False)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{self.overall[key]} {tier_label(None if key is None else Tier(key))}"
            for key in ("gold", "silver", "bronze", None)
        )
        return (
            f"<Summary of {len(self.organisations)} organisations against "
            f"{self.framework.version}: {counts}>"
        )

    def standard(self, id: str) -> Counts:
        """How many organisations reach each tier for the standard *id*."""
        return dict(self._standards[id])

    def indicator(self, id: str) -> Counts:
        """How many organisations reach each tier for the indicator *id*."""
        return dict(self._indicators[id])

    def to_records(self) -> list[dict[str, Any]]:
        """One flat record for the overall counts, each standard and each indicator."""
        count = len(self.organisations)

        def row(level: str, id: str, title: str, counts: Counts) -> dict[str, Any]:
            return {
                "level": level,
                "id": id,
                "title": title,
                "organisations": count,
                "gold": counts["gold"],
                "silver": counts["silver"],
                "bronze": counts["bronze"],
                "no_tier": counts[None],
            }

        records = [row("overall", "", self.framework.name, self.overall)]
        for standard in self.framework.standards:
            records.append(
                row("standard", standard.id, standard.title, self._standards[standard.id])
            )
            for indicator in standard.indicators:
                counts = self._indicators[indicator.id]
                records.append(row("indicator", indicator.id, indicator.title, counts))
        return records

    def organisation_records(self) -> list[dict[str, Any]]:
        """One flat record per organisation: its date, overall tier and each standard's tier."""
        ids = [standard.id for standard in self.framework.standards]
        return [
            {
                "organisation": tiers.organisation,
                "assessed_on": tiers.assessed_on,
                "overall": tier_value(tiers.overall),
                **{
                    f"standard_{id}": tier_value(tier)
                    for id, tier in zip(ids, tiers.standards, strict=True)
                },
            }
            for tiers in self.organisations
        ]

    def to_dict(self) -> dict[str, Any]:
        """The summary as plain data for JSON."""

        def plain(counts: Counts) -> dict[str, int]:
            return {("none" if tier is None else tier): n for tier, n in counts.items()}

        return {
            "version": self.framework.version,
            "organisations": len(self.organisations),
            "overall": plain(self.overall),
            "standards": {id: plain(counts) for id, counts in self._standards.items()},
            "indicators": {id: plain(counts) for id, counts in self._indicators.items()},
            "by_organisation": [
                {**record, "assessed_on": record["assessed_on"].isoformat()}
                for record in self.organisation_records()
            ],
        }

    def _repr_html_(self) -> str:
        """A table of how many organisations reach each tier per standard, for Jupyter."""
        from .tables import records_html

        rows = [r for r in self.to_records() if r["level"] != "indicator"]
        caption = f"{len(self.organisations)} organisations: {self.framework.name}"
        headings = {**TIERS, "no_tier": NO_TIER}
        columns = ("id", "title", "gold", "silver", "bronze", "no_tier")
        return records_html(
            rows, caption, columns, {**headings, "id": "Standard", "title": "Title"}
        )


def summarise(evaluations: Iterable[Evaluation]) -> Summary:
    """Count how many of *evaluations* reach each tier, overall and per standard and indicator.

    The evaluations are read once, in a stream: an iterator of them is
    counted as it comes, and none is kept.

    Raises:
        CoprodError: There are none, or they are of different versions of the standards.
    """
    framework: Framework | None = None
    versions: set[str] = set()
    organisations: list[OrganisationTiers] = []
    overall = _empty()
    standards: dict[str, Counts] = {}
    indicators: dict[str, Counts] = {}
    for evaluation in evaluations:
        if framework is None:
            framework = evaluation.framework
            standards = {standard.id: _empty() for standard in framework.standards}
            indicators = {indicator.id: _empty() for indicator in framework.indicators}
        versions.add(evaluation.framework.version)
        overall[tier_value(evaluation.overall)] += 1
        standard_tiers = evaluation.standard_tiers
        for id, tier in standard_tiers.items():
            standards[id][tier_value(tier)] += 1
        for id, tier in evaluation.indicator_tiers.items():
            indicators[id][tier_value(tier)] += 1
        assessment = evaluation.assessment
        organisations.append(
            OrganisationTiers(
                assessment.organisation,
                assessment.assessed_on,
                evaluation.overall,
                tuple(standard_tiers.values()),
            )
        )
    if framework is None:
        raise CoprodError("there are no evaluations to summarise; give at least one")
    if len(versions) > 1:
        raise CoprodError(
            f"the evaluations are of different versions of the standards "
            f"({', '.join(sorted(versions))}); summarise each version on its own"
        )
    return Summary(framework, tuple(organisations), overall, standards, indicators)
