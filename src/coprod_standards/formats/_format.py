"""The declarative format of a standards directory, as typed documents.

A directory holds one ``manifest.yaml`` (`ManifestFile`) and one file per
standard (`StandardFile`). The documents mirror the files key for key, so
that the converter can refuse anything the format does not have; `build`
turns checked documents into the public `Framework`.
"""

from __future__ import annotations

import attrs

from coprod_standards.core.models import (
    Criterion,
    Erratum,
    Framework,
    Indicator,
    Migration,
    SourceRef,
    Standard,
    SurveyMetric,
    SurveyPopulation,
    SurveyThreshold,
    Tier,
    TierDefinition,
)

MANIFEST = "manifest.yaml"


@attrs.frozen
class CriterionEntry:
    """One bullet: its id, its verbatim text, and what else is known of it."""

    id: str
    text: str
    survey: SurveyThreshold | None = None
    errata: tuple[Erratum, ...] = ()


@attrs.frozen
class IndicatorEntry:
    """One row of a standard's table, with its bullets by tier."""

    id: str
    title: str
    bronze: tuple[CriterionEntry, ...]
    silver: tuple[CriterionEntry, ...]
    gold: tuple[CriterionEntry, ...]
    errata: tuple[Erratum, ...] = ()

    def tiers(self) -> tuple[tuple[Tier, tuple[CriterionEntry, ...]], ...]:
        """The tiers' bullets, lowest tier first."""
        return ((Tier.BRONZE, self.bronze), (Tier.SILVER, self.silver), (Tier.GOLD, self.gold))


@attrs.frozen
class StandardFile:
    """A standard's file: its heading, prompt and rows."""

    id: str
    number: int
    title: str
    prompt: str
    indicators: tuple[IndicatorEntry, ...]
    errata: tuple[Erratum, ...] = ()


@attrs.frozen
class ManifestFile:
    """The manifest: what the framework is, and which files hold its standards."""

    id: str
    title: str
    subtitle: str
    version: str
    introduction: str
    tiers: tuple[TierDefinition, ...]
    survey_metrics: tuple[SurveyMetric, ...]
    survey_populations: tuple[SurveyPopulation, ...]
    standards: tuple[str, ...]
    migration: Migration | None = None


def build(manifest: ManifestFile, standards: list[StandardFile]) -> Framework:
    """The `Framework` that checked documents describe."""
    return Framework(
        id=manifest.id,
        title=manifest.title,
        subtitle=manifest.subtitle,
        version=manifest.version,
        introduction=manifest.introduction,
        tiers=manifest.tiers,
        survey_metrics=manifest.survey_metrics,
        survey_populations=manifest.survey_populations,
        standards=tuple(_standard(document) for document in standards),
        migration=manifest.migration,
    )


def _standard(document: StandardFile) -> Standard:
    return Standard(
        id=document.id,
        number=document.number,
        title=document.title,
        prompt=document.prompt,
        indicators=tuple(
            _indicator(document.number, row, entry)
            for row, entry in enumerate(document.indicators, start=1)
        ),
        errata=document.errata,
    )


def _indicator(standard: int, row: int, entry: IndicatorEntry) -> Indicator:
    criteria = tuple(
        Criterion(
            id=item.id,
            tier=tier,
            text=item.text,
            source=SourceRef(standard=standard, row=row, tier=tier, bullet=bullet),
            survey=item.survey,
            errata=item.errata,
        )
        for tier, items in entry.tiers()
        for bullet, item in enumerate(items, start=1)
    )
    return Indicator(id=entry.id, title=entry.title, criteria=criteria, errata=entry.errata)
