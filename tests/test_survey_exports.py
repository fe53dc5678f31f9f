"""Tallying each platform's export (formats.survey_exports), with counts worked by hand."""

from __future__ import annotations

import builtins
import datetime
import hashlib
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import CoprodError, DataError, tally_survey
from coprod_standards.core.tally import SurveyTally

SURVEYS = Path(__file__).parent / "fixtures" / "surveys"
INCLUDED = "I feel included in decisions about my support"
SERVICE_USERS = {"Service user": "service_users", "Staff member": "staff", "Staff": "staff"}


def tally(name: str, question: str, **options: Any) -> SurveyTally:
    options.setdefault("metric", "inclusion")
    options.setdefault("population", "service_users")
    return tally_survey(SURVEYS / name, question=question, **options)


def counted(result: SurveyTally) -> tuple[int, int, int, dict[str, int]]:
    provenance = result.provenance
    return result.agree, result.respondents, provenance.rows_read, dict(provenance.excluded)


@pytest.mark.parametrize("name", ["microsoft-forms.csv", "microsoft-forms.xlsx"])
def test_microsoft_forms(name: str) -> None:
    """Microsoft Forms, as CSV (UTF-8 with a BOM) and as XLSX: 5 of 8 agree."""
    # Rows 1-10: SA, A, a(gree), D, blank, N, Don't know, SA, A, "Neither disagree or agree".
    # Agree: rows 1, 2, 3, 8, 9 = 5. Not agree: 4, 6, 10 = 3. Left out: 5 (blank), 7 (DK).
    result = tally(name, INCLUDED)
    assert counted(result) == (5, 8, 10, {"blank": 1, "no_opinion": 1})
    assert result.provenance.layout == "microsoft_forms"
    assert result.conducted_on == datetime.date(2026, 5, 14)  # the latest Completion time
    assert result.provenance.sha256 == hashlib.sha256((SURVEYS / name).read_bytes()).hexdigest()
    assert result.provenance.file == name


def test_microsoft_forms_by_population_column() -> None:
    """With the "I am a..." column, only service users count; staff rows are left out."""
    # Service users: rows 1, 2, 4, 5, 6, 7, 10. Row 5 blank, row 7 Don't know.
    # Counted 1 (SA), 2 (A), 4 (D), 6 (N), 10 (N): 2 of 5. Staff rows 3, 8, 9: other population.
    result = tally(
        "microsoft-forms.csv", INCLUDED, population_column="I am a...", population_map=SERVICE_USERS
    )
    assert counted(result) == (2, 5, 10, {"other_population": 3, "blank": 1, "no_opinion": 1})


def test_google_forms_grid_on_a_seven_point_scale() -> None:
    """Google Forms' grid column is found by its row; a repeated email counts once."""
    # Rows: SA, Somewhat agree, A, Somewhat disagree, N, blank, Somewhat agree, D, SA (row 9
    # repeats row 1's email: duplicate). Agree: 1, 2, 3, 7 = 4; not: 4, 5, 8 = 3.
    result = tally("google-forms.csv", "I feel included", scale="agree-7")
    assert counted(result) == (4, 7, 9, {"duplicate": 1, "blank": 1})
    assert result.provenance.question == (
        "How much do you agree with each statement? [I feel included]"
    )
    assert result.conducted_on == datetime.date(2026, 5, 20)


def test_surveymonkey_condensed_matrix_statement() -> None:
    """SurveyMonkey's two heading rows: a matrix statement is found by its sub-heading."""
    # Rows: A, SA, D, A, blank, N, SA, A. Agree: 1, 2, 4, 7, 8 = 5; not: 3, 6 = 2.
    result = tally("surveymonkey-condensed.csv", "I feel included")
    assert counted(result) == (5, 7, 8, {"blank": 1})
    assert result.provenance.question == "Please say how far you agree - I feel included"
    # End Dates run 05/10/2026 to 05/17/2026: month first, as 17 cannot be a month.
    assert result.conducted_on == datetime.date(2026, 5, 17)


def test_surveymonkey_condensed_by_population() -> None:
    """Staff rows 4 and 8 are left out: 3 of the service users' 5 answers agree."""
    # Service users: rows 1 (A), 2 (SA), 3 (D), 5 (blank), 6 (N), 7 (SA): 3 of 5.
    result = tally(
        "surveymonkey-condensed.csv",
        "I feel included",
        population_column="Which describes you?",
        population_map=SERVICE_USERS,
    )
    assert counted(result) == (3, 5, 8, {"other_population": 2, "blank": 1})


