"""An export's answers to one question, cut down to what counting needs.

The formats read an export; what reaches the core is, for each row, its
answer, where it is, a respondent id only to find duplicates, whether the
response was finished, and its answer in a population column, with how that
column's answers map to the checklist's populations. Nothing personal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import attrs

from coprod_standards.errors import FieldError, echo

from .scales import normalise_label

__all__ = ["PopulationColumn", "SurveyAnswers", "SurveyRow"]


class SurveyRow(NamedTuple):
    """One respondent's row of an export, cut down to what counting needs.

    `SurveyAnswers.of` gathers rows into the columns `count_answers` counts.
    """

    #: Where the row is: its line in a CSV file, its row in a spreadsheet.
    line: int
    #: The answer to the question, as written (blank where left blank).
    answer: str
    #: The respondent's id, only to find duplicates; blank where the export has none.
    respondent: str = ""
    #: False for an unfinished response.
    complete: bool = True
    #: The answer in the population column, where there is one.
    population: str = ""


@attrs.frozen
class SurveyAnswers:
    """An export's answers to one question, column by column, with what counting needs.

    Columns rather than rows, so that an export of many thousand rows is
    counted at the speed of the standard library's counting.

    Attributes:
        answers: Each row's answer, as written (blank where left blank).
        lines: Where each row is: its line in a CSV file, its row in a spreadsheet.
        column: The answers' column (1-based), for messages.
        respondents: Each row's respondent id (blank where unknown), to find
            duplicates; None where the export has no ids.
        complete: Whether each response was finished; None where all were.
        populations: Each row's answer in the population column; None where
            there is no such column.
    """

    answers: Sequence[str]
    lines: Sequence[int]
    column: int | None = None
    respondents: Sequence[str] | None = None
    complete: Sequence[bool] | None = None
    populations: Sequence[str] | None = None

    @classmethod
    def of(cls, rows: Iterable[SurveyRow], column: int | None = None) -> SurveyAnswers:
        """The columns of *rows*."""
        given = list(rows)
        return cls(
            [row.answer for row in given],
            [row.line for row in given],
            column,
            [row.respondent for row in given],
            [row.complete for row in given],
            [row.population for row in given],
        )


def _populations(value: Mapping[str, str | None]) -> Mapping[str, str | None]:
    return MappingProxyType(dict(value))


@attrs.frozen
class PopulationColumn:
    """How rows are given their population from a column of the export.

    Attributes:
        heading: The column's heading, for messages.
        mapping: The column's answers (compared ignoring case and spacing) to
            population ids; None for answers counted in no population.
        column: The column's number (1-based), for messages.
    """

    heading: str
    mapping: Mapping[str, str | None] = attrs.field(converter=_populations)
    column: int | None = None
    _normalised: Mapping[str, str | None] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        normalised: dict[str, str | None] = {}
        spelled: dict[str, str] = {}
        for answer, population in self.mapping.items():
            key = normalise_label(answer)
            if key in normalised and normalised[key] != population:
                # Taking either would count some rows in a population they were not given.
                raise FieldError(
                    "mapping",
                    f"the population column's answers {echo(spelled[key])} and {echo(answer)} "
                    "are one answer (compared ignoring case and spacing) mapped to "
                    f"{normalised[key] or 'none'} and to {population or 'none'}; map it once",
                )
            normalised[key], spelled[key] = population, answer
        object.__setattr__(self, "_normalised", normalised)

    def population_of(self, answer: str) -> tuple[bool, str | None]:
        """Whether *answer* is mapped, and to which population (None: to none)."""
        key = normalise_label(answer)
        return key in self._normalised, self._normalised.get(key)
