"""Assessment strategies: answers, carried answers, surveys and whole assessments."""

from __future__ import annotations

import datetime
from fractions import Fraction

from hypothesis import strategies as st

from coprod_standards.core.assessment import (
    Answer,
    Assessment,
    CarriedAnswer,
    IndicatorNote,
    Status,
    SurveyResponse,
)
from coprod_standards.core.evidence import Evidence, EvidenceItem
from coprod_standards.core.models import Framework, Tier
from coprod_standards.core.provenance import Exclusion, SurveyProvenance
from coprod_standards.core.sign_off import AssessmentStatus, Meeting
from coprod_standards.formats.sign_off import finalised

from ._text import EMPTY_OR_TEXT, FREE_TEXT, TEXT

__all__ = ["GROUPS", "answers", "assessments", "carried_answers", "survey_responses"]

GROUPS = ("staff", "service_users", "members", "carers")
_STATUSES = st.none() | st.sampled_from(Status)
_VERSIONS = st.builds("1.{}".format, st.integers(0, 9))
_OLD_IDS = st.builds("{}.{}.B{}".format, st.integers(1, 10), st.integers(1, 5), st.integers(1, 6))
# Allowed links of each kind; the dates are before any assessment the strategies draw.
_LINKS = st.none() | st.sampled_from(
    ("https://example.org/report?a=1&b=2", "HTTP://example.org", "minutes/2026 05.docx", "../a.pdf")
)
_ITEMS = st.builds(
    EvidenceItem,
    TEXT,
    link=_LINKS,
    date=st.none() | st.dates(datetime.date(2000, 1, 1), datetime.date(2019, 12, 31)),
    owner=st.none() | TEXT,
)
#: Evidence: text (empty drawn often), or a list of one to three items.
_EVIDENCE: st.SearchStrategy[Evidence] = EMPTY_OR_TEXT | st.lists(
    _ITEMS, min_size=1, max_size=3
).map(tuple)


def _carried(
    status: Status | None, version: str, old_id: str, evidence: Evidence, notes: list[str]
) -> CarriedAnswer:
    comment, reason = notes
    return CarriedAnswer(
        version=version,
        id=old_id,
        status=status,
        evidence=evidence,
        comment=comment,
        reason=reason if status is Status.NOT_APPLICABLE else "",
    )


_CARRIED = st.builds(
    _carried,
    _STATUSES,
    _VERSIONS,
    _OLD_IDS,
    _EVIDENCE,
    st.lists(EMPTY_OR_TEXT, min_size=2, max_size=2),
)


def carried_answers() -> st.SearchStrategy[CarriedAnswer]:
    """An answer carried from an earlier version, as migration leaves them."""
    return _CARRIED


def _answer(
    status: Status | None,
    views: dict[str, Status],
    evidence: Evidence,
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
        _EVIDENCE,
        EMPTY_OR_TEXT,
        TEXT,
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


def _provenances(respondents: int) -> st.SearchStrategy[SurveyProvenance]:
    """Where a tallied survey of *respondents* came from: any rows left out, any text."""
    return st.builds(
        lambda file, digest, question, layout, scale, excluded, counted: SurveyProvenance(
            file,
            digest,
            layout,
            question,
            scale,
            respondents + sum(excluded.values()),
            excluded,
            min(counted, respondents),
        ),
        TEXT,
        st.text("0123456789abcdef", min_size=64, max_size=64),
        TEXT,
        st.sampled_from(("microsoft_forms", "qualtrics", "plain")),
        TEXT,
        st.dictionaries(st.sampled_from([e.value for e in Exclusion]), st.integers(0, 50)),
        st.integers(0, 5),
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
            provenance = draw(st.none() | _provenances(respondents))
            return SurveyResponse(
                metric,
                population,
                respondents,
                agree=agree,
                conducted_on=conducted_on,
                provenance=provenance,
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
        st.sampled_from(indicator_ids), FREE_TEXT.map(IndicatorNote), max_size=3
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
        drawn = Assessment(
            version=framework.version,
            organisation=draw(FREE_TEXT),
            service=draw(st.none() | TEXT),
            organisation_id=draw(st.none() | _ORGANISATION_IDS),
            assessed_on=assessed_on,
            completed_by=groups,
            criteria=criteria,
            indicators=draw(notes),
            surveys=tuple(unique_surveys.values()),
            retired=tuple(draw(st.lists(_CARRIED, max_size=2))),
            meetings=tuple(draw(st.lists(_meetings(assessed_on), max_size=3))),
            status=draw(st.sampled_from((AssessmentStatus.DRAFT, AssessmentStatus.IN_REVIEW))),
        )
        return _signed_off(draw, drawn) if draw(st.booleans()) else drawn

    return assessment()


#: Organisation identifiers of every form accepted (core/organisation_ids.py).
_ORGANISATION_IDS = st.one_of(
    st.sampled_from(
        ("RR8", "RR801", "B82005", "K81003001", "GB-NHS-RR8", "GB-SC-SC012345", "GB-NIC-100123")
    ),
    st.builds("GB-CHC-{}".format, st.integers(100000, 9999999)),
    st.builds("GB-COH-{:08d}".format, st.integers(0, 99999999)),
    st.builds("XI-IATI-{}".format, st.integers(0, 10**6)),
)

_ATTENDANCE = st.dictionaries(st.sampled_from(GROUPS), st.integers(1, 60), min_size=1)


def _meetings(assessed_on: datetime.date) -> st.SearchStrategy[Meeting]:
    """A meeting held on or before *assessed_on*."""
    earliest = assessed_on - datetime.timedelta(days=120)
    return st.builds(Meeting, st.dates(earliest, assessed_on), _ATTENDANCE)


def _signed_off(draw: st.DrawFn, assessment: Assessment) -> Assessment:
    """*assessment*, final: signed off on or after its date and its last meeting."""
    held = (meeting.held_on for meeting in assessment.meetings)
    latest = max(held, default=assessment.assessed_on)
    first = max(latest, assessment.assessed_on)
    approved_on = draw(st.dates(first, first + datetime.timedelta(days=60)))
    return finalised(assessment, approved_by=draw(TEXT), approved_on=approved_on)
