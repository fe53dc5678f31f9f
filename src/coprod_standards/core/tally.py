"""Counting a survey's answers: response scales, and the count with its reasons.

A survey platform's export is read elsewhere (``coprod_standards.formats``);
here its rows, already cut down to what counting needs, are counted against
a response `Scale`: how many agreed, out of how many respondents, and which
rows were left out and why. Nothing personal reaches this module: a row
carries its answer, a respondent id only to find duplicates, whether it is
complete, its population answer and its date.

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
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from coprod_standards.errors import DataError, FieldError, Problem, echo, format_path

from .assessment import SurveyResponse
from .provenance import Exclusion, SurveyProvenance

__all__ = [
    "Meaning",
    "PopulationColumn",
    "Scale",
    "SurveyCount",
    "SurveyRow",
    "SurveyTally",
    "count_answers",
    "normalise_label",
]

#: How many distinct unknown labels (or unmapped populations) an error lists.
_SHOWN = 10


def normalise_label(text: str) -> str:
    """*text* as labels are compared: case, spacing and the apostrophe's shape ignored.

    >>> normalise_label("  Neither  Agree nor disagree ")
    'neitheragreenordisagree'

    >>> normalise_label("Don’t know") == normalise_label("DON'T KNOW")
    True
    """
    return "".join(text.replace("’", "'").replace("‘", "'").casefold().split())


class Meaning(enum.Enum):
    """What an answer on a scale counts as."""

    AGREE = "agree"
    NOT_AGREE = "not_agree"
    #: "Don't know", "Prefer not to say", "Not applicable": the scale's rule decides.
    EXCLUDED = "excluded"


def _labels(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _codes(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Scale:
    """A response scale: which answers count as agreeing, which not, and which are left out.

    Attributes:
        name: The scale's name, such as ``agree-5``.
        title: What it is, for people.
        agree: The labels that count as agreeing (the numerator).
        not_agree: The labels that count in the denominator only.
        excluded: Labels such as "Don't know", left out of the count unless
            `count_excluded` says otherwise.
        count_excluded: Whether the excluded labels count in the denominator
            (as not agreeing), as the Friends and Family Test counts "Don't know".
        codes: Numeric codes an export may hold instead of labels, to the labels
            they stand for (a codebook), such as ``{"5": "Strongly agree"}``.
    """

    name: str
    title: str
    agree: tuple[str, ...] = attrs.field(converter=_labels)
    not_agree: tuple[str, ...] = attrs.field(converter=_labels)
    excluded: tuple[str, ...] = attrs.field(default=(), converter=_labels)
    count_excluded: bool = False
    codes: Mapping[str, str] = attrs.field(factory=dict, converter=_codes)
    _meanings: Mapping[str, Meaning] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.agree:
            raise FieldError("agree", "a scale needs at least one label that counts as agreeing")
        meanings: dict[str, Meaning] = {}
        for meaning in Meaning:
            for label in getattr(self, meaning.value):
                key = normalise_label(label)
                if not key:
                    raise FieldError(meaning.value, "a label is blank; give its text")
                if key in meanings:
                    raise FieldError(
                        meaning.value,
                        f"{echo(label)} is listed twice (labels are compared ignoring case and "
                        "spacing); list each label once, under agree, not_agree or excluded",
                    )
                meanings[key] = meaning
        for code, label in self.codes.items():
            if normalise_label(label) not in meanings:
                raise FieldError(
                    "codes",
                    f"code {echo(code)} stands for {echo(label)}, which is not a label "
                    "of the scale; list it under agree, not_agree or excluded",
                )
        for code, label in self.codes.items():
            meanings.setdefault(normalise_label(code), meanings[normalise_label(label)])
        object.__setattr__(self, "_meanings", MappingProxyType(meanings))

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label of the scale, agreeing first."""
        return (*self.agree, *self.not_agree, *self.excluded)

    def meaning(self, answer: str) -> Meaning | None:
        """What *answer* counts as, ignoring case and spacing; None for a label not on the scale."""
        return self._meanings.get(normalise_label(answer))


class SurveyRow(NamedTuple):
    """One respondent's row of an export, cut down to what counting needs."""

    #: Where the row is: its line in a CSV file, its row in a spreadsheet.
    line: int
    #: The answer to the question, as written (blank where left blank).
    answer: str
    #: The respondent's id, only to find duplicates; None where the export has none.
    respondent: str | None = None
    #: False for an unfinished response.
    complete: bool = True
    #: The answer in the population column, where there is one.
    population: str | None = None
    #: When the response was recorded, where the export says.
    answered_on: datetime.date | None = None
    #: The column of the answer (1-based), for messages.
    column: int | None = None


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
        normalised = {normalise_label(key): value for key, value in self.mapping.items()}
        object.__setattr__(self, "_normalised", normalised)

    def population_of(self, answer: str) -> tuple[bool, str | None]:
        """Whether *answer* is mapped, and to which population (None: to none)."""
        key = normalise_label(answer)
        return key in self._normalised, self._normalised.get(key)


@attrs.frozen
class SurveyCount:
    """The count of one question's answers in one population.

    Attributes:
        agree: How many respondents agreed.
        respondents: The denominator: every answer counted.
        rows_read: How many respondents' rows there were.
        excluded: How many rows were left out, by reason (only reasons that occurred).
        counted_no_opinion: How many answers such as "Don't know" are in the denominator.
        latest: The latest response's date, where the rows have dates.
    """

    agree: int
    respondents: int
    rows_read: int
    excluded: Mapping[str, int]
    counted_no_opinion: int
    latest: datetime.date | None


