"""The offline form's evaluator and file reader, run in Chromium, against the library.

The page's evaluator must give the library's answer: each golden fixture's
expected results, and the library's own evaluation of every fixture and
example under every policy the fixtures use. Its YAML reader must read each
file as the library does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from coprod_standards import Answer, Assessment, Tier, evaluate, load, load_assessment
from coprod_standards.core.organisation_ids import organisation_id_problem
from coprod_standards.formats.assessment_files import dumps_assessment, parse_assessment

from .form_browser import open_page
from .test_golden_fixtures import ASSESSMENTS, EXAMPLES, EXPECTED, build_policy, read_expected

pytestmark = pytest.mark.browser

FILES = [*ASSESSMENTS, *sorted(EXAMPLES.glob("*.yaml")), *sorted(EXAMPLES.glob("services/*.yaml"))]
POLICIES = [read_expected(path)["policy"] for path in EXPECTED]


def in_page(driver: Any, text: str, name: str, policy: dict[str, Any] | None) -> Any:
    """The page's evaluation of the file *text*, read by the page's own reader."""
    return driver.execute_script(
        "return coprodForm.evaluate(coprodForm.parse(arguments[0], arguments[1]), arguments[2])",
        text,
        name,
        policy,
    )


def tier(value: Tier | None) -> str | None:
    return None if value is None else value.value


def by_library(assessment: Assessment, policy: dict[str, Any]) -> dict[str, Any]:
    """The library's evaluation in the page's shape."""
    evaluation = evaluate(load("1.1"), assessment, build_policy(policy))
    return {
        "overall": tier(evaluation.overall),
        "standards": {s.id: tier(s.achieved) for s in evaluation.standards},
        "indicators": {i.id: tier(i.achieved) for i in evaluation.indicators},
        "criteria": {c.criterion.id: c.outcome.value for c in evaluation.criteria},
    }


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda path: path.name)
def test_the_evaluator_gives_each_golden_fixture(
    browser: Any, blank_form: Path, expected_path: Path
) -> None:
    """For each golden fixture, the page gives the tiers and outcomes it expects."""
    open_page(browser, blank_form)
    expected = read_expected(expected_path)
    source = expected_path.parent / expected["assessment"]
    got = in_page(browser, source.read_text(encoding="utf-8"), source.name, expected["policy"])
    assert got["overall"] == expected["overall"]
    assert got["standards"] == expected["standards"]
    assert got["indicators"] == expected["indicators"]
    assert {key: got["criteria"][key] for key in expected["criteria"]} == expected["criteria"]


def test_the_evaluator_gives_the_library_s_answer_everywhere(
    browser: Any, blank_form: Path
) -> None:
    """Every fixture and example, under every policy the fixtures use: every criterion and tier."""
    open_page(browser, blank_form)
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assessment = load_assessment(path)
        json_text = dumps_assessment(assessment, format="json")
        for policy in POLICIES:
            expected = by_library(assessment, policy)
            assert in_page(browser, text, path.name, policy) == expected, (path.name, policy)
            assert in_page(browser, json_text, "a.json", policy) == expected, (path.name, policy)


def without_empty_answers(assessment: Assessment) -> Assessment:
    """*assessment* without criteria listed but unanswered and empty notes (the form drops them)."""
    return attrs.evolve(
        assessment,
        criteria={k: v for k, v in assessment.criteria.items() if v != Answer()},
        indicators={k: v for k, v in assessment.indicators.items() if v.comment},
        source=None,
    )


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_opening_a_file_and_saving_it_keeps_the_assessment(
    browser: Any, blank_form: Path, path: Path
) -> None:
    """Each YAML file opened in the form and saved as JSON is the same assessment again."""
    open_page(browser, blank_form)
    problems = browser.execute_script(
        "return coprodForm.open(arguments[0], arguments[1])", path.read_text("utf-8"), path.name
    )
    assert problems == []
    saved = browser.execute_script("return JSON.stringify(coprodForm.data())")
    again = parse_assessment(saved, format="json")
    assert without_empty_answers(again) == without_empty_answers(load_assessment(path))


def test_the_reader_reads_the_library_s_own_yaml(browser: Any, blank_form: Path) -> None:
    """YAML the library writes, with quotes, escapes, line breaks and # in text, reads back."""
    open_page(browser, blank_form)
    base = load_assessment(EXAMPLES / "joint-assessment.yaml")
    awkward = [
        'Org "x" #1: it\'s',
        "line1\nline2\n\n  indented: x",
        "tab\there, NEL\x85, [brackets], {braces}, - dash, ~, null",
        "'single' and \"double\" and \\ backslash",
        "   leading and trailing   ",
        "ünïcødé — “quotes” 😀",
        "# not a comment",
    ]
    for text in awkward:
        answer = Answer(evidence=text, comment=text)
        assessment = attrs.evolve(
            base, organisation=text, criteria={**base.criteria, "1.2.B1": answer}, source=None
        )
        written = dumps_assessment(assessment)
        got = browser.execute_script(
            "return JSON.stringify(coprodForm.parse(arguments[0], 'a.yaml'))", written
        )
        data = json.loads(got)
        assert data["organisation"] == text, written
        assert data["criteria"]["1.2.B1"] == {"evidence": text, "comment": text}


