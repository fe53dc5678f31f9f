"""Assessments as spreadsheets: the workbook a person fills in, read back and saved into."""

from __future__ import annotations

import datetime
import sys
from fractions import Fraction
from pathlib import Path

import attrs
import openpyxl
import pytest
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from coprod_standards import (
    Answer,
    Assessment,
    CoprodError,
    DataError,
    Status,
    SurveyResponse,
    evaluate,
    load,
    load_assessment,
    save_assessment,
)
from coprod_standards.core.assessment import IndicatorNote
from coprod_standards.formats.xlsx_assessment import template_workbook

FRAMEWORK = load("1.1")
DAY = datetime.date(2026, 9, 30)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "ours.xlsx"
    path.write_bytes(template_workbook(FRAMEWORK, assessed_on=DAY, organisation="Riverside"))
    return path


def _row(sheet: Worksheet, criterion_id: str) -> int:
    """The row of *criterion_id* on the Criteria sheet."""
    return next(
        row for row in range(2, sheet.max_row + 1) if sheet.cell(row, 4).value == criterion_id
    )


def test_the_template_has_the_sheets_and_columns_a_person_fills_in(template: Path) -> None:
    """About, Criteria, Surveys and Indicator notes, with the columns the issue names."""
    workbook = openpyxl.load_workbook(template)
    assert workbook.sheetnames == ["About", "Criteria", "Surveys", "Indicator notes"]
    about = workbook["About"]
    assert [about.cell(row, 1).value for row in range(2, 8)] == [
        "Organisation",
        "Assessment date",
        "Who took part",
        "Standards version",
        "Service",
        "Organisation identifier",
    ]
    assert about["B2"].value == "Riverside"
    assert about["B3"].value == datetime.datetime(2026, 9, 30)
    assert about["B5"].value == "1.1"
    criteria = workbook["Criteria"]
    assert [cell.value for cell in criteria[1]] == [
        "Standard",
        "Indicator",
        "Tier",
        "Criterion",
        "Published text",
        "Answer",
        "Reason",
        "Evidence",
        "Comment",
        "View: staff",
        "View: service_users",
        "View: members",
    ]
    assert criteria.max_row == 1 + len(FRAMEWORK.criteria)
    row = _row(criteria, "1.2.B1")
    assert criteria.cell(row, 5).value == FRAMEWORK.criterion("1.2.B1").text
    assert criteria.cell(row, 3).value == "Bronze standard"
    assert [cell.value for cell in workbook["Surveys"][1]] == [
        "Metric",
        "Population",
        "Agree",
        "Respondents",
        "Percent agreeing",
        "Closed on",
        "Source (survey tally)",
    ]
    notes = workbook["Indicator notes"]
    assert [notes.cell(2, column).value for column in (1, 2)] == [
        "1.1",
        FRAMEWORK.indicators[0].title,
    ]


def test_survey_criteria_say_so_instead_of_offering_an_answer(template: Path) -> None:
    """1.1.B1's Answer cell says a survey decides it, and is locked."""
    criteria = openpyxl.load_workbook(template)["Criteria"]
    answer = criteria.cell(_row(criteria, "1.1.B1"), 6)
    assert answer.value == (
        "Decided by a survey of service users about inclusion: record it on the Surveys sheet"
    )
    assert answer.protection.locked


def test_published_text_is_locked_and_answers_are_not(template: Path) -> None:
    """The sheet is protected without a password; only answer cells are unlocked."""
    criteria = openpyxl.load_workbook(template)["Criteria"]
    row = _row(criteria, "1.2.B1")
    assert criteria.protection.sheet
    assert not criteria.protection.password
    assert [criteria.cell(row, column).protection.locked for column in range(1, 13)] == [
        *[True] * 5,
        *[False] * 7,
    ]
    assert criteria.cell(row, 5).alignment.wrap_text


def test_the_answer_column_offers_a_drop_down(template: Path) -> None:
    """Answer cells offer met, not met and not applicable; view cells met and not met."""
    criteria = openpyxl.load_workbook(template)["Criteria"]
    lists = {str(v.sqref): v.formula1 for v in criteria.data_validations.dataValidation}
    assert lists[f"F2:F{criteria.max_row}"] == '"met,not met,not applicable"'
    assert lists[f"J2:L{criteria.max_row}"] == '"met,not met"'


