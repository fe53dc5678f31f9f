"""Evidence items: reading both forms, the refused links and dates, ageing, and escaping."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Literal

import attrs
import pytest

from coprod_standards import (
    Answer,
    Assessment,
    DataError,
    Evaluation,
    Outcome,
    Policy,
    Status,
    Tier,
    dumps_assessment,
    evaluate,
    explain,
    load,
    parse_assessment,
)
from coprod_standards.cli import run
from coprod_standards.core.criterion_results import CriterionResult
from coprod_standards.core.evidence import (
    EvidenceItem,
    evidence_items,
    evidence_out_of_date,
    link_problem,
)
from coprod_standards.errors import FieldError
from coprod_standards.reports.html_report import evaluation_html
from coprod_standards.reports.markdown_report import evaluation_markdown
from coprod_standards.reports.plan import plan_markdown, plan_records
from coprod_standards.reports.text_report import evaluation_text

DAY = datetime.date(2026, 9, 30)
HEAD = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\ncriteria:\n'

LISTED = HEAD + (
    "  1.2.B1: {status: met, evidence: Plain text}\n"
    "  1.2.B2:\n"
    "    status: met\n"
    "    evidence:\n"
    "      # the report the board saw\n"
    "      - title: Equality report\n"
    "        link: https://example.org/equality.pdf\n"
    "        date: 2026-03-31\n"
    "        owner: HR team\n"
    "      - {title: Minutes, link: minutes/2026-05.docx}\n"
)


def _problems(text: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        parse_assessment(text, name="a.yaml")
    return [f"{p.line}:{p.path}: {p.message}" for p in caught.value.problems]


def _one(evidence: str) -> str:
    return HEAD + f"  1.2.B2:\n    status: met\n    evidence:\n{evidence}"


def test_both_forms_are_read_as_written() -> None:
    """Text stays text; a list becomes EvidenceItems with their dates as dates."""
    assessment = parse_assessment(LISTED, name="a.yaml")
    assert assessment.answer("1.2.B1").evidence == "Plain text"
    assert assessment.answer("1.2.B2").evidence == (
        EvidenceItem(
            "Equality report",
            link="https://example.org/equality.pdf",
            date=datetime.date(2026, 3, 31),
            owner="HR team",
        ),
        EvidenceItem("Minutes", link="minutes/2026-05.docx"),
    )
    assert evidence_items("Plain text") == (EvidenceItem("Plain text"),)
    assert evidence_items("") == ()


@pytest.mark.parametrize("format", ["yaml", "json"])
def test_both_forms_are_written_back_as_they_were(format: Literal["yaml", "json"]) -> None:
    """Saved afresh (without the source), text is written as text and a list as a list."""
    assessment = parse_assessment(LISTED, name="a.yaml")
    text = dumps_assessment(attrs.evolve(assessment, source=None), format=format)
    again = parse_assessment(text, name=f"b.{format}", format=format)
    assert again == assessment
    if format == "json":
        criteria = json.loads(text)["criteria"]
        assert criteria["1.2.B1"]["evidence"] == "Plain text"
        assert criteria["1.2.B2"]["evidence"][1] == {
            "title": "Minutes",
            "link": "minutes/2026-05.docx",
        }


def test_an_unchanged_file_with_items_is_saved_byte_for_byte() -> None:
    """The comment inside the list and its layout survive a save of the loaded assessment."""
    assert dumps_assessment(parse_assessment(LISTED, name="a.yaml")) == LISTED


@pytest.mark.parametrize(
    ("link", "said"),
    [
        ("javascript:alert(1)", "is not allowed"),
        ("JavaScript:alert(1)", "is not allowed"),
        ("data:text/html,<script>x</script>", "is not allowed"),
        ("file:///etc/passwd", "is not allowed"),
        ("/etc/passwd", "is an absolute path"),
        ("\\\\server\\share\\x.pdf", "is an absolute path"),
        ("C:\\reports\\x.pdf", "is an absolute path"),
        ("https:example.org", "is not a complete web address"),
        ("", "is empty"),
    ],
)
def test_a_link_that_is_not_web_or_relative_is_refused_at_its_place(link: str, said: str) -> None:
    """Each refused link is a problem at its line and $-path that says what to give instead."""
    problems = _problems(_one(f"      - {{title: Report, link: {json.dumps(link)}}}\n"))
    assert len(problems) == 1
    assert problems[0].startswith("8:$.criteria['1.2.B2'].evidence[0].link: the link")
    assert said in problems[0]
    assert "give an http or https address, or a file name relative" in problems[0]


def test_web_and_relative_links_are_allowed() -> None:
    """http, https (any case) and relative names, with subfolders or dots, are accepted."""
    for link in ("http://example.org", "HTTPS://example.org/a?b=c", "a.pdf", "../shared/b.docx"):
        assert link_problem(link) is None, link


def test_an_item_without_a_title_is_refused() -> None:
    """A missing title is the missing key; a blank one says that an item needs a title."""
    problems = _problems(_one("      - {link: a.pdf}\n      - {title: '  '}\n"))
    assert problems == [
        "8:$.criteria['1.2.B2'].evidence[0].title: the required key 'title' is missing; add it",
        "9:$.criteria['1.2.B2'].evidence[1].title: an evidence item needs a title: say what it is",
    ]


def test_an_unknown_key_and_a_wrong_kind_of_evidence_are_refused() -> None:
    """An item's keys are title, link, date and owner; evidence is text or a list."""
    problems = _problems(_one("      - {title: Report, url: a.pdf}\n"))
    assert problems == [
        "8:$.criteria['1.2.B2'].evidence[0].url: unknown key 'url'; the keys allowed here are "
        "title, link, date, owner"
    ]
    problems = _problems(HEAD + "  1.2.B2: {status: met, evidence: 5}\n")
    assert problems == [
        "5:$.criteria['1.2.B2'].evidence: expected text, or a list of evidence items (mappings "
        "with a title: {title: ...}), got the number 5"
    ]


