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
from collections.abc import Mapping
from pathlib import Path

from coprod_standards.core.models import Framework
from coprod_standards.core.provenance import SurveyProvenance
from coprod_standards.core.scales import Scale
from coprod_standards.core.survey_answers import PopulationColumn, SurveyAnswers
from coprod_standards.core.tally import SurveyTally, count_answers
from coprod_standards.errors import CoprodError, DataError, Problem, echo

from ._files import read_bytes
from ._survey_dates import closed_on
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
    closed = closed_on(conducted_on, table, layout, name)
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
