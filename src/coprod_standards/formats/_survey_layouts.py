"""The header layouts of survey platforms' exports, and finding a question's column.

Each platform writes its own headings: `recognise` reads the first rows of a
table and says which layout it is, how many heading rows it has, which
columns are questions (and under which names a question may be asked for),
and which hold a respondent's id, the response's date and whether it is
complete. Columns of personal data (names, emails, IP addresses) are never
questions, so that they cannot be counted or echoed.
"""

from __future__ import annotations

import difflib
import re

import attrs

from coprod_standards.core.scales import Scale
from coprod_standards.errors import DataError, Problem, echo

from ._survey_tables import Cell

__all__ = ["Column", "Layout", "Selection", "find_question", "recognise", "text_of"]

#: Each layout's title, for people.
TITLES = {
    "microsoft_forms": "Microsoft Forms",
    "google_forms": "Google Forms",
    "surveymonkey": "SurveyMonkey",
    "qualtrics": "Qualtrics",
    "smartsurvey": "SmartSurvey",
    "plain": "plain (one heading row)",
}

# The platforms' own columns (compared as `_key` gives them), which are never questions.
_SYSTEM = {
    "microsoft_forms": {
        "id",
        "start time",
        "completion time",
        "email",
        "name",
        "last modified time",
        "total points",
        "quiz feedback",
    },
    "google_forms": {"timestamp", "email address", "score"},
    "surveymonkey": {
        "respondent id",
        "collector id",
        "start date",
        "end date",
        "ip address",
        "email address",
        "first name",
        "last name",
        "custom data 1",
        "custom data",
    },
    "qualtrics": {
        "startdate",
        "enddate",
        "status",
        "ipaddress",
        "progress",
        "duration (in seconds)",
        "finished",
        "recordeddate",
        "responseid",
        "recipientlastname",
        "recipientfirstname",
        "recipientemail",
        "externalreference",
        "locationlatitude",
        "locationlongitude",
        "distributionchannel",
        "userlanguage",
    },
    "smartsurvey": {
        "userid",
        "userno",
        "name",
        "email",
        "ip address",
        "unique id",
        "started",
        "ended",
        "tracking link",
        "custom value",
    },
    "plain": set(),
}
# (respondent id, date, finished, progress) columns of each layout.
_META = {
    "microsoft_forms": ("id", "completion time", None, None),
    "google_forms": ("email address", "timestamp", None, None),
    "surveymonkey": ("respondent id", "end date", None, None),
    "qualtrics": ("responseid", "enddate", "finished", "progress"),
    "smartsurvey": ("userid", "ended", None, None),
    "plain": (None, None, None, None),
}
_HEADER_ROWS = {"surveymonkey": 2, "qualtrics": 3}
# SurveyMonkey's sub-headings of a question that has one answer column.
_SINGLE = {"response", "open-ended response", ""}
_GRID = re.compile(r"(.*\S)\s*\[(.+)\]\s*")


#: Typographic quotes, as a heading typed in a word processor has them, to plain ones.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _key(value: object) -> str:
    """*value* as headings are compared: case, spacing and the quotes' shape ignored."""
    if not isinstance(value, str):
        return ""
    return " ".join(value.translate(_QUOTES).casefold().split())


def text_of(cell: Cell) -> str:
    """A cell as text: spreadsheets' dates in ISO form."""
    return cell if isinstance(cell, str) else cell.isoformat() if cell != "" else ""


@attrs.frozen
class Column:
    """A question's column: where it is, and the names it may be asked for by."""

    index: int
    #: The names that find it; the first is shown to people.
    names: tuple[str, ...]
    #: SurveyMonkey: the question (heading) it belongs to; else its own index.
    block: int
    #: SurveyMonkey: its sub-heading (a statement, an option or "Response").
    sub: str = ""

    @property
    def letter(self) -> str:
        """The column as a spreadsheet names it: A, B, ... Z, AA."""
        number, letters = self.index + 1, ""
        while number:
            number, remainder = divmod(number - 1, 26)
            letters = chr(65 + remainder) + letters
        return letters


@attrs.frozen
class Layout:
    """What was recognised in an export's headings."""

    name: str
    header_rows: int
    columns: tuple[Column, ...]
    respondent: int | None = None
    date: int | None = None
    finished: int | None = None
    progress: int | None = None

    @property
    def title(self) -> str:
        """The layout's name for people, such as "Microsoft Forms"."""
        return TITLES[self.name]

    @property
    def ids_are_emails(self) -> bool:
        """Whether respondents are known by email address, which ignores case (Google Forms)."""
        return self.name == "google_forms"


@attrs.frozen
class Selection:
    """The column (or, for SurveyMonkey's expanded layout, columns) of the question asked for."""

    columns: tuple[Column, ...]
    question: str
    expanded: bool = False


