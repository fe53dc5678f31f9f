"""Reading an assessment workbook into plain data, with the sheet and cell of every value.

The result is a `Parsed`, as a YAML file gives, so that the converter and
every check of an assessment apply unchanged and their problems name cells
(``ours.xlsx:Criteria!F23``). What only a workbook can get wrong (an answer
that is not one of the words, a criterion listed twice) is found here.
"""

from __future__ import annotations

import datetime
import io
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from coprod_standards.errors import DataError, Problem, echo, format_path

from . import _xlsx_layout as layout
from ._parsed import DocumentPath, Parsed

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_ALLOWED = "met, not met or not applicable, in any case, or leave it empty"


def open_workbook(raw: bytes, name: str) -> Workbook:
    """The workbook in *raw*, which messages call *name*.

    Raises:
        DataError: *raw* is not an ``.xlsx`` workbook.
    """
    openpyxl = layout.openpyxl()
    try:
        workbook: Workbook = openpyxl.load_workbook(io.BytesIO(raw))
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        message = (
            f"this is not an .xlsx workbook that can be read ({type(error).__name__}: "
            f"{echo(str(error))}); save it from the spreadsheet program as an Excel workbook"
        )
        raise DataError([Problem(message=message, file=name, code="not-a-workbook")]) from None
    return workbook


@attrs.define
class _Reading:
    """The plain data read so far, with the cells it came from and the problems found."""

    name: str
    data: dict[str, Any] = attrs.Factory(dict)
    cells: dict[DocumentPath, str] = attrs.Factory(dict)
    problems: list[Problem] = attrs.Factory(list)

    def put(self, path: DocumentPath, sheet: Worksheet, row: int, column: int) -> None:
        self.cells[path] = f"{_quoted(sheet.title)}!{sheet.cell(row, column).coordinate}"

    def problem(self, path: DocumentPath, message: str, code: str) -> None:
        self.problems.append(
            Problem(
                message=message,
                file=self.name,
                path=format_path(path),
                code=code,
                cell=self.cells.get(path),
            )
        )


def _quoted(title: str) -> str:
    """A sheet's name as a cell reference gives it: quoted where it has a space."""
    return title if title.replace("_", "").isalnum() else "'" + title.replace("'", "''") + "'"


def read_workbook(raw: bytes, name: str) -> tuple[Parsed, list[Problem]]:
    """The assessment in the workbook *raw* as plain data with places, and its own problems."""
    workbook = open_workbook(raw, name)
    reading = _Reading(name)
    reading.cells[()] = f"{layout.ABOUT}!A1"
    if layout.ABOUT not in workbook.sheetnames or layout.CRITERIA not in workbook.sheetnames:
        missing = [s for s in (layout.ABOUT, layout.CRITERIA) if s not in workbook.sheetnames]
        message = (
            f"the workbook has no sheet named {' or '.join(map(repr, missing))}; start from "
            "coprod-standards template --format xlsx, and keep its sheets' names"
        )
        raise DataError([Problem(message=message, file=name, code="missing-sheet")])
    _about(workbook[layout.ABOUT], reading)
    _criteria(workbook[layout.CRITERIA], reading)
    if layout.SURVEYS in workbook.sheetnames:
        _surveys(workbook[layout.SURVEYS], reading)
    if layout.NOTES in workbook.sheetnames:
        _notes(workbook[layout.NOTES], reading)
    if layout.CARRIED in workbook.sheetnames:
        _carried(workbook[layout.CARRIED], reading)
    parsed = Parsed(name=name, text="", data=reading.data, cells=reading.cells)
    return parsed, reading.problems


