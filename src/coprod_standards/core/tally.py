"""Counting a survey's answers on a scale: the count, the rows left out, and the tally.

A survey platform's export is read elsewhere (``coprod_standards.formats``);
here its rows, already cut down to what counting needs, are counted against
a response `Scale`: how many agreed, out of how many respondents, and which
rows were left out and why. Nothing personal reaches this module: a row
carries its answer, a respondent id only to find duplicates, whether it is
complete, and its population answer.

>>> from coprod_standards.core.scales import Scale
>>> from coprod_standards.core.survey_answers import SurveyRow
>>> scale = Scale("agree-3", "Three-point", agree=("Agree",),
...               not_agree=("Neutral", "Disagree"), excluded=("Don't know",))
>>> rows = [SurveyRow(2, "agree"), SurveyRow(3, " Disagree "), SurveyRow(4, ""),
...         SurveyRow(5, "Don’t know"), SurveyRow(6, "AGREE")]
>>> count = count_answers(rows, scale, population="service_users", file="survey.csv")
>>> count.agree, count.respondents, dict(count.excluded)
(2, 3, {'blank': 1, 'no_opinion': 1})
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from coprod_standards.errors import DataError, Problem, echo, format_path

from .assessment import SurveyResponse
from .provenance import Exclusion, SurveyProvenance
from .scales import Meaning, Scale
from .survey_answers import PopulationColumn, SurveyAnswers, SurveyRow

__all__ = ["SurveyCount", "SurveyTally", "count_answers"]

#: How many distinct unknown labels (or unmapped populations) an error lists.
_SHOWN = 10


@attrs.frozen
class SurveyCount:
    """The count of one question's answers in one population.

    Attributes:
        agree: How many respondents agreed.
        respondents: The denominator: every answer counted.
        rows_read: How many respondents' rows there were.
        excluded: How many rows were left out, by reason (only reasons that occurred).
        counted_no_opinion: How many answers such as "Don't know" are in the denominator.
    """

    agree: int
    respondents: int
    rows_read: int
    excluded: Mapping[str, int]
    counted_no_opinion: int


def count_answers(
    answers: SurveyAnswers | Iterable[SurveyRow],
    scale: Scale,
    *,
    population: str,
    file: str,
    populations: PopulationColumn | None = None,
    count_excluded: bool | None = None,
) -> SurveyCount:
    """Count *answers* on *scale* for *population*: who agreed, out of whom, and who was left out.

    Each row is checked in turn: an incomplete response, a repeated respondent
    id (the first row counts), a row of another population or of none, a blank
    answer, and an answer such as "Don't know" (left out unless
    *count_excluded*, or else the scale, counts it) are each left out and
    counted by reason. *file* names the export in messages.

    Raises:
        DataError: An answer is not a label of the scale, or the population
            column holds answers that are not mapped; every one is listed, with
            the rows where it occurs.
    """
    if not isinstance(answers, SurveyAnswers):
        answers = SurveyAnswers.of(answers)
    counts = dict.fromkeys([*(m.value for m in Meaning), *(e.value for e in Exclusion)], 0)
    unmapped: dict[str, list[int]] = {}
    selected = _selected(answers, population, populations, counts, unmapped)
    given = answers.answers
    chosen = given if selected is None else [given[index] for index in selected]
    counted_excluded = scale.count_excluded if count_excluded is None else count_excluded
    unknown: dict[str, int] = {}
    # Each distinct answer, as written, is looked up once: an export holds a handful
    # of answers many thousand times.
    for answer, times in Counter(chosen).items():
        outcome = _outcome(answer, scale, counted_excluded)
        if outcome is None:
            unknown[answer] = times
        else:
            counts[outcome] += times
    problems = _unknown_labels(answers, selected, unknown, scale, file)
    problems += _unmapped(unmapped, populations, file, answers)
    if problems:
        raise DataError(problems)
    agree, no_opinion = counts[Meaning.AGREE.value], counts[Meaning.EXCLUDED.value]
    return SurveyCount(
        agree=agree,
        respondents=agree + counts[Meaning.NOT_AGREE.value] + no_opinion,
        rows_read=len(given),
        excluded=MappingProxyType({e.value: counts[e.value] for e in Exclusion if counts[e.value]}),
        counted_no_opinion=no_opinion,
    )


def _selected(
    answers: SurveyAnswers,
    population: str,
    populations: PopulationColumn | None,
    counts: dict[str, int],
    unmapped: dict[str, list[int]],
) -> list[int] | None:
    """The rows whose answers count, or None for all; the others are counted by reason."""
    complete, respondents, given = answers.complete, answers.respondents, answers.populations
    if respondents is not None and len(set(respondents)) == len(respondents):
        respondents = None  # no id repeats: no row is a duplicate
    if complete is not None and all(complete):
        complete = None
    if populations is None:
        given = None
    if complete is None and respondents is None and given is None:
        return None
    selected = []
    seen: set[str] = set()
    for index in range(len(answers.answers)):
        if complete is not None and not complete[index]:
            reason: Exclusion | None = Exclusion.INCOMPLETE
        elif respondents is not None and respondents[index] in seen:
            reason = Exclusion.DUPLICATE
        else:
            if respondents is not None and respondents[index]:
                seen.add(respondents[index])
            reason = None
            if given is not None and populations is not None:
                reason = _population_reason(given[index], population, populations, index, unmapped)
        if reason is None:
            selected.append(index)
        else:
            counts[reason.value] += 1
    return selected


def _population_reason(
    given: str,
    population: str,
    populations: PopulationColumn,
    index: int,
    unmapped: dict[str, list[int]],
) -> Exclusion | None:
    """Why a row whose population column says *given* is left out, or None."""
    given = given.strip()
    if not given:
        return Exclusion.NO_POPULATION
    mapped, found = populations.population_of(given)
    if not mapped:
        unmapped.setdefault(given, []).append(index)
        return Exclusion.NO_POPULATION
    if found is None:
        return Exclusion.NO_POPULATION
    return None if found == population else Exclusion.OTHER_POPULATION


def _outcome(answer: str, scale: Scale, counted_excluded: bool) -> str | None:
    """What *answer* counts as: a meaning's or a reason's value, or None (not on the scale).

    `Meaning.EXCLUDED` is given only where such answers count, as not agreeing.
    """
    if not answer.strip():
        return Exclusion.BLANK.value
    meaning = scale.meaning(answer)
    if meaning is Meaning.EXCLUDED and not counted_excluded:
        return Exclusion.NO_OPINION.value
    return None if meaning is None else meaning.value


def _where(lines: list[int]) -> str:
    shown = ", ".join(str(line) for line in lines[:5])
    more = f" and {len(lines) - 5} more" if len(lines) > 5 else ""
    plural = "s" if len(lines) > 1 else ""
    return f"row{plural} at line{plural} {shown}{more}"


def _unknown_labels(
    answers: SurveyAnswers,
    selected: list[int] | None,
    unknown: dict[str, int],
    scale: Scale,
    file: str,
) -> list[Problem]:
    if not unknown:
        return []
    rows: dict[str, list[int]] = {}
    for index in range(len(answers.answers)) if selected is None else selected:
        answer = answers.answers[index]
        if answer in unknown:
            rows.setdefault(answer.strip(), []).append(answers.lines[index])
    labels = ", ".join(repr(label) for label in scale.labels)
    problems = []
    for label, lines in list(rows.items())[:_SHOWN]:
        hint = (
            " (the export holds numeric codes: give the scale's codes, a codebook, or export "
            "the choice text)"
            if label.isdigit()
            else ""
        )
        problems.append(
            Problem(
                f"the answer {echo(label)} ({_where(lines)}) is not a label of the scale "
                f"{scale.name} ({labels}){hint}; choose the scale the question used "
                "(--scale), or declare your own in a scale file",
                file,
                lines[0],
                answers.column,
                format_path(("rows", lines[0])),
                code="unknown-label",
            )
        )
    return problems


def _unmapped(
    unmapped: dict[str, list[int]],
    populations: PopulationColumn | None,
    file: str,
    answers: SurveyAnswers,
) -> list[Problem]:
    if not unmapped or populations is None:
        return []
    problems = []
    for answer, indices in list(unmapped.items())[:_SHOWN]:
        lines = [answers.lines[index] for index in indices]
        problems.append(
            Problem(
                f"the population column {echo(populations.heading)} holds {echo(answer)} "
                f"({_where(lines)}), which is mapped to no population; map it "
                f"(--population-map '{answer}=POPULATION', or '{answer}=-' to count it in none)",
                file,
                lines[0],
                populations.column,
                format_path(("rows", lines[0])),
                code="unmapped-population",
            )
        )
    return problems


@attrs.frozen
class SurveyTally:
    """A survey tallied from an export: the count, with where it came from.

    Attributes:
        metric: What the survey asked about, a metric id (``inclusion``).
        population: Who was counted, a population id (``service_users``).
        agree: How many agreed.
        respondents: How many answers were counted (the denominator).
        conducted_on: When the survey closed: the latest response's date, or the one given.
        provenance: The export, the question, the scale and the rows left out.
        notes: What a person should know about how the export was read, such as
            a layout that was not recognised.
    """

    metric: str
    population: str
    agree: int
    respondents: int
    conducted_on: datetime.date
    provenance: SurveyProvenance
    notes: tuple[str, ...] = ()

    @property
    def response(self) -> SurveyResponse:
        """The tally as an assessment's survey, with its provenance."""
        return SurveyResponse(
            self.metric,
            self.population,
            self.respondents,
            agree=self.agree,
            conducted_on=self.conducted_on,
            provenance=self.provenance,
        )

    def to_dict(self) -> dict[str, Any]:
        """The tally as plain data for JSON (dates as ISO text)."""
        provenance = self.provenance
        return {
            "metric": self.metric,
            "population": self.population,
            "agree": self.agree,
            "respondents": self.respondents,
            "conducted_on": self.conducted_on.isoformat(),
            "provenance": {
                "file": provenance.file,
                "sha256": provenance.sha256,
                "layout": provenance.layout,
                "question": provenance.question,
                "scale": provenance.scale,
                "rows_read": provenance.rows_read,
                "excluded": dict(provenance.excluded),
                "counted_no_opinion": provenance.counted_no_opinion,
            },
            "notes": list(self.notes),
        }
