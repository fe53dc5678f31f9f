"""The layout of an assessment workbook: its sheets, headings, words and styles.

The reader and the writers of ``.xlsx`` assessments share these, so that what
one writes the other finds: columns are found by their heading (in any case
or spacing), never by position, and a person's extra columns are left alone.
"""

from __future__ import annotations

import datetime
import json
import re
from types import ModuleType
from typing import TYPE_CHECKING, Any

from coprod_standards.errors import CoprodError

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

ABOUT = "About"
CRITERIA = "Criteria"
SURVEYS = "Surveys"
NOTES = "Indicator notes"
CARRIED = "Carried over"

#: The About sheet's labels (column A) of the values beside them (column B).
ABOUT_LABELS = {
    "organisation": "Organisation",
    "assessed_on": "Assessment date",
    "completed_by": "Who took part",
    "version": "Standards version",
    # Optional: a blank form has their rows, to fill in where services are
    # assessed on their own; filling in an older workbook adds them only if given.
    "service": "Service",
    "organisation_id": "Organisation identifier",
}
#: The About sheet's rows of how the assessment was made and signed off: added
#: below the others where an assessment records them (meetings as JSON text).
SIGN_OFF_LABELS = {
    "meetings": "Meetings (JSON)",
    "status": "Status",
    "approved_by": "Approved by",
    "approved_on": "Approved on",
    "digest": "Digest (SHA-256)",
}
#: The Criteria sheet's columns, in the order a new workbook has them; views follow.
CRITERIA_HEADINGS = {
    "standard": "Standard",
    "indicator": "Indicator",
    "tier": "Tier",
    "id": "Criterion",
    "text": "Published text",
    "status": "Answer",
    "reason": "Reason",
    "evidence": "Evidence",
    "comment": "Comment",
}
#: The heading of a group's view column, before the group's name: "View: staff".
VIEW_PREFIX = "View:"
SURVEY_HEADINGS = {
    "metric": "Metric",
    "population": "Population",
    "agree": "Agree",
    "respondents": "Respondents",
    "percent_agree": "Percent agreeing",
    "conducted_on": "Closed on",
    # Written by `survey tally --into`: where the count came from, as JSON text.
    "provenance": "Source (survey tally)",
}
NOTE_HEADINGS = {"id": "Indicator", "title": "Title", "comment": "Note"}
CARRIED_HEADINGS = {
    "for": "For criterion",
    "version": "Version",
    "id": "Id then",
    "status": "Answer then",
    "reason": "Reason",
    "evidence": "Evidence",
    "comment": "Comment",
    "views": "Views then",
}
#: The columns of each sheet a person writes in (the rest are locked).
ANSWER_COLUMNS = {
    CRITERIA: ("status", "reason", "evidence", "comment"),
    SURVEYS: tuple(SURVEY_HEADINGS),
    NOTES: ("comment",),
    CARRIED: tuple(CARRIED_HEADINGS),
}

#: The answers as written in a workbook, and their values in the file format.
ANSWERS = {"met": "met", "not met": "not_met", "not applicable": "not_applicable"}
WORDS = {value: word for word, value in ANSWERS.items()}
#: The answers of a group's view.
VIEW_ANSWERS = ("met", "not met")
#: The groups a new workbook has a view column for, besides those an assessment names.
DEFAULT_GROUPS = ("staff", "service_users", "members")
SURVEY_NOTICE = "Decided by a survey"

_EXTRA = "coprod-standards[xlsx]"


def openpyxl() -> ModuleType:
    """The openpyxl module, or a one-line error naming the extra that installs it."""
    try:
        import openpyxl as module
    except ImportError:
        raise CoprodError(
            f"spreadsheets need openpyxl, which is not installed: pip install '{_EXTRA}'"
        ) from None
    return module


def key(text: str) -> str:
    """A heading, label or typed name as it is compared: lower case, spaces as one.

    >>> key("  Not   Met ")
    'not met'
    """
    return " ".join(text.replace("_", " ").split()).lower()


def name_of(text: str) -> str:
    """A group, metric or population id as a person may type it: ``Service users``.

    >>> name_of(" Service  users ")
    'service_users'
    """
    return "_".join(text.split()).lower()


def answer_value(text: str) -> str | None:
    """The file format's value of an answer typed as *text*, or None if it is no answer.

    >>> answer_value(" Not met "), answer_value("not_applicable"), answer_value("yes")
    ('not_met', 'not_applicable', None)
    """
    return ANSWERS.get(key(text))


def word(value: object) -> object:
    """An answer's value (``not_met``) as a workbook shows it (``not met``); else *value*."""
    return WORDS.get(value, value) if isinstance(value, str) else value


# Characters XML cannot hold (and a carriage return, which XML turns into a
# line feed) are written as the Office Open XML escape _xHHHH_, as Excel does;
# a literal "_x" that would read as an escape has its "_" escaped.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escaped(text: str) -> str:
    r"""*text* as a workbook cell can hold it.

    >>> escaped("a\x1bb_x0041_")
    'a_x001B_b_x005F_x0041_'
    """
    return _UNSAFE.sub(lambda match: f"_x{ord(match[0]):04X}_", text)


