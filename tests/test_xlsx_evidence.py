"""Evidence items in a workbook: JSON text in the Evidence cell, read back as items."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from coprod_standards import Answer, Assessment, DataError, Status, load_assessment, save_assessment
from coprod_standards.core.evidence import EvidenceItem

DAY = datetime.date(2026, 9, 30)
ITEMS = (
    EvidenceItem(
        'Report "A"', link="https://example.org/a", date=datetime.date(2026, 3, 31), owner="Jo"
    ),
    EvidenceItem("Minutes", link="minutes/05.docx"),
)


def _saved(tmp_path: Path, evidence: str | tuple[EvidenceItem, ...]) -> Path:
    answer = Answer(Status.MET, evidence=evidence)
    assessment = Assessment("1.1", "Riverside", DAY, criteria={"1.2.B2": answer})
    path = tmp_path / "a.xlsx"
    save_assessment(assessment, path)
    return path


def _evidence_cell(path: Path) -> tuple[openpyxl.Workbook, str]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Criteria"]
    headings = {
        sheet.cell(1, c).value: get_column_letter(c) for c in range(1, sheet.max_column + 1)
    }
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 4).value == "1.2.B2")
    return workbook, f"{headings['Evidence']}{row}"


def test_items_are_written_one_a_line_as_json_and_read_back(tmp_path: Path) -> None:
    """The cell holds a JSON list, an item a line, and reads back as the same items."""
    path = _saved(tmp_path, ITEMS)
    workbook, cell = _evidence_cell(path)
    assert workbook["Criteria"][cell].value == (
        '[{"title": "Report \\"A\\"", "link": "https://example.org/a", "date": "2026-03-31", '
        '"owner": "Jo"},\n {"title": "Minutes", "link": "minutes/05.docx"}]'
    )
    assert load_assessment(path).answer("1.2.B2").evidence == ITEMS


def test_text_that_only_looks_like_a_list_stays_text(tmp_path: Path) -> None:
    """Evidence text is read as items only where it is JSON of mappings with a title."""
    for text in ("[draft] report", "[]", '[{"name": "x"}]', "[{not json"):
        path = _saved(tmp_path, text)
        assert load_assessment(path).answer("1.2.B2").evidence == text


def test_a_refused_link_in_a_cell_names_the_cell(tmp_path: Path) -> None:
    """A javascript: link typed into the cell's JSON is refused at that cell."""
    path = _saved(tmp_path, ITEMS)
    workbook, cell = _evidence_cell(path)
    workbook["Criteria"][cell].value = '[{"title": "x", "link": "javascript:alert(1)"}]'
    workbook.save(path)
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    (problem,) = caught.value.problems
    assert problem.cell == f"Criteria!{cell}"
    assert problem.path == "$.criteria['1.2.B2'].evidence[0].link"
    assert "'javascript:alert(1)' is not allowed" in problem.message
