"""A survey export's bytes as a table of cells: CSV in any common encoding, or XLSX.

CSV is read as UTF-8 (with or without a byte-order mark), UTF-16 with a
byte-order mark (Excel's "Unicode text"), or else Windows-1252 (Excel's
"CSV" on Windows), delimited by commas, semicolons or tabs: whichever occurs
most in the first record, outside quotes. XLSX is read with openpyxl (the
``xlsx`` extra), from its first worksheet, with dates kept as dates.
"""

from __future__ import annotations

import csv
import datetime
import io
import warnings
from collections.abc import Iterator
from typing import Any

import attrs

from coprod_standards.errors import CoprodError, DataError, Problem, echo

__all__ = ["Cell", "Table", "check_widths", "read_table"]

#: A cell: text, or (from a spreadsheet) a date and time.
Cell = Any

#: How a Compound File (an .xls workbook, or any workbook encrypted with a password) begins.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EMPTY = "the export is empty; export the responses again"
_EMPTY_SHEET = "move the responses to the first sheet, or export them as CSV"
#: How many rows with cells past the headings an error lists.
_ROWS_SHOWN = 10
_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


@attrs.frozen
class Table:
    """The rows of an export, each with its line (CSV) or row number (XLSX).

    Attributes:
        rows: The rows of cells, headings included; rows with no value at all are left out.
        lines: Where each row starts in the file.
        how: How the file was read, such as "UTF-8 CSV, comma-delimited".
        text_only: Whether every cell is text (as in CSV; a workbook has dates).
    """

    rows: list[list[Cell]]
    lines: list[int]
    how: str
    text_only: bool = False


def read_table(data: bytes, name: str, *, encoding: str | None = None) -> Table:
    """The table in an export's *data*: XLSX for a workbook, else CSV.

    Raises:
        DataError: The file is empty, not text in a known encoding, not well-formed
            CSV, or not a readable workbook.
        CoprodError: A workbook is given but openpyxl (the ``xlsx`` extra) is not installed.
    """
    if not data.strip():
        raise DataError([Problem(_EMPTY, name, code="empty-export")])
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, name)
    if data.startswith(_OLE2):
        message = (
            "this is an Excel 97-2003 workbook (.xls), or a workbook protected by a password; "
            "save it as an Excel workbook (.xlsx) without a password, or as CSV UTF-8"
        )
        raise DataError([Problem(message, name, code="old-workbook")])
    text, label = _decode(data, name, encoding)
    return _read_csv(text, name, label)


def check_widths(table: Table, header_rows: int, name: str) -> None:
    """Refuse a CSV's rows with a value past the last heading: their answers are shifted.

    A delimiter inside an answer that was not quoted (or one typed by hand) moves every
    cell after it one column on, so that a row read as it is would count the wrong
    answer; cells past the headings that hold nothing (trailing delimiters) are no harm.

    Raises:
        DataError: Each such row (the first ten), at its line and first cell past the headings.
    """
    if not table.text_only:
        return  # a workbook's cells cannot be shifted by a delimiter
    width = max(len(row) for row in table.rows[:header_rows])
    problems = []
    for row, line in zip(table.rows[header_rows:], table.lines[header_rows:], strict=True):
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            column = next(index for index in range(width, len(row)) if row[index].strip())
            message = (
                f"this row has {len(row)} cells, more than the export's {width} headings, so its "
                "answers may be shifted: a comma, semicolon or tab inside an answer is not "
                "quoted; correct the row, or export the responses again"
            )
            problems.append(Problem(message, name, line, column + 1, code="extra-cells"))
            if len(problems) == _ROWS_SHOWN:
                break
    if problems:
        raise DataError(problems)


