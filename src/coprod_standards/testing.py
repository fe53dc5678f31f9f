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

import datetime
from fractions import Fraction

from hypothesis import strategies as st

from .assessment import (
    Answer,
    Assessment,
    CarriedAnswer,
    IndicatorNote,
    Status,
    SurveyResponse,
)
from .models import (
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
from .policy import BandReading, Consensus, Policy, PopulationRule, RollUp

__all__ = [
    "answers",
    "assessments",
    "carried_answers",
    "frameworks",
    "markup_texts",
    "policies",
    "survey_responses",
    "survey_thresholds",
    "texts",
]

METRICS = ("inclusion", "communication")
POPULATIONS = ("service_users", "staff")


#: Pieces of text that Markdown or HTML would read as markup, and some that look so.
_MARKUP = (
    *"#>-+*_`[]()!<&;:/\\|~=.) \n\t",
    *("1. ", "&amp;", "&#60;", "<b>", "</b>", "<!--", "https://t.example", "a", "é", "9"),
)


def markup_texts() -> st.SearchStrategy[str]:
    """Text dense with the characters that Markdown and HTML treat as markup."""
    return st.lists(st.sampled_from(_MARKUP), min_size=1, max_size=16).map("".join)


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
        migration=draw(st.none() | _migrations()),
    )


@st.composite
def _migrations(draw: st.DrawFn) -> Migration:
    entries = [
        MigrationEntry(MigrationKind.REWORDED, old=("1.1.B1",)),
        MigrationEntry(MigrationKind.RENAMED, old=("1.1.B2",), new=("1.1.S9",), note="moved"),
        MigrationEntry(MigrationKind.SPLIT, old=("1.2.G1",), new=("1.2.G1", "1.2.G2")),
        MigrationEntry(MigrationKind.MERGED, old=("1.3.S1", "1.3.S2"), new=("1.3.S1",)),
        MigrationEntry(MigrationKind.RETIRED, old=("1.4.B1",), note=draw(_plain_text())),
    ]
    chosen = draw(st.lists(st.sampled_from(entries), unique=True, max_size=5))
    return Migration(previous_version="1.0", criteria=tuple(chosen))


GROUPS = ("staff", "service_users", "members", "carers")


def _plain_text() -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs")), max_size=20)


@st.composite
def answers(draw: st.DrawFn, groups: tuple[str, ...] = GROUPS) -> Answer:
    """An answer: an agreed status, respondent groups' views, or both, with notes."""
    status = draw(st.none() | st.sampled_from(Status))
    views = draw(
        st.dictionaries(
            st.sampled_from(groups), st.sampled_from((Status.MET, Status.NOT_MET)), max_size=3
        )
    )
    reason = draw(texts()) if status is Status.NOT_APPLICABLE else ""
    return Answer(
        status=status,
        evidence=draw(_plain_text()),
        comment=draw(_plain_text()),
        reason=reason,
        views=views,
        previous=draw(st.none() | carried_answers()),
    )


@st.composite
def carried_answers(draw: st.DrawFn) -> CarriedAnswer:
    """An answer carried from an earlier version, as migration leaves them."""
    status = draw(st.none() | st.sampled_from(Status))
    return CarriedAnswer(
        version=f"1.{draw(st.integers(0, 9))}",
        id=f"{draw(st.integers(1, 10))}.{draw(st.integers(1, 5))}.B{draw(st.integers(1, 6))}",
        status=status,
        evidence=draw(_plain_text()),
        comment=draw(_plain_text()),
        reason=draw(_plain_text()) if status is Status.NOT_APPLICABLE else "",
    )


@st.composite
def survey_responses(
    draw: st.DrawFn, framework: Framework, assessed_on: datetime.date
) -> SurveyResponse:
    """A survey of one of *framework*'s metrics and populations, dated by *assessed_on*."""
    respondents = draw(st.integers(0, 500))
    conducted_on = assessed_on - datetime.timedelta(days=draw(st.integers(0, 500)))
    metric = draw(st.sampled_from([metric.id for metric in framework.survey_metrics]))
    population = draw(st.sampled_from([p.id for p in framework.survey_populations]))
    if draw(st.booleans()):
        return SurveyResponse(
            metric,
            population,
            respondents,
            agree=draw(st.integers(0, respondents)),
            conducted_on=conducted_on,
        )
    percent = draw(st.integers(0, 1000)) / 10
    return SurveyResponse(
        metric, population, respondents, percent_agree=_fraction(percent), conducted_on=conducted_on
    )


def _fraction(value: float) -> Fraction:
    return Fraction(repr(value))


@st.composite
def assessments(draw: st.DrawFn, framework: Framework) -> Assessment:
    """A valid assessment of *framework*: any subset of its criteria answered, any surveys."""
    assessed_on = draw(st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 12, 31)))
    groups = tuple(draw(st.lists(st.sampled_from(GROUPS), unique=True, max_size=4)))
    answerable = [c.id for c in framework.criteria if c.survey is None]
    chosen = draw(st.lists(st.sampled_from(answerable), unique=True, max_size=len(answerable)))
    criteria = {criterion_id: draw(answers(groups or GROUPS)) for criterion_id in chosen}
    surveys = draw(st.lists(survey_responses(framework, assessed_on), max_size=6))
    unique_surveys = list({(s.metric, s.population, s.conducted_on): s for s in surveys}.values())
    notes = draw(
        st.dictionaries(
            st.sampled_from([indicator.id for indicator in framework.indicators]),
            _plain_text().map(lambda comment: IndicatorNote(comment)),
            max_size=3,
        )
    )
    return Assessment(
        version=framework.version,
        organisation=draw(_plain_text()),
        assessed_on=assessed_on,
        completed_by=groups,
        criteria=criteria,
        indicators=notes,
        surveys=tuple(unique_surveys),
        retired=tuple(draw(st.lists(carried_answers(), max_size=2))),
    )


def policies() -> st.SearchStrategy[Policy]:
    """Any evaluation policy."""
    return st.builds(
        Policy,
        band=st.sampled_from(BandReading),
        populations=st.sampled_from(PopulationRule),
        minimum_respondents=st.integers(1, 30),
        max_survey_age_months=st.integers(0, 24),
        consensus=st.sampled_from(Consensus),
        roll_up=st.sampled_from(RollUp),
    )
