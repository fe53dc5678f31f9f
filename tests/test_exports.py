"""Exports for analysts: records, CSV, Markdown, summaries and notebook tables."""

from __future__ import annotations

import csv
import datetime
import io
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import coprod_standards
from coprod_standards import Evaluation, Tier, evaluate, evaluate_many, load, load_assessment
from coprod_standards.reports.notebook import evaluation_table
from coprod_standards.reports.summary import summarise
from coprod_standards.reports.tables import records_csv, records_markdown

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NAMES = ("small-organisation-bronze", "mixed-tiers", "joint-assessment")


@pytest.fixture(scope="module")
def evaluations() -> list[Evaluation]:
    framework = load("1.1")
    return list(evaluate_many(framework, [load_assessment(EXAMPLES / f"{n}.yaml") for n in NAMES]))


def test_indicator_records(evaluations: list[Evaluation]) -> None:
    """One flat record per indicator, with plain values."""
    records = evaluations[1].to_records()
    assert len(records) == 36
    first = records[0]
    assert first["organisation"] == "Eastgate Community Wellbeing Trust"
    assert first["assessed_on"] == datetime.date(2026, 9, 30)
    assert (first["standard"], first["indicator"], first["tier"]) == ("1", "1.1", "silver")
    assert (first["next_tier"], first["blocking"]) == ("gold", "1.1.G1")
    for record in records:
        for value in record.values():
            assert value is None or isinstance(value, (str, int, bool, datetime.date))


def test_criterion_records(evaluations: list[Evaluation]) -> None:
    """One flat record per criterion: 237 of them, with status and explanation."""
    records = evaluations[1].to_records("criterion")
    assert len(records) == 237
    by_id = {record["criterion"]: record for record in records}
    assert by_id["1.1.G1"]["status"] == "not_met"
    assert by_id["1.1.G1"]["met"] is False
    assert "needs 20 more of 100 respondents to agree" in by_id["1.1.G1"]["explanation"]


def test_unknown_record_level(evaluations: list[Evaluation]) -> None:
    """Only the organisation, standard, indicator and criterion levels exist."""
    with pytest.raises(ValueError, match="level must be one of 'organisation', 'standard', "):
        evaluations[0].to_records("region")  # type: ignore[arg-type]


def test_pandas_takes_the_records_as_they_are(evaluations: list[Evaluation]) -> None:
    """pandas.DataFrame(records) works without conversion (skipped without pandas)."""
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(evaluations[1].to_records("criterion"))
    assert frame.shape == (237, 19)
    assert frame.loc[frame["criterion"] == "1.2.G3", "status"].item() == "met"


def test_csv_is_rfc_4180_with_a_header(evaluations: list[Evaluation]) -> None:
    """CSV: header row, CRLF line ends, quoting that the csv module reads back."""
    text = records_csv(evaluations[0].to_records())
    assert text.startswith("organisation,assessed_on,version,standard,")
    assert text.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 36
    assert rows[0]["assessed_on"] == "2026-09-30"
    assert rows[0]["tier"] == "bronze"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_formulas(start: str) -> None:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    text = records_csv([{"comment": f"{start}cmd|' /C calc'!A0", "count": -1}])
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["comment"] == f"'{start}cmd|' /C calc'!A0"
    assert row["count"] == "-1"


def test_markdown_table_escapes_pipes() -> None:
    """A pipe in a cell cannot break a Markdown table."""
    text = records_markdown([{"comment": "a | b", "n": 1}])
    assert text.splitlines() == ["| comment | n |", "| --- | --- |", "| a \\| b | 1 |"]


def test_summary_counts(evaluations: list[Evaluation]) -> None:
    """How many organisations reach each tier, overall, per standard and per indicator."""
    summary = summarise(evaluations)
    assert summary.overall == {"gold": 0, "silver": 0, "bronze": 1, None: 2}
    assert summary.standard("8") == {"gold": 1, "silver": 0, "bronze": 2, None: 0}
    # 6.2: Bronze in the small organisation; no tier in the other two (surveys).
    assert summary.indicator("6.2") == {"gold": 0, "silver": 0, "bronze": 1, None: 2}
    records = summary.to_records()
    assert len(records) == 1 + 10 + 36
    assert records[0]["organisations"] == 3
    data = summary.to_dict()
    assert data["overall"] == {"gold": 0, "silver": 0, "bronze": 1, "none": 2}
    assert [row["overall"] for row in data["by_organisation"]] == ["bronze", None, None]


def test_summary_refuses_nothing_and_mixed_versions() -> None:
    """A summary needs evaluations, all of one version."""
    with pytest.raises(coprod_standards.CoprodError, match="no evaluations"):
        summarise([])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_notebook_tables_escape_what_they_show() -> None:
    """The notebook's tables are captioned, and escape the organisation's name."""
    framework = load("1.1")
    assessment = coprod_standards.Assessment(
        "1.1", "<script>alert(1)</script>", datetime.date(2026, 9, 30)
    )
    evaluation = evaluate(framework, assessment)
    for markup in (evaluation_table(evaluation), summarise([evaluation])._repr_html_()):
        parser = _Tags()
        parser.feed(markup)
        assert "script" not in parser.tags
        assert parser.tags[:2] == ["table", "caption"]
        assert "th" in parser.tags
    parser = _Tags()
    parser.feed(evaluation_table(evaluation))
    assert "<script>alert(1)</script>, 2026-09-30" in "".join(parser.text)
    assert "No tier" in parser.text


class _Formatter:
    def __init__(self) -> None:
        self.types: dict[type, Any] = {}

    def for_type(self, kind: type, function: Any) -> None:
        self.types[kind] = function


def test_the_ipython_extension_shows_evaluations_as_tables() -> None:
    """``%load_ext coprod_standards`` registers the evaluation's table for text/html."""
    html = _Formatter()
    ipython = SimpleNamespace(display_formatter=SimpleNamespace(formatters={"text/html": html}))
    coprod_standards.load_ipython_extension(ipython)
    assert html.types == {Evaluation: evaluation_table}


def test_cheap_tier_lookups_match_the_detailed_results(evaluations: list[Evaluation]) -> None:
    """indicator_tiers and standard_tiers agree with the built results."""
    for evaluation in evaluations:
        assert evaluation.indicator_tiers == {r.id: r.achieved for r in evaluation.indicators}
        assert evaluation.standard_tiers == {r.id: r.achieved for r in evaluation.standards}
    assert evaluations[0].standard_tiers["1"] is Tier.BRONZE