def unescaped(text: str) -> str:
    r"""The text a workbook cell holding *text* stands for.

    >>> unescaped("a_x001B_b_x005F_x0041_") == "a\x1bb_x0041_"
    True
    """
    return _ESCAPE.sub(lambda match: chr(int(match[1], 16)), text)


def set_text(sheet: Worksheet, row: int, column: int, text: str) -> None:
    """Put *text* in a cell as text, never as a formula, whatever it begins with."""
    cell = sheet.cell(row, column)
    cell.value = escaped(text)
    cell.data_type = "s"


def set_value(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    """Put a plain value (text, number, date or None) in a cell."""
    if isinstance(value, str):
        set_text(sheet, row, column, value)
        return
    cell = sheet.cell(row, column)
    cell.value = value
    if isinstance(value, datetime.date):
        cell.number_format = "yyyy-mm-dd"


def evidence_cell(items: list[Any]) -> str:
    """A list of evidence items as the Evidence cell holds it: JSON text, one item a line.

    >>> day = datetime.date(2026, 3, 31)
    >>> print(evidence_cell([{"title": "Report", "date": day}, {"title": "B"}]))
    [{"title": "Report", "date": "2026-03-31"},
     {"title": "B"}]
    """
    lines = [
        json.dumps(item, ensure_ascii=False, default=lambda day: day.isoformat()) for item in items
    ]
    return "[" + ",\n ".join(lines) + "]"


def evidence_of_cell(text: object) -> object:
    """The Evidence cell's value: a list of items where it is JSON of mappings with a title.

    Any other text is evidence as text, as it always was.

    >>> evidence_of_cell('[{"title": "Report"}]'), evidence_of_cell("[draft] report")
    ([{'title': 'Report'}], '[draft] report')
    """
    if not isinstance(text, str) or not text.lstrip().startswith("[{"):
        return text
    try:
        items = json.loads(text)
    except ValueError:
        return text
    listed = isinstance(items, list) and items
    if listed and all(isinstance(item, dict) and "title" in item for item in items):
        return items
    return text


def headings(sheet: Worksheet) -> dict[str, int]:
    """The columns of *sheet* by the key of their heading in row 1."""
    found: dict[str, int] = {}
    for cell in sheet[1]:
        if isinstance(cell.value, str) and cell.value.strip():
            found.setdefault(key(cell.value), cell.column)
    return found


def view_group(heading: str) -> str | None:
    """The group whose view a column with *heading* holds, or None for another column."""
    if not key(heading).startswith(key(VIEW_PREFIX)):
        return None
    return name_of(heading.strip()[len(VIEW_PREFIX) :]) or None


def style_sheet(sheet: Worksheet, widths: dict[int, float], answers: set[int]) -> None:
    """Headings in bold on row 1, repeated when printed; text wrapped; answer columns unlocked.

    The sheet is protected without a password, so that the published text
    and ids are not changed by accident; Review, Unprotect Sheet lifts it.
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    _add_styles(sheet)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row in sheet.iter_rows(min_row=1, max_row=max(sheet.max_row, 1)):
        for cell in row:
            if cell.row == 1:
                cell.style = HEADING_STYLE
            elif cell.column in answers and not _is_notice(cell.value):
                cell.style = ANSWER_STYLE
            else:
                cell.style = TEXT_STYLE
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    protection = sheet.protection
    protection.sheet = True
    # Formatting, resizing, sorting and filtering stay free; only locked cells are kept.
    protection.formatCells = protection.formatColumns = protection.formatRows = False
    protection.insertColumns = protection.insertRows = protection.sort = False
    protection.autoFilter = False


#: The cell styles of a workbook, by name, as a spreadsheet program lists them.
HEADING_STYLE = "Checklist heading"
TEXT_STYLE = "Checklist text"
ANSWER_STYLE = "Checklist answer"


def _add_styles(sheet: Worksheet) -> None:
    """Give the workbook of *sheet* its named cell styles (once): assigning one is quick."""
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill, Protection

    workbook = sheet.parent
    assert workbook is not None
    if ANSWER_STYLE in workbook.named_styles:
        return
    wrap = Alignment(wrap_text=True, vertical="top")
    workbook.add_named_style(
        NamedStyle(
            HEADING_STYLE,
            font=Font(bold=True),
            fill=PatternFill("solid", start_color="DDDDDD"),
            alignment=wrap,
        )
    )
    workbook.add_named_style(NamedStyle(TEXT_STYLE, alignment=wrap))
    workbook.add_named_style(
        NamedStyle(ANSWER_STYLE, alignment=wrap, protection=Protection(locked=False))
    )


def _is_notice(value: object) -> bool:
    return isinstance(value, str) and value.startswith(SURVEY_NOTICE)


def drop_down(sheet: Worksheet, choices: tuple[str, ...], cells: str, prompt: str) -> None:
    """A drop-down list of *choices* on *cells* (such as ``F2:F200``).

    Typing something else warns rather than refuses, since the reader takes
    answers in any case or spacing and says what is allowed.
    """
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        error=f"Choose one of: {', '.join(choices)}",
        promptTitle="Answer",
        prompt=prompt,
    )
    validation.add(cells)
    sheet.add_data_validation(validation)
