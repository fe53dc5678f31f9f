"""Survey thresholds, decided with exact arithmetic.

A threshold of p percent is met by ``agree`` of ``respondents`` when
``agree * 100 >= p * respondents``: whole numbers (or exact fractions, for a
survey recorded as a percentage), never floating point, never rounded. So
55 of 100 meets 55%, 54 of 100 does not, and 11 of 20 does.

Checking records numbers only; `explain` turns them into a sentence when a
report asks, so that evaluating thousands of assessments formats nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from fractions import Fraction
from typing import NamedTuple

from coprod_standards.reports import labels

from .assessment import SurveyResponse
from .criterion_results import Outcome, PopulationCheck, SurveyCheck
from .models import SurveyThreshold
from .policy import BandReading, Policy, PopulationRule

SurveyIndex = dict[tuple[str, str], list[SurveyResponse]]

_SEVERITY = (Outcome.NOT_MET, Outcome.INSUFFICIENT_DATA, Outcome.OUT_OF_DATE, Outcome.UNANSWERED)


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


def age(earlier: datetime.date, later: datetime.date) -> str:
    """How long before *later* *earlier* is, in whole months and days.

    >>> age(datetime.date(2025, 7, 1), datetime.date(2026, 9, 30))
    '14 months and 29 days'
    >>> age(datetime.date(2025, 9, 29), datetime.date(2026, 9, 30))
    '12 months and 1 day'
    """
    months = whole_months_between(earlier, later)
    days = (later - _add_months(earlier, months)).days
    parts = [f"{months} month{'s' if months != 1 else ''}"] if months else []
    if days or not parts:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " and ".join(parts)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    return months_before(day, -months)


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


class _Found(NamedTuple):
    populations: tuple[str, ...]
    outcome: Outcome
    conducted_on: datetime.date | None = None
    agree: Fraction | int | None = None
    respondents: int | None = None
    counted: bool = True


def check(
    threshold: SurveyThreshold,
    index: SurveyIndex,
    assessed_on: datetime.date,
    policy: Policy,
) -> SurveyCheck:
    """Decide a survey criterion from the surveys recorded (all dated by *assessed_on*)."""
    found = _find(threshold, index, assessed_on, policy)
    checks = tuple(
        PopulationCheck(
            item.populations,
            item.outcome,
            threshold,
            policy,
            assessed_on,
            item.conducted_on,
            item.agree,
            item.respondents,
            item.counted,
        )
        for item in found
    )
    return SurveyCheck(threshold, checks, worst(item.outcome for item in found))


def decide(
    threshold: SurveyThreshold,
    index: SurveyIndex,
    assessed_on: datetime.date,
    policy: Policy,
    oldest: datetime.date | None = None,
) -> Outcome:
    """The outcome `check` would give, without building its report.

    The engine calls this for every survey criterion of every evaluation, so
    it builds nothing; it applies the same `verdict` to the same surveys as
    `check` (a property test holds the two to the same outcomes). *oldest*,
    the earliest date a survey may have, may be given where it is known.
    """
    if oldest is None:
        oldest = months_before(assessed_on, policy.max_survey_age_months)
    pooled = policy.populations is PopulationRule.POOLED and len(threshold.populations) > 1
    result = Outcome.MET
    agree: Fraction | int = 0
    respondents = 0
    for population in threshold.populations:
        responses = index.get((threshold.metric, population))
        if not responses:
            result = _worse(result, Outcome.UNANSWERED)
            continue
        latest = responses[0]
        if latest.conducted_on < oldest:
            result = _worse(result, Outcome.OUT_OF_DATE)
        elif pooled:
            agree += agreeing(latest)
            respondents += latest.respondents
        else:
            outcome = verdict(threshold, agreeing(latest), latest.respondents, policy)
            result = _worse(result, outcome)
    if pooled and result is Outcome.MET:
        result = verdict(threshold, agree, respondents, policy)
    return result


def verdict(
    threshold: SurveyThreshold, agree: Fraction | int, respondents: int, policy: Policy
) -> Outcome:
    """Met, not met or insufficient data: *agree* of *respondents* against *threshold*."""
    if respondents < policy.minimum_respondents:
        return Outcome.INSUFFICIENT_DATA
    if agree * 100 < threshold.minimum_percent * respondents:
        return Outcome.NOT_MET
    upper = threshold.band_upper_percent
    if (
        policy.band is BandReading.STRICT
        and upper is not None
        and agree * 100 > upper * respondents
    ):
        return Outcome.NOT_MET
    return Outcome.MET


def worst(outcomes: Iterable[Outcome]) -> Outcome:
    """Met where every outcome is met; else the most telling failure."""
    result = Outcome.MET
    for outcome in outcomes:
        result = _worse(result, outcome)
    return result


def _worse(current: Outcome, outcome: Outcome) -> Outcome:
    if outcome is Outcome.MET:
        return current
    if current is Outcome.MET or _SEVERITY.index(outcome) < _SEVERITY.index(current):
        return outcome
    return current


def _find(
    threshold: SurveyThreshold,
    index: SurveyIndex,
    assessed_on: datetime.date,
    policy: Policy,
    oldest: datetime.date | None = None,
) -> list[_Found]:
    if oldest is None:
        oldest = months_before(assessed_on, policy.max_survey_age_months)
    failed: list[_Found] = []
    current: list[tuple[str, SurveyResponse]] = []
    for population in threshold.populations:
        responses = index.get((threshold.metric, population))
        if not responses:
            failed.append(_Found((population,), Outcome.UNANSWERED))
            continue
        latest = responses[0]
        if latest.conducted_on < oldest:
            failed.append(_Found((population,), Outcome.OUT_OF_DATE, latest.conducted_on))
        else:
            current.append((population, latest))
    if policy.populations is PopulationRule.POOLED and len(threshold.populations) > 1:
        if failed:
            return failed
        surveys = [survey for _, survey in current]
        return [_measure(threshold, threshold.populations, surveys, policy, assessed_on)]
    if not failed:
        return [
            _measure(threshold, (population,), [survey], policy, assessed_on)
            for population, survey in current
        ]
    measured = {
        population: _measure(threshold, (population,), [survey], policy, assessed_on)
        for population, survey in current
    }
    failures = {item.populations[0]: item for item in failed}
    return [measured.get(p) or failures[p] for p in threshold.populations]


def _measure(
    threshold: SurveyThreshold,
    populations: tuple[str, ...],
    surveys: list[SurveyResponse],
    policy: Policy,
    assessed_on: datetime.date,
) -> _Found:
    respondents = 0
    agree: Fraction | int = 0
    counted = True
    for survey in surveys:
        respondents += survey.respondents
        agree += agreeing(survey)
        counted = counted and survey.agree is not None
    when = max(survey.conducted_on for survey in surveys)
    outcome = verdict(threshold, agree, respondents, policy)
    return _Found(populations, outcome, when, agree, respondents, counted)


def explain(result: PopulationCheck) -> str:
    """A population check in a sentence: what was found, and how far off the threshold it is."""
    threshold, policy = result.threshold, result.policy
    people = " and ".join(labels.people(population) for population in result.populations)
    metric = threshold.metric
    minimum = threshold.minimum_percent
    if result.outcome is Outcome.UNANSWERED:
        return f"no survey of {people} about {metric} is recorded"
    assert result.conducted_on is not None
    when = result.conducted_on.isoformat()
    if result.outcome is Outcome.OUT_OF_DATE:
        assessed_on = result.assessed_on
        assert assessed_on is not None
        oldest = months_before(assessed_on, policy.max_survey_age_months)
        return (
            f"the latest survey of {people} about {metric} ({when}) is "
            f"{age(result.conducted_on, assessed_on)} old; it must be at most "
            f"{policy.max_survey_age_months} months old, from {oldest.isoformat()} on"
        )
    agree, respondents = result.agree, result.respondents
    assert agree is not None
    assert respondents is not None
    if result.outcome is Outcome.INSUFFICIENT_DATA:
        return (
            f"only {respondents} {people} responded to the survey of {when}; at least "
            f"{policy.minimum_respondents} are needed to judge it"
        )
    share = _percent(agree, respondents, minimum)
    if result.counted:
        said = f"{agree} of {respondents} {people} agreed ({share}) in the survey of {when}"
    else:
        said = f"{share} of {respondents} {people} agreed in the survey of {when}"
    upper = threshold.band_upper_percent
    if agree * 100 < minimum * respondents:
        if result.counted:
            more = needed(minimum, respondents) - int(agree)
            gap = f"needs {more} more of {respondents} respondents to agree"
        else:
            points = minimum - Fraction(agree * 100, respondents)
            gap = f"needs {_number(points)} more percentage points"
        return f"{said}; at least {minimum}% is needed: {gap}"
    if result.outcome is Outcome.NOT_MET:
        return f"{said}, above the band of {minimum}-{upper}%, which the strict reading excludes"
    band = f" (the published band is {minimum}-{upper}%)" if upper is not None else ""
    return f"{said}; at least {minimum}% is needed{band}"


def _percent(agree: Fraction | int, respondents: int, minimum: int) -> str:
    return f"{_number(Fraction(agree * 100, respondents), minimum)}%"


def _number(value: Fraction, boundary: int | None = None) -> str:
    """*value* for people: exact to two decimals where it can be, else rounded.

    Rounding never carries it across *boundary* (a threshold): the decision is
    exact, and its explanation must not show 54.99% as 55%.

    >>> _number(Fraction(5499, 100)), _number(Fraction(1300, 21)), _number(Fraction(55))
    ('54.99', '61.9', '55')
    >>> _number(Fraction(549999, 10000), 55)
    '54.9999'
    """
    for places in range(3):
        if (value * 10**places).denominator == 1:
            return _fixed(value, places)
    for places in range(1, 7):
        shown = _fixed(value, places)
        if boundary is None or (Fraction(shown) >= boundary) == (value >= boundary):
            return shown
    return _fixed(value, 6)


def _fixed(value: Fraction, places: int) -> str:
    scaled = round(value * 10**places)
    whole, fraction = divmod(abs(scaled), 10**places)
    sign = "-" if scaled < 0 else ""
    return f"{sign}{whole}.{fraction:0{places}d}" if places else f"{sign}{whole}"