def test_an_evidence_date_after_the_assessment_is_refused() -> None:
    """Evidence dated after assessed_on is refused in the file and by the engine."""
    problems = _problems(_one("      - {title: Report, date: 2026-10-01}\n"))
    assert problems == [
        "8:$.criteria['1.2.B2'].evidence[0].date: the evidence 'Report' is dated 2026-10-01, "
        "after the assessment (2026-09-30); correct the date, or record it in a later assessment"
    ]
    item = EvidenceItem("Report", date=datetime.date(2026, 10, 1))
    built = Assessment("1.1", "Riverside", DAY, criteria={"1.2.B2": Answer(Status.MET, (item,))})
    with pytest.raises(DataError, match="dated 2026-10-01, after the assessment"):
        evaluate(load("1.1"), built)
    same_day = attrs.evolve(item, date=DAY)
    evaluate(load("1.1"), attrs.evolve(built, criteria={"1.2.B2": Answer(Status.MET, (same_day,))}))


def test_the_model_refuses_what_the_file_does() -> None:
    """EvidenceItem built in code keeps the same rules: a title, and a safe link."""
    with pytest.raises(FieldError, match="needs a title"):
        EvidenceItem("")
    with pytest.raises(FieldError, match="'javascript:alert\\(1\\)' is not allowed"):
        EvidenceItem("x", link="javascript:alert(1)")


OLD = EvidenceItem("Equality report 2024", date=datetime.date(2024, 3, 31))
RECENT = EvidenceItem("Equality report 2026", date=datetime.date(2026, 3, 31))
UNDATED = EvidenceItem("Minutes")
AGEING = Policy(max_evidence_age_months=12)
STRICT = Policy(max_evidence_age_months=12, stale_evidence_unmeets=True)


def _result(policy: Policy, *items: EvidenceItem, answer: Answer | None = None) -> CriterionResult:
    answer = answer or Answer(Status.MET, evidence=items)
    assessment = Assessment("1.1", "Riverside", DAY, criteria={"1.2.B2": answer})
    return evaluate(load("1.1"), assessment, policy).criterion("1.2.B2")


def test_evidence_is_not_judged_by_age_by_default() -> None:
    """Without max_evidence_age_months, old evidence changes nothing and is not mentioned."""
    result = _result(Policy(stale_evidence_unmeets=True), OLD)
    assert result.outcome is Outcome.MET
    assert explain(result) == "met"


def test_old_evidence_is_reported_but_keeps_the_criterion_met() -> None:
    """With an age limit alone, the explanation names the old item; the outcome stays met."""
    result = _result(AGEING, OLD, RECENT)
    assert result.outcome is Outcome.MET
    assert explain(result) == (
        "met; evidence out of date (older than 2025-09-30): Equality report 2024 (2024-03-31)"
    )
    assert _result(AGEING, RECENT, UNDATED).stale_evidence == ()