def test_surveymonkey_expanded_friends_and_family_test() -> None:
    """SurveyMonkey's expanded layout (a column per option) on the FFT scale."""
    # Rows: Very good, Good, Don't know, Poor, Very good, none, Neither, Very poor (row 8
    # repeats respondent 2001: duplicate). Positive 1, 2, 5 = 3 of 6, Don't know counted.
    result = tally(
        "surveymonkey-expanded.csv",
        "Overall, how was your experience of our service?",
        scale="fft",
    )
    assert counted(result) == (3, 6, 8, {"duplicate": 1, "blank": 1})
    assert result.provenance.counted_no_opinion == 1
    excluding = tally(
        "surveymonkey-expanded.csv",
        "Overall, how was your experience of our service?",
        scale="fft",
        count_excluded=False,
    )
    assert counted(excluding) == (3, 5, 8, {"duplicate": 1, "blank": 1, "no_opinion": 1})


def test_qualtrics_choice_text_with_unfinished_responses() -> None:
    """Qualtrics' three heading rows; Finished false responses are left out."""
    # Q1 by export tag. R_3 and R_8 are unfinished; R_2, R_6 are service users.
    # Staff: R_1 Very satisfied, R_4 Dissatisfied, R_5 Satisfied, R_7 Prefer not to say.
    # 2 of 3.
    result = tally(
        "qualtrics.csv",
        "Q1",
        metric="communication",
        population="staff",
        scale="satisfaction-5",
        population_column="Q3",
        population_map=SERVICE_USERS,
    )
    assert counted(result) == (
        2,
        3,
        8,
        {"incomplete": 2, "other_population": 2, "no_opinion": 1},
    )
    assert result.provenance.question == "How effective do you feel communication is?"


def test_qualtrics_numeric_codes_with_a_codebook() -> None:
    """Numeric codes are read through a scale file's codes (a codebook)."""
    # Q2_1 codes: 4, 5, blank (unfinished), 4, 2, 4, 3, 4 (unfinished). Agree (4, 5): 4 of 6.
    result = tally(
        "qualtrics-numeric.csv",
        "How far do you agree? - I feel included",
        scale=SURVEYS / "agree-5-codes.yaml",
    )
    assert counted(result) == (4, 6, 8, {"incomplete": 2})
    with pytest.raises(DataError, match="the export holds numeric codes"):
        tally("qualtrics-numeric.csv", "Q2_1")


def test_smartsurvey_windows_1252_semicolons() -> None:
    """SmartSurvey, saved by Excel as Windows-1252 with semicolons; day-first dates."""
    # A, SA, Don’t know (curly, in cp1252), D, A, SD: agree 3 of 5.
    result = tally("smartsurvey.csv", "i feel included ")
    assert counted(result) == (3, 5, 6, {"no_opinion": 1})
    assert result.provenance.layout == "smartsurvey"
    assert result.conducted_on == datetime.date(2026, 5, 15)
    assert result.notes[0] == "read as Windows-1252 CSV, semicolon-delimited"


def test_plain_unicode_text_needs_a_date() -> None:
    """Excel's "Unicode text" (UTF-16, tabs) reads as a plain table, noted, with a date given."""
    # Yes, No, Yes, Not sure, yes: 3 of 4.
    with pytest.raises(CoprodError, match="--conducted-on"):
        tally("plain-unicode-text.txt", "Do you feel included?", scale="yes-no")
    result = tally(
        "plain-unicode-text.txt",
        "Do you feel included?",
        scale="yes-no",
        conducted_on=datetime.date(2026, 6, 1),
    )
    assert counted(result) == (3, 4, 5, {"no_opinion": 1})
    assert result.provenance.layout == "plain"
    assert "no survey platform's layout was recognised" in result.notes[1]
    assert result.response.provenance == result.provenance


# -- bad input -----------------------------------------------------------------------


def problem_of(error: pytest.ExceptionInfo[DataError]) -> Any:
    (problem,) = error.value.problems
    return problem


def test_question_not_found_lists_the_closest() -> None:
    """A question no column has is an error that offers the closest headings."""
    with pytest.raises(DataError) as raised:
        tally("microsoft-forms.csv", "I feel included in decisions")
    problem = problem_of(raised)
    assert problem.code == "no-question"
    assert f"the closest are {INCLUDED!r}" in problem.message


