"""Tallying a survey from a platform's export: `tally_survey`.

Microsoft Forms, Google Forms, SurveyMonkey (condensed or expanded),
Qualtrics and SmartSurvey exports, and plain tables with one heading row, as
CSV or XLSX: the layout is recognised from the headings, the question's
column is found by its heading, and its answers are counted on a response
scale (`coprod_standards.core.scales`, `coprod_standards.core.tally`), with
every row left out counted by reason. Only the columns counting needs are
read: names, emails, IP addresses and free-text answers never reach the
result.

>>> tally = tally_survey("tests/fixtures/surveys/microsoft-forms.csv",
...                      question="I feel included in decisions about my support",
...                      metric="inclusion", population="service_users")
>>> tally.agree, tally.respondents, tally.provenance.layout
(5, 8, 'microsoft_forms')
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn, cast

from coprod_standards.core.models import Framework
from coprod_standards.core.provenance import SurveyProvenance
from coprod_standards.core.scales import Scale
from coprod_standards.core.survey_answers import PopulationColumn, SurveyAnswers
from coprod_standards.core.tally import SurveyTally, count_answers
from coprod_standards.errors import CoprodError, DataError, Problem, echo

from ._files import read_bytes
from ._survey_layouts import Layout, Selection, find_question, recognise, text_of
from ._survey_tables import Cell, Table, check_widths, read_table
from .loader import load
from .survey_scales import load_scale

__all__ = ["tally_survey"]


def tally_survey(
    export: str | Path,
    *,
    question: str,
    metric: str,
    population: str,
    population_column: str | None = None,
    population_map: Mapping[str, str | None] | None = None,
    scale: str | Path | Scale = "agree-5",
    conducted_on: datetime.date | None = None,
    count_excluded: bool | None = None,
    encoding: str | None = None,
    framework: Framework | None = None,
) -> SurveyTally:
    """Count the answers to *question* in the survey *export* (CSV or XLSX).

    Args:
        export: The export's file.
        question: The question's column heading (or, for Qualtrics, its export
            tag), ignoring case and surrounding spacing.
        metric: What the survey measures, a metric id of the standards (``inclusion``).
        population: Who is counted, a population id (``service_users``): every
            row, or with *population_column* the rows whose answer there maps to it.
        population_column: The heading of a column that says each respondent's population.
        population_map: That column's answers to population ids (None: no population).
        scale: A shipped scale's name (``agree-5``, ``agree-7``, ``yes-no``,
            ``fft``, ``satisfaction-5``), a scale file, or a `Scale`.
        conducted_on: When the survey closed; by default the latest response's date.
        count_excluded: Whether answers such as "Don't know" count in the
            denominator; by default the scale's rule says.
        encoding: The CSV's encoding, where it is none of those recognised.
        framework: The standards the metric and population ids are checked
            against; by default the latest version.

    Raises:
        DataError: The export, the question, an answer or a population cannot be
            read or counted; each problem says where and what to do.
        CoprodError: An argument names no metric, population, scale or file, or
            *population_map* is given without *population_column*.
    """
    if population_map and population_column is None:
        raise CoprodError("population_map maps the answers of population_column; give it")
    if conducted_on is not None and type(conducted_on) is not datetime.date:
        raise CoprodError(
            f"conducted_on is {conducted_on!r}; give a date, such as "
            "datetime.date(2026, 5, 14) (of a date and time, its .date())"
        )
    framework = load() if framework is None else framework
    _check_ids(framework, metric, population, population_map)
    if not isinstance(scale, Scale):
        scale = load_scale(scale)
    path = Path(export)
    name = str(export)
    data = read_bytes(path, name, export=True)
    table = read_table(data, name, encoding=encoding)
    layout = recognise(table.rows)
    if len(table.rows) <= layout.header_rows:
        raise DataError(
            [Problem("the export has headings but no responses", name, code="no-responses")]
        )
    check_widths(table, layout.header_rows, name)
    selection = find_question(layout, question, scale, name, "question")
    populations = None
    if population_column is not None:
        column = find_question(layout, population_column, scale, name, "population column")
        population_index: int | None = column.columns[0].index
        populations = PopulationColumn(
            column.question, dict(population_map or {}), (population_index or 0) + 1
        )
    else:
        population_index = None
    count = count_answers(
        _answers(table, layout, selection, population_index, name),
        scale,
        population=population,
        file=name,
        populations=populations,
        count_excluded=count_excluded,
    )
    if count.respondents == 0:
        left = ", ".join(f"{n} {reason}" for reason, n in count.excluded.items())
        raise DataError(
            [
                Problem(
                    f"no answer to {echo(selection.question)} can be counted ({left} of "
                    f"{count.rows_read} rows); check the question and the population",
                    name,
                    code="nothing-counted",
                )
            ]
        )
    closed = _closed(conducted_on, table, layout, name)
    if closed is None:
        raise CoprodError(
            f"{name}: the export has no response dates ({layout.title} layout); say when the "
            "survey closed (--conducted-on YYYY-MM-DD)"
        )
    notes = [f"read as {table.how}"]
    if layout.name == "plain":
        notes.append(
            "no survey platform's layout was recognised: read as a plain table with one "
            "heading row, with no respondent ids, dates or completion to check"
        )
    else:
        notes.append(f"recognised the {layout.title} layout")
    provenance = SurveyProvenance(
        file=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        layout=layout.name,
        question=selection.question,
        scale=scale.name,
        rows_read=count.rows_read,
        excluded=count.excluded,
        counted_no_opinion=count.counted_no_opinion,
    )
    return SurveyTally(
        metric, population, count.agree, count.respondents, closed, provenance, tuple(notes)
    )


def _check_ids(
    framework: Framework, metric: str, population: str, mapping: Mapping[str, str | None] | None
) -> None:
    metrics = [entry.id for entry in framework.survey_metrics]
    known = [entry.id for entry in framework.survey_populations]
    if metric not in metrics:
        raise CoprodError(
            f"{metric!r} is not a survey metric of version {framework.version}; use one of "
            f"{', '.join(metrics)}"
        )
    for given in (population, *(p for p in (mapping or {}).values() if p is not None)):
        if given not in known:
            raise CoprodError(
                f"{given!r} is not a survey population of version {framework.version}; use one "
                f"of {', '.join(known)}"
            )


def _answers(
    table: Table,
    layout: Layout,
    selection: Selection,
    population: int | None,
    file: str,
) -> SurveyAnswers:
    """The answers below the headings, with what counting needs, column by column."""
    start = layout.header_rows
    body = table.rows[start:]
    lines = table.lines[start:]
    indices = [column.index for column in selection.columns]
    first = indices[0]
    text = table.text_only
    if selection.expanded:
        answers = [_chosen(row, indices, file, line) for row, line in zip(body, lines, strict=True)]
    else:
        answers = _column(body, first, text)
    complete = None
    if layout.finished is not None or layout.progress is not None:
        complete = [
            _complete(row, layout, file, line) for row, line in zip(body, lines, strict=True)
        ]
    respondents = None
    if layout.respondent is not None:
        respondents = _column(body, layout.respondent, text, strip=True)
        if layout.ids_are_emails:  # Kit@Example.org is kit@example.org: one respondent
            respondents = [respondent.casefold() for respondent in respondents]
    return SurveyAnswers(
        answers,
        lines,
        first + 1,
        respondents,
        complete,
        None if population is None else _column(body, population, text),
    )


def _column(body: list[list[Cell]], index: int, text: bool, *, strip: bool = False) -> list[str]:
    """The cells of column *index* as text ("" past a short row's end); *text*: all are."""
    cells = [row[index] if index < len(row) else "" for row in body]
    if not text:
        cells = [text_of(cell) for cell in cells]
    return [cell.strip() for cell in cells] if strip else cells


def _chosen(row: list[Cell], indices: list[int], file: str, line: int) -> str:
    """The one answer of a question exported expanded: the column that is not blank."""
    given = [text_of(row[i]).strip() for i in indices if i < len(row)]
    chosen = [answer for answer in given if answer]
    if len(chosen) > 1:
        raise DataError([_several(file, line, chosen, indices[0] + 1)])
    return chosen[0] if chosen else ""


def _cell(row: list[Cell], index: int) -> str:
    return text_of(row[index]).strip() if index < len(row) else ""


def _several(file: str, line: int, chosen: list[str], column: int) -> Problem:
    return Problem(
        f"this row has {len(chosen)} answers to a one-answer question "
        f"({', '.join(map(echo, chosen))}); correct the export",
        file,
        line,
        column,
        code="several-answers",
    )


_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def _complete(row: list[Cell], layout: Layout, file: str, line: int) -> bool:
    if layout.finished is not None:
        finished = _cell(row, layout.finished).casefold()
        if finished in _FALSE:
            return False
        if finished not in _TRUE:
            raise DataError(
                [
                    Problem(
                        f"Finished is {echo(finished)}, not True or False",
                        file,
                        line,
                        layout.finished + 1,
                        code="finished",
                    )
                ]
            )
    if layout.progress is not None:
        progress = _cell(row, layout.progress)
        if not progress.isdigit():
            raise DataError(
                [
                    Problem(
                        f"Progress is {echo(progress)}, not a whole number from 0 to 100",
                        file,
                        line,
                        layout.progress + 1,
                        code="progress",
                    )
                ]
            )
        return int(progress) >= 100
    return True


# Dates as the platforms write them: 2026-09-30 14:03, 2026/09/30 2:03 PM, and
# 30/09/2026 or 9/30/26 (day or month first: decided by the whole column).
_ISO = re.compile(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")
_SLASHED = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")


def _closed(
    given: datetime.date | None, table: Table, layout: Layout, file: str
) -> datetime.date | None:
    """When the survey closed: *given*, where it is no earlier than the latest response."""
    if given is None:
        return _latest(table, layout, file)
    try:
        latest = _latest(table, layout, file)
    except CoprodError:  # dates it cannot read or order: the date given is why it was given
        return given
    if latest is not None and given < latest:
        raise CoprodError(
            f"{file}: the survey is said to have closed on {given.isoformat()}, before the "
            f"export's latest response ({latest.isoformat()}); give the date it closed, on "
            "or after that"
        )
    return given


def _latest(table: Table, layout: Layout, file: str) -> datetime.date | None:
    """The latest response's date, from the layout's date column; None where it has none."""
    if layout.date is None:
        return None
    index = layout.date
    body = table.rows[layout.header_rows :]
    # Each distinct date is read once: the first ten characters hold it in every form
    # the platforms write, and an export repeats a few hundred dates many times.
    cells = {row[index] if index < len(row) else "" for row in body}
    days = [cell for cell in cells if isinstance(cell, datetime.date)]
    texts = {cell[:10] for cell in cells if isinstance(cell, str) and cell.strip()}
    slashed: dict[tuple[int, int], int] = {}
    for text in texts:
        iso = _ISO.match(text)
        if iso:
            days.append(_day(int(iso[1]), int(iso[2]), int(iso[3]), file, table, layout, text))
            continue
        match = _SLASHED.match(text)
        if match is None:
            _unreadable(text, file, table, layout)
        year = _full_year(int(match[3]))
        slashed[int(match[1]), int(match[2])] = max(
            year, slashed.get((int(match[1]), int(match[2])), 0)
        )
    if slashed:
        day_first = _day_first(set(slashed), file)
        for (first, second), year in slashed.items():
            month, day = (second, first) if day_first else (first, second)
            days.append(_day(year, month, day, file, table, layout, (first, second)))
    return max((d.date() if isinstance(d, datetime.datetime) else d for d in days), default=None)


def _full_year(year: int) -> int:
    """A year written with two digits in full, as POSIX reads them: 69 to 99 are 19xx."""
    if year >= 100:
        return year
    return year + (1900 if year >= 69 else 2000)


def _located(table: Table, layout: Layout, written: str | tuple[int, int]) -> tuple[str, int, int]:
    """The first date in the date column written as *written*, with its line and column.

    *written* is a date's first ten characters, or a slashed date's first two numbers.
    """
    index = cast(int, layout.date)
    for number, row in enumerate(table.rows[layout.header_rows :]):
        cell = row[index] if index < len(row) else ""
        if isinstance(cell, str) and (
            cell[:10] == written if isinstance(written, str) else _pair(cell) == written
        ):
            return cell, table.lines[layout.header_rows + number], index + 1
    raise AssertionError(f"{written!r} was read from the date column, so it is there")


def _pair(cell: str) -> tuple[int, int] | None:
    """The first two numbers of a slashed date such as ``14/05/2026``."""
    match = _SLASHED.match(cell[:10])
    return None if match is None else (int(match[1]), int(match[2]))


def _unreadable(text: str, file: str, table: Table, layout: Layout) -> NoReturn:
    cell, line, column = _located(table, layout, text)
    raise DataError(
        [
            Problem(
                f"the date {echo(cell)} cannot be read; give --conducted-on instead",
                file,
                line,
                column,
                code="date",
            )
        ]
    )


def _day_first(pairs: set[tuple[int, int]], file: str) -> bool:
    """Whether the column's slashed dates put the day first: a number above 12 decides."""
    day_first = any(first > 12 for first, _ in pairs)
    month_first = any(second > 12 for _, second in pairs)
    if day_first == month_first:
        reason = "mixes day-first and month-first" if day_first else "could be day or month first"
        raise CoprodError(
            f"{file}: the export's dates {reason} (such as "
            f"{'/'.join(map(str, min(pairs)))}); say when the survey closed "
            "(--conducted-on YYYY-MM-DD) rather than have it guessed"
        )
    return day_first


def _day(
    year: int,
    month: int,
    day: int,
    file: str,
    table: Table,
    layout: Layout,
    written: str | tuple[int, int],
) -> datetime.date:
    """The date *year*-*month*-*day*; not a real one, a problem at the first cell so written."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        cell, line, column = _located(table, layout, written)
        raise DataError(
            [
                Problem(
                    f"the date {echo(cell)} is not a real date ({year}-{month:02d}-{day:02d}); "
                    "correct it, or give --conducted-on",
                    file,
                    line,
                    column,
                    code="date",
                )
            ]
        ) from None
