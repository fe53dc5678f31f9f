"""Writing assessment workbooks: a blank one laid out from the standards, and answers into one.

`blank_workbook` lays out the sheets a person fills in; `fill` writes an
assessment's plain data (``assessment_to_data``) into the answer cells of a
workbook, new or a person's own, touching no other cell.
"""

from __future__ import annotations

import datetime
import io
import json
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from coprod_standards.core.models import Framework

from . import _xlsx_layout as layout

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_INTRODUCTION = (
    "Fill this in together: members, service users and staff. On the Criteria sheet, "
    "choose an Answer for each criterion: met, not met or not applicable (with a Reason "
    "saying why it does not apply). Where groups see it differently, write each group's "
    "view (met or not met) in its View column; add a column headed 'View: carers' for "
    "another group. Criteria decided by a survey take no answer: record the survey on the "
    "Surveys sheet. A criterion left empty is unanswered and counts as not met. The "
    "published text is protected so that it is not changed by accident (Review, Unprotect "
    "Sheet; there is no password). Read the file back with coprod-standards."
)


def workbook_bytes(workbook: Workbook) -> bytes:
    """The bytes of an ``.xlsx`` file holding *workbook*."""
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def blank_workbook(framework: Framework | None, groups: tuple[str, ...]) -> Workbook:
    """A workbook of *framework*'s criteria with no answers, with view columns for *groups*.

    Without a framework (a draft's assessment), the sheets have their
    headings only, and `fill` adds the rows it needs.
    """
    workbook: Workbook = layout.openpyxl().Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet a new workbook has
    _about(workbook.create_sheet(layout.ABOUT), framework)
    _criteria(workbook.create_sheet(layout.CRITERIA), framework, groups)
    _surveys(workbook.create_sheet(layout.SURVEYS), framework)
    _notes(workbook.create_sheet(layout.NOTES), framework)
    return workbook


def _about(sheet: Worksheet, framework: Framework | None) -> None:
    from openpyxl.styles import Protection

    title = "" if framework is None else f"{framework.title}: {framework.subtitle}"
    layout.set_text(sheet, 1, 1, title or "Co-Production Quality Standards")
    layout.set_text(sheet, 1, 2, _INTRODUCTION)
    for row, label in enumerate(layout.ABOUT_LABELS.values(), start=2):
        layout.set_text(sheet, row, 1, label)
    layout.style_sheet(sheet, {1: 24, 2: 90}, {2})
    # The introduction and the version are the library's, not the person's.
    for row in (1, 5):
        sheet.cell(row, 2).protection = Protection(locked=True)
    sheet.freeze_panes = None
    sheet.cell(3, 2).number_format = "yyyy-mm-dd"


def _criteria(sheet: Worksheet, framework: Framework | None, groups: tuple[str, ...]) -> None:
    titles = list(layout.CRITERIA_HEADINGS.values())
    titles += [f"{layout.VIEW_PREFIX} {group}" for group in groups]
    for column, title in enumerate(titles, start=1):
        layout.set_text(sheet, 1, column, title)
    tiers = () if framework is None else framework.tiers
    headings = {definition.tier: definition.heading for definition in tiers}
    row = 1
    for standard in () if framework is None else framework.standards:
        for indicator in standard.indicators:
            for criterion in indicator.criteria:
                row += 1
                cells = [
                    f"{standard.number}. {standard.title}",
                    f"{indicator.id} {indicator.title}",
                    headings.get(criterion.tier, criterion.tier.value.title()),
                    criterion.id,
                    _published(criterion.text, criterion.errata),
                ]
                for column, text in enumerate(cells, start=1):
                    layout.set_text(sheet, row, column, text)
                if criterion.survey is not None:
                    populations = " and ".join(
                        p.replace("_", " ") for p in criterion.survey.populations
                    )
                    layout.set_text(
                        sheet,
                        row,
                        6,
                        f"{layout.SURVEY_NOTICE} of {populations} about "
                        f"{criterion.survey.metric}: record it on the Surveys sheet",
                    )
    answers = set(range(6, len(titles) + 1))
    widths = {1: 16, 2: 24, 3: 12, 4: 10, 5: 50, 6: 14, 7: 24, 8: 24, 9: 24}
    layout.style_sheet(sheet, {**dict.fromkeys(answers, 12.0), **widths}, answers)
    last = max(row, 2) if framework is not None else 1000
    layout.drop_down(sheet, tuple(layout.ANSWERS), f"F2:F{last}", "met, not met or not applicable")
    if len(titles) > 9:
        from openpyxl.utils import get_column_letter

        first = get_column_letter(10)
        end = sheet.cell(last, len(titles)).coordinate
        layout.drop_down(sheet, layout.VIEW_ANSWERS, f"{first}2:{end}", "met or not met")