def test_ambiguous_question_lists_the_columns() -> None:
    """A question that matches several columns lists them by letter."""
    with pytest.raises(DataError) as raised:
        tally("surveymonkey-condensed.csv", "Please say how far you agree")
    problem = problem_of(raised)
    assert problem.code == "ambiguous-question"
    assert "column J: 'Please say how far you agree - I feel included'" in problem.message


def test_personal_columns_are_never_questions() -> None:
    """Email and Name cannot be tallied, so they are never counted or echoed."""
    with pytest.raises(DataError) as raised:
        tally("microsoft-forms.csv", "Email")
    assert "@example.org" not in str(raised.value)


def test_empty_export(tmp_path: Path) -> None:
    """An empty file is an error that says so."""
    (tmp_path / "empty.csv").write_bytes(b"\r\n")
    with pytest.raises(DataError, match="the export is empty"):
        tally_survey(tmp_path / "empty.csv", question="Q", metric="inclusion", population="staff")


def test_headings_without_responses(tmp_path: Path) -> None:
    """An export with headings only has no responses to count."""
    (tmp_path / "h.csv").write_text("Q,R\n")
    with pytest.raises(DataError, match="headings but no responses"):
        tally_survey(tmp_path / "h.csv", question="Q", metric="inclusion", population="staff")


def test_every_answer_blank(tmp_path: Path) -> None:
    """A question nobody answered is an error, not a survey of nobody."""
    (tmp_path / "blank.csv").write_text("Q,R\n,x\n ,y\n")
    with pytest.raises(DataError) as raised:
        tally_survey(
            tmp_path / "blank.csv",
            question="Q",
            metric="inclusion",
            population="staff",
            conducted_on=datetime.date(2026, 1, 1),
        )
    assert "no answer to 'Q' can be counted (2 blank of 2 rows)" in problem_of(raised).message


def test_wrong_encoding(tmp_path: Path) -> None:
    """UTF-16 without a byte-order mark is refused with its line, the advice given once."""
    (tmp_path / "u16.csv").write_bytes("Q\nAgree\n".encode("utf-16-le"))
    with pytest.raises(DataError) as raised:
        tally_survey(tmp_path / "u16.csv", question="Q", metric="inclusion", population="staff")
    problem = problem_of(raised)
    assert (problem.code, problem.line) == ("encoding", 1)
    assert problem.message.endswith(
        "(byte 0x00); save the export as CSV UTF-8, or give its encoding (--encoding utf-16-le)"
    )
    assert problem.message.count("CSV UTF-8") == 1


def test_bytes_that_no_encoding_reads(tmp_path: Path) -> None:
    """A byte that is neither UTF-8 nor Windows-1252 is an encoding error at its line."""
    (tmp_path / "bad.csv").write_bytes(b"Q\nAgree\n\x81gree\n")
    with pytest.raises(DataError) as raised:
        tally_survey(tmp_path / "bad.csv", question="Q", metric="inclusion", population="staff")
    assert (problem_of(raised).code, problem_of(raised).line) == ("encoding", 3)


def test_ambiguous_dates_are_not_guessed(tmp_path: Path) -> None:
    """Dates that could be day-first or month-first need --conducted-on."""
    (tmp_path / "d.csv").write_text(
        "ID,Start time,Completion time,Email,Name,Q\n1,x,03/04/2026 10:00,,,Agree\n"
    )
    with pytest.raises(CoprodError, match="could be day or month first"):
        tally_survey(tmp_path / "d.csv", question="Q", metric="inclusion", population="staff")


def test_unknown_metric_and_population() -> None:
    """Ids the standards do not have are refused, listing the ones they have."""
    with pytest.raises(CoprodError, match="use one of inclusion, communication"):
        tally("microsoft-forms.csv", INCLUDED, metric="happiness")
    with pytest.raises(CoprodError, match="use one of service_users, staff"):
        tally("microsoft-forms.csv", INCLUDED, population="visitors")


def test_xlsx_without_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the xlsx extra, an XLSX export is a one-line error naming the extra."""
    real_import = builtins.__import__

    def no_openpyxl(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "openpyxl":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    with pytest.raises(CoprodError, match=r"pip install 'coprod-standards\[xlsx\]'"):
        tally("microsoft-forms.xlsx", INCLUDED)


def test_a_damaged_workbook(tmp_path: Path) -> None:
    """A file that starts as a zip but is no workbook is a DataError, not a traceback."""
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(DataError, match="not a readable XLSX workbook"):
        tally_survey(tmp_path / "bad.xlsx", question="Q", metric="inclusion", population="staff")