def _decode(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if encoding is not None:
        try:
            # A byte-order mark read as text would hide the first heading from the layouts.
            return data.decode(encoding).removeprefix("\ufeff"), encoding
        except LookupError:
            raise CoprodError(f"{encoding!r} is not an encoding Python knows") from None
        except UnicodeDecodeError as error:
            raise _not_text(data, name, error.start, f"this is not {encoding} text") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, name, "utf-8-sig"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, name, "utf-16"), "UTF-16"
    if b"\x00" in data[:4096]:
        at = data.index(b"\x00")
        raise _not_text(
            data,
            name,
            at,
            "this holds NUL bytes: it is UTF-16 text without a byte-order mark, or not a text "
            "export at all",
            "(--encoding utf-16-le)",
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    return _strict(data, name, "cp1252"), "Windows-1252"


def _strict(data: bytes, name: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        label = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1252": "UTF-8 or Windows-1252"}
        message = f"this is not {label[encoding]} text"
        raise _not_text(data, name, error.start, message) from None


def _not_text(
    data: bytes, name: str, at: int, message: str, example: str = "(--encoding)"
) -> DataError:
    line = data[:at].count(b"\n") + 1
    return DataError(
        [
            Problem(
                f"{message} (byte 0x{data[at]:02x}); save the export as CSV UTF-8, or give "
                f"its encoding {example}",
                name,
                line,
                at - (data.rfind(b"\n", 0, at) + 1) + 1,
                code="encoding",
            )
        ]
    )


def _delimiter(text: str) -> str:
    """The delimiter that occurs most in the first record, outside quotes (a comma on a tie)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in text[:65536]:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            if char in counts:
                counts[char] += 1
            elif char in "\r\n":
                break
    return max(counts, key=lambda delimiter: counts[delimiter])


def _read_csv(text: str, name: str, encoding: str) -> Table:
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows: list[list[Cell]] = list(reader)
        if reader.line_num == len(rows):
            lines = list(range(1, len(rows) + 1))  # a line per row: no field holds a break
        else:
            rows, lines = _with_lines(text, delimiter)
    except csv.Error as error:
        raise DataError(
            [
                Problem(
                    f"this is not well-formed CSV ({error}) in the row that starts on this "
                    "line; export the responses again, or open and save the file as CSV UTF-8",
                    name,
                    _failing_row(text, delimiter),
                    1,
                    code="csv",
                )
            ]
        ) from None
    # A row of empty cells (a spreadsheet's trailing ",,,") is no respondent.
    empty = [index for index, row in enumerate(rows) if not any(row)]
    for index in reversed(empty):
        del rows[index], lines[index]
    if not rows:
        raise DataError([Problem(_EMPTY, name, code="empty-export")])
    return Table(rows, lines, f"{encoding} CSV, {_DELIMITERS[delimiter]}-delimited", True)


def _failing_row(text: str, delimiter: str) -> int:
    """The line on which the row that is not well-formed CSV starts.

    A quote left open runs to the end of the file, where the reader fails;
    the row that opened it is the one to correct.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for _ in reader:
            start = reader.line_num + 1
    except csv.Error:
        return start
    raise AssertionError("the text was read as CSV once and failed")


def _with_lines(text: str, delimiter: str) -> tuple[list[list[Cell]], list[int]]:
    """The rows of *text* with the line each starts on, where some field holds a line break."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[Cell]] = []
    lines: list[int] = []
    start = 1
    for row in reader:
        rows.append(row)
        lines.append(start)
        start = reader.line_num + 1
    return rows, lines


def _read_xlsx(data: bytes, name: str) -> Table:
    try:
        import openpyxl  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise CoprodError(
            f"{name}: reading an .xlsx export needs openpyxl: pip install "
            "'coprod-standards[xlsx]' (or export the responses as CSV)"
        ) from None
    rows: list[list[Cell]] = []
    lines: list[int] = []
    uncalculated: list[tuple[int, int]] = []
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles it cannot read: they do not matter here.
            warnings.simplefilter("ignore")
            # Values as last calculated, and beside them what each cell holds: a formula
            # never calculated (a workbook written by a program) has no value to count.
            values = _first_sheet(openpyxl, data, data_only=True)
            held = _first_sheet(openpyxl, data, data_only=False)
            title = str(values.title)
            for number, (row_values, row_held) in enumerate(
                zip(
                    values.iter_rows(values_only=True),
                    held.iter_rows(values_only=True),
                    strict=True,
                ),
                start=1,
            ):
                uncalculated.extend(_uncalculated(row_values, row_held, number))
                row = [_cell(value) for value in row_values]
                if any(cell != "" for cell in row):
                    rows.append(row)
                    lines.append(number)
            values.parent.close()
            held.parent.close()
    except Exception as error:  # noqa: BLE001 - any failure of a damaged workbook, reported
        raise DataError(
            [
                Problem(
                    f"this is not a readable XLSX workbook ({type(error).__name__}); open it "
                    "in a spreadsheet and save it again, or export the responses as CSV",
                    name,
                    code="xlsx",
                )
            ]
        ) from None
    if uncalculated:
        message = (
            "this cell holds a formula whose value was never calculated (the workbook was "
            "written by a program, not saved by a spreadsheet), so it has no answer to count; "
            "open the workbook in a spreadsheet and save it, or export the responses as CSV"
        )
        raise DataError(
            [
                Problem(message, name, line, column, code="xlsx")
                for line, column in uncalculated[:10]
            ]
        )
    if not rows:
        # Only the first sheet is read: responses on another sheet are not looked for.
        message = f"the workbook's first sheet, {echo(title)}, is empty; {_EMPTY_SHEET}"
        raise DataError([Problem(message, name, code="empty-export")])
    return Table(rows, lines, "XLSX workbook, first sheet")


def _first_sheet(openpyxl: Any, data: bytes, *, data_only: bool) -> Any:
    """The first sheet of the workbook *data*, read whole (see `_read_xlsx`)."""
    sheet = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=data_only
    ).worksheets[0]
    # Read-only mode stops at the size the sheet declares, which some writers leave
    # stale ("A1:A2"): its rows and columns past that would be silently dropped.
    sheet.reset_dimensions()
    return sheet


def _uncalculated(
    values: tuple[object, ...], held: tuple[object, ...], line: int
) -> Iterator[tuple[int, int]]:
    """The line and column of each cell of a row holding a formula with no value calculated."""
    for index, (value, formula) in enumerate(zip(values, held, strict=True)):
        if value is None and isinstance(formula, str) and formula.startswith("="):
            yield line, index + 1


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, (datetime.date, str)):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