def _published(text: str, errata: Any) -> str:
    """Published *text* verbatim, then its corrected reading where an erratum applies."""
    applying = [erratum for erratum in errata if erratum.original in text]
    if not applying:
        return text
    corrected = text
    for erratum in applying:
        corrected = erratum.apply(corrected)
    notes = "".join(f" ({erratum.note})" for erratum in applying if erratum.note)
    return f"{text}\nCorrected reading: {corrected}{notes}"


def _surveys(sheet: Worksheet, framework: Framework | None) -> None:
    for column, title in enumerate(layout.SURVEY_HEADINGS.values(), start=1):
        layout.set_text(sheet, 1, column, title)
    # Room for surveys to be typed in: unlocked rows with the choices offered.
    rows = 40
    for row in range(2, rows + 2):
        for column in range(1, 7):
            sheet.cell(row, column)
    layout.style_sheet(sheet, dict.fromkeys(range(1, 7), 18.0), set(range(1, 7)))
    for row in range(2, rows + 2):
        sheet.cell(row, 6).number_format = "yyyy-mm-dd"
    if framework is None:
        return
    metrics = tuple(metric.id for metric in framework.survey_metrics)
    populations = tuple(population.id for population in framework.survey_populations)
    layout.drop_down(sheet, metrics, f"A2:A{rows + 1}", "what was asked")
    layout.drop_down(sheet, populations, f"B2:B{rows + 1}", "who was asked")


def _notes(sheet: Worksheet, framework: Framework | None) -> None:
    for column, title in enumerate(layout.NOTE_HEADINGS.values(), start=1):
        layout.set_text(sheet, 1, column, title)
    indicators = () if framework is None else framework.indicators
    for row, indicator in enumerate(indicators, start=2):
        layout.set_text(sheet, row, 1, indicator.id)
        layout.set_text(sheet, row, 2, indicator.title)
        sheet.cell(row, 3)
    layout.style_sheet(sheet, {1: 10, 2: 50, 3: 70}, {3})


def fill(workbook: Workbook, data: dict[str, Any]) -> None:
    """Write the plain data of an assessment into the answer cells of *workbook*.

    Every answer cell is written (emptied where *data* has nothing for it);
    no other cell changes, except where *data* needs a row or a column the
    workbook does not have, which is added after the last one.
    """
    for name in (layout.ABOUT, layout.CRITERIA, layout.SURVEYS, layout.NOTES):
        if name not in workbook.sheetnames:
            workbook.create_sheet(name)
    _fill_about(workbook[layout.ABOUT], data)
    _fill_criteria(workbook[layout.CRITERIA], data.get("criteria", {}))
    _fill_surveys(workbook[layout.SURVEYS], data.get("surveys", []))
    _fill_notes(workbook[layout.NOTES], data.get("indicators", {}))
    carried = _carried_rows(data)
    if carried or layout.CARRIED in workbook.sheetnames:
        _fill_carried(workbook, carried)


def _fill_about(sheet: Worksheet, data: dict[str, Any]) -> None:
    rows = {
        layout.key(cell.value): cell.row
        for cell in sheet["A"]
        if isinstance(cell.value, str) and cell.row > 1
    }
    for field, label in (layout.ABOUT_LABELS | layout.SIGN_OFF_LABELS).items():
        row = rows.get(layout.key(label))
        value = data.get(field)
        optional = field in layout.SIGN_OFF_LABELS or field in ("service", "organisation_id")
        if row is None and value is None and optional:
            continue  # a draft with no meetings keeps the blank form's rows
        if row is None:
            row = sheet.max_row + 1
            layout.set_text(sheet, row, 1, label)
        if field == "completed_by":
            value = ", ".join(value or ())
        elif field == "meetings" and value is not None:
            value = json.dumps(value, ensure_ascii=False, default=datetime.date.isoformat)
        layout.set_value(sheet, row, 2, value if value != "" else None)


def _column(sheet: Worksheet, columns: dict[str, int], title: str) -> int:
    """The column headed *title*, added after the last heading where there is none."""
    found = columns.get(layout.key(title))
    if found is None:
        found = max(columns.values(), default=0) + 1
        layout.set_text(sheet, 1, found, title)
        columns[layout.key(title)] = found
    return found


def _fill_criteria(sheet: Worksheet, criteria: dict[str, Any]) -> None:
    columns = layout.headings(sheet)
    where = {name: _column(sheet, columns, title) for name, title in _CRITERIA_FIELDS.items()}
    views = _view_columns(sheet, columns, criteria)
    for criterion_id, row in _rows_of(sheet, where["id"], criteria).items():
        answer = criteria.get(criterion_id)
        given: dict[str, Any] = answer if isinstance(answer, dict) else {"status": answer}
        status_cell = sheet.cell(row, where["status"])
        notice = isinstance(status_cell.value, str) and status_cell.value.startswith(
            layout.SURVEY_NOTICE
        )
        if not (notice and given.get("status") is None):
            status: str | None = given.get("status")
            layout.set_value(sheet, row, where["status"], layout.word(status))
        for name in ("reason", "evidence", "comment"):
            value = given.get(name) or None
            if name == "evidence" and isinstance(value, list):
                value = layout.evidence_cell(value)
            layout.set_value(sheet, row, where[name], value)
        shown = given.get("views", {})
        for group, column in views.items():
            view = shown.get(group)
            layout.set_value(sheet, row, column, layout.word(view))


