"""Signing an assessment off on the command line: ``finalise``, ``reopen``, and the warning.

`add_arguments` gives each command its options (`coprod_standards.cli.parser`
registers them); `run_finalise` and `run_reopen` do the work; and
`sign_off_warnings` reports, for every command, a final file edited after it
was signed off (a `coprod_standards.errors.SignOffWarning`) as a line on
stderr, leaving the exit status as the command sets it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from coprod_standards.core.sign_off import AssessmentStatus
from coprod_standards.errors import CoprodError, SignOffWarning

from .commands import EXIT_OK

__all__ = ["HELP", "add_arguments", "run_finalise", "run_reopen", "sign_off_warnings"]

#: Each command's summary, description and example, for `cli.parser`'s ``_command``.
HELP = {
    "finalise": (
        "mark an assessment final, signed off, with a digest of its content",
        "Mark an assessment final: record who approved it, when, and the SHA-256 digest of "
        "its content, so that an edit after sign-off shows. Every command that reads it then "
        "warns if it no longer matches; it is not changed again until reopened.",
        'coprod-standards finalise riverside-2026.yaml --approved-by "Sam Patel, chair"',
    ),
    "reopen": (
        "reopen a final assessment as a draft (or in review), clearing its sign-off",
        "Reopen a final assessment to change it: its status becomes draft (or in_review "
        "with --to), and who approved it, when and its digest are cleared; its meetings "
        "stay. Finalise it again once the change is agreed.",
        "coprod-standards reopen riverside-2026.yaml --to in_review",
    ),
}


def add_arguments(
    name: str, parser: argparse.ArgumentParser, date: Callable[[str], datetime.date]
) -> None:
    """The options of the command *name*; *date* reads a YYYY-MM-DD argument."""
    parser.add_argument("file", type=Path, help="the assessment (YAML, JSON or XLSX)")
    if name == "finalise":
        parser.add_argument("--approved-by", required=True, metavar="NAME", help="who approved it")
        parser.add_argument(
            "--approved-on",
            type=date,
            metavar="DATE",
            help="when it was approved, YYYY-MM-DD (default: today); not after today",
        )
        parser.set_defaults(handler=run_finalise)
    else:
        parser.add_argument(
            "--to",
            choices=(AssessmentStatus.DRAFT.value, AssessmentStatus.IN_REVIEW.value),
            default=AssessmentStatus.DRAFT.value,
            help="the status it is reopened as (default: draft)",
        )
        parser.set_defaults(handler=run_reopen)


def run_finalise(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Sign the file off: final, approved by whom and when, with its digest; written in place."""
    from coprod_standards.formats.assessment_files import save_assessment
    from coprod_standards.formats.sign_off import finalised

    from .commands import _assessment, _given

    path: Path = arguments.file
    today = datetime.date.today()
    approved_on: datetime.date = arguments.approved_on or today
    if approved_on > today:
        raise CoprodError(
            f"--approved-on {approved_on.isoformat()} is after today ({today.isoformat()}); "
            "an assessment is signed off once it has been approved"
        )
    assessment = _assessment(path, _given(arguments), arguments.standards_version)
    signed = finalised(assessment, approved_by=arguments.approved_by, approved_on=approved_on)
    _checked_sign_off(signed, path)
    save_assessment(signed, path)
    stdout.write(
        f"{path} is final: approved by {signed.approved_by} on {approved_on.isoformat()}; "
        f"digest {signed.digest}\n"
    )
    return EXIT_OK


def _checked_sign_off(signed: object, path: Path) -> None:
    """Refuse a sign-off that the file's own dates contradict (approved before a meeting)."""
    from coprod_standards.core._assessment_checks import check_sign_off
    from coprod_standards.core.assessment import Assessment

    assert isinstance(signed, Assessment)
    for code, _, message in check_sign_off(signed):
        if code == "sign-off-date":
            raise CoprodError(f"{path}: {message} (--approved-on)")


def run_reopen(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Reopen the file as a draft (or in review), its sign-off cleared; written in place."""
    from coprod_standards.formats.assessment_files import save_assessment
    from coprod_standards.formats.sign_off import reopened

    from .commands import _assessment, _given

    path: Path = arguments.file
    assessment = _assessment(path, _given(arguments), arguments.standards_version)
    status = AssessmentStatus(arguments.to)
    if assessment.status is not AssessmentStatus.FINAL:
        stdout.write(f"{path} is not final (it is {assessment.status.value}); left as it is\n")
        return EXIT_OK
    save_assessment(reopened(assessment, status), path, reopen=True)
    stdout.write(f"{path} is reopened as {status.value}; finalise it again once agreed\n")
    return EXIT_OK


@contextlib.contextmanager
def sign_off_warnings(stderr: TextIO) -> Iterator[None]:
    """Write each `SignOffWarning` raised within as a line on *stderr*; others pass on."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SignOffWarning)
        try:
            yield
        finally:
            for warning in caught:
                if issubclass(warning.category, SignOffWarning):
                    stderr.write(f"coprod-standards: warning: {warning.message}\n")
                else:  # not ours: shown (or not) as it would have been
                    warnings.warn_explicit(
                        warning.message, warning.category, warning.filename, warning.lineno
                    )
