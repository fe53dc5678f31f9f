"""Why each criterion stands as it does, in words: the explanations every report shows.

The core records what it decided (a `CriterionResult`, and for a survey
criterion the figures of each `PopulationCheck`); this module puts those
records into sentences and never decides anything again.

>>> import datetime
>>> from coprod_standards import Assessment, SurveyResponse, evaluate, load
>>> survey = SurveyResponse(
...     "inclusion", "service_users", 100, agree=60, conducted_on=datetime.date(2026, 6, 1)
... )
>>> assessment = Assessment("1.1", "Riverside", datetime.date(2026, 9, 30), surveys=[survey])
>>> print(explain(evaluate(load("1.1"), assessment).criterion("1.1.B1")))
60 of 100 service users agreed (60%) in the survey of 2026-06-01; at least 55% is needed
"""

from __future__ import annotations

import datetime
from fractions import Fraction

from coprod_standards.core._surveys import months_before, needed, whole_months_between
from coprod_standards.core.criterion_results import CriterionResult, Outcome, PopulationCheck
from coprod_standards.core.evidence import Evidence, EvidenceItem, evidence_items

from .labels import COMMENT, EVIDENCE, REASON, in_sentence, outcome_label, people

__all__ = [
    "age",
    "evidence_text",
    "explain",
    "explain_check",
    "explain_with_checks",
    "stale_evidence_note",
]

#: Each outcome's label, as words inside a sentence.
_IN_SENTENCE = {outcome: in_sentence(outcome_label(outcome.value)) for outcome in Outcome}


def explain(result: CriterionResult) -> str:
    """Why the criterion stands as it does, in a sentence.

    Where the policy limits the age of evidence and some of the answer's
    evidence is older, the sentence ends by saying which.
    """
    return explain_with_checks(result)[0]


def explain_with_checks(result: CriterionResult) -> tuple[str, tuple[str, ...]]:
    """`explain`'s sentence, and for a survey criterion each population check's (`explain_check`).

    For an export that shows both: each check is put into words once.
    """
    if result.survey is not None:
        checks = tuple(explain_check(check) for check in result.survey.populations)
        said = "; ".join(checks)
    else:
        checks = ()
        said = _explained(result)
    stale = stale_evidence_note(result)
    return (f"{said}; {stale}" if stale else said), checks


def stale_evidence_note(result: CriterionResult) -> str:
    """Which of the answer's evidence items are out of date, in words; empty where none is."""
    if not result.stale_evidence or result.evidence_from is None:
        return ""
    return f"evidence out of date (older than {result.evidence_from.isoformat()}): " + "; ".join(
        _dated(item) for item in result.stale_evidence
    )


def evidence_text(evidence: Evidence) -> str:
    """*evidence* as one piece of text: plain text as it is, items described one after another.

    >>> evidence_text((EvidenceItem("Minutes", date=datetime.date(2026, 3, 1), owner="Jo"),
    ...                EvidenceItem("Report", link="report.pdf")))
    'Minutes (2026-03-01, kept by Jo); Report (report.pdf)'
    """
    if isinstance(evidence, str):
        return evidence
    return "; ".join(_described(item) for item in evidence_items(evidence))


def _described(item: EvidenceItem) -> str:
    about = [
        part
        for part in (
            None if item.date is None else item.date.isoformat(),
            None if item.owner is None else f"kept by {item.owner}",
            item.link,
        )
        if part
    ]
    return f"{item.title} ({', '.join(about)})" if about else item.title


def _dated(item: EvidenceItem) -> str:
    assert item.date is not None
    return f"{item.title} ({item.date.isoformat()})"