def test_the_sheets_print_landscape_fitted_to_width_with_headings_repeated(
    template: Path,
) -> None:
    """Every sheet of the template prints landscape, one page wide, row 1 on each page."""
    for sheet in openpyxl.load_workbook(template):
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1
        setup = sheet.sheet_properties.pageSetUpPr
        assert setup is not None
        assert setup.fitToPage
        assert sheet.print_title_rows == "$1:$1"


def test_the_template_read_back_is_a_blank_assessment(template: Path) -> None:
    """Unchanged, the workbook is an assessment with no answers, reaching no tier."""
    assessment = load_assessment(template)
    assert (assessment.organisation, assessment.assessed_on) == ("Riverside", DAY)
    assert dict(assessment.criteria) == {}
    assert evaluate(FRAMEWORK, assessment).overall is None


def _fill_in(path: Path) -> None:
    """Answer as people type: any case and spacing, views, a survey and a note."""
    workbook = openpyxl.load_workbook(path)
    workbook["About"]["B4"] = "staff, Service users"
    criteria = workbook["Criteria"]
    typed = {"1.2.B1": "Met", "1.2.B2": " not met ", "1.2.S1": "NOT  APPLICABLE"}
    for criterion_id, answer in typed.items():
        criteria.cell(_row(criteria, criterion_id), 6).value = answer
    criteria.cell(_row(criteria, "1.2.S1"), 7).value = "We hold no statutory orders."
    criteria.cell(_row(criteria, "1.2.B1"), 8).value = "Equality report 2026"
    criteria.cell(_row(criteria, "1.3.B1"), 10).value = "met"
    criteria.cell(_row(criteria, "1.3.B1"), 11).value = "Not met"
    surveys = workbook["Surveys"]
    for column, value in enumerate(
        ["inclusion", "Service users", 61, 100, None, datetime.datetime(2026, 5, 1)], start=1
    ):
        surveys.cell(2, column).value = value
    workbook["Indicator notes"]["C3"] = "Census targets agreed with the community panel"
    workbook.save(path)


YAML = """\
version: "1.1"
organisation: Riverside
assessed_on: 2026-09-30
completed_by: [staff, service_users]
criteria:
  1.2.B1: {status: met, evidence: Equality report 2026}
  1.2.B2: not_met
  1.2.S1: {status: not_applicable, reason: We hold no statutory orders.}
  1.3.B1: {views: {staff: met, service_users: not_met}}
indicators:
  "1.2": {comment: Census targets agreed with the community panel}
surveys:
  - {metric: inclusion, population: service_users, agree: 61, respondents: 100,
     conducted_on: 2026-05-01}
"""


def test_a_filled_in_workbook_evaluates_as_the_same_answers_in_yaml(
    template: Path, tmp_path: Path
) -> None:
    """The workbook filled in with openpyxl gives the assessment and evaluation YAML gives."""
    _fill_in(template)
    yaml_path = tmp_path / "ours.yaml"
    yaml_path.write_text(YAML, encoding="utf-8")
    from_workbook = load_assessment(template)
    from_yaml = load_assessment(yaml_path)
    assert from_workbook == from_yaml
    assert evaluate(FRAMEWORK, from_workbook).to_dict() == evaluate(FRAMEWORK, from_yaml).to_dict()


def _problems(path: Path) -> tuple[tuple[str | None, str], ...]:
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    return tuple((problem.cell, problem.code) for problem in caught.value.problems)


def test_an_answer_that_is_not_one_of_the_words_names_its_cell(template: Path) -> None:
    """'yes' is refused at its sheet and cell, with the answers allowed."""
    workbook = openpyxl.load_workbook(template)
    criteria = workbook["Criteria"]
    row = _row(criteria, "1.2.B2")
    criteria.cell(row, 6).value = "yes"
    workbook.save(template)
    with pytest.raises(DataError) as caught:
        load_assessment(template)
    (problem,) = caught.value.problems
    assert problem.cell == f"Criteria!F{row}"
    assert problem.location == f"{template}:Criteria!F{row}"
    assert str(problem).startswith(f"{template}:Criteria!F{row}: at $.criteria['1.2.B2'].status")
    assert "met, not met or not applicable" in problem.message


