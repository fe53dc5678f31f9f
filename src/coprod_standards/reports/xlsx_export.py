"""An evaluation as a workbook for an analyst: a sheet per level, tiers as words.

The sheets are Organisation (one row), Standards, Indicators and Criteria
(the rows of the CSV export), each with a header row that stays in view and
a filter. Tiers and outcomes are words ("Gold", "Not met"); conditional
fills colour them too, so the colour repeats what the word says and never
says it alone. Text that a spreadsheet would run as a formula is
neutralised as in the CSV export. Writing needs openpyxl, the ``xlsx``
extra: ``pip install 'coprod-standards[xlsx]'``.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from coprod_standards.core.results import Evaluation
from coprod_standards.errors import CoprodError

from ._export import evaluation_records, evaluation_to_dict
from .labels import NO_TIER, OUTCOMES, TIERS
from .tables import spreadsheet_text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["evaluation_workbook"]

#: The columns that hold a tier, shown as a word, and those that hold an outcome.
_TIER_COLUMNS = ("overall", "tier", "next_tier", "standard_tier", "indicator_tier")
_OUTCOME_COLUMNS = ("status",)
#: Light fills for each word: the word is always there, the fill only repeats it.
_FILLS = {
    "Gold": "FFE699",
    "Silver": "D9D9D9",
    "Bronze": "F4B183",
    NO_TIER: "FFFFFF",
    "Met": "C6EFCE",
    "Not met": "FFC7CE",
    "Not applicable": "DDEBF7",
    "Not answered": "FFEB9C",
}


def evaluation_workbook(evaluation: Evaluation) -> bytes:
    """The bytes of an ``.xlsx`` workbook of *evaluation*, one sheet per level."""
    try:
        from openpyxl import Workbook
    except ImportError:
        raise CoprodError(
            "spreadsheets need openpyxl, which is not installed: "
            "pip install 'coprod-standards[xlsx]'"
        ) from None
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    whole = evaluation_to_dict(evaluation)
    for title, records in (
        ("Organisation", [_organisation(whole)]),
        ("Standards", _standards(whole)),
        ("Indicators", evaluation_records(evaluation, "indicator")),
        ("Criteria", evaluation_records(evaluation, "criterion")),
    ):
        _sheet(workbook.create_sheet(title), records)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def _organisation(whole: dict[str, Any]) -> dict[str, Any]:
    counts = whole["tier_counts"]
    return {
        "organisation": whole["organisation"],
        "assessed_on": datetime.date.fromisoformat(whole["assessed_on"]),
        "version": whole["version"],
        "overall": whole["overall"],
        **{f"indicators_{tier}": counts.get(tier, 0) for tier in ("gold", "silver", "bronze")},
        "indicators_no_tier": counts.get("none", 0),
        "completed_by": ", ".join(whole["completed_by"]),
    }


def _standards(whole: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "standard": standard_id,
            "title": standard["title"],
            "tier": standard["achieved"],
            **{
                f"indicators_{tier}": standard["tier_counts"].get(tier, 0)
                for tier in ("gold", "silver", "bronze")
            },
            "indicators_no_tier": standard["tier_counts"].get("none", 0),
        }
        for standard_id, standard in whole["standards"].items()
    ]


_Value = str | int | float | bool | datetime.date | None


def _shown(name: str, value: object) -> _Value:
    """A record's value as the workbook shows it: tiers and outcomes as words."""
    if name == "next_tier" and value is None:
        return None  # at Gold: no tier comes next
    if name in (*_TIER_COLUMNS, "criterion_tier") and (value is None or isinstance(value, str)):
        return TIERS.get(value or "", NO_TIER)
    if name in _OUTCOME_COLUMNS and isinstance(value, str):
        return OUTCOMES.get(value, value)
    if isinstance(value, (str, int, float, bool, datetime.date)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(map(str, value))
    return str(value)


def _sheet(sheet: Worksheet, records: Sequence[dict[str, Any]]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    names = list(dict.fromkeys(name for record in records for name in record))
    for column, name in enumerate(names, start=1):
        sheet.cell(1, column, _escaped(name)).font = Font(bold=True)
    for row, record in enumerate(records, start=2):
        for column, name in enumerate(names, start=1):
            value = _shown(name, record.get(name))
            cell = sheet.cell(row, column)
            if isinstance(value, str):
                cell.value = _escaped(spreadsheet_text(value))
                cell.data_type = "s"  # never a formula, whatever it begins with
            else:
                cell.value = value
                if isinstance(value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
            if name in ("text", "explanation", "title", "comment", "evidence", "reason"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, name in enumerate(names, start=1):
        wide = name in ("text", "explanation", "standard_title", "indicator_title", "title")
        sheet.column_dimensions[get_column_letter(column)].width = 48 if wide else 14
    last = sheet.cell(max(len(records) + 1, 2), max(len(names), 1)).coordinate
    sheet.auto_filter.ref = f"A1:{last}"
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    _fills(sheet, names, len(records) + 1)


def _fills(sheet: Worksheet, names: list[str], last_row: int) -> None:
    """Conditional fills on the tier and outcome columns, keyed on the words they hold."""
    from openpyxl.formatting.rule import Rule
    from openpyxl.styles import PatternFill
    from openpyxl.styles.differential import DifferentialStyle
    from openpyxl.utils import get_column_letter

    coloured = (*_TIER_COLUMNS, "criterion_tier", *_OUTCOME_COLUMNS)
    for column, name in enumerate(names, start=1):
        if name not in coloured:
            continue
        letter = get_column_letter(column)
        cells = f"{letter}2:{letter}{max(last_row, 2)}"
        for word, colour in _FILLS.items():
            fill = PatternFill("solid", start_color=colour, end_color=colour)
            rule = Rule(
                type="cellIs",
                operator="equal",
                formula=[f'"{word}"'],
                dxf=DifferentialStyle(fill=fill),
            )
            sheet.conditional_formatting.add(cells, rule)


# Characters XML cannot hold, written as Office Open XML's _xHHHH_ escape (as
# Excel writes them), with a literal "_x" that would read as one escaped too.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def _escaped(text: str) -> str:
    return _UNSAFE.sub(lambda match: f"_x{ord(match[0]):04X}_", text)
