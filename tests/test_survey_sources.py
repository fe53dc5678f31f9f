"""Reports cite where a tallied survey's figures came from (reports.survey_sources)."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs

from coprod_standards import (
    Assessment,
    Policy,
    evaluate,
    evaluation_html,
    load,
    load_assessment,
    tally_survey,
)
from coprod_standards.reports.text_report import evaluation_text

FORMS = Path(__file__).parent / "fixtures" / "surveys" / "microsoft-forms.csv"
SOURCE = "tallied from microsoft-forms.csv (SHA-256 3f00181c…): 8 of 10 rows counted; left out:"


def tallied() -> Assessment:
    tally = tally_survey(
        FORMS,
        question="I feel included in decisions about my support",
        metric="inclusion",
        population="service_users",
    )
    return Assessment(
        version="1.1",
        organisation="Riverside",
        assessed_on=datetime.date(2026, 9, 30),
        surveys=(tally.response,),
    )


def test_the_text_report_cites_the_export_under_the_explanation() -> None:
    """A survey criterion to improve shows its explanation, then where the count came from."""
    evaluation = evaluate(load("1.1"), tallied(), Policy(minimum_respondents=5))
    text = " ".join(evaluation_text(evaluation).split())
    assert (
        "5 of 8 service users agreed (62.5%) in the survey of 2026-05-14; at least 70% is "
        f"needed: needs 1 more of 8 respondents to agree ({SOURCE} 1 blank, 1 no opinion)"
    ) in text


def test_the_markdown_report_cites_the_export_too() -> None:
    """The Markdown report lists the source under the survey criterion's explanation."""
    from coprod_standards.reports.markdown_report import evaluation_markdown

    evaluation = evaluate(load("1.1"), tallied(), Policy(minimum_respondents=5))
    assert f"  - T{SOURCE[1:]} 1 blank, 1 no opinion\n" in evaluation_markdown(evaluation)


def test_the_html_report_lists_each_surveys_source() -> None:
    """The HTML report's surveys table gains a Source column where a survey was tallied."""
    evaluation = evaluate(load("1.1"), tallied())
    page = evaluation_html(evaluation)
    assert '<th scope="col">Source</th>' in page
    assert f"<td>{SOURCE} 1 blank, 1 no opinion</td>" in page


def test_reports_of_surveys_typed_by_hand_are_unchanged() -> None:
    """Without provenance there is no Source column and no citation."""
    assessment = load_assessment("examples/mixed-tiers.yaml")
    evaluation = evaluate(load("1.1"), assessment)
    assert '<th scope="col">Source</th>' not in evaluation_html(evaluation)
    assert "tallied from" not in evaluation_text(evaluation)
    mixed = attrs.evolve(assessment, surveys=(*assessment.surveys, *tallied().surveys))
    page = evaluation_html(evaluate(load("1.1"), mixed))
    assert page.count("<td>entered by hand</td>") == len(assessment.surveys)