def test_the_checks_of_a_yaml_file_name_cells_in_a_workbook(template: Path) -> None:
    """A missing reason, an answered survey criterion, a bad view and a bad survey name cells."""
    workbook = openpyxl.load_workbook(template)
    criteria = workbook["Criteria"]
    criteria.cell(_row(criteria, "1.2.S1"), 6).value = "not applicable"
    criteria.cell(_row(criteria, "1.1.B1"), 6).value = "met"
    criteria.cell(_row(criteria, "1.3.B1"), 10).value = "maybe"
    surveys = workbook["Surveys"]
    rows: tuple[list[str | int | datetime.datetime | None], ...] = (
        ["happiness", "staff", 5, 10, None, datetime.datetime(2026, 5, 1)],
        ["inclusion", "staff", 5, 10, None, "1 May"],
    )
    for row, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            surveys.cell(row, column).value = value
    workbook.save(template)
    assert _problems(template) == (
        ("Criteria!D2", "survey-status"),
        (f"Criteria!G{_row(criteria, '1.2.S1')}", "invalid-value"),
        (f"Criteria!J{_row(criteria, '1.3.B1')}", "unknown-answer"),
        ("Surveys!A2", "unknown-metric"),
        ("Surveys!F3", "wrong-type"),
    )


def test_a_criterion_answered_on_two_rows_is_refused(template: Path) -> None:
    """A second row with the same criterion id is named, with the first row's number."""
    workbook = openpyxl.load_workbook(template)
    criteria = workbook["Criteria"]
    first = _row(criteria, "1.2.B1")
    criteria.cell(first, 6).value = "met"
    criteria.cell(criteria.max_row + 1, 4).value = "1.2.B1"
    criteria.cell(criteria.max_row, 6).value = "not met"
    workbook.save(template)
    with pytest.raises(DataError) as caught:
        load_assessment(template)
    (problem,) = caught.value.problems
    assert (problem.cell, problem.code) == (f"Criteria!D{criteria.max_row}", "duplicate-id")
    assert f"row {first}" in problem.message


def test_the_service_and_identifier_typed_in_the_about_sheet_are_read(template: Path) -> None:
    """The blank form's Service and identifier rows read back; a malformed identifier names B7."""
    workbook = openpyxl.load_workbook(template)
    workbook["About"]["B6"] = "Day centre"
    workbook["About"]["B7"] = "GB-CHC-1234567"
    workbook.save(template)
    read = load_assessment(template)
    assert (read.service, read.organisation_id) == ("Day centre", "GB-CHC-1234567")
    workbook["About"]["B6"] = 7  # a number typed: the text it shows
    workbook.save(template)
    assert load_assessment(template).service == "7"
    workbook["About"]["B7"] = "GB-CHC-12"
    workbook.save(template)
    with pytest.raises(DataError) as caught:
        load_assessment(template)
    (problem,) = caught.value.problems
    assert (problem.cell, problem.path, problem.code) == (
        "About!B7",
        "$.organisation_id",
        "organisation-id",
    )
    assert "such as GB-CHC-1234567" in problem.message


def test_a_formula_is_refused_where_a_value_belongs(template: Path) -> None:
    """A formula in an answer cell is an error naming the cell, not a value computed."""
    workbook = openpyxl.load_workbook(template)
    criteria = workbook["Criteria"]
    row = _row(criteria, "1.2.B1")
    criteria.cell(row, 8).value = '=CONCAT("a", "b")'
    workbook.save(template)
    assert _problems(template) == ((f"Criteria!H{row}", "formula"),)


def test_a_percentage_typed_with_a_percent_sign_is_the_percent_it_shows(template: Path) -> None:
    """A spreadsheet keeps 78.6% as 0.786; the survey reads it as 78.6 percent, exactly."""
    workbook = openpyxl.load_workbook(template)
    surveys = workbook["Surveys"]
    for column, value in enumerate(
        ["inclusion", "staff", None, 10, 0.786, datetime.datetime(2026, 5, 1)], start=1
    ):
        surveys.cell(2, column).value = value
    surveys["E2"].number_format = "0.0%"
    workbook.save(template)
    loaded = load_assessment(template)
    (survey,) = loaded.surveys
    assert survey.percent_agree == Fraction(786, 10)
    save_assessment(loaded, template)
    assert openpyxl.load_workbook(template)["Surveys"]["E2"].value == 0.786
    assert load_assessment(template) == loaded


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    """Bytes that are not an .xlsx workbook give one problem naming the file."""
    path = tmp_path / "ours.xlsx"
    path.write_bytes(b"version: '1.1'\n")
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.code) == (str(path), "not-a-workbook")