def _explained(result: CriterionResult) -> str:
    """Why a criterion that no survey decides stands as it does."""
    answer = result.answer
    outcome = _IN_SENTENCE[result.outcome]
    if result.outcome is Outcome.NOT_APPLICABLE:
        return f"not applicable: {answer.reason}"
    if result.outcome is Outcome.OUT_OF_DATE:
        # Un-met by the policy's stale_evidence_unmeets; the note says which evidence.
        return "out of date: answered met, but every dated piece of its evidence is too old"
    if answer.status is None and answer.views:
        said = ", ".join(
            f"{people(group)}: {in_sentence(outcome_label(view.value))}"
            for group, view in answer.views.items()
        )
        return f"{outcome}, decided by the groups' views ({said})"
    if answer.needs_reconfirmation:
        assert answer.previous is not None
        before = answer.previous
        said = in_sentence(outcome_label(Outcome.UNANSWERED.value))
        if before.status is not None:
            said = "answered " + in_sentence(outcome_label(before.status.value))
        notes = "; ".join(
            f"{in_sentence(label)}: {value}"
            for label, value in (
                (EVIDENCE, evidence_text(before.evidence)),
                (COMMENT, before.comment),
                (REASON, before.reason),
            )
            if value
        )
        return (
            f"needs re-confirmation: its meaning changed since version {before.version}, "
            f"where it was {before.id} and {said}" + (f" ({notes})" if notes else "")
        )
    return outcome


def explain_check(check: PopulationCheck) -> str:
    """A population check in a sentence: what was found, and how far off the threshold it is."""
    threshold, policy = check.threshold, check.policy
    who = " and ".join(people(population) for population in check.populations)
    metric = threshold.metric
    minimum = threshold.minimum_percent
    if check.outcome is Outcome.UNANSWERED:
        return f"no survey of {who} about {metric} is recorded"
    assert check.conducted_on is not None
    when = check.conducted_on.isoformat()
    if check.outcome is Outcome.OUT_OF_DATE:
        assessed_on = check.assessed_on
        assert assessed_on is not None
        oldest = months_before(assessed_on, policy.max_survey_age_months)
        return (
            f"the latest survey of {who} about {metric} ({when}) is "
            f"{age(check.conducted_on, assessed_on)} old; it must be at most "
            f"{policy.max_survey_age_months} months old, from {oldest.isoformat()} on"
        )
    agree, respondents = check.agree, check.respondents
    assert agree is not None
    assert respondents is not None
    if check.outcome is Outcome.INSUFFICIENT_DATA:
        return (
            f"only {respondents} {who} responded to the survey of {when}; at least "
            f"{policy.minimum_respondents} are needed to judge it"
        )
    share = _percent(agree, respondents, minimum)
    if check.counted:
        said = f"{agree} of {respondents} {who} agreed ({share}) in the survey of {when}"
    else:
        said = f"{share} of {respondents} {who} agreed in the survey of {when}"
    upper = threshold.band_upper_percent
    if agree * 100 < minimum * respondents:
        if check.counted:
            more = needed(minimum, respondents) - int(agree)
            gap = f"needs {more} more of {respondents} respondents to agree"
        else:
            points = minimum - Fraction(agree * 100, respondents)
            gap = f"needs {_number(points)} more percentage points"
        return f"{said}; at least {minimum}% is needed: {gap}"
    if check.outcome is Outcome.NOT_MET:
        return f"{said}, above the band of {minimum}-{upper}%, which the strict reading excludes"
    band = f" (the published band is {minimum}-{upper}%)" if upper is not None else ""
    return f"{said}; at least {minimum}% is needed{band}"


def age(earlier: datetime.date, later: datetime.date) -> str:
    """How long before *later* *earlier* is, in whole months and days.

    >>> age(datetime.date(2025, 7, 1), datetime.date(2026, 9, 30))
    '14 months and 29 days'
    >>> age(datetime.date(2025, 9, 29), datetime.date(2026, 9, 30))
    '12 months and 1 day'
    """
    months = whole_months_between(earlier, later)
    days = (later - months_before(earlier, -months)).days
    parts = [f"{months} month{'s' if months != 1 else ''}"] if months else []
    if days or not parts:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " and ".join(parts)


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
