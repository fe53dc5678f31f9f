"""Counting survey answers on a scale (core.tally), scales as data, and provenance."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from coprod_standards import DataError, SurveyResponse
from coprod_standards.core.provenance import SurveyProvenance
from coprod_standards.core.scales import Meaning, Scale
from coprod_standards.core.survey_answers import PopulationColumn, SurveyAnswers, SurveyRow
from coprod_standards.core.tally import count_answers
from coprod_standards.errors import CoprodError, FieldError
from coprod_standards.formats.survey_scales import load_scale, shipped_scales

AGREE_5 = load_scale("agree-5")


def rows(*answers: str) -> list[SurveyRow]:
    return [SurveyRow(line, answer) for line, answer in enumerate(answers, start=2)]


def test_labels_match_ignoring_case_spacing_and_apostrophes() -> None:
    """'STRONGLY  agree', ' Neither disagree or agree ' and 'Don’t know' are the scale's labels."""
    assert AGREE_5.meaning("STRONGLY  agree") is Meaning.AGREE
    assert AGREE_5.meaning(" Neither disagree or agree ") is Meaning.NOT_AGREE
    assert AGREE_5.meaning("Don’t know") is Meaning.EXCLUDED
    assert AGREE_5.meaning("Somewhat agree") is None


def test_the_count_states_its_denominator_and_its_exclusions() -> None:
    """Blank and "Don't know" answers are left out and counted by reason."""
    # agree: Strongly agree, Agree = 2; not agree: Disagree, Neutral = 2;
    # left out: one blank, one Don't know. 6 rows read, 4 counted.
    count = count_answers(
        rows("Strongly agree", "Agree", "Disagree", "", "Don't know", "Neutral"),
        AGREE_5,
        population="service_users",
        file="x.csv",
    )
    assert (count.agree, count.respondents, count.rows_read) == (2, 4, 6)
    assert dict(count.excluded) == {"blank": 1, "no_opinion": 1}


def test_counting_dont_know_in_the_denominator_on_request() -> None:
    """count_excluded=True keeps "Don't know" in the denominator, as not agreeing."""
    count = count_answers(
        rows("Agree", "Don't know", "Disagree"),
        AGREE_5,
        population="staff",
        file="x.csv",
        count_excluded=True,
    )
    assert (count.agree, count.respondents, count.counted_no_opinion) == (1, 3, 1)
    assert dict(count.excluded) == {}


def test_the_fft_counts_dont_know_by_its_own_rule() -> None:
    """The Friends and Family Test scale counts "Don't know" in the denominator."""
    fft = load_scale("fft")
    # positive: Very good, Good = 2 of 4 answers, Don't know included.
    count = count_answers(
        rows("Very good", "Good", "Don't know", "Very poor"),
        fft,
        population="service_users",
        file="x.csv",
    )
    assert (count.agree, count.respondents) == (2, 4)


def test_incomplete_and_duplicate_rows_are_left_out_by_reason() -> None:
    """An unfinished response and a repeated respondent id (after the first) are not counted."""
    given = [
        SurveyRow(2, "Agree", respondent="r1"),
        SurveyRow(3, "Agree", respondent="r1"),  # duplicate of line 2
        SurveyRow(4, "Agree", respondent="r2", complete=False),
        SurveyRow(5, "Disagree", respondent="r3"),
    ]
    count = count_answers(given, AGREE_5, population="staff", file="x.csv")
    assert (count.agree, count.respondents) == (1, 2)
    assert dict(count.excluded) == {"incomplete": 1, "duplicate": 1}


def test_a_population_column_selects_rows() -> None:
    """Rows of another population, or mapped to none, are left out by reason."""
    column = PopulationColumn("I am", {"Staff member": "staff", "Visitor": None}, 4)
    given = [
        SurveyRow(2, "Agree", population="staff member"),
        SurveyRow(3, "Agree", population="Service user"),
        SurveyRow(4, "Disagree", population="Staff Member"),
        SurveyRow(5, "Agree", population="Visitor"),
        SurveyRow(6, "Agree", population=""),
    ]
    with pytest.raises(DataError) as raised:
        count_answers(given, AGREE_5, population="staff", file="x.csv", populations=column)
    (problem,) = raised.value.problems
    assert problem.code == "unmapped-population"
    assert (problem.line, problem.column) == (3, 4)
    assert "'Service user'" in problem.message
    mapped = PopulationColumn("I am", {**column.mapping, "Service user": "service_users"}, 4)
    count = count_answers(given, AGREE_5, population="staff", file="x.csv", populations=mapped)
    assert (count.agree, count.respondents) == (1, 2)
    assert dict(count.excluded) == {"other_population": 1, "no_population": 2}


