"""Assessments survive being written to a workbook and read back."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings

from coprod_standards import Assessment, load, load_assessment, save_assessment
from coprod_standards.formats.xlsx_assessment import as_listed
from coprod_standards.testing import assessments

FRAMEWORK = load("1.1")


# A workbook takes about a second to write and read: a few examples, each a
# whole assessment with every kind of text, carried answer and survey.
@settings(max_examples=8)
@given(assessments(FRAMEWORK))
def test_xlsx_round_trip(assessment: Assessment) -> None:
    """Writing to a new workbook, then reading it, gives the assessment back.

    A workbook has a row for every criterion and indicator, so an answer or
    note with nothing in it reads back as not listed (`as_listed`).
    """
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "generated.xlsx"
        save_assessment(assessment, path)
        assert load_assessment(path) == as_listed(assessment)


@settings(max_examples=4)
@given(assessments(FRAMEWORK), assessments(FRAMEWORK))
def test_saving_into_a_filled_workbook_replaces_every_answer(
    first: Assessment, second: Assessment
) -> None:
    """Saving one assessment into a workbook that holds another leaves nothing of the first."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "generated.xlsx"
        save_assessment(first, path)
        # reopen: the first may be signed off, and a final workbook is not replaced without it.
        save_assessment(second, path, reopen=True)
        assert load_assessment(path) == as_listed(second)
