"""Hypothesis strategies for coprod-standards' models, for property tests.

The library's own tests use these, and so can applications that embed it:

>>> from hypothesis import given
>>> from coprod_standards.testing import frameworks
>>> @given(frameworks())
... def test_every_criterion_can_be_looked_up(framework):
...     for criterion in framework.criteria:
...         assert framework.criterion(criterion.id) is criterion
>>> test_every_criterion_can_be_looked_up()

Hypothesis is an optional dependency: install ``coprod-standards[test]``.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .models import (
    Criterion,
    Erratum,
    Framework,
    Frequency,
    Indicator,
    SourceRef,
    Standard,
    SurveyMetric,
    SurveyPopulation,
    SurveyThreshold,
    Tier,
    TierDefinition,
)

__all__ = ["frameworks", "survey_thresholds", "texts"]

METRICS = ("inclusion", "communication")
POPULATIONS = ("service_users", "staff")


def texts() -> st.SearchStrategy[str]:
    """Non-empty printable text, as a criterion's or title's wording might be."""
    alphabet = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"))
    return st.text(alphabet, min_size=1, max_size=40).filter(lambda text: text.strip() != "")


@st.composite
def survey_thresholds(draw: st.DrawFn) -> SurveyThreshold:
    """A valid survey threshold over the V1.1 metrics and populations."""
    minimum = draw(st.integers(0, 100))
    upper = draw(st.none() | st.integers(minimum, 100))
    populations = draw(st.lists(st.sampled_from(POPULATIONS), min_size=1, max_size=2, unique=True))
    return SurveyThreshold(
        metric=draw(st.sampled_from(METRICS)),
        populations=tuple(populations),
        minimum_percent=minimum,
        band_upper_percent=upper,
        frequency=Frequency.ANNUALLY,
    )


@st.composite
def _errata(draw: st.DrawFn, text: str) -> tuple[Erratum, ...]:
    if not draw(st.booleans()):
        return ()
    original = text[: draw(st.integers(1, len(text)))]
    return (Erratum(original=original, correction=draw(texts()), note=draw(st.just("") | texts())),)


@st.composite
def _indicator(draw: st.DrawFn, standard: int, row: int) -> Indicator:
    indicator_id = f"{standard}.{row}"
    criteria = []
    for tier in Tier:
        for bullet in range(1, draw(st.integers(1, 3)) + 1):
            text = draw(texts())
            criteria.append(
                Criterion(
                    id=f"{indicator_id}.{tier.letter}{bullet}",
                    tier=tier,
                    text=text,
                    source=SourceRef(standard=standard, row=row, tier=tier, bullet=bullet),
                    survey=draw(st.none() | survey_thresholds()),
                    errata=draw(_errata(text)),
                )
            )
    return Indicator(id=indicator_id, title=draw(texts()), criteria=tuple(criteria))


@st.composite
def _standard(draw: st.DrawFn, number: int) -> Standard:
    rows = draw(st.integers(1, 3))
    return Standard(
        id=str(number),
        number=number,
        title=draw(texts()),
        prompt=draw(texts()),
        indicators=tuple(draw(_indicator(number, row)) for row in range(1, rows + 1)),
    )


@st.composite
def frameworks(draw: st.DrawFn, max_standards: int = 3) -> Framework:
    """A valid framework of 1 to *max_standards* standards, with well-formed ids."""
    count = draw(st.integers(1, max_standards))
    return Framework(
        id="co-production-quality-standards",
        title=draw(texts()),
        subtitle=draw(texts()),
        version=f"{draw(st.integers(1, 9))}.{draw(st.integers(0, 20))}",
        introduction=draw(texts()),
        tiers=tuple(TierDefinition(tier=tier, heading=draw(texts())) for tier in Tier),
        survey_metrics=tuple(SurveyMetric(id=metric, name=draw(texts())) for metric in METRICS),
        survey_populations=tuple(
            SurveyPopulation(id=population, name=draw(texts())) for population in POPULATIONS
        ),
        standards=tuple(draw(_standard(number)) for number in range(1, count + 1)),
    )