def test_an_unknown_label_is_an_error_naming_its_rows() -> None:
    """An answer not on the scale is never guessed: the error names it and where it is."""
    with pytest.raises(DataError) as raised:
        count_answers(
            SurveyAnswers.of([SurveyRow(7, "Somewhat agree"), SurveyRow(9, "Somewhat agree")], 3),
            AGREE_5,
            population="staff",
            file="x.csv",
        )
    (problem,) = raised.value.problems
    assert (problem.file, problem.line, problem.column, problem.code) == (
        "x.csv",
        7,
        3,
        "unknown-label",
    )
    assert "'Somewhat agree' (rows at lines 7, 9) is not a label of the scale agree-5" in (
        problem.message
    )


def test_a_scale_refuses_a_label_listed_twice() -> None:
    """A label under two meanings (ignoring case) is a FieldError."""
    with pytest.raises(FieldError, match="'agree' is listed twice"):
        Scale("s", "S", agree=("Agree",), not_agree=("agree",))


def test_shipped_scales() -> None:
    """The five shipped scales load, and the seven-point scale counts Somewhat agree."""
    assert shipped_scales() == ("agree-5", "agree-7", "fft", "satisfaction-5", "yes-no")
    assert load_scale("agree-7").meaning("Somewhat agree") is Meaning.AGREE
    assert load_scale("yes-no").meaning("YES") is Meaning.AGREE


def test_a_scale_file_with_a_problem_names_its_line(tmp_path: Path) -> None:
    """A user's scale file is read strictly: an unknown key is a DataError at its line."""
    path = tmp_path / "mine.yaml"
    path.write_text("name: mine\ntitle: Mine\nagree: [Yes]\nnot_agree: [No]\ncolour: red\n")
    with pytest.raises(DataError) as raised:
        load_scale(path)
    (problem,) = raised.value.problems
    assert (problem.line, problem.code) == (5, "unknown-key")


def test_an_unknown_scale_name_lists_the_shipped_ones() -> None:
    """A name that is neither a shipped scale nor a file says which scales there are."""
    with pytest.raises(Exception, match="there is no scale 'agree-9'; use one of agree-5"):
        load_scale("agree-9")


@pytest.mark.parametrize("name", ["", " "])
def test_an_empty_scale_name_is_no_scale_not_the_current_folder(name: str) -> None:
    """--scale "" is an unknown scale, not the current folder read as a scale file."""
    with pytest.raises(CoprodError, match=f"there is no scale {name!r}; use one of agree-5"):
        load_scale(name)


def provenance(**changes: object) -> SurveyProvenance:
    given: dict[str, object] = {
        "file": "s.csv",
        "sha256": "a" * 64,
        "layout": "plain",
        "question": "Q",
        "scale": "agree-5",
        "rows_read": 10,
        "excluded": {"blank": 2},
    }
    given.update(changes)
    return SurveyProvenance(**given)  # type: ignore[arg-type]


def test_provenance_must_agree_with_the_respondents() -> None:
    """A survey's respondents are its provenance's rows read less those left out."""
    day = datetime.date(2026, 5, 1)
    survey = SurveyResponse(
        "inclusion", "staff", 8, agree=5, conducted_on=day, provenance=provenance()
    )
    assert survey.provenance is not None
    assert survey.provenance.rows_counted == 8
    with pytest.raises(FieldError, match=r"counts 8 rows .* but respondents is 9"):
        SurveyResponse("inclusion", "staff", 9, agree=5, conducted_on=day, provenance=provenance())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sha256": "xyz"}, "is not a SHA-256"),
        ({"excluded": {"bored": 1}}, "'bored' is not a reason"),
        ({"excluded": {"blank": 11}}, "no more rows can be left out than were read"),
        ({"question": " "}, "the question is blank"),
    ],
)
def test_provenance_checks_its_values(changes: dict[str, object], message: str) -> None:
    """A provenance refuses a bad hash, an unknown reason, too many rows left out, a blank."""
    with pytest.raises(FieldError, match=message):
        provenance(**changes)
