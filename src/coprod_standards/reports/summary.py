"""Many organisations at once: how many reach each tier, per standard and indicator.

>>> import coprod_standards
>>> framework = coprod_standards.load("1.1")
>>> evaluations = list(coprod_standards.evaluate_many(framework, [
...     coprod_standards.load_assessment(f"examples/{name}.yaml")
...     for name in ("small-organisation-bronze", "mixed-tiers", "joint-assessment")
... ]))
>>> summary = summarise(evaluations)
>>> summary.overall
{'gold': 0, 'silver': 0, 'bronze': 1, None: 2}
>>> summary.standard("8")
{'gold': 1, 'silver': 0, 'bronze': 2, None: 0}

For publishing across organisations, counts from 1 to N-1 can be hidden as
``<N`` (small-number suppression): `summarise`'s *suppress_below* changes
the records and the plain data, never the counts themselves.

>>> published = summarise(evaluations, suppress_below=3)
>>> {key: published.to_records()[0][key] for key in ("gold", "silver", "bronze", "no_tier")}
{'gold': 0, 'silver': 0, 'bronze': '<3', 'no_tier': '<3'}
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

__all__ = ["OrganisationTiers", "Summary", "summarise", "suppressed"]

Counts = dict[str | None, int]


def suppressed(counts: dict[str, int], below: int | None) -> dict[str, int | str]:
    """*counts* with those from 1 to *below* - 1 shown as ``<below``; None hides nothing.

    Where that would hide one count of a row alone, it could be worked out from the
    row's total: the smallest other count above zero is hidden too, as ``*``.

    >>> suppressed({"gold": 0, "silver": 2, "bronze": 7, "no_tier": 11}, 5)
    {'gold': 0, 'silver': '<5', 'bronze': '*', 'no_tier': 11}
    """
    if below is None:
        return dict(counts)
    small = {key for key, count in counts.items() if 0 < count < below}
    shown: dict[str, int | str] = {
        key: f"<{below}" if key in small else n for key, n in counts.items()
    }
    others = [key for key, count in counts.items() if count and key not in small]
    if len(small) == 1 and others:
        shown[min(others, key=lambda key: counts[key])] = "*"
    return shown


def _empty() -> Counts:
    return {"gold": 0, "silver": 0, "bronze": 0, None: 0}


@attrs.frozen
class OrganisationTiers:
    """One organisation's (or service's) tiers, all a summary keeps of its evaluation.

    Attributes:
        organisation: Who was assessed.
        assessed_on: When.
        overall: Its overall tier.
        standards: Each standard's tier, in the checklist's order.
        service: The service assessed, where the assessment names one.
        organisation_id: The organisation's identifier, where given.
    """

    organisation: str
    assessed_on: datetime.date
    overall: Tier | None
    standards: tuple[Tier | None, ...]
    service: str | None = attrs.field(default=None, kw_only=True)
    organisation_id: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen(hash=False)
class Summary:
    """Tier counts across the evaluations of many organisations against one version.

    It keeps counts and each organisation's tiers, not the evaluations, so
    that a summary of ten thousand files holds little more than one.

    Attributes:
        framework: The standards version they were evaluated against.
        organisations: Each organisation's tiers, in the order given.
        overall: How many organisations reach each tier overall (None: no tier).
        suppress_below: Where given, the records and plain data show counts from
            1 to this less one as ``<N`` (see `suppressed`), for publishing.
    """

    framework: Framework
    organisations: tuple[OrganisationTiers, ...]
    overall: Counts
    _standards: dict[str, Counts] = attrs.field(repr=False)
    _indicators: dict[str, Counts] = attrs.field(repr=False)
    suppress_below: int | None = attrs.field(default=None, kw_only=True)

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
                **self._shown(counts),
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

    def _shown(self, counts: Counts) -> dict[str, int | str]:
        named = {"gold": counts["gold"], "silver": counts["silver"], "bronze": counts["bronze"]}
        return suppressed({**named, "no_tier": counts[None]}, self.suppress_below)

    def to_dict(self) -> dict[str, Any]:
        """The summary as plain data for JSON; suppressed counts are text such as ``"<5"``."""

        def plain(counts: Counts) -> dict[str, int | str]:
            shown = self._shown(counts)
            return {("none" if key == "no_tier" else key): n for key, n in shown.items()}

        data: dict[str, Any] = {
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
        if self.suppress_below is not None:
            data["suppress_below"] = self.suppress_below
        return data

    def _repr_html_(self) -> str:
        """A table of how many organisations reach each tier per standard, for Jupyter."""
        from .tables import records_html

        rows = [r for r in self.to_records() if r["level"] != "indicator"]
        count = len(self.organisations)
        caption = f"{count} organisation{'' if count == 1 else 's'}: {self.framework.name}"
        headings = {**TIERS, "no_tier": NO_TIER}
        columns = ("id", "title", "gold", "silver", "bronze", "no_tier")
        return records_html(
            rows, caption, columns, {**headings, "id": "Standard", "title": "Title"}
        )


def summarise(evaluations: Iterable[Evaluation], *, suppress_below: int | None = None) -> Summary:
    """Count how many of *evaluations* reach each tier, overall and per standard and indicator.

    The evaluations are read once, in a stream: an iterator of them is
    counted as it comes, and none is kept. With *suppress_below* N, the
    summary's records and plain data show counts from 1 to N-1 as ``<N``, as
    disclosure practice asks of published figures.

    Raises:
        CoprodError: There are none, they are of different versions of the
            standards, or *suppress_below* is not a whole number of 2 or more.
    """
    if suppress_below is not None and (
        isinstance(suppress_below, bool)
        or not isinstance(suppress_below, int)
        or suppress_below < 2
    ):
        raise CoprodError(
            f"suppressing counts below {suppress_below!r} hides nothing that can be hidden; "
            "give a whole number of 2 or more (--suppress-below N)"
        )
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
                service=assessment.service,
                organisation_id=assessment.organisation_id,
            )
        )
    if framework is None:
        raise CoprodError("there are no evaluations to summarise; give at least one")
    if len(versions) > 1:
        raise CoprodError(
            f"the evaluations are of different versions of the standards "
            f"({', '.join(sorted(versions))}); summarise each version on its own"
        )
    return Summary(
        framework,
        tuple(organisations),
        overall,
        standards,
        indicators,
        suppress_below=suppress_below,
    )
