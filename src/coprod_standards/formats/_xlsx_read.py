"""Reading an assessment workbook into plain data, with the sheet and cell of every value.

The result is a `Parsed`, as a YAML file gives, so that the converter and
every check of an assessment apply unchanged and their problems name cells
(``ours.xlsx:Criteria!F23``). What only a workbook can get wrong (an answer
that is not one of the words, a criterion listed twice) is found here.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from coprod_standards.errors import DataError, Problem, echo, format_path

from . import _xlsx_layout as layout
from ._parsed import DocumentPath, Parsed
from ._xlsx_cells import (
    ALLOWED,
    Reading,
    is_formula,
    is_given,
    no_answer,
    open_workbook,
    place,
    quoted,
    read_answer,
    rows_with,
    text_of,
    value_of,
)
from .limits import depth_problem

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["open_workbook", "read_workbook"]


def read_workbook(raw: bytes, name: str) -> tuple[Parsed, list[Problem]]:
    """The assessment in the workbook *raw* as plain data with places, and its own problems."""
    workbook = open_workbook(raw, name)
    reading = Reading(name)
    reading.cells[()] = f"{layout.ABOUT}!A1"
    if layout.ABOUT not in workbook.sheetnames or layout.CRITERIA not in workbook.sheetnames:
        missing = [s for s in (layout.ABOUT, layout.CRITERIA) if s not in workbook.sheetnames]
        message = (
            f"the workbook has no sheet named {' or '.join(map(repr, missing))}; start from "
            "coprod-standards template --format xlsx, and keep its sheets' names"
        )
        raise DataError([Problem(message=message, file=name, code="missing-sheet")])
    for title, headings in _READ_HEADINGS.items():
        if title in workbook.sheetnames:
            _repeated_columns(workbook[title], headings, reading)
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


def _repeated_columns(sheet: Worksheet, headings: dict[str, str], reading: Reading) -> None:
    """A problem at each column headed as one before it that the library reads.

    Only the first is read (`layout.headings`), so that what a second holds
    would be lost without a word; a person's own columns may share a heading.
    """
    read = {layout.key(title) for title in headings.values()}
    first: dict[str, str] = {}
    for cell in sheet[1]:
        if not isinstance(cell.value, str) or not cell.value.strip():
            continue
        group = layout.view_group(cell.value) if sheet.title == layout.CRITERIA else None
        heading = f"view: {group}" if group is not None else layout.key(cell.value)
        if group is None and heading not in read:
            continue
        if heading in first:
            message = (
                f"column {first[heading]} has this heading too ({echo(cell.value)}), and only "
                "the first of the two is read; move what this one holds there, or give this "
                "one another heading"
            )
            problem = Problem(
                message=message,
                file=reading.name,
                path=format_path(_SHEET_PATHS[sheet.title]),
                code="duplicate-column",
                cell=f"{quoted(sheet.title)}!{cell.coordinate}",
            )
            reading.problems.append(problem)
        else:
            first[heading] = cell.column_letter


def _about(sheet: Worksheet, reading: Reading) -> None:
    rows = {
        layout.key(cell.value): cell.row
        for cell in sheet["A"]
        if isinstance(cell.value, str) and cell.row > 1
    }
    for field, label in (layout.ABOUT_LABELS | layout.SIGN_OFF_LABELS).items():
        row = rows.get(layout.key(label))
        if row is None:
            continue
        reading.put((field,), sheet, row, 2)
        value = value_of(sheet, row, 2)
        if is_formula(reading, (field,), value):
            continue
        if field == "completed_by":
            value = [layout.name_of(group) for group in str(value or "").split(",")]
            value = [group for group in value if group]
        elif field == "organisation":
            value = "" if value is None else text_of(value)
        elif field in ("service", "organisation_id") and value is not None:
            value = text_of(value)  # a number typed in the cell: the text it shows
        elif field == "meetings" and isinstance(value, str):
            value = _provenance(reading, (field,), value)  # JSON, as a survey's provenance is
        elif field == "version" and isinstance(value, (int, float)):
            value = text_of(value)  # typed as a number: the version it shows
        if value is not None:
            reading.data[field] = value


def _criteria(sheet: Worksheet, reading: Reading) -> None:
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
        criterion_id = text_of(value_of(sheet, row, id_column))
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
        place(reading, ("criteria", criterion_id), answer.pop("_cells"))
        criteria[criterion_id] = answer["status"] if set(answer) == {"status"} else answer


_FIELDS = {
    name: layout.CRITERIA_HEADINGS[name]
    for name in ("id", "status", "reason", "evidence", "comment")
}
#: Where in an assessment each sheet's rows go.
_SHEET_PATHS: dict[str, DocumentPath] = {
    layout.CRITERIA: ("criteria",),
    layout.SURVEYS: ("surveys",),
    layout.NOTES: ("indicators",),
    layout.CARRIED: (),
}
#: The headings each sheet is read by (the Criteria sheet's views besides).
_READ_HEADINGS = {
    layout.CRITERIA: _FIELDS,
    layout.SURVEYS: layout.SURVEY_HEADINGS,
    layout.NOTES: layout.NOTE_HEADINGS,
    layout.CARRIED: layout.CARRIED_HEADINGS,
}


def _criterion_row(
    sheet: Worksheet,
    row: int,
    where: dict[str, int | None],
    views: dict[str, int],
    reading: Reading,
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
        value = text_of(value_of(sheet, row, column))
        if name == "status" and isinstance(value, str) and no_answer(value):
            continue
        if not is_given(value):
            continue
        place(reading, at, {(): cells[()], (name,): cells[(name,)]})
        if is_formula(reading, (*at, name), value):
            continue
        if name == "status":
            value = read_answer(reading, (*at, name), value, ALLOWED)
        elif name == "evidence":
            value = layout.evidence_of_cell(value)
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
    reading: Reading,
    at: DocumentPath,
    answer: dict[str, Any],
    cells: dict[DocumentPath, str],
) -> None:
    """Add the groups' views on *row* to *answer*, and their cells to *cells*."""
    for group, column in views.items():
        value = text_of(value_of(sheet, row, column))
        if not is_given(value) or (isinstance(value, str) and not value.strip()):
            continue
        path = ("views", group)
        cells[path] = f"{layout.CRITERIA}!{sheet.cell(row, column).coordinate}"
        cells.setdefault(("views",), cells[path])
        place(reading, at, {path: cells[path], ("views",): cells[("views",)]})
        if is_formula(reading, (*at, *path), value):
            continue
        view = read_answer(reading, (*at, *path), value, "met or not met, in any case")
        if view is not None:
            answer.setdefault("views", {})[group] = view


