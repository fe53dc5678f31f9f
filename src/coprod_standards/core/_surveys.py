"""Survey thresholds, decided with exact arithmetic.

A threshold of p percent is met by ``agree`` of ``respondents`` when
``agree * 100 >= p * respondents``: whole numbers (or exact fractions, for a
survey recorded as a percentage), never floating point, never rounded. So
55 of 100 meets 55%, 54 of 100 does not, and 11 of 20 does.

`find` is the one place a survey criterion is decided: it records what it
found as numbers (`Figures`, and each one's outcome), and the reports put them into words
(`coprod_standards.reports.explanations`), so that evaluating thousands of
assessments formats nothing.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from typing import NamedTuple

from .assessment import SurveyResponse
from .criterion_results import Outcome
from .models import SurveyThreshold
from .policy import BandReading, Policy, PopulationRule

SurveyIndex = dict[tuple[str, str], list[SurveyResponse]]

# The members read for every survey of every evaluation, as module constants:
# on Python 3.11 reading an enum member from its class (`Outcome.MET`) costs
# about ten times reading a global.
_MET, _NOT_MET = Outcome.MET, Outcome.NOT_MET
_INSUFFICIENT_DATA, _OUT_OF_DATE, _UNANSWERED = (
    Outcome.INSUFFICIENT_DATA,
    Outcome.OUT_OF_DATE,
    Outcome.UNANSWERED,
)
_STRICT, _POOLED = BandReading.STRICT, PopulationRule.POOLED

_SEVERITY = (_NOT_MET, _INSUFFICIENT_DATA, _OUT_OF_DATE, _UNANSWERED)


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The date *months* calendar months before *day*; a day the month lacks becomes its last.

    >>> months_before(datetime.date(2026, 9, 30), 12)
    datetime.date(2025, 9, 30)
    >>> months_before(datetime.date(2028, 2, 29), 12)
    datetime.date(2027, 2, 28)
    """
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    if year < datetime.MINYEAR:
        return datetime.date.min  # before the calendar begins: every date is later
    for last in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")  # pragma: no cover


def whole_months_between(earlier: datetime.date, later: datetime.date) -> int:
    """How many whole calendar months lie between two dates.

    >>> whole_months_between(datetime.date(2025, 7, 1), datetime.date(2026, 9, 30))
    14
    """
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def index_surveys(surveys: Iterable[SurveyResponse]) -> SurveyIndex:
    """Surveys by (metric, population), most recent first."""
    index: SurveyIndex = {}
    for survey in surveys:
        index.setdefault((survey.metric, survey.population), []).append(survey)
    for responses in index.values():
        if len(responses) > 1:
            responses.sort(key=lambda response: response.conducted_on, reverse=True)
    return index


def agreeing(survey: SurveyResponse) -> Fraction | int:
    """How many respondents agreed: the count, or the exact share of respondents."""
    if survey.agree is not None:
        return survey.agree
    assert survey.percent_agree is not None
    return survey.percent_agree * survey.respondents / 100


