"""The rules an assessment must keep against the standards it answers.

Each check yields ``(code, path, message)``; the loader places them in the
file, and the engine reports them for assessments built in code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from coprod_standards.errors import echo, shorten

from ._tables import tables_of
from .assessment import Assessment, answer_index
from .models import Framework
from .organisation_ids import organisation_id_problem
from .sign_off import AssessmentStatus

#: A SHA-256 digest as files write it: lower-case hex.
_DIGEST = re.compile("[0-9a-f]{64}")

_NONE: frozenset[str] = frozenset()
# Read for every evaluation, as a module constant: on Python 3.11 reading an
# enum member from its class costs about ten times reading a global.
_DRAFT = AssessmentStatus.DRAFT

#: (the code of the rule broken, where, what to do)
Misfit = tuple[str, tuple[str | int, ...], str]


def check_assessment(framework: Framework, assessment: Assessment) -> list[Misfit]:
    """Every way *assessment* does not fit *framework* (none, usually, found quickly)."""
    if assessment.version != framework.version:
        return [
            (
                "version",
                ("version",),
                (
                    f"the assessment answers version {echo(assessment.version)} of the "
                    f"standards, but is evaluated against version {echo(framework.version)}"
                ),
            )
        ]
    index = answer_index(assessment)
    findings = list(check_criteria(framework, assessment))
    if assessment.service is not None or assessment.organisation_id is not None:
        findings += check_service(assessment)
    if index.dated_evidence:
        findings += check_evidence_dates(assessment)
    if assessment.meetings or assessment.status is not _DRAFT or assessment.digest:
        findings += check_sign_off(assessment)
    if assessment.indicators or assessment.surveys:
        findings += check_notes_and_surveys(framework, assessment)
    return findings


def check_criteria(framework: Framework, assessment: Assessment) -> Iterator[Misfit]:
    """Answers name known criteria, survey criteria have no status, views name known groups."""
    # Each rule is found from the assessment's index without a loop in Python
    # (its met ids are a set, the few others a tuple): where every id listed is
    # a criterion no survey decides, neither rule is broken. The answers are
    # gone through only to word what is wrong.
    tables = tables_of(framework)
    known, surveyed, answerable = tables.criteria, tables.surveyed, tables.answerable
    index = answer_index(assessment)
    criteria = assessment.criteria
    groups = assessment.completed_by
    unknown = survey_status = _NONE
    if not (index.met <= answerable and answerable.issuperset(index.others)):
        unknown = frozenset(criteria.keys() - known)
        survey_status = frozenset(
            criterion_id
            for criterion_id in surveyed
            if criterion_id in criteria
            and (criteria[criterion_id].status is not None or criteria[criterion_id].views)
        )
    strangers = index.view_groups.difference(groups) if groups else _NONE
    if not (unknown or survey_status or strangers):
        return
    for criterion_id, answer in assessment.criteria.items():
        path = ("criteria", criterion_id)
        if criterion_id in unknown:
            yield (
                "unknown-criterion",
                path,
                _unknown("criterion", criterion_id, framework.version),
            )
            continue
        if criterion_id in survey_status:
            survey = framework.criterion(criterion_id).survey
            assert survey is not None
            yield (
                "survey-status",
                path,
                (
                    f"{criterion_id} is decided by a survey of "
                    f"{' and '.join(survey.populations)} about "
                    f"{survey.metric}; record the survey under surveys instead of "
                    "giving a status"
                ),
            )
        for group in answer.views:
            if group in strangers:
                yield (
                    "view-group",
                    (*path, "views", group),
                    (
                        f"{echo(group)} gave a view but is not listed in completed_by "
                        f"({shorten(', '.join(groups), 200)}); "
                        "add it there or correct it"
                    ),
                )


def check_service(assessment: Assessment) -> Iterator[Misfit]:
    """A service named is not blank; an organisation identifier is in a form accepted."""
    if assessment.service is not None and not assessment.service.strip():
        yield (
            "service-blank",
            ("service",),
            "the service is blank; name the service assessed, or leave service out",
        )
    if assessment.organisation_id is not None:
        problem = organisation_id_problem(assessment.organisation_id)
        if problem is not None:
            yield ("organisation-id", ("organisation_id",), problem)


def check_evidence_dates(assessment: Assessment) -> Iterator[Misfit]:
    """No evidence item of an answer is dated after the assessment."""
    assessed_on = assessment.assessed_on
    for criterion_id in answer_index(assessment).dated_evidence:
        evidence = assessment.criteria[criterion_id].evidence
        assert not isinstance(evidence, str)  # text has no date
        for index, item in enumerate(evidence):
            if item.date is not None and item.date > assessed_on:
                yield (
                    "evidence-date",
                    ("criteria", criterion_id, "evidence", index, "date"),
                    (
                        f"the evidence {echo(item.title, 60)} is dated {item.date.isoformat()}, "
                        f"after the assessment ({assessed_on.isoformat()}); correct the date, "
                        "or record it in a later assessment"
                    ),
                )


def check_notes_and_surveys(framework: Framework, assessment: Assessment) -> Iterator[Misfit]:
    """Notes name known indicators; surveys name known metrics and populations, in time."""
    for indicator_id in assessment.indicators:
        try:
            framework.indicator(indicator_id)
        except LookupError:
            yield (
                "unknown-indicator",
                ("indicators", indicator_id),
                _unknown("indicator", indicator_id, framework.version),
            )
    metrics, populations = _survey_ids(framework)
    seen: dict[tuple[str, str, object], int] = {}
    for index, survey in enumerate(assessment.surveys):
        path: tuple[str | int, ...] = ("surveys", index)
        if survey.metric not in metrics:
            yield (
                "unknown-metric",
                (*path, "metric"),
                (
                    f"the metric {echo(survey.metric)} is not one of version "
                    f"{framework.version}'s: "
                    f"{', '.join(metrics)}"
                ),
            )
        if survey.population not in populations:
            yield (
                "unknown-population",
                (*path, "population"),
                (
                    f"the population {echo(survey.population)} is not one of version "
                    f"{framework.version}'s: {', '.join(populations)}"
                ),
            )
        if survey.conducted_on > assessment.assessed_on:
            yield (
                "survey-date",
                (*path, "conducted_on"),
                (
                    f"the survey is dated {survey.conducted_on.isoformat()}, after the assessment "
                    f"({assessment.assessed_on.isoformat()}); correct the date, or record it in a "
                    "later assessment"
                ),
            )
        key = (survey.metric, survey.population, survey.conducted_on)
        if key in seen:
            yield (
                "survey-duplicate",
                path,
                (
                    f"surveys[{seen[key]}] is a survey of the same metric and population on the "
                    "same date; keep one"
                ),
            )
        else:
            seen[key] = index


def check_sign_off(assessment: Assessment) -> Iterator[Misfit]:
    """Meetings before the assessment's date; a final assessment, and only it, signed off.

    Only the assessment's own dates are checked: whether a date is after
    today needs a clock, which the core does not read (the command line's
    ``finalise`` refuses a sign-off dated in the future).
    """
    assessed_on = assessment.assessed_on
    for index, meeting in enumerate(assessment.meetings):
        if meeting.held_on > assessed_on:
            yield (
                "meeting-date",
                ("meetings", index, "held_on"),
                (
                    f"the meeting is dated {meeting.held_on.isoformat()}, after the assessment "
                    f"({assessed_on.isoformat()}); correct the date, or record it in a later "
                    "assessment"
                ),
            )
    final = assessment.status is AssessmentStatus.FINAL
    recorded = {
        "approved_by": bool(assessment.approved_by.strip()),
        "approved_on": assessment.approved_on is not None,
        "digest": bool(assessment.digest),
    }
    for key, given in recorded.items():
        if final and not given:
            yield (
                "sign-off-missing",
                (key,),
                (
                    f"a final assessment records {key}; sign it off with: coprod-standards "
                    "finalise FILE --approved-by NAME"
                ),
            )
        elif given and not final:
            yield (
                "sign-off-not-final",
                (key,),
                (
                    f"{key} is recorded only when the assessment is final, but its status is "
                    f"{assessment.status.value}; leave {key} out, or sign it off with: "
                    "coprod-standards finalise FILE --approved-by NAME"
                ),
            )
    if assessment.digest and not _DIGEST.fullmatch(assessment.digest):
        yield (
            "sign-off-digest",
            ("digest",),
            (
                f"{echo(assessment.digest)} is not a SHA-256 digest (64 characters 0-9 and "
                "a-f); the finalise command writes it: do not edit it by hand"
            ),
        )
    approved_on = assessment.approved_on
    if approved_on is None:
        return
    latest = max((meeting.held_on for meeting in assessment.meetings), default=assessed_on)
    if approved_on < max(latest, assessed_on):
        yield (
            "sign-off-date",
            ("approved_on",),
            (
                f"it is approved on {approved_on.isoformat()}, before the assessment "
                f"({assessed_on.isoformat()}) or its last meeting ({latest.isoformat()}); "
                "correct the date"
            ),
        )


@functools.lru_cache(maxsize=16)
def _survey_ids(framework: Framework) -> tuple[list[str], list[str]]:
    """The ids of *framework*'s survey metrics and populations, in order."""
    return (
        [metric.id for metric in framework.survey_metrics],
        [population.id for population in framework.survey_populations],
    )


def _unknown(kind: str, id: str, version: str) -> str:
    example = '"1.2.B1"' if kind == "criterion" else '"1.2"'
    return (
        f"version {version} has no {kind} {echo(id)}; check the id against the checklist "
        f"(ids look like {example})"
    )