def _value(sheet: Worksheet, row: int, column: int) -> Any:
    """A cell's value as plain data: text unescaped, a date without its midnight."""
    cell = sheet.cell(row, column)
    value = cell.value
    if isinstance(value, str):
        if cell.data_type == "f":
            return _Formula(value)
        return layout.unescaped(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date()
    return value


@attrs.frozen
class _Formula:
    """A formula typed in a cell, which the assessment cannot take."""

    text: str


def _text(value: Any) -> Any:
    """A value meant as text: a number or date typed in a text cell is the text it shows."""
    if isinstance(value, bool) or value is None or isinstance(value, (str, _Formula)):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _no_answer(text: str) -> bool:
    """Whether an answer cell's *text* gives no answer: blank, or a survey criterion's notice."""
    return not text.strip() or text.startswith(layout.SURVEY_NOTICE)


def _given(value: Any) -> bool:
    """Whether a cell holds something: text that is only spaces is kept, as it was typed."""
    return value is not None and value != ""


def _formula(reading: _Reading, path: DocumentPath, value: Any) -> bool:
    """Whether *value* is a formula, which is reported."""
    if isinstance(value, _Formula):
        reading.problem(
            path,
            f"this cell holds the formula {echo(value.text)}; type the value itself",
            "formula",
        )
        return True
    return False


def _about(sheet: Worksheet, reading: _Reading) -> None:
    rows = {
        layout.key(cell.value): cell.row
        for cell in sheet["A"]
        if isinstance(cell.value, str) and cell.row > 1
    }
    for field, label in layout.ABOUT_LABELS.items():
        row = rows.get(layout.key(label))
        if row is None:
            continue
        reading.put((field,), sheet, row, 2)
        value = _value(sheet, row, 2)
        if _formula(reading, (field,), value):
            continue
        if field == "completed_by":
            value = [layout.name_of(group) for group in str(value or "").split(",")]
            value = [group for group in value if group]
        elif field == "organisation":
            value = "" if value is None else _text(value)
        elif field == "version" and isinstance(value, (int, float)):
            value = _text(value)  # typed as a number: the version it shows
        if value is not None:
            reading.data[field] = value


def _criteria(sheet: Worksheet, reading: _Reading) -> None:
    columns = layout.headings(sheet)
    where = {name: columns.get(layout.key(title)) for name, title in _FIELDS.items()}
    views = {
        group: column
        for title, column in columns.items()
        if (group := layout.view_group(title)) is not None
    }
    criteria: dict[str, Any] = {}
    reading.data["criteria"] = criteria
    id_column = where["id"]
    if id_column is None:
        reading.put(("criteria",), sheet, 1, 1)
        reading.problem(
            ("criteria",),
            "the Criteria sheet has no column headed 'Criterion' in its first row; put the "
            "heading back",
            "missing-column",
        )
        return
    first: dict[str, int] = {}
    for row in range(2, sheet.max_row + 1):
        criterion_id = _text(_value(sheet, row, id_column))
        answer = _criterion_row(sheet, row, where, views, reading, criterion_id)
        if not answer:
            continue
        if not isinstance(criterion_id, str) or not criterion_id.strip():
            path: DocumentPath = ("criteria", f"row {row}")
            reading.put(path, sheet, row, id_column)
            reading.problem(
                path, "this row has an answer but no criterion id; give its id", "missing-id"
            )
            continue
        criterion_id = criterion_id.strip()
        if criterion_id in first:
            path = ("criteria", criterion_id)
            reading.put(path, sheet, row, id_column)
            reading.problem(
                path,
                f"criterion {echo(criterion_id)} is answered on row {first[criterion_id]} "
                "too; answer each criterion on one row",
                "duplicate-id",
            )
            continue
        first[criterion_id] = row
        _place(reading, ("criteria", criterion_id), answer.pop("_cells"))
        criteria[criterion_id] = answer["status"] if set(answer) == {"status"} else answer


_FIELDS = {
    name: layout.CRITERIA_HEADINGS[name]
    for name in ("id", "status", "reason", "evidence", "comment")
}


def _place(reading: _Reading, at: DocumentPath, cells: dict[DocumentPath, str]) -> None:
    for path, cell in cells.items():
        reading.cells[at + path] = cell


def _criterion_row(
    sheet: Worksheet,
    row: int,
    where: dict[str, int | None],
    views: dict[str, int],
    reading: _Reading,
    criterion_id: Any,
) -> dict[str, Any]:
    """The answer on *row*, with the cells of its parts under ``_cells``; empty if none."""
    answer: dict[str, Any] = {}
    cells: dict[DocumentPath, str] = {}
    at = ("criteria", criterion_id.strip() if isinstance(criterion_id, str) else f"row {row}")
    id_column = where["id"]
    assert id_column is not None
    cells[()] = f"{layout.CRITERIA}!{sheet.cell(row, id_column).coordinate}"
    for name, column in where.items():
        if name == "id" or column is None:
            continue
        cells[(name,)] = f"{layout.CRITERIA}!{sheet.cell(row, column).coordinate}"
        value = _text(_value(sheet, row, column))
        if name == "status" and isinstance(value, str) and _no_answer(value):
            continue
        if not _given(value):
            continue
        _place(reading, at, {(): cells[()], (name,): cells[(name,)]})
        if _formula(reading, (*at, name), value):
            continue
        if name == "status":
            value = _answer(reading, (*at, name), value, _ALLOWED)
        if value is not None:
            answer[name] = value
    _row_views(sheet, row, views, reading, at, answer, cells)
    if answer:
        answer["_cells"] = cells
    return answer


def _row_views(
    sheet: Worksheet,
    row: int,
    views: dict[str, int],
    reading: _Reading,
    at: DocumentPath,
    answer: dict[str, Any],
    cells: dict[DocumentPath, str],
) -> None:
    """Add the groups' views on *row* to *answer*, and their cells to *cells*."""
    for group, column in views.items():
        value = _text(_value(sheet, row, column))
        if not _given(value) or (isinstance(value, str) and not value.strip()):
            continue
        path = ("views", group)
        cells[path] = f"{layout.CRITERIA}!{sheet.cell(row, column).coordinate}"
        cells.setdefault(("views",), cells[path])
        _place(reading, at, {path: cells[path], ("views",): cells[("views",)]})
        if _formula(reading, (*at, *path), value):
            continue
        view = _answer(reading, (*at, *path), value, "met or not met, in any case")
        if view is not None:
            answer.setdefault("views", {})[group] = view


def _answer(reading: _Reading, path: DocumentPath, value: Any, allowed: str) -> str | None:
    found = layout.answer_value(value) if isinstance(value, str) else None
    if found is None:
        reading.problem(path, f"{echo(value)} is not an answer; write {allowed}", "unknown-answer")
    return found


def _rows(sheet: Worksheet, titles: dict[str, str]) -> list[tuple[int, dict[str, int]]]:
    """The rows of *sheet* with something in a column of *titles*, and those columns."""
    columns = layout.headings(sheet)
    where = {
        name: columns[layout.key(title)]
        for name, title in titles.items()
        if layout.key(title) in columns
    }
    return [
        (row, where)
        for row in range(2, sheet.max_row + 1)
        if any(_given(_value(sheet, row, column)) for column in where.values())
    ]


def _surveys(sheet: Worksheet, reading: _Reading) -> None:
    surveys: list[dict[str, Any]] = []
    for index, (row, where) in enumerate(_rows(sheet, layout.SURVEY_HEADINGS)):
        survey: dict[str, Any] = {}
        reading.put(("surveys", index), sheet, row, min(where.values()))
        for name, column in where.items():
            value = _value(sheet, row, column)
            if not _given(value):
                continue
            path = ("surveys", index, name)
            reading.put(path, sheet, row, column)
            if _formula(reading, path, value):
                continue
            if name in ("metric", "population") and isinstance(value, str):
                value = layout.name_of(value)
            elif name == "percent_agree" and "%" in sheet.cell(row, column).number_format:
                value = _percent(value)
            survey[name] = value
        surveys.append(survey)
    if surveys:
        reading.data["surveys"] = surveys


def _percent(value: Any) -> Any:
    """A number in a cell formatted as a percentage (61% holds 0.61) as the percent it shows."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    percent = Fraction(repr(value)) * 100
    return percent.numerator if percent.denominator == 1 else float(percent)


def _notes(sheet: Worksheet, reading: _Reading) -> None:
    notes: dict[str, Any] = {}
    for row, where in _rows(sheet, {"comment": layout.NOTE_HEADINGS["comment"]}):
        id_column = layout.headings(sheet).get(layout.key(layout.NOTE_HEADINGS["id"]), 1)
        indicator_id = _text(_value(sheet, row, id_column))
        key = indicator_id.strip() if isinstance(indicator_id, str) else f"row {row}"
        reading.put(("indicators", key), sheet, row, id_column)
        reading.put(("indicators", key, "comment"), sheet, row, where["comment"])
        comment = _text(_value(sheet, row, where["comment"]))
        if _formula(reading, ("indicators", key, "comment"), comment):
            continue
        if key in notes:
            reading.problem(
                ("indicators", key),
                f"indicator {echo(key)} has a note on another row too; keep one",
                "duplicate-id",
            )
        notes[key] = {"comment": comment}
    if notes:
        reading.data["indicators"] = notes


def _carried(sheet: Worksheet, reading: _Reading) -> None:
    retired: list[dict[str, Any]] = []
    for row, where in _rows(sheet, layout.CARRIED_HEADINGS):
        carried: dict[str, Any] = {}
        target = _text(_value(sheet, row, where["for"])) if "for" in where else None
        if _given(target):
            at: DocumentPath = ("criteria", str(target).strip(), "previous")
            answers = reading.data["criteria"]
            answer = answers.get(str(target).strip())
            answer = {"status": answer} if not isinstance(answer, dict) else answer
            answer = {key: value for key, value in answer.items() if value is not None}
            answers[str(target).strip()] = answer
            answer["previous"] = carried
        else:
            at = ("retired", len(retired))
            retired.append(carried)
        reading.put(at, sheet, row, where.get("id", min(where.values())))
        for name, column in where.items():
            value = _text(_value(sheet, row, column))
            if name == "for" or not _given(value):
                continue
            reading.put((*at, name), sheet, row, column)
            if _formula(reading, (*at, name), value):
                continue
            if name == "status":
                value = _answer(reading, (*at, name), value, _ALLOWED)
            elif name == "views":
                value = _views(reading, (*at, name), value)
            if value is not None:
                carried[name] = value
    if retired:
        reading.data["retired"] = retired


def _views(reading: _Reading, path: DocumentPath, text: str) -> dict[str, str] | None:
    views: dict[str, str] = {}
    for part in text.split(";"):
        group, colon, word = part.partition(":")
        view = layout.answer_value(word) if colon else None
        if view is None:
            reading.problem(
                path,
                f"{echo(part.strip())} is not a group's view; write such as "
                "'staff: met; service_users: not met'",
                "unknown-answer",
            )
            return None
        views[layout.name_of(group)] = view
    return views