def count_answers(
    rows: Iterable[SurveyRow],
    scale: Scale,
    *,
    population: str,
    file: str,
    populations: PopulationColumn | None = None,
    count_excluded: bool | None = None,
) -> SurveyCount:
    """Count *rows* on *scale* for *population*: who agreed, out of whom, and who was left out.

    Each row is checked in turn: an incomplete response, a repeated respondent
    id (the first row counts), a row of another population or of none, a blank
    answer, and an answer such as "Don't know" (left out unless
    *count_excluded*, or else the scale, counts it) are each left out and
    counted by reason. *file* names the export in messages.

    Raises:
        DataError: An answer is not a label of the scale, or the population
            column holds answers that are not mapped; every one is listed, with
            the row where it first occurs.
    """
    # Counted by the values of Meaning and Exclusion: text hashes faster than an enum.
    counts = dict.fromkeys([*(m.value for m in Meaning), *(e.value for e in Exclusion)], 0)
    counted_excluded = scale.count_excluded if count_excluded is None else count_excluded
    seen: set[str] = set()
    unknown: dict[str, list[SurveyRow]] = {}
    unmapped: dict[str, list[SurveyRow]] = {}
    read = 0
    latest: datetime.date | None = None
    # What each answer, as written, counts as: worked out once per distinct answer,
    # since an export holds a handful of answers many thousand times.
    outcomes: dict[str, str | None] = {}
    duplicate = Exclusion.DUPLICATE.value
    for row in rows:
        read += 1
        if row.answered_on is not None and (latest is None or row.answered_on > latest):
            latest = row.answered_on
        if not row.complete or populations is not None:
            reason = _left_out(row, seen, population, populations, unmapped)
            if reason is not None:
                counts[reason.value] += 1
                continue
        elif row.respondent:
            if row.respondent in seen:
                counts[duplicate] += 1
                continue
            seen.add(row.respondent)
        answer = row.answer
        if answer in outcomes:
            outcome = outcomes[answer]
        else:
            outcome = outcomes[answer] = _outcome(answer, scale, counted_excluded)
        if outcome is None:
            unknown.setdefault(answer.strip(), []).append(row)
        else:
            counts[outcome] += 1
    problems = _unknown_labels(unknown, scale, file) + _unmapped(unmapped, populations, file)
    if problems:
        raise DataError(problems)
    agree, no_opinion = counts[Meaning.AGREE.value], counts[Meaning.EXCLUDED.value]
    return SurveyCount(
        agree=agree,
        respondents=agree + counts[Meaning.NOT_AGREE.value] + no_opinion,
        rows_read=read,
        excluded=MappingProxyType({e.value: counts[e.value] for e in Exclusion if counts[e.value]}),
        counted_no_opinion=no_opinion,
        latest=latest,
    )


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


def _left_out(
    row: SurveyRow,
    seen: set[str],
    population: str,
    populations: PopulationColumn | None,
    unmapped: dict[str, list[SurveyRow]],
) -> Exclusion | None:
    """Why *row* is left out before its answer is read, or None where it is not."""
    if not row.complete:
        return Exclusion.INCOMPLETE
    if row.respondent:
        if row.respondent in seen:
            return Exclusion.DUPLICATE
        seen.add(row.respondent)
    if populations is None:
        return None
    given = (row.population or "").strip()
    if not given:
        return Exclusion.NO_POPULATION
    mapped, found = populations.population_of(given)
    if not mapped:
        unmapped.setdefault(given, []).append(row)
        return Exclusion.NO_POPULATION
    if found is None:
        return Exclusion.NO_POPULATION
    return None if found == population else Exclusion.OTHER_POPULATION


def _where(rows: list[SurveyRow]) -> str:
    lines = ", ".join(str(row.line) for row in rows[:5])
    more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
    return f"row{'s' if len(rows) > 1 else ''} at line{'s' if len(rows) > 1 else ''} {lines}{more}"


def _unknown_labels(unknown: dict[str, list[SurveyRow]], scale: Scale, file: str) -> list[Problem]:
    labels = ", ".join(repr(label) for label in scale.labels)
    problems = []
    for label, rows in list(unknown.items())[:_SHOWN]:
        hint = (
            " (the export holds numeric codes: give the scale's codes, a codebook, or export "
            "the choice text)"
            if label.isdigit()
            else ""
        )
        problems.append(
            Problem(
                f"the answer {echo(label)} ({_where(rows)}) is not a label of the scale "
                f"{scale.name} ({labels}){hint}; choose the scale the question used "
                "(--scale), or declare your own in a scale file",
                file,
                rows[0].line,
                rows[0].column,
                format_path(("rows", rows[0].line)),
                code="unknown-label",
            )
        )
    return problems


def _unmapped(
    unmapped: dict[str, list[SurveyRow]], populations: PopulationColumn | None, file: str
) -> list[Problem]:
    if not unmapped or populations is None:
        return []
    problems = []
    for answer, rows in list(unmapped.items())[:_SHOWN]:
        problems.append(
            Problem(
                f"the population column {echo(populations.heading)} holds {echo(answer)} "
                f"({_where(rows)}), which is mapped to no population; map it "
                f"(--population-map '{answer}=POPULATION', or '{answer}=-' to count it in none)",
                file,
                rows[0].line,
                populations.column,
                format_path(("rows", rows[0].line)),
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
