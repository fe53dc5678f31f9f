"""The command line against input a confused or unlucky user gives it.

Each test pins a defect found by trying to break the installed command: bad
input is status 2 with a message naming the file, never a traceback, a lost
file or a silently wrong result.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

from coprod_standards import load_assessment
from coprod_standards.cli import run

SURVEYS = Path(__file__).parent / "fixtures" / "surveys"
EXAMPLES = Path(__file__).parents[1] / "examples"
FORMS = str(SURVEYS / "microsoft-forms.csv")
INCLUDED = "I feel included in decisions about my support"
COMMON = ("--metric", "inclusion", "--population", "service_users")


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def test_survey_into_a_workbook_keeps_it_a_workbook(tmp_path: Path) -> None:
    """The command survey tally --into a .xlsx adds the survey to the workbook, not YAML over it."""
    target = tmp_path / "ours.xlsx"
    made = call("template", "-o", str(target), "--organisation", "X", "--date", "2026-09-30")
    assert made[0] == 0
    status, _, err = call(
        "survey", "tally", FORMS, "--question", INCLUDED, *COMMON, "--into", str(target)
    )
    assert (status, err) == (0, "")
    assert openpyxl.load_workbook(target).sheetnames[0] == "About"
    (survey,) = load_assessment(target).surveys
    assert (survey.metric, survey.agree, survey.respondents) == ("inclusion", 5, 8)
