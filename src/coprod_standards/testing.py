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

from .core.assessment import (
    Answer,
    Assessment,
    CarriedAnswer,
    IndicatorNote,
    Status,
    SurveyResponse,
)
from .core.models import (
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
from .core.policy import BandReading, Consensus, Policy, PopulationRule, RollUp

__all__ = [
    "answers",
    "assessments",
    "carried_answers",
    "frameworks",
    "free_texts",
    "markup_texts",
    "policies",
    "survey_responses",
    "survey_thresholds",
    "texts",
]

METRICS = ("inclusion", "communication")
POPULATIONS = ("service_users", "staff")

# Strategies are built once, here, and drawn from many times: building one
# inside a composite on every draw costs more than the draw itself.

# Every character a YAML or JSON file can hold, written raw or escaped: the
# whole of Unicode but the surrogates (which UTF-8 cannot carry). Line breaks
# (\n, \r, NEL U+0085, U+2028, U+2029), "#", ": ", quotes, bidi controls and
# emoji all come up, and the edge cases are drawn often on purpose.
_ANY_CHARACTER = st.characters(codec="utf-8")
_AWKWARD = st.sampled_from(
    [
        "\n",
        "\r",
        "\r\n",
        "\t",
        "\x85",
        "\u2028",
        "\u2029",
        "\u200f",
        "\u202e",
        "\ufeff",
        "#",
        ": ",
        " #",
        "'",
        '"',
        "\\",
        "- ",
        "&",
        "*",
        "!",
        "%",
        "@",
        "`",
        "{",
        "[",
        "|",
        ">",
        "\U0001f600",
        "\x00",
        "\x1b",
        "\x7f",
        "\x9b",
        " ",
        "~",
        "null",
        "yes",
        "1.5",
        "0x1F",
    ]
)
_SHORT = st.text(_ANY_CHARACTER, max_size=4)
_FREE_TEXT = st.text(_ANY_CHARACTER, max_size=12) | st.builds(
    lambda head, awkward, tail: head + awkward + tail, _SHORT, _AWKWARD, _SHORT
)
# A character that is not whitespace to str.strip(): whitespace is in Zs, Zl, Zp
# or Cc, so excluding those needs no filter.
_SOLID_CHARACTER = st.characters(codec="utf-8", exclude_categories=("Zs", "Zl", "Zp", "Cc"))
_TEXT = st.builds(
    lambda head, solid, tail: head + solid + tail, _SHORT, _SOLID_CHARACTER, _FREE_TEXT
)
_EMPTY_OR_TEXT = st.just("") | _FREE_TEXT


#: Pieces of text that Markdown or HTML would read as markup, and some that look so.
_MARKUP = (
    *"#>-+*_`[]()!<&;:/\\|~=.) \n\t",
    *("1. ", "&amp;", "&#60;", "<b>", "</b>", "<!--", "https://t.example", "a", "é", "9"),
)


def markup_texts() -> st.SearchStrategy[str]:
    """Text dense with the characters that Markdown and HTML treat as markup."""
    return st.lists(st.sampled_from(_MARKUP), min_size=1, max_size=16).map("".join)


def texts() -> st.SearchStrategy[str]:
    """Text that is not blank, as a criterion's wording or a reason might be.

    Any character a YAML or JSON file can hold may appear, with line breaks,
    quotes, "#", ": ", bidi controls and leading or trailing spaces drawn
    often; at least one character is not whitespace.
    """
    return _TEXT


def free_texts() -> st.SearchStrategy[str]:
    """Any text a YAML or JSON file can hold, empty and blank included: a comment's."""
    return _FREE_TEXT


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
    return (Erratum(original=original, correction=draw(_TEXT), note=draw(_EMPTY_OR_TEXT)),)


def _indicator(draw: st.DrawFn, standard: int, row: int) -> Indicator:
    indicator_id = f"{standard}.{row}"
    criteria = []
    for tier in Tier:
        for bullet in range(1, draw(_BULLETS) + 1):
            text = draw(_TEXT)
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
    return Indicator(id=indicator_id, title=draw(_TEXT), criteria=tuple(criteria))


def _standard(draw: st.DrawFn, number: int) -> Standard:
    rows = draw(_ROWS)
    return Standard(
        id=str(number),
        number=number,
        title=draw(_TEXT),
        prompt=draw(_TEXT),
        indicators=tuple(_indicator(draw, number, row) for row in range(1, rows + 1)),
    )


@st.composite
def frameworks(draw: st.DrawFn, max_standards: int = 3) -> Framework:
    """A valid framework of 1 to *max_standards* standards, with well-formed ids."""
    count = draw(st.integers(1, max_standards))
    return Framework(
        id="co-production-quality-standards",
        title=draw(_TEXT),
        subtitle=draw(_TEXT),
        version=f"{draw(st.integers(1, 9))}.{draw(st.integers(0, 20))}",
        introduction=draw(_TEXT),
        tiers=tuple(TierDefinition(tier=tier, heading=draw(_TEXT)) for tier in Tier),
        survey_metrics=tuple(SurveyMetric(id=metric, name=draw(_TEXT)) for metric in METRICS),
        survey_populations=tuple(
            SurveyPopulation(id=population, name=draw(_TEXT)) for population in POPULATIONS
        ),
        standards=tuple(_standard(draw, number) for number in range(1, count + 1)),
        migration=draw(_MIGRATIONS),
    )


_MIGRATION_ENTRIES = (
    MigrationEntry(MigrationKind.REWORDED, old=("1.1.B1",)),
    MigrationEntry(MigrationKind.RENAMED, old=("1.1.B2",), new=("1.1.S9",), note="moved"),
    MigrationEntry(MigrationKind.SPLIT, old=("1.2.G1",), new=("1.2.G1", "1.2.G2")),
    MigrationEntry(MigrationKind.MERGED, old=("1.3.S1", "1.3.S2"), new=("1.3.S1",)),
)
_RETIREMENTS = _FREE_TEXT.map(
    lambda note: MigrationEntry(MigrationKind.RETIRED, old=("1.4.B1",), note=note)
)
_MIGRATIONS = st.none() | st.builds(
    lambda chosen, retired: Migration(
        previous_version="1.0", criteria=(*chosen, *([] if retired is None else [retired]))
    ),
    st.lists(st.sampled_from(_MIGRATION_ENTRIES), unique=True, max_size=4),
    st.none() | _RETIREMENTS,
)

GROUPS = ("staff", "service_users", "members", "carers")
_STATUSES = st.none() | st.sampled_from(Status)
_VERSIONS = st.builds("1.{}".format, st.integers(0, 9))
_OLD_IDS = st.builds("{}.{}.B{}".format, st.integers(1, 10), st.integers(1, 5), st.integers(1, 6))


def _carried(status: Status | None, version: str, old_id: str, notes: list[str]) -> CarriedAnswer:
    evidence, comment, reason = notes
    return CarriedAnswer(
        version=version,
        id=old_id,
        status=status,
        evidence=evidence,
        comment=comment,
        reason=reason if status is Status.NOT_APPLICABLE else "",
    )


_CARRIED = st.builds(
    _carried, _STATUSES, _VERSIONS, _OLD_IDS, st.lists(_EMPTY_OR_TEXT, min_size=3, max_size=3)
)


def carried_answers() -> st.SearchStrategy[CarriedAnswer]:
    """An answer carried from an earlier version, as migration leaves them."""
    return _CARRIED


def _answer(
    status: Status | None,
    views: dict[str, Status],
    evidence: str,
    comment: str,
    reason: str,
    previous: CarriedAnswer | None,
) -> Answer:
    return Answer(
        status=status,
        evidence=evidence,
        comment=comment,
        reason=reason if status is Status.NOT_APPLICABLE else "",
        views=views,
        previous=previous,
    )


def answers(groups: tuple[str, ...] = GROUPS) -> st.SearchStrategy[Answer]:
    """An answer: an agreed status, respondent groups' views, or both, with notes."""
    return st.builds(
        _answer,
        _STATUSES,
        st.dictionaries(
            st.sampled_from(groups), st.sampled_from((Status.MET, Status.NOT_MET)), max_size=3
        ),
        _EMPTY_OR_TEXT,
        _EMPTY_OR_TEXT,
        _TEXT,
        st.none() | _CARRIED,
    )


_ANSWERS = answers()
_PERCENT_AGREE = st.integers(0, 1000).map(lambda tenths: Fraction(tenths, 10))


def survey_responses(
    framework: Framework, assessed_on: datetime.date
) -> st.SearchStrategy[SurveyResponse]:
    """A survey of one of *framework*'s metrics and populations, dated by *assessed_on*."""
    return _surveys(
        tuple(metric.id for metric in framework.survey_metrics),
        tuple(population.id for population in framework.survey_populations),
        st.just(assessed_on),
    )


def _surveys(
    metrics: tuple[str, ...],
    populations: tuple[str, ...],
    assessed_on: st.SearchStrategy[datetime.date],
) -> st.SearchStrategy[SurveyResponse]:
    @st.composite
    def survey(draw: st.DrawFn) -> SurveyResponse:
        respondents = draw(st.integers(0, 500))
        conducted_on = draw(assessed_on) - datetime.timedelta(days=draw(st.integers(0, 500)))
        metric = draw(st.sampled_from(metrics))
        population = draw(st.sampled_from(populations))
        if draw(st.booleans()):
            agree = draw(st.integers(0, respondents))
            return SurveyResponse(
                metric, population, respondents, agree=agree, conducted_on=conducted_on
            )
        return SurveyResponse(
            metric,
            population,
            respondents,
            percent_agree=draw(_PERCENT_AGREE),
            conducted_on=conducted_on,
        )

    return survey()


def assessments(framework: Framework) -> st.SearchStrategy[Assessment]:
    """A valid assessment of *framework*: any subset of its criteria answered, any surveys.

    So that tiers are reached as often as they are missed, some indicators
    have every criterion up to a drawn tier met before other answers are
    drawn over them.
    """
    answerable = tuple(c.id for c in framework.criteria if c.survey is None)
    by_indicator = tuple(
        tuple((c.tier, c.id) for c in indicator.criteria if c.survey is None)
        for indicator in framework.indicators
    )
    indicator_ids = tuple(indicator.id for indicator in framework.indicators)
    metrics = tuple(metric.id for metric in framework.survey_metrics)
    populations = tuple(population.id for population in framework.survey_populations)
    met = Answer(Status.MET)
    answers_of: dict[tuple[str, ...], st.SearchStrategy[Answer]] = {}
    notes = st.dictionaries(
        st.sampled_from(indicator_ids), _FREE_TEXT.map(IndicatorNote), max_size=3
    )

    @st.composite
    def assessment(draw: st.DrawFn) -> Assessment:
        assessed_on = draw(st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 12, 31)))
        groups = tuple(draw(st.lists(st.sampled_from(GROUPS), unique=True, max_size=4)))
        criteria: dict[str, Answer] = {}
        reached = draw(st.lists(st.tuples(st.sampled_from(by_indicator), st.sampled_from(Tier))))
        for criteria_of_indicator, up_to in reached:
            criteria.update((i, met) for tier, i in criteria_of_indicator if tier <= up_to)
        own = answers_of.get(groups)
        if own is None:
            own = answers_of[groups] = answers(groups) if groups else _ANSWERS
        for criterion_id in draw(st.lists(st.sampled_from(answerable), unique=True)):
            criteria[criterion_id] = draw(own)
        surveys = draw(st.lists(_surveys(metrics, populations, st.just(assessed_on)), max_size=6))
        unique_surveys = {(s.metric, s.population, s.conducted_on): s for s in surveys}
        return Assessment(
            version=framework.version,
            organisation=draw(_FREE_TEXT),
            assessed_on=assessed_on,
            completed_by=groups,
            criteria=criteria,
            indicators=draw(notes),
            surveys=tuple(unique_surveys.values()),
            retired=tuple(draw(st.lists(_CARRIED, max_size=2))),
        )

    return assessment()


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