def test_only_the_explicit_choice_un_meets_a_criterion() -> None:
    """stale_evidence_unmeets makes all-old evidence out_of_date, which costs the tier."""
    result = _result(STRICT, OLD, UNDATED)
    assert result.outcome is Outcome.OUT_OF_DATE
    assert not result.met
    assert explain(result).startswith("out of date: answered met, but every dated")
    assert _result(STRICT, OLD, RECENT).outcome is Outcome.MET
    assert _result(STRICT, UNDATED).outcome is Outcome.MET
    not_met = Answer(Status.NOT_MET, evidence=(OLD,))
    assert _result(STRICT, answer=not_met).outcome is Outcome.NOT_MET
    claim = Answer(Status.NOT_APPLICABLE, evidence=(OLD,), reason="No such service")
    assert _result(STRICT, answer=claim).outcome is Outcome.NOT_APPLICABLE


def test_stale_evidence_un_meets_the_tier_and_views_too() -> None:
    """The engine takes the criterion out of the met set: the indicator loses Bronze."""
    views = Answer(views={"staff": Status.MET}, evidence=(OLD,))
    criteria = {"1.2.B1": Answer(Status.MET), "1.2.B2": views}
    assessment = Assessment("1.1", "Riverside", DAY, criteria=criteria)
    assert evaluate(load("1.1"), assessment, AGEING).indicator("1.2").achieved is Tier.BRONZE
    evaluation = evaluate(load("1.1"), assessment, STRICT)
    assert evaluation.indicator("1.2").achieved is None
    assert evaluation.criterion("1.2.B2").outcome is Outcome.OUT_OF_DATE


def test_the_edge_of_the_age_limit_counts_as_current() -> None:
    """An item dated exactly max_evidence_age_months before assessed_on is not out of date."""
    edge = EvidenceItem("Edge", date=datetime.date(2025, 9, 30))
    assert not evidence_out_of_date((edge,), datetime.date(2025, 9, 30))
    assert _result(STRICT, edge).outcome is Outcome.MET


def test_the_policy_refuses_bad_values() -> None:
    """The age is a whole number from 0 to 1200 or None; the switch is True or False."""
    with pytest.raises(FieldError, match="max_evidence_age_months must be a whole number"):
        Policy(max_evidence_age_months=-1)
    with pytest.raises(FieldError, match="stale_evidence_unmeets must be True or False"):
        Policy(stale_evidence_unmeets=1)  # type: ignore[arg-type]


HOSTILE = EvidenceItem(
    "Report <script>alert(1)</script> [x](javascript:alert(2)) \x1b[31m",
    link='https://example.org/?a=1&b="2"',
    date=datetime.date(2024, 1, 1),
    owner="<b>Jo</b>",
)


def _hostile() -> Evaluation:
    answer = Answer(Status.NOT_MET, evidence=(HOSTILE, EvidenceItem("Plan", link="plan.pdf")))
    assessment = Assessment("1.1", "Riverside", DAY, criteria={"1.2.B2": answer})
    return evaluate(load("1.1"), assessment, AGEING)


def test_the_html_report_escapes_evidence_and_links_only_safe_addresses() -> None:
    """Titles and owners are escaped; an href is given only for a checked link, quoted."""
    page = evaluation_html(_hostile())
    assert "<script>alert(1)" not in page
    assert "&lt;b&gt;Jo&lt;/b&gt;" in page
    assert (
        '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">' in page
    )
    assert '<a href="plan.pdf" rel="noopener noreferrer">Plan</a>' in page
    assert 'href="javascript' not in page
    assert "Evidence out of date (older than 2025-09-30)" in page


def test_the_plan_and_text_report_escape_evidence() -> None:
    """Markdown shows the title as written, never a link; the terminal never gets an escape."""
    evaluation = _hostile()
    markdown = plan_markdown(evaluation)
    assert "\\[x\\](javascript:alert(2))" in markdown
    assert "&lt;script>" in markdown
    assert "evidence out of date (older than 2025-09-30)" in markdown
    text = evaluation_text(evaluation)
    assert "\x1b" not in text
    (record,) = [r for r in plan_records(evaluation) if r["criterion"] == "1.2.B2"]
    assert record["evidence"].startswith("Report <script>")
    assert record["evidence"].endswith("; Plan (plan.pdf)")


def test_the_json_export_gives_items_as_mappings() -> None:
    """to_dict keeps the items' keys that are given, dates as text."""
    criteria = _hostile().to_dict()["criteria"]
    assert criteria["1.2.B2"]["evidence"][1] == {"title": "Plan", "link": "plan.pdf"}
    assert criteria["1.2.B2"]["evidence"][0]["date"] == "2024-01-01"