def _provenance(reading: Reading, path: DocumentPath, text: str) -> object:
    """A survey's provenance as the workbook holds it: JSON text, read as plain data.

    Text that is not JSON, or is nested too deeply for the `json` module to
    read, is left as it is, for the checks to refuse at its cell; JSON nested
    past the limit a file is held to is refused here.
    """
    import json

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return text
    stack = [(data, len(path))]
    while stack:
        value, depth = stack.pop()
        refusal = depth_problem(depth)
        if refusal is not None:
            code, message = refusal
            reading.problem(path, message, code)
            return None
        items = value.values() if isinstance(value, dict) else value
        if isinstance(value, (dict, list)):
            stack.extend((item, depth + 1) for item in items)
    return data


def _surveys(sheet: Worksheet, reading: Reading) -> None:
    surveys: list[dict[str, Any]] = []
    for index, (row, where) in enumerate(rows_with(sheet, layout.SURVEY_HEADINGS)):
        survey: dict[str, Any] = {}
        reading.put(("surveys", index), sheet, row, min(where.values()))
        for name, column in where.items():
            value = value_of(sheet, row, column)
            if not is_given(value):
                continue
            path = ("surveys", index, name)
            reading.put(path, sheet, row, column)
            if is_formula(reading, path, value):
                continue
            if name in ("metric", "population") and isinstance(value, str):
                value = layout.name_of(value)
            elif name == "percent_agree" and "%" in sheet.cell(row, column).number_format:
                value = _percent(value)
            elif name == "provenance" and isinstance(value, str):
                value = _provenance(reading, path, value)
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


def _notes(sheet: Worksheet, reading: Reading) -> None:
    notes: dict[str, Any] = {}
    for row, where in rows_with(sheet, {"comment": layout.NOTE_HEADINGS["comment"]}):
        id_column = layout.headings(sheet).get(layout.key(layout.NOTE_HEADINGS["id"]), 1)
        indicator_id = text_of(value_of(sheet, row, id_column))
        key = indicator_id.strip() if isinstance(indicator_id, str) else f"row {row}"
        reading.put(("indicators", key), sheet, row, id_column)
        reading.put(("indicators", key, "comment"), sheet, row, where["comment"])
        comment = text_of(value_of(sheet, row, where["comment"]))
        if is_formula(reading, ("indicators", key, "comment"), comment):
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


def _carried(sheet: Worksheet, reading: Reading) -> None:
    retired: list[dict[str, Any]] = []
    for row, where in rows_with(sheet, layout.CARRIED_HEADINGS):
        carried: dict[str, Any] = {}
        target = text_of(value_of(sheet, row, where["for"])) if "for" in where else None
        if is_given(target):
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
            value = text_of(value_of(sheet, row, column))
            if name == "for" or not is_given(value):
                continue
            reading.put((*at, name), sheet, row, column)
            if is_formula(reading, (*at, name), value):
                continue
            if name == "status":
                value = read_answer(reading, (*at, name), value, ALLOWED)
            elif name == "views":
                value = _views(reading, (*at, name), value)
            elif name == "evidence":
                value = layout.evidence_of_cell(value)
            if value is not None:
                carried[name] = value
    if retired:
        reading.data["retired"] = retired


def _views(reading: Reading, path: DocumentPath, text: str) -> dict[str, str] | None:
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
