"""Assessments as spreadsheets: a workbook to fill in together, and answers written into one.

A workbook (``.xlsx``, which needs the ``xlsx`` extra: ``pip install
'coprod-standards[xlsx]'``) has an About sheet (organisation, assessment
date, who took part, standards version), a Criteria sheet with a row per
criterion and its Answer, Reason, Evidence, Comment and each group's view, a
Surveys sheet and an Indicator notes sheet; answers carried from an earlier
version go on a Carried over sheet. `load_assessment` reads one back and
`save_assessment` writes into one, by the file's ``.xlsx`` suffix.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from coprod_standards.core.assessment import Answer, Assessment
from coprod_standards.core.models import Framework
from coprod_standards.errors import CoprodError, DataError, FieldError, format_path

from . import _xlsx_layout as layout
from . import _xlsx_write
from .loader import available_versions, load

__all__ = ["assessment_workbook", "template_workbook"]


def template_workbook(
    framework: Framework, *, assessed_on: datetime.date, organisation: str = ""
) -> bytes:
    """The bytes of a blank assessment workbook of *framework* for *organisation*.

    Evaluated unchanged, it reaches no tier anywhere, as the YAML template.
    """
    if any(not character.isprintable() for character in organisation):
        raise FieldError(
            "organisation",
            "the organisation's name has a character that is not printable text; retype it",
        )
    workbook = _xlsx_write.blank_workbook(framework, layout.DEFAULT_GROUPS)
    data = {
        "version": framework.version,
        "organisation": organisation,
        "assessed_on": assessed_on,
        "criteria": {},
    }
    _xlsx_write.fill(workbook, data)
    return _xlsx_write.workbook_bytes(workbook)


def assessment_workbook(
    assessment: Assessment,
    data: dict[str, Any],
    *,
    existing: bytes | None = None,
    name: str = "<workbook>",
) -> bytes:
    """The bytes of *assessment*, whose plain data is *data*, as a workbook.

    Where *existing* (the bytes of a workbook, which messages call *name*)
    is given, only its answer cells change. What is written is read back
    first and must give *assessment* again, save that a criterion or note
    with nothing in it is not listed (`as_listed`).

    Raises:
        DataError: *existing* is not a workbook that can be read.
        CoprodError: The workbook would not read back as *assessment* (a
            fault of this library, never of the assessment).
    """
    from ._converter import structure
    from ._xlsx_read import open_workbook, read_workbook

    _refuse_long_text(data, ())
    if existing is not None:
        workbook = open_workbook(existing, name)
    else:
        groups = dict.fromkeys(assessment.completed_by)
        for answer in assessment.criteria.values():
            groups.update(dict.fromkeys(answer.views))
        shown = (*(g for g in layout.DEFAULT_GROUPS if g not in groups), *groups)
        version = assessment.version
        framework = load(version) if version in available_versions() else None
        workbook = _xlsx_write.blank_workbook(framework, shown)
    _xlsx_write.fill(workbook, data)
    raw = _xlsx_write.workbook_bytes(workbook)
    try:
        parsed, problems = read_workbook(raw, name)
        if problems:
            raise DataError(problems)
        written = structure(parsed, Assessment)
    except DataError as error:
        raise CoprodError(f"{_UNFAITHFUL}: it would not read back ({error})") from None
    if written != as_listed(assessment):
        raise CoprodError(f"{_UNFAITHFUL}: it would read back differently")
    return raw


#: The most characters a workbook's cell holds (Excel's limit).
_CELL_CHARACTERS = 32_767


def _refuse_long_text(value: object, path: tuple[str | int, ...]) -> None:
    """Refuse text in *value* longer than a cell holds, naming its ``$``-path."""
    if isinstance(value, str):
        if len(value) > _CELL_CHARACTERS:
            raise CoprodError(
                f"{format_path(path)} is {len(value):,} characters long, and a workbook's cell "
                f"holds at most {_CELL_CHARACTERS:,} (Excel's limit), so nothing was written; "
                "shorten it, or save the assessment as .yaml or .json"
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_long_text(item, (*path, key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _refuse_long_text(item, (*path, index))


_UNFAITHFUL = (
    "this assessment cannot be written faithfully as a workbook, so nothing was written; "
    "please report it as a bug of coprod-standards"
)


def as_listed(assessment: Assessment) -> Assessment:
    """*assessment* as a workbook holds it: a criterion or note with nothing in it is not listed.

    Every criterion has its row in a workbook, so an empty answer and no
    answer are the same empty row; likewise an empty indicator note.
    """
    return attrs.evolve(
        assessment,
        criteria={key: answer for key, answer in assessment.criteria.items() if answer != _EMPTY},
        indicators={key: note for key, note in assessment.indicators.items() if note.comment},
    )


_EMPTY = Answer()