def _view_columns(
    sheet: Worksheet, columns: dict[str, int], criteria: dict[str, Any]
) -> dict[str, int]:
    """The view column of each group, with one added for each group *criteria* need."""
    views: dict[str, int] = {}
    for title, column in columns.items():
        group = layout.view_group(title)
        if group is not None:
            views.setdefault(group, column)
    for answer in criteria.values():
        for group in answer.get("views", {}) if isinstance(answer, dict) else ():
            if group not in views:
                views[group] = _column(sheet, columns, f"{layout.VIEW_PREFIX} {group}")
    return views


def _rows_of(sheet: Worksheet, id_column: int, wanted: dict[str, Any]) -> dict[str, int]:
    """The row of each id in *id_column*, with a row added for each id of *wanted* missing."""
    rows: dict[str, int] = {}
    for row in range(2, sheet.max_row + 1):
        value = sheet.cell(row, id_column).value
        if isinstance(value, str) and value.strip():
            rows.setdefault(value.strip(), row)
    for wanted_id in wanted:
        if wanted_id not in rows:
            rows[wanted_id] = sheet.max_row + 1
            layout.set_text(sheet, rows[wanted_id], id_column, wanted_id)
    return rows


_CRITERIA_FIELDS = {
    name: layout.CRITERIA_HEADINGS[name]
    for name in ("id", "status", "reason", "evidence", "comment")
}


def _fill_surveys(sheet: Worksheet, surveys: list[dict[str, Any]]) -> None:
    columns = layout.headings(sheet)
    where = {name: _column(sheet, columns, title) for name, title in layout.SURVEY_HEADINGS.items()}
    last = max(sheet.max_row, len(surveys) + 1)
    for index in range(last - 1):
        survey = surveys[index] if index < len(surveys) else {}
        for name, column in where.items():
            value = survey.get(name)
            percent = "%" in sheet.cell(index + 2, column).number_format
            if name == "percent_agree" and percent and isinstance(value, (int, float)):
                # A cell formatted as a percentage shows 0.786 as 78.6%.
                value = float(Fraction(repr(value)) / 100)
            elif name == "provenance" and value is not None:
                value = json.dumps(value, ensure_ascii=False)
            layout.set_value(sheet, index + 2, column, value)


def _fill_notes(sheet: Worksheet, notes: dict[str, Any]) -> None:
    columns = layout.headings(sheet)
    id_column = _column(sheet, columns, layout.NOTE_HEADINGS["id"])
    note_column = _column(sheet, columns, layout.NOTE_HEADINGS["comment"])
    for indicator_id, row in _rows_of(sheet, id_column, notes).items():
        comment = notes.get(indicator_id, {}).get("comment")
        layout.set_value(sheet, row, note_column, comment or None)


def _carried_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The carried answers of *data*: each criterion's previous one, then the retired ones."""
    rows = [
        {"for": criterion_id, **answer["previous"]}
        for criterion_id, answer in data.get("criteria", {}).items()
        if isinstance(answer, dict) and "previous" in answer
    ]
    return rows + [{"for": None, **carried} for carried in data.get("retired", [])]


def _fill_carried(workbook: Workbook, carried: list[dict[str, Any]]) -> None:
    if layout.CARRIED in workbook.sheetnames:
        sheet = workbook[layout.CARRIED]
    else:
        sheet = workbook.create_sheet(layout.CARRIED)
        for column, title in enumerate(layout.CARRIED_HEADINGS.values(), start=1):
            layout.set_text(sheet, 1, column, title)
        layout.style_sheet(sheet, dict.fromkeys(range(1, 9), 16.0), set(range(1, 9)))
    columns = layout.headings(sheet)
    where = {
        name: _column(sheet, columns, title) for name, title in layout.CARRIED_HEADINGS.items()
    }
    last = max(sheet.max_row, len(carried) + 1)
    for index in range(last - 1):
        given = dict(carried[index]) if index < len(carried) else {}
        status = given.get("status")
        given["status"] = layout.word(status)
        views: dict[str, str] = given.get("views", {})
        given["views"] = "; ".join(f"{g}: {layout.WORDS[v]}" for g, v in views.items()) or None
        if isinstance(given.get("evidence"), list):
            given["evidence"] = layout.evidence_cell(given["evidence"])
        for name, column in where.items():
            value = given.get(name)
            layout.set_value(sheet, index + 2, column, value if value != "" else None)
