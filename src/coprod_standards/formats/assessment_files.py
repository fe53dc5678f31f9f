"""Assessment files: reading, writing and the blank template.

An assessment file is YAML (or JSON with the same shape)::

    version: "1.1"
    organisation: Riverside Community Hub
    assessed_on: 2026-09-30
    completed_by: [staff, service_users, members]
    criteria:
      1.2.B1: met
      1.2.B2: {status: met, evidence: "Equality report 2026"}
      2.3.S3: {status: not_applicable, reason: "We hold no statutory orders."}
    indicators:
      "1.2": {comment: "Census targets agreed with the community panel"}
    surveys:
      - {metric: inclusion, population: service_users, agree: 61, respondents: 100,
         conducted_on: 2026-05-01}

`load_assessment` checks it against the standards version it names;
`save_assessment` writes it back whole or not at all, keeping the comments,
key order and formatting of a file it was loaded from.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any, Literal

import attrs

from coprod_standards.core.assessment import (
    Answer,
    Assessment,
    AssessmentSource,
    CarriedAnswer,
    SurveyResponse,
)
from coprod_standards.core.models import Framework
from coprod_standards.errors import CoprodError, DataError, Problem, echo, shorten

from ._files import read_bytes, write_bytes, write_text
from ._parsed import Parsed
from .loader import available_versions, load

__all__ = [
    "AssessmentFormat",
    "assessment_to_data",
    "dumps_assessment",
    "load_assessment",
    "parse_assessment",
    "save_assessment",
]

#: The formats of an assessment file: YAML, or JSON (which has the same shape).
AssessmentFormat = Literal["yaml", "json"]


def load_assessment(path: str | Path, *, framework: Framework | None = None) -> Assessment:
    """Read the assessment file at *path*: YAML, JSON for a ``.json`` name, or a workbook.

    A ``.xlsx`` workbook (as ``coprod-standards template --format xlsx``
    writes; it needs the ``xlsx`` extra) is read from its answer cells.
    The file is checked against *framework*, or else the shipped version of
    the standards that its ``version`` names.

    Raises:
        DataError: Every problem in the file, each with its line and column
            (in a workbook, its sheet and cell) and ``$``-path.
    """
    from ._yaml import decode

    path = Path(path)
    name = str(path)
    if _is_workbook(path):
        from ._xlsx_read import read_workbook

        parsed, problems = read_workbook(read_bytes(path, name), name)
        source = AssessmentSource(name=name, text="", format="xlsx")
        return _checked(parsed, framework, problems, source, by_cell=True)
    text = decode(read_bytes(path, name), name)
    return parse_assessment(text, format=_format_of(path), name=name, framework=framework)


def parse_assessment(
    text: str,
    *,
    format: AssessmentFormat = "yaml",
    name: str = "<assessment>",
    framework: Framework | None = None,
) -> Assessment:
    """Read an assessment from *text*, written in *format*, which messages call *name*.

    The assessment is checked against *framework*, or else the shipped version
    of the standards that its ``version`` names.

    >>> assessment = parse_assessment('{"version": "1.1", "organisation": "Riverside", '
    ...                               '"assessed_on": "2026-09-30"}', format="json")
    >>> assessment.organisation, assessment.assessed_on.year
    ('Riverside', 2026)

    Raises:
        DataError: Every problem in the text, each with its line, column and
            ``$``-path.
    """
    from ._yaml import parse

    _check_format(format)
    # JSON is read by the YAML reader too (it is YAML's flow style), so that
    # its problems get lines and columns as well.
    source = AssessmentSource(name=name, text=text, format=format)
    return _checked(parse(text, name), framework, [], source)


def _checked(
    parsed: Parsed,
    framework: Framework | None,
    found: list[Problem],
    source: AssessmentSource,
    *,
    by_cell: bool = False,
) -> Assessment:
    """The assessment in *parsed*, checked, or a `DataError` of its problems and *found*."""
    from coprod_standards.core._assessment_checks import check_assessment

    from ._salvage import structure_salvaged

    if framework is None:
        framework = _framework_for(parsed.data, parsed.problem)
    # Every problem at once: the checks against the standards run on what
    # builds, even where some answers or surveys do not.
    built = structure_salvaged(parsed, Assessment, placeholders=_PLACEHOLDERS)
    problems = found + list(built.problems)
    if built.value is not None:
        problems += built.place(parsed, check_assessment(framework, built.value))
    if problems:
        raise DataError(sorted(problems, key=_by_cell if by_cell else _by_line))
    assessment = built.value
    assert assessment is not None
    return attrs.evolve(assessment, source=source)


def _by_line(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


def _by_cell(problem: Problem) -> tuple[str, int, str]:
    """A workbook's problems in order of sheet name, row, then column."""
    sheet, _, cell = (problem.cell or "").rpartition("!")
    column = cell.rstrip("0123456789")
    row = cell[len(column) :]
    return (sheet, int(row) if row else 0, f"{len(column)}{column}")


