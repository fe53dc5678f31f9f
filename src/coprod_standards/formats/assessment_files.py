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
      4.1.B1:
        status: met
        evidence:   # text as above, or a list of items: title, and link, date, owner
          - {title: Training log, link: training/2026.xlsx, date: 2026-06-30}
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
import enum
import functools
import json
import re
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

import attrs

from coprod_standards.core.assessment import Assessment, AssessmentSource, file_fields
from coprod_standards.core.models import Framework
from coprod_standards.errors import CoprodError, DataError, Problem

from ._assessment_keys import keys_of
from ._files import read_bytes, write_bytes, write_text
from ._parsed import Parsed

__all__ = [
    "AssessmentFormat",
    "assessment_from_data",
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
    from ._assessment_read import fast, located

    _check_format(format)
    assessment = fast(text, format, framework)
    if assessment is None:
        # A problem, or something rare: read again, with the place of every value.
        assessment = located(text, format, name, framework)
    # The assessment was built here and no one else holds it yet: its source is
    # set in place, as attrs' own __attrs_post_init__ would, rather than by
    # building it again with attrs.evolve.
    object.__setattr__(assessment, "source", AssessmentSource(name=name, text=text, format=format))
    return assessment


def assessment_from_data(
    data: Mapping[str, object], *, name: str = "<data>", framework: Framework | None = None
) -> Assessment:
    """An assessment from *data* already parsed (a web request's JSON, a database row).

    *data* has the shape of an assessment file; dates may be ISO text
    (``"2026-09-30"``) or `datetime.date` objects. It is checked as a file is,
    against *framework* or else the shipped version its ``version`` names,
    and messages call it *name*.

    >>> assessment = assessment_from_data({"version": "1.1", "organisation": "Riverside",
    ...                                    "assessed_on": "2026-09-30",
    ...                                    "criteria": {"1.2.B1": "met"}})
    >>> assessment.answer("1.2.B1").status
    <Status.MET: 'met'>

    Raises:
        DataError: Every problem in *data*, each with its ``$``-path.
    """
    from ._assessment_read import from_data

    return from_data(data, name, framework)


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

    from ._assessment_read import _PLACEHOLDERS, _framework_for
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


def assessment_to_data(assessment: Assessment, *, dates_as_text: bool = False) -> dict[str, Any]:
    """The plain data of *assessment*, in the file format's compact form.

    An answer with only a status is written as the status (``met``); one
    with nothing is None; defaults are left out. The keys and their order
    are those that ``_assessment_keys`` declares.
    """
    data: dict[str, Any] = _plain_data(assessment, dates_as_text=dates_as_text)
    return data


def _plain_data(value: object, *, dates_as_text: bool = False) -> Any:
    """*value* (a model, or what its fields hold) as the plain data a file holds.

    A model is a mapping of its declared keys in their order, without the
    defaults that need not be written; an enum is its value, a tuple a list,
    an exact fraction a whole number or a float, and a date stays a date
    unless *dates_as_text* (for JSON, which has none).
    """
    kind: Any = type(value)
    if value is None or kind is str or kind is int:
        return value
    if _is_model(kind):
        return _model_data(value, dates_as_text)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat() if dates_as_text else value
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    if isinstance(value, Mapping):
        return {key: _plain_data(item, dates_as_text=dates_as_text) for key, item in value.items()}
    if isinstance(value, tuple):
        return [_plain_data(item, dates_as_text=dates_as_text) for item in value]
    return value


def _model_data(value: object, dates_as_text: bool) -> Any:
    model: Any = type(value)  # Any: mypy's stubs do not count a class as Hashable
    keys, alone = _layout(model)
    data: dict[str, Any] = {}
    for name, always, default in keys:
        item = getattr(value, name)
        if always or item != default:
            data[name] = _plain_data(item, dates_as_text=dates_as_text)
    if alone is not None and len(data) <= 1 and set(data) <= {alone}:
        return data.get(alone)
    return data


@functools.cache
def _layout(model: type) -> tuple[tuple[tuple[str, bool, object], ...], str | None]:
    """*model*'s declared keys as (name, always written, default), and its key written alone."""
    defaults = {}
    for field in file_fields(model):
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()  # type: ignore[union-attr]
        defaults[field.name] = default
    declared = keys_of(model)
    keys = tuple((key.name, key.always, defaults[key.name]) for key in declared.keys)
    return keys, declared.alone


@functools.cache
def _is_model(kind: type) -> bool:
    return attrs.has(kind)


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
        escaped = _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
        return _read_back(escaped, assessment, format)
    from . import _assessment_yaml

    data = assessment_to_data(assessment)
    source = assessment.source
    if source is not None and source.format == "yaml":
        patched = _assessment_yaml.patched(source, assessment, data)
        if patched is not None:
            return patched
    return _read_back(_assessment_yaml.dumps(data), assessment, format)


def _read_back(text: str, assessment: Assessment, format: AssessmentFormat) -> str:
    """*text*, once reading it gives back *assessment*: nothing is written that would change it.

    Raises:
        CoprodError: The text would read back differently (a fault of this
            library's writer, never of the assessment); nothing is written.
    """
    from ._assessment_read import structured

    name = "<written assessment>"
    try:
        written = structured(text, format, name)
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
