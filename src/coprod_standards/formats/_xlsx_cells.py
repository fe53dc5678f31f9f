"""Reading the cells of an assessment workbook: values, text, formulas, answers and places.

`Reading` gathers the plain data of a workbook with the sheet and cell of
each value, and the problems only a workbook has; the sheet readers of
`_xlsx_read` use these to read one cell at a time.
"""

from __future__ import annotations

import datetime
import io
from typing import TYPE_CHECKING, Any

import attrs

from coprod_standards.errors import DataError, Problem, echo, format_path

from . import _xlsx_layout as layout
from ._parsed import DocumentPath

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

ALLOWED = "met, not met or not applicable, in any case, or leave it empty"


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
class Reading:
    """The plain data read so far, with the cells it came from and the problems found."""

    name: str
    data: dict[str, Any] = attrs.Factory(dict)
    cells: dict[DocumentPath, str] = attrs.Factory(dict)
    problems: list[Problem] = attrs.Factory(list)

    def put(self, path: DocumentPath, sheet: Worksheet, row: int, column: int) -> None:
        """Record that the value at *path* is in the cell at *row* and *column* of *sheet*."""
        self.cells[path] = f"{quoted(sheet.title)}!{sheet.cell(row, column).coordinate}"

    def problem(self, path: DocumentPath, message: str, code: str) -> None:
        """Add a problem at *path*, naming its cell where it has one."""
        self.problems.append(
            Problem(
                message=message,
                file=self.name,
                path=format_path(path),
                code=code,
                cell=self.cells.get(path),
            )
        )


def quoted(title: str) -> str:
    """A sheet's name as a cell reference gives it: quoted where it has a space."""
    return title if title.replace("_", "").isalnum() else "'" + title.replace("'", "''") + "'"


def value_of(sheet: Worksheet, row: int, column: int) -> Any:
    """A cell's value as plain data: text unescaped, a date without its midnight."""
    cell = sheet.cell(row, column)
    value = cell.value
    if isinstance(value, str):
        if cell.data_type == "f":
            return Formula(value)
        return layout.unescaped(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date()
    return value


@attrs.frozen
class Formula:
    """A formula typed in a cell, which the assessment cannot take."""

    text: str


def text_of(value: Any) -> Any:
    """A value meant as text: a number or date typed in a text cell is the text it shows."""
    if isinstance(value, bool) or value is None or isinstance(value, (str, Formula)):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def no_answer(text: str) -> bool:
    """Whether an answer cell's *text* gives no answer: blank, or a survey criterion's notice."""
    return not text.strip() or text.startswith(layout.SURVEY_NOTICE)


def is_given(value: Any) -> bool:
    """Whether a cell holds something: text that is only spaces is kept, as it was typed."""
    return value is not None and value != ""


def is_formula(reading: Reading, path: DocumentPath, value: Any) -> bool:
    """Whether *value* is a formula, which is reported."""
    if isinstance(value, Formula):
        reading.problem(
            path,
            f"this cell holds the formula {echo(value.text)}; type the value itself",
            "formula",
        )
        return True
    return False


def place(reading: Reading, at: DocumentPath, cells: dict[DocumentPath, str]) -> None:
    """Record the *cells* of the parts of the value at *at*, by their paths below it."""
    for path, cell in cells.items():
        reading.cells[at + path] = cell


def read_answer(reading: Reading, path: DocumentPath, value: Any, allowed: str) -> str | None:
    """The file format's value of an answer typed as *value*; else a problem listing *allowed*."""
    found = layout.answer_value(value) if isinstance(value, str) else None
    if found is None:
        reading.problem(path, f"{echo(value)} is not an answer; write {allowed}", "unknown-answer")
    return found


def rows_with(sheet: Worksheet, titles: dict[str, str]) -> list[tuple[int, dict[str, int]]]:
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
        if any(is_given(value_of(sheet, row, column)) for column in where.values())
    ]