#: What the checks against the standards build an assessment with where its
#: own value is missing or broken: a survey is never after date.max.
_PLACEHOLDERS = {"organisation": "", "assessed_on": datetime.date.max}


def _framework_for(data: object, problem: Any) -> Framework:
    if not isinstance(data, dict):
        message = "expected a mapping of keys to values at the top level"
        raise DataError([problem((), message, code="wrong-type")])
    version = data.get("version")
    if version is None:
        raise DataError(
            [
                problem(
                    ("version",),
                    "the required key 'version' is missing; add it, such as version: \"1.1\"",
                    code="missing-key",
                )
            ]
        )
    if not isinstance(version, str) or version not in available_versions():
        shown = shorten(version) if isinstance(version, str) else echo(version)
        hint = ' (quote it: "1.1")' if not isinstance(version, str) else ""
        offer = ", ".join(repr(v) for v in available_versions())
        raise DataError(
            [
                problem(
                    ("version",),
                    f"this library has no standards version {shown}{hint}; it has {offer}",
                    code="unknown-version",
                )
            ]
        )
    return load(version)


def assessment_to_data(assessment: Assessment, *, dates_as_text: bool = False) -> dict[str, Any]:
    """The plain data of *assessment*, in the file format's compact form.

    An answer with only a status is written as the status (``met``); one
    with nothing is None; defaults are left out.
    """

    def day(value: datetime.date) -> Any:
        return value.isoformat() if dates_as_text else value

    data: dict[str, Any] = {
        "version": assessment.version,
        "organisation": assessment.organisation,
        "assessed_on": day(assessment.assessed_on),
    }
    if assessment.completed_by:
        data["completed_by"] = list(assessment.completed_by)
    data["criteria"] = {key: _answer(answer) for key, answer in assessment.criteria.items()}
    if assessment.indicators:
        data["indicators"] = {
            key: {"comment": note.comment} for key, note in assessment.indicators.items()
        }
    if assessment.surveys:
        data["surveys"] = [_survey(survey, day) for survey in assessment.surveys]
    if assessment.retired:
        data["retired"] = [_carried(carried) for carried in assessment.retired]
    return data


def _given(answer: Answer | CarriedAnswer) -> dict[str, Any]:
    """The status, notes and views an answer gives, leaving out what it does not."""
    data: dict[str, Any] = {}
    if answer.status is not None:
        data["status"] = answer.status.value
    for key in ("evidence", "comment", "reason"):
        if getattr(answer, key):
            data[key] = getattr(answer, key)
    if answer.views:
        data["views"] = {group: view.value for group, view in answer.views.items()}
    return data


def _carried(carried: CarriedAnswer) -> dict[str, Any]:
    return {"version": carried.version, "id": carried.id, **_given(carried)}


def _answer(answer: Answer) -> Any:
    if not (answer.evidence or answer.comment or answer.reason or answer.views or answer.previous):
        return None if answer.status is None else answer.status.value
    data = _given(answer)
    if answer.previous is not None:
        data["previous"] = _carried(answer.previous)
    return data