def test_the_command_line_takes_both_options(tmp_path: Path) -> None:
    """--max-evidence-age-months and --stale-evidence-unmeets reach the evaluation."""
    path = tmp_path / "a.yaml"
    path.write_text(LISTED.replace("2026-03-31", "2024-03-31"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    argv = ["evaluate", str(path), "--format", "json", "--max-evidence-age-months", "12"]
    assert run(argv, out, err) == 0, err.getvalue()
    assert json.loads(out.getvalue())["criteria"]["1.2.B2"]["status"] == "met"
    out = io.StringIO()
    assert run([*argv, "--stale-evidence-unmeets"], out, err) == 0, err.getvalue()
    assert json.loads(out.getvalue())["criteria"]["1.2.B2"]["status"] == "out_of_date"


LINKS = [
    "https://example.org/a",
    "HTTP://example.org",
    "a.pdf",
    "../b/c.docx",
    "reports/2026 report.pdf",
    "javascript:alert(1)",
    "data:text/html,x",
    "file:///etc/passwd",
    "mailto:jo@example.org",
    "/etc/passwd",
    "\\\\server\\x",
    "C:\\x.pdf",
    "https:example.org",
    "https:///x",
    "",
    "  ",
    "a\x07b",
]


def test_the_schema_allows_the_links_the_model_allows() -> None:
    """The schema's pattern for a link agrees with the model's rule on each sample."""
    from tests.test_schema import ASSESSMENT_ANY

    for link in LINKS:
        data = {
            "version": "1.1",
            "organisation": "Riverside",
            "assessed_on": "2026-09-30",
            "criteria": {"1.2.B2": {"status": "met", "evidence": [{"title": "R", "link": link}]}},
        }
        valid = not list(ASSESSMENT_ANY.iter_errors(data))
        assert valid == (link_problem(link) is None), link


def test_the_plan_lists_met_criteria_whose_evidence_is_out_of_date() -> None:
    """A met criterion with old evidence is under "Evidence to renew"; none, no section."""
    answer = Answer(Status.MET, evidence=(OLD, UNDATED))
    assessment = Assessment("1.1", "Riverside", DAY, criteria={"1.2.B2": answer})
    markdown = plan_markdown(evaluate(load("1.1"), assessment, AGEING))
    assert markdown.endswith(
        "## Evidence to renew\n\nThese criteria count as met, but some of their evidence is "
        "older than the policy's 12 months.\n\n- [ ] **1.2.B2**: Evidence out of date (older "
        "than 2025-09-30): Equality report 2024 (2024-03-31)\n"
    )
    assert "Evidence to renew" not in plan_markdown(evaluate(load("1.1"), assessment))


def test_the_reports_list_met_criteria_whose_evidence_is_out_of_date() -> None:
    """Text and Markdown reports have a section for met criteria with old evidence, escaped."""
    hostile = attrs.evolve(HOSTILE, title="[x](javascript:alert(1)) \x1b[31m")
    answer = Answer(Status.MET, evidence=(hostile, UNDATED))
    assessment = Assessment("1.1", "Riverside", DAY, criteria={"1.2.B2": answer})
    evaluation = evaluate(load("1.1"), assessment, AGEING)
    text = evaluation_text(evaluation)
    assert text.endswith(
        "Evidence out of date (the criterion still counts as met)\n"
        "  1.2.B2: evidence out of date (older than 2025-09-30): [x](javascript:alert(1))"
        " <U+001B>[31m\n    (2024-01-01)\n"
    )
    markdown = evaluation_markdown(evaluation)
    assert (
        "## Evidence out of date (the criterion still counts as met)\n\n- **1.2.B2**: evidence "
        "out of date (older than 2025-09-30): \\[x\\](javascript:alert(1)) "
    ) in markdown
    assert "out of date" not in evaluation_text(evaluate(load("1.1"), assessment))


def test_the_html_report_links_no_unchecked_address() -> None:
    """An item whose link got past the model (set behind its back) is shown as text, unlinked."""
    item = EvidenceItem("Sneaky")
    object.__setattr__(item, "link", "javascript:alert(1)")
    answer = Answer(Status.MET, evidence=(item,))
    assessment = Assessment("1.1", "Riverside", DAY, criteria={"1.2.B2": answer})
    page = evaluation_html(evaluate(load("1.1"), assessment))
    assert 'href="javascript' not in page
    assert "Evidence: Sneaky</li>" in page
