"""Signing an assessment off: its content's digest, finalising and reopening.

A final assessment records who approved it, when, and the SHA-256 digest of
its content then (`content_digest`), so that an edit after sign-off shows:
reading a final file whose content no longer matches its digest gives a
`coprod_standards.errors.SignOffWarning`, and `save_assessment` refuses to
change a final file unless told to reopen it.

The content is the assessment as plain data (`assessment_to_data`, with
dates as ``YYYY-MM-DD`` text), without the ``digest`` key itself, criteria
listed with no answer or indicators with an empty note, written as
JSON with sorted keys, no spaces (``","`` and ``":"`` separators) and
characters unescaped, in UTF-8. So comments, key order, quoting, the file's
format (YAML, JSON or a workbook) and keys left at their defaults do not
count; every answer, note, survey, meeting and the sign-off itself
(``status``, ``approved_by``, ``approved_on``) does.

>>> import datetime
>>> from coprod_standards import Assessment
>>> draft = Assessment("1.1", "Riverside", datetime.date(2026, 9, 30))
>>> final = finalised(draft, approved_by="A. Chair", approved_on=datetime.date(2026, 10, 6))
>>> final.status.value, digest_matches(final)
('final', True)
>>> reopened(final).status.value, reopened(final).digest
('draft', '')
"""

from __future__ import annotations

import datetime
import json
import warnings

import attrs

from coprod_standards.core.assessment import Assessment
from coprod_standards.core.sign_off import AssessmentStatus
from coprod_standards.errors import CoprodError, SignOffWarning, echo

__all__ = [
    "content_digest",
    "digest_matches",
    "finalised",
    "refuse_change",
    "reopened",
    "warn_if_edited",
]


def content_digest(assessment: Assessment) -> str:
    """The SHA-256 of *assessment*'s content, in lower-case hex (the module says what counts)."""
    # Imported when a digest is made: reading a draft needs neither the keys'
    # declarations nor hashlib (which loads OpenSSL).
    import hashlib

    from ._assessment_data import assessment_to_data

    data = assessment_to_data(attrs.evolve(assessment, digest=""), dates_as_text=True)
    # A criterion listed with no answer, or a note with no comment, is as if not listed
    # (a template lists every criterion; a workbook has a row for each).
    data["criteria"] = {key: value for key, value in data["criteria"].items() if value}
    notes = {key: note for key, note in data.get("indicators", {}).items() if note["comment"]}
    if notes:
        data["indicators"] = notes
    else:
        data.pop("indicators", None)
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def digest_matches(assessment: Assessment) -> bool:
    """Whether *assessment* is not final, or is and its content matches its digest."""
    if assessment.status is not AssessmentStatus.FINAL:
        return True
    return assessment.digest == content_digest(assessment)


def finalised(
    assessment: Assessment, *, approved_by: str, approved_on: datetime.date
) -> Assessment:
    """*assessment*, final: approved by *approved_by* on *approved_on*, with its digest.

    Raises:
        CoprodError: *approved_by* is blank.
    """
    if not approved_by.strip():
        raise CoprodError("say who approved the assessment: --approved-by NAME")
    signed = attrs.evolve(
        assessment,
        status=AssessmentStatus.FINAL,
        approved_by=approved_by.strip(),
        approved_on=approved_on,
        digest="",
    )
    return attrs.evolve(signed, digest=content_digest(signed))


def reopened(
    assessment: Assessment, status: AssessmentStatus = AssessmentStatus.DRAFT
) -> Assessment:
    """*assessment* reopened as *status* (a draft, or in review): its sign-off cleared.

    The meetings stay: they are how it was made, whatever comes next.
    """
    if status is AssessmentStatus.FINAL:
        raise ValueError("a reopened assessment is a draft or in review, not final")
    return attrs.evolve(assessment, status=status, approved_by="", approved_on=None, digest="")


def warn_if_edited(assessment: Assessment, name: str) -> None:
    """Warn (`SignOffWarning`) where *assessment*, read from *name*, was edited after sign-off."""
    if not digest_matches(assessment):
        warnings.warn(SignOffWarning(_edited(assessment, name)), stacklevel=3)


def _edited(assessment: Assessment, name: str) -> str:
    when = assessment.approved_on.isoformat() if assessment.approved_on else "an unknown date"
    return (
        f"{name} is final, signed off by {echo(assessment.approved_by)} on {when}, but its "
        "content no longer matches the digest recorded then: it was edited after sign-off. "
        f"To sign the edit off: coprod-standards reopen {name}, then coprod-standards "
        f"finalise {name} --approved-by NAME"
    )


def refuse_change(
    assessment: Assessment, existing: Assessment | None, name: str, *, reopen: bool
) -> Assessment:
    """What saving *assessment* over *existing* (the file *name* holds) writes.

    Without *reopen*, a final file is not changed, and a final assessment
    whose content no longer matches its digest is not written. With
    *reopen*, a final file may be replaced, and a final assessment that was
    changed is written reopened as a draft (`reopened`).

    Raises:
        CoprodError: Saving would change a final record, and *reopen* is not given.
    """
    changed_final = not digest_matches(assessment)
    if reopen:
        return reopened(assessment) if changed_final else assessment
    how = (
        f"reopen it first (coprod-standards reopen {name}, or save_assessment(..., "
        "reopen=True), which writes it as a draft), then finalise it again"
    )
    if changed_final:
        raise CoprodError(
            f"this assessment is final but was changed after it was signed off, so {name} "
            f"was not written; {how}"
        )
    if (
        existing is not None
        and existing.status is AssessmentStatus.FINAL
        and existing != assessment
    ):
        when = existing.approved_on.isoformat() if existing.approved_on else "an unknown date"
        raise CoprodError(
            f"{name} is final (signed off by {echo(existing.approved_by)} on {when}) and is "
            f"not changed after sign-off, so it was not written; {how}"
        )
    return assessment
