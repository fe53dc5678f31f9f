"""Assessment workbooks edited by hand: what is read, and what is refused at its cell."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest

from coprod_standards import DataError, load, load_assessment
from coprod_standards.formats.xlsx_assessment import template_workbook

FRAMEWORK = load("1.1")
DAY = datetime.date(2026, 9, 30)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "ours.xlsx"
    path.write_bytes(template_workbook(FRAMEWORK, assessed_on=DAY, organisation="Riverside"))
    return path


def _problems(path: Path) -> list[tuple[str | None, str]]:
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    return [(problem.cell, problem.code) for problem in caught.value.problems]


@pytest.mark.parametrize(("depth", "code"), [(5000, "wrong-type"), (900, "too-deep")])
def test_json_nested_too_deeply_in_a_source_cell_is_refused_at_the_cell(
    template: Path, depth: int, code: str
) -> None:
    """A survey's source cell of hundreds or thousands of brackets is refused at its cell."""
    workbook = openpyxl.load_workbook(template)
    source = "[" * depth + "]" * depth
    closed = datetime.datetime(2026, 5, 1)
    row: list[str | int | datetime.datetime | None] = [
        "inclusion",
        "service_users",
        61,
        100,
        None,
        closed,
        source,
    ]
    for column, value in enumerate(row, start=1):
        workbook["Surveys"].cell(2, column).value = value
    workbook.save(template)
    assert _problems(template) == [("Surveys!G2", code)]


def test_meetings_nested_too_deeply_are_refused_at_their_cell(template: Path) -> None:
    """The About sheet's meetings, JSON nested past the limit, are refused at their cell."""
    workbook = openpyxl.load_workbook(template)
    about = workbook["About"]
    about["A8"], about["B8"] = "Meetings (JSON)", '{"a": ' * 900 + "1" + "}" * 900
    workbook.save(template)
    assert _problems(template) == [("About!B8", "too-deep")]


def _row(criterion_id: str, workbook: openpyxl.Workbook) -> int:
    sheet = workbook["Criteria"]
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 4).value == criterion_id)


@pytest.mark.parametrize("heading", ["Answer", " answer ", "View: staff", "View:Staff"])
def test_a_column_added_with_a_heading_already_read_is_refused(
    template: Path, heading: str
) -> None:
    """A second column headed as one the library reads is named, not silently left unread."""
    workbook = openpyxl.load_workbook(template)
    criteria = workbook["Criteria"]
    column = criteria.max_column + 1
    criteria.cell(1, column).value = heading
    criteria.cell(_row("1.2.B1", workbook), column).value = "met"
    workbook.save(template)
    letter = openpyxl.utils.get_column_letter(column)
    with pytest.raises(DataError) as caught:
        load_assessment(template)
    (problem,) = caught.value.problems
    assert (problem.cell, problem.code, problem.path) == (
        f"Criteria!{letter}1",
        "duplicate-column",
        "$.criteria",
    )
    assert "only the first of the two is read" in problem.message


def test_a_surveys_column_given_twice_is_refused(template: Path) -> None:
    """On the Surveys sheet too, a heading given to a second column is named at its cell."""
    workbook = openpyxl.load_workbook(template)
    surveys = workbook["Surveys"]
    surveys.cell(1, 8).value = "Respondents"
    workbook.save(template)
    assert _problems(template) == [("Surveys!H1", "duplicate-column")]


def test_columns_of_ones_own_may_share_a_heading(template: Path) -> None:
    """Two columns of a person's own with the same heading are theirs: left alone."""
    workbook = openpyxl.load_workbook(template)
    criteria = workbook["Criteria"]
    for column in (13, 14):
        criteria.cell(1, column).value = "Who follows up"
    criteria.cell(_row("1.2.B1", workbook), 6).value = "met"
    workbook.save(template)
    assert load_assessment(template).answer("1.2.B1").status is not None