def _survey(survey: SurveyResponse, day: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"metric": survey.metric, "population": survey.population}
    if survey.agree is not None:
        data["agree"] = survey.agree
    else:
        assert survey.percent_agree is not None
        percent = survey.percent_agree
        data["percent_agree"] = percent.numerator if percent.denominator == 1 else float(percent)
    data["respondents"] = survey.respondents
    data["conducted_on"] = day(survey.conducted_on)
    return data


def dumps_assessment(assessment: Assessment, *, format: AssessmentFormat = "yaml") -> str:
    """The text of *assessment* as a file in *format* (``"yaml"`` or ``"json"``).

    Where the assessment was loaded from YAML, an unchanged assessment is
    its text exactly as it was, and a changed one rewrites only what changed:
    comments, key order and formatting stay. The result is read back before
    it is returned; where keeping the layout would change what the file says
    (the round-trip writer has its limits), the assessment is written afresh.
    """
    _check_format(format)
    if format == "json":
        # JSON is read by the YAML reader, which takes a raw NEL (U+0085) for a
        # line break and refuses some other characters raw: write those escaped.
        data = assessment_to_data(assessment, dates_as_text=True)
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        return _read_back(
            _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", text), assessment
        )
    from . import _assessment_yaml

    data = assessment_to_data(assessment)
    source = assessment.source
    if source is not None and source.format == "yaml":
        patched = _assessment_yaml.patched(source, assessment, data)
        if patched is not None:
            return patched
    return _read_back(_assessment_yaml.dumps(data), assessment)


def _read_back(text: str, assessment: Assessment) -> str:
    """*text*, once reading it gives back *assessment*: nothing is written that would change it.

    Raises:
        CoprodError: The text would read back differently (a fault of this
            library's writer, never of the assessment); nothing is written.
    """
    from ._converter import structure
    from ._yaml import parse

    name = "<written assessment>"
    try:
        written = structure(parse(text, name), Assessment)
    except DataError as error:
        raise CoprodError(f"{_UNFAITHFUL}: it would not read back ({error})") from None
    if written != assessment:
        changed = [
            field.name
            for field in attrs.fields(Assessment)
            if field.eq and getattr(written, field.name) != getattr(assessment, field.name)
        ]
        raise CoprodError(f"{_UNFAITHFUL}: it would read back with {', '.join(changed)} changed")
    return text


_UNFAITHFUL = (
    "this assessment cannot be written faithfully, so nothing was written; please report "
    "it as a bug of coprod-standards"
)


_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def save_assessment(assessment: Assessment, path: str | Path) -> None:
    """Write *assessment* to *path*: YAML, JSON for a ``.json`` name, or a ``.xlsx`` workbook.

    An existing workbook keeps everything but its answer cells: the
    person's formatting, extra columns and sheets stay (the ``xlsx`` extra
    is needed).

    The file is written whole or not at all (a temporary file beside it
    replaces it). Where *assessment* was loaded from a YAML file (or derived
    from one with `attrs.evolve`), its comments, key order and formatting are
    kept, and only the values that changed are rewritten.
    """
    path = Path(path)
    if _is_workbook(path):
        from .xlsx_assessment import assessment_workbook

        existing = read_bytes(path, str(path)) if path.is_file() else None
        data = assessment_to_data(assessment)
        write_bytes(path, assessment_workbook(assessment, data, existing=existing, name=str(path)))
        return
    text = dumps_assessment(assessment, format=_format_of(path))
    write_text(path, text)


def _is_workbook(path: Path) -> bool:
    return path.suffix.lower() == ".xlsx"


def _format_of(path: Path) -> AssessmentFormat:
    """The format of the assessment file at *path*: JSON for a ``.json`` name, else YAML."""
    return "json" if path.suffix.lower() == ".json" else "yaml"


def _check_format(format: object) -> None:
    if format not in ("yaml", "json"):
        raise ValueError(f"format must be 'yaml' or 'json', not {format!r}")
