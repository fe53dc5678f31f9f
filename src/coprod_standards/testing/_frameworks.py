"""Framework strategies: valid versions of the checklist, with their surveys and migrations."""

from __future__ import annotations

from hypothesis import strategies as st

from coprod_standards.core.models import (
    Criterion,
    Erratum,
    Framework,
    Frequency,
    Indicator,
    Migration,
    MigrationEntry,
    MigrationKind,
    SourceRef,
    Standard,
    SurveyMetric,
    SurveyPopulation,
    SurveyThreshold,
    Tier,
    TierDefinition,
)

from ._text import EMPTY_OR_TEXT, FREE_TEXT, TEXT

__all__ = ["METRICS", "POPULATIONS", "frameworks", "survey_thresholds"]

METRICS = ("inclusion", "communication")
POPULATIONS = ("service_users", "staff")

_SURVEY_THRESHOLDS = st.builds(
    lambda metric, populations, minimum, upper: SurveyThreshold(
        metric=metric,
        populations=tuple(populations),
        minimum_percent=minimum,
        band_upper_percent=None if upper is None else max(minimum, upper),
        frequency=Frequency.ANNUALLY,
    ),
    st.sampled_from(METRICS),
    st.lists(st.sampled_from(POPULATIONS), min_size=1, max_size=2, unique=True),
    st.integers(0, 100),
    st.none() | st.integers(0, 100),
)


def survey_thresholds() -> st.SearchStrategy[SurveyThreshold]:
    """A valid survey threshold over the V1.1 metrics and populations."""
    return _SURVEY_THRESHOLDS


_MAYBE_SURVEY = st.none() | _SURVEY_THRESHOLDS
_BULLETS = st.integers(1, 2)
_ROWS = st.integers(1, 2)


@st.composite
def _errata(draw: st.DrawFn, text: str) -> tuple[Erratum, ...]:
    if not draw(st.booleans()):
        return ()
    original = text[: draw(st.integers(1, len(text)))]
    return (Erratum(original=original, correction=draw(TEXT), note=draw(EMPTY_OR_TEXT)),)


def _indicator(draw: st.DrawFn, standard: int, row: int) -> Indicator:
    indicator_id = f"{standard}.{row}"
    criteria = []
    for tier in Tier:
        for bullet in range(1, draw(_BULLETS) + 1):
            text = draw(TEXT)
            criteria.append(
                Criterion(
                    id=f"{indicator_id}.{tier.letter}{bullet}",
                    tier=tier,
                    text=text,
                    source=SourceRef(standard=standard, row=row, tier=tier, bullet=bullet),
                    survey=draw(_MAYBE_SURVEY),
                    errata=draw(_errata(text)),
                )
            )
    return Indicator(id=indicator_id, title=draw(TEXT), criteria=tuple(criteria))


def _standard(draw: st.DrawFn, number: int) -> Standard:
    rows = draw(_ROWS)
    return Standard(
        id=str(number),
        number=number,
        title=draw(TEXT),
        prompt=draw(TEXT),
        indicators=tuple(_indicator(draw, number, row) for row in range(1, rows + 1)),
    )


_MIGRATION_ENTRIES = (
    MigrationEntry(MigrationKind.REWORDED, old=("1.1.B1",)),
    MigrationEntry(MigrationKind.RENAMED, old=("1.1.B2",), new=("1.1.S9",), note="moved"),
    MigrationEntry(MigrationKind.SPLIT, old=("1.2.G1",), new=("1.2.G1", "1.2.G2")),
    MigrationEntry(MigrationKind.MERGED, old=("1.3.S1", "1.3.S2"), new=("1.3.S1",)),
)
_RETIREMENTS = FREE_TEXT.map(
    lambda note: MigrationEntry(MigrationKind.RETIRED, old=("1.4.B1",), note=note)
)
_MIGRATIONS = st.none() | st.builds(
    lambda chosen, retired: Migration(
        previous_version="1.0", criteria=(*chosen, *([] if retired is None else [retired]))
    ),
    st.lists(st.sampled_from(_MIGRATION_ENTRIES), unique=True, max_size=4),
    st.none() | _RETIREMENTS,
)


@st.composite
def frameworks(draw: st.DrawFn, max_standards: int = 3) -> Framework:
    """A valid framework of 1 to *max_standards* standards, with well-formed ids."""
    count = draw(st.integers(1, max_standards))
    return Framework(
        id="co-production-quality-standards",
        title=draw(TEXT),
        subtitle=draw(TEXT),
        version=f"{draw(st.integers(1, 9))}.{draw(st.integers(0, 20))}",
        introduction=draw(TEXT),
        tiers=tuple(TierDefinition(tier=tier, heading=draw(TEXT)) for tier in Tier),
        survey_metrics=tuple(SurveyMetric(id=metric, name=draw(TEXT)) for metric in METRICS),
        survey_populations=tuple(
            SurveyPopulation(id=population, name=draw(TEXT)) for population in POPULATIONS
        ),
        standards=tuple(_standard(draw, number) for number in range(1, count + 1)),
        migration=draw(_MIGRATIONS),
    )
