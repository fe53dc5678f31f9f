"""The rules an assessment must keep against the standards it answers.

Each check yields ``(code, path, message)``; the loader places them in the
file, and the engine reports them for assessments built in code.
"""

from __future__ import annotations

from collections.abc import Iterator

from coprod_standards.errors import echo, shorten

from .assessment import Assessment
from .models import Framework

#: (the code of the rule broken, where, what to do)
Finding = tuple[str, tuple[str | int, ...], str]


def check_assessment(framework: Framework, assessment: Assessment) -> Iterator[Finding]:
    """Every way *assessment* does not fit *framework*."""
    if assessment.version != framework.version:
        yield (
            "version",
            ("version",),
            (
                f"the assessment answers version {echo(assessment.version)} of the standards, "
                f"but is evaluated against version {echo(framework.version)}"
            ),
        )
        return
    yield from check_criteria(framework, assessment)
    yield from check_notes_and_surveys(framework, assessment)


def check_criteria(framework: Framework, assessment: Assessment) -> Iterator[Finding]:
    """Answers name known criteria, survey criteria have no status, views name known groups."""
    groups = set(assessment.completed_by)
    for criterion_id, answer in assessment.criteria.items():
        path = ("criteria", criterion_id)
        try:
            criterion = framework.criterion(criterion_id)
        except LookupError:
            yield (
                "unknown-criterion",
                path,
                _unknown("criterion", criterion_id, framework.version),
            )
            continue
        if criterion.survey is not None and (answer.status is not None or answer.views):
            yield (
                "survey-status",
                path,
                (
                    f"{criterion_id} is decided by a survey of "
                    f"{' and '.join(criterion.survey.populations)} about "
                    f"{criterion.survey.metric}; record the survey under surveys instead of "
                    "giving a status"
                ),
            )
        if groups:
            for group in answer.views:
                if group not in groups:
                    yield (
                        "view-group",
                        (*path, "views", group),
                        (
                            f"{echo(group)} gave a view but is not listed in completed_by "
                            f"({shorten(', '.join(assessment.completed_by), 200)}); "
                            "add it there or correct it"
                        ),
                    )


def check_notes_and_surveys(framework: Framework, assessment: Assessment) -> Iterator[Finding]:
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
    metrics = [metric.id for metric in framework.survey_metrics]
    populations = [population.id for population in framework.survey_populations]
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


def _unknown(kind: str, id: str, version: str) -> str:
    example = '"1.2.B1"' if kind == "criterion" else '"1.2"'
    return (
        f"version {version} has no {kind} {echo(id)}; check the id against the checklist "
        f"(ids look like {example})"
    )
