"""Survey exports and scale files built to break `tally_survey`: each is an error, or a count."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import DataError, tally_survey
from coprod_standards.core.tally import SurveyTally

openpyxl = pytest.importorskip("openpyxl")
CLOSED = datetime.date(2026, 5, 1)


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


@pytest.mark.parametrize(
    ("codes", "said"),
    [
        ({"1": "No"}, "code '1' is also a label of the scale"),  # "1" is an agree label
        ({"no": "Yes"}, "code 'no' is also a label of the scale"),
        ({"2": "Yes", " 2 ": "No"}, "code ' 2 ' is listed twice"),
    ],
)
def test_a_code_that_collides_is_refused(codes: dict[str, str], said: str) -> None:
    """A code that is also a label, or another code, is refused rather than one meaning dropped."""
    from coprod_standards.core.scales import Scale
    from coprod_standards.errors import FieldError

    with pytest.raises(FieldError) as raised:
        Scale("yn", "YN", agree=("Yes", "1"), not_agree=("No",), codes=codes)
    assert raised.value.field == "codes"
    assert said in str(raised.value)


def test_a_scale_file_whose_code_is_a_label_is_refused_at_its_line(tmp_path: Path) -> None:
    """codes: {"1": "No"} beside the label "1" is a problem at the codes of the scale file."""
    (tmp_path / "yn.yaml").write_text(
        'name: yn\ntitle: YN\nagree: ["Yes", "1"]\nnot_agree: ["No"]\ncodes: {"1": "No"}\n'
    )
    (tmp_path / "e.csv").write_text("Q\nYes\n1\n")
    scale = tmp_path / "yn.yaml"
    (problem,) = refused(tmp_path / "e.csv", scale=scale, conducted_on=CLOSED).problems
    assert (problem.file, problem.line, problem.path) == (str(tmp_path / "yn.yaml"), 5, "$.codes")


def test_a_code_may_repeat_its_own_label() -> None:
    """codes: {"Yes": "Yes"} says nothing new and is taken."""
    from coprod_standards.core.scales import Meaning, Scale

    scale = Scale("yn", "YN", agree=("Yes",), not_agree=("No",), codes={"YES": "Yes", "0": "No"})
    assert (scale.meaning("yes"), scale.meaning("0")) == (Meaning.AGREE, Meaning.NOT_AGREE)
