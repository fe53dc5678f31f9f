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

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from coprod_standards.core.assessment import Assessment, AssessmentSource
from coprod_standards.core.models import Framework
from coprod_standards.core.sign_off import AssessmentStatus
from coprod_standards.errors import CoprodError, DataError, Problem

from ._files import decode, read_bytes, write_bytes, write_text
from .sign_off import refuse_change, warn_if_edited

if TYPE_CHECKING:
    from ._assessment_data import assessment_to_data
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


def __getattr__(name: str) -> Any:
    # assessment_to_data is imported on first use, as the package's names are:
    # reading an assessment does not need the keys' declarations behind it.
    if name == "assessment_to_data":
        from ._assessment_data import assessment_to_data

        return assessment_to_data
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_assessment(path: str | Path, *, framework: Framework | None = None) -> Assessment:
    """Read the assessment file at *path*: YAML, JSON for a ``.json`` name, or a workbook.

    A ``.xlsx`` workbook (as ``coprod-standards template --format xlsx``
    writes; it needs the ``xlsx`` extra) is read from its answer cells.
    The file is checked against *framework*, or else the shipped version of
    the standards that its ``version`` names.

    A final assessment whose content no longer matches the digest recorded
    when it was signed off (it was edited since) is read, with a
    `coprod_standards.errors.SignOffWarning`.

    Raises:
        DataError: Every problem in the file, each with its line and column
            (in a workbook, its sheet and cell) and ``$``-path.
    """
    path = Path(path)
    name = str(path)
    if _is_workbook(path):
        from ._xlsx_read import read_workbook

        parsed, problems = read_workbook(read_bytes(path, name), name)
        source = AssessmentSource(name=name, text="", format="xlsx")
        workbook = _checked(parsed, framework, problems, source, by_cell=True)
        warn_if_edited(workbook, name)
        return workbook
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
    # A byte-order mark, as text read without utf-8-sig begins, is no part of it.
    text = text.removeprefix("\ufeff")
    assessment = fast(text, format, framework)
    if assessment is None:
        # A problem, or something rare: read again, with the place of every value.
        assessment = located(text, format, name, framework)
    # The assessment was built here and no one else holds it yet: its source is
    # set in place, as attrs' own __attrs_post_init__ would, rather than by
    # building it again with attrs.evolve.
    object.__setattr__(assessment, "source", AssessmentSource(name=name, text=text, format=format))
    warn_if_edited(assessment, name)
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

    assessment = from_data(data, name, framework)
    warn_if_edited(assessment, name)
    return assessment


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


def dumps_assessment(assessment: Assessment, *, format: AssessmentFormat = "yaml") -> str:
    """The text of *assessment* as a file in *format* (``"yaml"`` or ``"json"``).

    Where the assessment was loaded from YAML, an unchanged assessment is
    its text exactly as it was, and a changed one rewrites only what changed:
    comments, key order and formatting stay. The result is read back before
    it is returned; where keeping the layout would change what the file says
    (the round-trip writer has its limits), the assessment is written afresh.
    """
    # Imported when writing: the keys' declarations are not needed to read.
    from ._assessment_data import assessment_to_data

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


def save_assessment(assessment: Assessment, path: str | Path, *, reopen: bool = False) -> None:
    """Write *assessment* to *path*: YAML, JSON for a ``.json`` name, or a ``.xlsx`` workbook.

    An existing workbook keeps everything but its answer cells: the
    person's formatting, extra columns and sheets stay (the ``xlsx`` extra
    is needed).

    The file is written whole or not at all (a temporary file beside it
    replaces it). Where *assessment* was loaded from a YAML file (or derived
    from one with `attrs.evolve`), its comments, key order and formatting are
    kept, and only the values that changed are rewritten.

    A final (signed-off) assessment is not changed: saving refuses to
    replace a final file with anything else, or to write a final assessment
    changed since it was signed off, unless *reopen* is true; then a changed
    final assessment is written reopened, as a draft without its sign-off
    (`coprod_standards.formats.sign_off` says more).

    Raises:
        CoprodError: Saving would change a final record without *reopen*, or
            the assessment cannot be written in the file's format (text longer
            than a workbook's cell holds).
        OSError: The file cannot be written: its folder does not exist, it
            is a folder, or it may not be written. The error names the file
            and says why; nothing is left half-written.
    """
    path = Path(path)
    assessment = refuse_change(assessment, _final_at(path), str(path), reopen=reopen)
    if _is_workbook(path):
        from ._assessment_data import assessment_to_data
        from .xlsx_assessment import assessment_workbook

        existing = read_bytes(path, str(path)) if path.is_file() else None
        data = assessment_to_data(assessment)
        write_bytes(path, assessment_workbook(assessment, data, existing=existing, name=str(path)))
        return
    text = dumps_assessment(assessment, format=_format_of(path))
    write_text(path, text)


def _final_at(path: Path) -> Assessment | None:
    """The final assessment the file at *path* holds, if it holds one that reads.

    It is read without checking it against the standards, so that a file of a
    draft version is found final too.
    """
    if not path.is_file():
        return None
    name = str(path)
    try:
        if _is_workbook(path):
            from ._converter import structure
            from ._xlsx_read import read_workbook

            parsed, problems = read_workbook(read_bytes(path, name), name)
            existing = None if problems else structure(parsed, Assessment)
        else:
            from ._assessment_read import structured

            raw = read_bytes(path, name)
            if b"digest" not in raw:
                return None  # quickly: a final file records its digest
            existing = structured(decode(raw, name), _format_of(path), name)
    except CoprodError:
        return None  # not an assessment that reads: nothing signed off to keep
    final = existing is not None and existing.status is AssessmentStatus.FINAL
    return existing if final else None


def _is_workbook(path: Path) -> bool:
    return path.suffix.lower() == ".xlsx"


def _format_of(path: Path) -> AssessmentFormat:
    """The format of the assessment file at *path*: JSON for a ``.json`` name, else YAML."""
    return "json" if path.suffix.lower() == ".json" else "yaml"


def _check_format(format: object) -> None:
    if format not in ("yaml", "json"):
        raise ValueError(f"format must be 'yaml' or 'json', not {format!r}")