def test_saving_changes_only_the_answer_cells(template: Path) -> None:
    """A person's extra column and a cell's fill stay when answers are saved into the workbook."""
    workbook = openpyxl.load_workbook(template)
    criteria = workbook["Criteria"]
    row = _row(criteria, "1.2.B1")
    criteria.cell(1, 14).value = "Who follows up"
    criteria.cell(row, 14).value = "Amira"
    criteria.cell(row, 5).fill = PatternFill("solid", start_color="FFFF00")
    criteria.cell(row, 6).value = "met"
    workbook.save(template)
    loaded = load_assessment(template)
    changed = {
        "1.2.B1": Answer(Status.NOT_MET, comment="Not yet"),
        "1.2.B2": Answer(Status.MET),
    }
    save_assessment(attrs.evolve(loaded, criteria=changed), template)
    criteria = openpyxl.load_workbook(template)["Criteria"]
    assert criteria.cell(row, 14).value == "Amira"
    assert criteria.cell(1, 14).value == "Who follows up"
    assert criteria.cell(row, 5).fill.start_color.rgb == "00FFFF00"
    assert criteria.cell(row, 5).value == FRAMEWORK.criterion("1.2.B1").text
    assert [criteria.cell(row, column).value for column in (6, 9)] == ["not met", "Not yet"]
    assert criteria.cell(_row(criteria, "1.2.B2"), 6).value == "met"
    assert dict(load_assessment(template).criteria) == changed


def test_saving_a_new_workbook_writes_every_part(tmp_path: Path) -> None:
    """A new .xlsx path gets a whole workbook that reads back as the assessment."""
    from coprod_standards import Assessment

    assessment = Assessment(
        version="1.1",
        organisation="=Riverside",
        service="=Day centre",
        organisation_id="GB-COH-01234567",
        assessed_on=DAY,
        completed_by=("staff", "carers"),
        criteria={"1.3.B1": Answer(views={"carers": Status.MET}, evidence="\x1b_x0041_\r")},
        indicators={"1.2": IndicatorNote("a note")},
        surveys=(
            SurveyResponse(
                "inclusion", "staff", 10, percent_agree=78.6, conducted_on=datetime.date(2026, 1, 2)
            ),
        ),
    )
    path = tmp_path / "new.xlsx"
    save_assessment(assessment, path)
    criteria = openpyxl.load_workbook(path)["Criteria"]
    assert criteria.cell(1, 13).value == "View: carers"
    assert load_assessment(path) == assessment


def test_without_openpyxl_the_error_names_the_extra(
    template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing openpyxl gives one line saying to install coprod-standards[xlsx]."""
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(CoprodError) as caught:
        load_assessment(template)
    message = str(caught.value)
    assert "\n" not in message
    assert "pip install 'coprod-standards[xlsx]'" in message


def test_text_longer_than_a_cell_holds_is_refused_naming_it(tmp_path: Path) -> None:
    """Evidence past Excel's 32,767 characters is named with its path; at the limit it is kept."""
    day = datetime.date(2026, 9, 30)
    path = tmp_path / "ours.xlsx"
    longest = Answer(Status.MET, evidence="e" * 32_767)
    kept = Assessment("1.1", "Riverside", day, criteria={"1.2.B1": longest})
    save_assessment(kept, path)
    assert load_assessment(path).answer("1.2.B1") == longest
    too_long = attrs.evolve(kept, criteria={"1.2.B1": Answer(Status.MET, evidence="e" * 32_768)})
    with pytest.raises(CoprodError) as raised:
        save_assessment(too_long, tmp_path / "new.xlsx")
    assert str(raised.value).startswith(
        "$.criteria['1.2.B1'].evidence is 32,768 characters long, and a workbook's cell holds "
        "at most 32,767 (Excel's limit), so nothing was written"
    )
    assert not (tmp_path / "new.xlsx").exists()
