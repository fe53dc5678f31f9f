"""Survey exports and scale files built to break `tally_survey`: each is an error, or a count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coprod_standards import DataError, tally_survey
from coprod_standards.core.tally import SurveyTally

openpyxl = pytest.importorskip("openpyxl")


def tally(path: Path, question: str = "Q", **options: Any) -> SurveyTally:
    options.setdefault("metric", "inclusion")
    options.setdefault("population", "service_users")
    return tally_survey(path, question=question, **options)


def refused(path: Path, **options: Any) -> DataError:
    with pytest.raises(DataError) as raised:
        tally(path, **options)
    return raised.value


def test_a_csv_of_only_delimiters_is_empty(tmp_path: Path) -> None:
    """A CSV whose rows are all empty cells (",,,") is an empty export, not a traceback."""
    (tmp_path / "commas.csv").write_text(",,,\n,,\n")
    (problem,) = refused(tmp_path / "commas.csv").problems
    assert (problem.file, problem.code) == (str(tmp_path / "commas.csv"), "empty-export")


def test_a_workbook_whose_first_sheet_is_empty(tmp_path: Path) -> None:
    """An XLSX whose first sheet is blank names that sheet, rather than a traceback."""
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.create_sheet("Responses").append(["Q"])
    book.save(tmp_path / "two.xlsx")
    (problem,) = refused(tmp_path / "two.xlsx").problems
    assert problem.code == "empty-export"
    assert "'Notes'" in problem.message
    assert "first sheet" in problem.message