HEADER = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('version: "1.1"\norganisation: |\n  Riverside\nassessed_on: 2026-09-30\n', "line 2: "),
        ('version: "1.1"\norganisation: |\n  Riverside\nassessed_on: 2026-09-30\n', "--from"),
        (HEADER.replace('"1.1"', '"1.0"'), "the file answers version 1.0"),
        (HEADER.replace('"1.1"', "1.1"), 'give the version as text, such as "1.1"'),
        (HEADER + "criteria: {9.9.B1: met}\n", "version 1.1 has no criterion"),
        (HEADER + "criteria: {1.1.B1: met}\n", "1.1.B1 is decided by a survey"),
        (HEADER + "colour: blue\n", 'an assessment has no key "colour"'),
        (
            HEADER + "surveys:\n  - {metric: inclusion, population: staff, agree: 5,"
            " percent_agree: 50, respondents: 10, conducted_on: 2026-01-01}\n",
            "give either agree (a count) or percent_agree, not both",
        ),
    ],
)
def test_a_file_the_form_cannot_show_is_refused_with_a_reason(
    browser: Any, blank_form: Path, text: str, message: str
) -> None:
    """A file in YAML the form does not read, or that the library would refuse, is not opened."""
    open_page(browser, blank_form)
    before = browser.execute_script("return JSON.stringify(coprodForm.data())")
    problems = browser.execute_script("return coprodForm.open(arguments[0], 'a.yaml')", text)
    assert any(message in problem for problem in problems), problems
    assert browser.execute_script("return JSON.stringify(coprodForm.data())") == before


MET_TOGETHER = """\
version: "1.1"
organisation: Riverside
assessed_on: 2026-09-30
criteria:
  1.2.B1: met
meetings:
  - {held_on: 2026-09-12, attendance: {staff: 3, service_users: 5}}
"""


def test_opening_a_signed_off_file_and_saving_it_keeps_its_record(
    browser: Any, blank_form: Path
) -> None:
    """Meetings, status and sign-off pass through the form unchanged: the digest still matches."""
    import datetime

    from coprod_standards.formats.sign_off import digest_matches, finalised

    final = finalised(
        parse_assessment(MET_TOGETHER),
        approved_by="Sam Patel",
        approved_on=datetime.date(2026, 10, 6),
    )
    open_page(browser, blank_form)
    problems = browser.execute_script(
        "return coprodForm.open(arguments[0], arguments[1])",
        dumps_assessment(final),
        "signed.yaml",
    )
    assert problems == []
    saved = parse_assessment(
        browser.execute_script("return JSON.stringify(coprodForm.data())"), format="json"
    )
    assert saved == final
    assert digest_matches(saved)


IDENTIFIERS = [
    "GB-CHC-1234567",
    "GB-CHC-12345",
    "GB-SC-SC012345",
    "GB-SC-012345",
    "GB-NIC-100123",
    "GB-COH-SC123456",
    "GB-COH-1234567",
    "GB-NHS-RR8",
    "US-EIN-12-3456789",
    "gb-chc-1234567",
    "RR8",
    "B82005",
    "1234567",
    "Riverside",
    "GB-XYZ-a b",
]


def test_the_form_accepts_the_identifiers_the_library_does(browser: Any, blank_form: Path) -> None:
    """For each identifier, the form shows a problem exactly where the library refuses it."""
    open_page(browser, blank_form)
    for identifier in IDENTIFIERS:
        text = f"{MET_TOGETHER}organisation_id: {json.dumps(identifier)}\nservice: Day centre\n"
        assert browser.execute_script("return coprodForm.open(arguments[0], 'a.yaml')", text) == []
        shown = browser.execute_script("return coprodForm.problems()")
        assert ("organisation-id" in shown) == (organisation_id_problem(identifier) is not None), (
            identifier
        )
        saved = json.loads(browser.execute_script("return JSON.stringify(coprodForm.data())"))
        assert list(saved)[:4] == ["version", "organisation", "service", "organisation_id"]
        assert (saved["service"], saved["organisation_id"]) == ("Day centre", identifier)
