"""Where a survey's figures came from, in words: the export a tally read, and its rows.

A survey tallied from a platform's export (``survey tally``) carries its
provenance; the text and HTML reports cite it beside the survey's outcome,
so that a reader can see what was counted and what was left out.

>>> import datetime
>>> from coprod_standards.core.assessment import SurveyResponse
>>> from coprod_standards.core.provenance import SurveyProvenance
>>> survey = SurveyResponse("inclusion", "service_users", 8, agree=5,
...     conducted_on=datetime.date(2026, 5, 14),
...     provenance=SurveyProvenance("forms.csv", "3f00181c" + "0" * 56, "microsoft_forms",
...         "I feel included", "agree-5", 10, {"blank": 1, "no_opinion": 1}))
>>> print(survey_source(survey))
tallied from forms.csv (SHA-256 3f00181c…): 8 of 10 rows counted; left out: 1 blank, 1 no opinion
"""

from __future__ import annotations

from coprod_standards.core.assessment import Assessment, SurveyResponse
from coprod_standards.core.criterion_results import CriterionResult, PopulationCheck

__all__ = ["check_sources", "criterion_sources", "survey_source"]


def survey_source(survey: SurveyResponse) -> str | None:
    """Where *survey* was tallied from, in a phrase; None for a survey typed in by hand."""
    provenance = survey.provenance
    if provenance is None:
        return None
    text = (
        f"tallied from {provenance.file} (SHA-256 {provenance.sha256[:8]}…): "
        f"{provenance.rows_counted} of {provenance.rows_read} rows counted"
    )
    if provenance.excluded:
        left = ", ".join(
            f"{count} {reason.replace('_', ' ')}" for reason, count in provenance.excluded.items()
        )
        text += f"; left out: {left}"
    if provenance.counted_no_opinion:
        text += f'; {provenance.counted_no_opinion} "don\'t know" answers counted'
    return text


def check_sources(assessment: Assessment, check: PopulationCheck) -> list[str]:
    """The sources of the surveys that decided *check*, each in a phrase (none typed by hand)."""
    if check.conducted_on is None:
        return []
    sources = []
    for survey in assessment.surveys:
        if (
            survey.metric == check.threshold.metric
            and survey.population in check.populations
            and survey.conducted_on == check.conducted_on
        ):
            source = survey_source(survey)
            if source is not None:
                sources.append(source)
    return sources


def criterion_sources(assessment: Assessment, result: CriterionResult) -> list[str]:
    """The sources of the tallied surveys that decided the survey criterion *result*."""
    checks = () if result.survey is None else result.survey.populations
    return [source for check in checks for source in check_sources(assessment, check)]