def needed(minimum: int, respondents: int) -> int:
    """The fewest agreeing respondents of *respondents* that reach *minimum* percent.

    >>> needed(55, 100), needed(55, 20), needed(90, 42)
    (55, 11, 38)
    """
    return -(-minimum * respondents // 100)


class Figures(NamedTuple):
    """What the surveys show for one population of a threshold (or several, pooled).

    The figures do not depend on the threshold: the thresholds of one metric
    and populations (55%, 70-80% and 90% of service users, say) are checked
    against the same figures. Where there is no current survey, `missing`
    says why (unanswered, or out of date) and there is nothing to check.
    """

    populations: tuple[str, ...]
    missing: Outcome | None
    conducted_on: datetime.date | None = None
    agree: Fraction | int | None = None
    respondents: int | None = None
    counted: bool = True


#: What `find` decides for one threshold: its outcome, the figures it was
#: checked against, and the outcome for each of them.
Decision = tuple[Outcome, tuple[Figures, ...], tuple[Outcome, ...]]

#: `Figures` from a tuple of all its fields, made faster than by its constructor.
_figures: Callable[[tuple[object, ...]], Figures] = functools.partial(tuple.__new__, Figures)


def find(
    thresholds: Sequence[SurveyThreshold],
    index: SurveyIndex,
    oldest: datetime.date,
    policy: Policy,
) -> list[Decision]:
    """Decide *thresholds* (of one metric and populations) from the surveys in *index*.

    This is where every survey criterion is decided. Each population's latest
    survey counts; one older than *oldest* is out of date, and a population
    with none is unanswered. Under the pooled rule the counts of a
    threshold's populations are added up before the threshold is checked,
    once every population has a current survey. For each threshold, in
    order: its outcome (the `worst` of its figures' outcomes), the figures,
    and each figure's outcome.
    """
    figures = measure(thresholds[0], index, oldest, policy)
    if len(figures) == 1:  # one population, or pooled: the usual case, made fast
        figure = figures[0]
        missing, agree, respondents = figure.missing, figure.agree, figure.respondents
        if missing is not None:
            return [(missing, figures, (missing,))] * len(thresholds)
        assert agree is not None
        assert respondents is not None
        decisions: list[Decision] = []
        for threshold in thresholds:
            outcome = verdict(threshold, agree, respondents, policy)
            decisions.append((outcome, figures, (outcome,)))
        return decisions
    decisions = []
    for threshold in thresholds:
        outcomes = []
        for figure in figures:
            if figure.missing is not None:
                outcomes.append(figure.missing)
            else:
                agree, respondents = figure.agree, figure.respondents
                assert agree is not None
                assert respondents is not None
                outcomes.append(verdict(threshold, agree, respondents, policy))
        decisions.append((worst(outcomes), figures, tuple(outcomes)))
    return decisions


def measure(
    threshold: SurveyThreshold, index: SurveyIndex, oldest: datetime.date, policy: Policy
) -> tuple[Figures, ...]:
    """The figures *threshold*'s populations are checked against: one each, or pooled."""
    populations = threshold.populations
    figures: list[Figures] = []
    current = True
    for population in populations:
        responses = index.get((threshold.metric, population))
        if not responses:
            figures.append(_figures(((population,), _UNANSWERED, None, None, None, True)))
            current = False
        elif responses[0].conducted_on < oldest:
            when = responses[0].conducted_on
            figures.append(_figures(((population,), _OUT_OF_DATE, when, None, None, True)))
            current = False
        else:
            latest = responses[0]
            counted = latest.agree is not None
            found = latest.conducted_on, agreeing(latest), latest.respondents, counted
            figures.append(_figures(((population,), None, *found)))
    if policy.populations is not _POOLED or len(populations) == 1:
        return tuple(figures)
    if current:
        return (_pooled(populations, figures),)
    # Pooled, where a population has no current survey: its failures are the figures.
    return tuple(figure for figure in figures if figure.missing is not None)


def unanswered(threshold: SurveyThreshold) -> Decision:
    """What `find` decides for *threshold* where no survey is recorded (under any policy)."""
    figures = tuple(Figures((population,), _UNANSWERED) for population in threshold.populations)
    return _UNANSWERED, figures, tuple(_UNANSWERED for _ in figures)


def verdict(
    threshold: SurveyThreshold, agree: Fraction | int, respondents: int, policy: Policy
) -> Outcome:
    """Met, not met or insufficient data: *agree* of *respondents* against *threshold*."""
    if respondents < policy.minimum_respondents:
        return _INSUFFICIENT_DATA
    if agree * 100 < threshold.minimum_percent * respondents:
        return _NOT_MET
    upper = threshold.band_upper_percent
    if policy.band is _STRICT and upper is not None and agree * 100 > upper * respondents:
        return _NOT_MET
    return _MET


def worst(outcomes: list[Outcome]) -> Outcome:
    """Met where every outcome is met; else the most telling failure."""
    if outcomes.count(_MET) == len(outcomes):
        return _MET
    result = _MET
    for outcome in outcomes:
        if outcome is not _MET and (
            result is _MET or _SEVERITY.index(outcome) < _SEVERITY.index(result)
        ):
            result = outcome
    return result


def _pooled(populations: tuple[str, ...], figures: list[Figures]) -> Figures:
    respondents = 0
    agree: Fraction | int = 0
    counted = True
    when = figures[0].conducted_on
    for figure in figures:
        assert figure.agree is not None
        assert figure.respondents is not None
        assert figure.conducted_on is not None
        assert when is not None
        respondents += figure.respondents
        agree += figure.agree
        counted = counted and figure.counted
        when = max(when, figure.conducted_on)
    return Figures(populations, None, when, agree, respondents, counted)