def _which(rows: list[list[Cell]]) -> str:
    first = [_key(cell) for cell in rows[0]]
    heads = set(first)
    if len(rows) > 2 and any(text_of(cell).startswith('{"ImportId"') for cell in rows[2]):
        return "qualtrics"
    if "respondent id" in heads and ("collector id" in heads or "start date" in heads):
        return "surveymonkey"
    if first[:3] == ["id", "start time", "completion time"]:
        return "microsoft_forms"
    if first[:1] == ["timestamp"]:
        return "google_forms"
    if {"userid", "userno"} <= heads or {"userid", "started", "ended"} <= heads:
        return "smartsurvey"
    return "plain"


def recognise(rows: list[list[Cell]]) -> Layout:
    """The layout of a table whose first rows are *rows* (a plain one where none is recognised)."""
    name = _which(rows)
    header_rows = _HEADER_ROWS.get(name, 1)
    first = [_key(cell) for cell in rows[0]]
    system = _SYSTEM[name]
    meta = [first.index(key) if key in first else None for key in _META[name]]
    subs: list[Cell] = []
    if name == "surveymonkey":
        # Its second heading row has nothing under Respondent ID; where that holds an id,
        # the row was deleted (as when tidying in a spreadsheet) and row 2 is a response.
        if len(rows) > 1 and not text_of(_at(rows[1], meta[0] or 0)).strip():
            subs = rows[1]
        else:
            header_rows = 1
    columns: list[Column] = []
    names: tuple[str, ...]
    block, question = 0, ""
    for index, cell in enumerate(rows[0]):
        heading = text_of(cell).strip()
        if name == "surveymonkey":
            # A question's heading stands over its first column only; the columns after
            # it, with blank headings, are its statements or options.
            if heading:
                block, question = index, heading
            sub = text_of(_at(subs, index)).strip()
            if _key(question) in system:
                continue
            names = (question,) if _key(sub) in _SINGLE else (f"{question} - {sub}", sub, question)
            columns.append(Column(index, names, block, sub))
        elif name == "qualtrics":
            if _key(heading) in system:
                continue
            text = text_of(_at(rows[1], index)).strip()
            columns.append(Column(index, (text or heading, heading), index))
        elif heading and _key(heading) not in system:
            grid = _GRID.fullmatch(heading) if name == "google_forms" else None
            # A Google Forms grid's column, "Question [row]", is found by its row too.
            names = (heading, grid[2].strip()) if grid else (heading,)
            columns.append(Column(index, names, index))
    return Layout(name, header_rows, tuple(columns), *meta)


def _at(row: list[Cell], index: int) -> Cell:
    return row[index] if index < len(row) else ""


def find_question(layout: Layout, question: str, scale: Scale, file: str, what: str) -> Selection:
    """The column of *question* (its heading, ignoring case and spacing); *what* names it in errors.

    Raises:
        DataError: No column, or several, have that heading; the closest are listed.
    """
    wanted = _key(question)
    found = [column for column in layout.columns if wanted in map(_key, column.names)]
    if not found:
        raise DataError([Problem(_not_found(layout, question, what), file, code="no-question")])
    if len(found) == 1:
        return Selection((found[0],), found[0].names[0])
    if _expanded(layout, found, scale):
        return Selection(tuple(found), found[0].names[-1], expanded=True)
    listed = "; ".join(f"column {column.letter}: {echo(column.names[0], 80)}" for column in found)
    raise DataError(
        [
            Problem(
                f"{len(found)} columns match the {what} {echo(question)} ({listed}); give the "
                "whole heading of the one to count",
                file,
                code="ambiguous-question",
            )
        ]
    )


def _expanded(layout: Layout, found: list[Column], scale: Scale) -> bool:
    """Whether *found* is one SurveyMonkey question exported expanded: a column per option."""
    if layout.name != "surveymonkey" or len({column.block for column in found}) != 1:
        return False
    options = [column.sub for column in found if not _key(column.sub).startswith("other")]
    return bool(options) and all(scale.meaning(option) is not None for option in options)


def _not_found(layout: Layout, question: str, what: str) -> str:
    names = {_key(name): name for column in layout.columns for name in column.names}
    close = difflib.get_close_matches(_key(question), list(names), n=5, cutoff=0.4)
    if close:
        offer = "the closest are " + "; ".join(echo(names[key], 80) for key in close)
    else:
        shown = [echo(column.names[0], 60) for column in layout.columns[:8]]
        offer = "its question columns are " + ("; ".join(shown) or "none")
    return (
        f"no column of this export ({layout.title} layout) has the heading {echo(question)} "
        f"for the {what}; {offer}"
    )
