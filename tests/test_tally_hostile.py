"""Survey exports and scale files built to break `tally_survey`: each is an error, or a count."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import CoprodError, DataError, tally_survey
from coprod_standards.core.tally import SurveyTally

openpyxl = pytest.importorskip("openpyxl")
CLOSED = datetime.date(2026, 5, 1)


def tally(path: Path, question: str = "Q", **options: Any) -> SurveyTally:
    options.setdefault("metric", "inclusion")
    options.setdefault("population", "service_users")
    return tally_survey(path, question=question, **options)


def refused(path: Path, **options: Any) -> DataError:
    with pytest.raises(DataError) as raised:
        tally(path, **options)
    return raised.value


def test_a_csv_of_only_delimiters_is_empty(tmp_path: Path) -> None:
    """A CSV whose rows are all empty cells (",,,") is an empty export, not a traceback."""
    (tmp_path / "commas.csv").write_text(",,,\n,,\n")
    (problem,) = refused(tmp_path / "commas.csv").problems
    assert (problem.file, problem.code) == (str(tmp_path / "commas.csv"), "empty-export")


def test_a_workbook_whose_first_sheet_is_empty(tmp_path: Path) -> None:
    """An XLSX whose first sheet is blank names that sheet, rather than a traceback."""
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.create_sheet("Responses").append(["Q"])
    book.save(tmp_path / "two.xlsx")
    (problem,) = refused(tmp_path / "two.xlsx").problems
    assert problem.code == "empty-export"
    assert "'Notes'" in problem.message
    assert "first sheet" in problem.message


@pytest.mark.parametrize(
    ("codes", "said"),
    [
        ({"1": "No"}, "code '1' is also a label of the scale"),  # "1" is an agree label
        ({"no": "Yes"}, "code 'no' is also a label of the scale"),
        ({"2": "Yes", " 2 ": "No"}, "code ' 2 ' is listed twice"),
    ],
)
def test_a_code_that_collides_is_refused(codes: dict[str, str], said: str) -> None:
    """A code that is also a label, or another code, is refused rather than one meaning dropped."""
    from coprod_standards.core.scales import Scale
    from coprod_standards.errors import FieldError

    with pytest.raises(FieldError) as raised:
        Scale("yn", "YN", agree=("Yes", "1"), not_agree=("No",), codes=codes)
    assert raised.value.field == "codes"
    assert said in str(raised.value)


def test_a_scale_file_whose_code_is_a_label_is_refused_at_its_line(tmp_path: Path) -> None:
    """codes: {"1": "No"} beside the label "1" is a problem at the codes of the scale file."""
    (tmp_path / "yn.yaml").write_text(
        'name: yn\ntitle: YN\nagree: ["Yes", "1"]\nnot_agree: ["No"]\ncodes: {"1": "No"}\n'
    )
    (tmp_path / "e.csv").write_text("Q\nYes\n1\n")
    scale = tmp_path / "yn.yaml"
    (problem,) = refused(tmp_path / "e.csv", scale=scale, conducted_on=CLOSED).problems
    assert (problem.file, problem.line, problem.path) == (str(tmp_path / "yn.yaml"), 5, "$.codes")


def test_a_code_may_repeat_its_own_label() -> None:
    """codes: {"Yes": "Yes"} says nothing new and is taken."""
    from coprod_standards.core.scales import Meaning, Scale

    scale = Scale("yn", "YN", agree=("Yes",), not_agree=("No",), codes={"YES": "Yes", "0": "No"})
    assert (scale.meaning("yes"), scale.meaning("0")) == (Meaning.AGREE, Meaning.NOT_AGREE)


def test_a_population_map_giving_one_answer_two_populations(tmp_path: Path) -> None:
    """'Service user' and 'service  user' mapped apart is refused, not the last one taken."""
    from coprod_standards.errors import FieldError

    (tmp_path / "e.csv").write_text("Q,Role\nAgree,Service user\nDisagree,Staff\n")
    mapping = {"Service user": "service_users", "service  user": "staff", "Staff": "staff"}
    with pytest.raises(FieldError) as raised:
        tally(tmp_path / "e.csv", population_column="Role", population_map=mapping)
    assert "'Service user'" in str(raised.value)
    assert "'service  user'" in str(raised.value)


def test_a_population_map_may_repeat_an_answer_to_the_same_population() -> None:
    """Two spellings of one answer mapped to the same population say nothing contradictory."""
    from coprod_standards.core.survey_answers import PopulationColumn

    column = PopulationColumn("Role", {"Staff": "staff", " STAFF": "staff", "x": None})
    assert column.population_of("staff") == (True, "staff")


def test_the_command_line_refuses_an_answer_mapped_twice() -> None:
    """--population-map 'Staff=staff' then 'Staff=service_users' is an error, not the last taken."""
    import io

    from coprod_standards.cli import run

    err = io.StringIO()
    surveys = Path(__file__).parent / "fixtures" / "surveys"
    status = run(
        [
            *("survey", "tally", str(surveys / "microsoft-forms.csv")),
            *("--question", "I feel included in decisions about my support"),
            *("--metric", "inclusion", "--population", "service_users"),
            *("--population-column", "I am a..."),
            *("--population-map", "Staff member=staff", "--population-map", "Service user=staff"),
            *("--population-map", "Service user=service_users"),
        ],
        io.StringIO(),
        err,
    )
    assert status == 2
    assert "'Service user'" in err.getvalue()
    assert "twice" in err.getvalue()


def test_a_row_with_more_cells_than_headings_is_refused(tmp_path: Path) -> None:
    """A stray delimiter shifting the answers (",,") is an error at its line, not a blank."""
    # Row 3 has an extra comma after "Sales": read as it is, Q1 would be blank and Q2 "Agree".
    (tmp_path / "e.csv").write_text(
        "Team,Q1,Q2\nSales,Agree,Disagree\nSales,,Agree,Disagree\nOps,Agree,Agree\n"
    )
    (problem,) = refused(tmp_path / "e.csv", question="Q1", conducted_on=CLOSED).problems
    assert (problem.line, problem.column, problem.code) == (3, 4, "extra-cells")
    assert "4 cells" in problem.message
    assert "3 headings" in problem.message


def test_empty_cells_past_the_headings_are_no_answers(tmp_path: Path) -> None:
    """Trailing delimiters (a spreadsheet's "Agree,,") hold nothing and are read as they are."""
    (tmp_path / "e.csv").write_text("Q,R\nAgree,x,,\nDisagree,y, \n")
    result = tally(tmp_path / "e.csv", conducted_on=CLOSED)
    assert (result.agree, result.respondents) == (1, 2)


def test_a_google_forms_email_repeated_in_another_case_is_a_duplicate(tmp_path: Path) -> None:
    """'Kit@Example.org' after 'kit@example.org' is the same respondent: counted once."""
    (tmp_path / "g.csv").write_text(
        "Timestamp,Email address,Q\n"
        "2026/05/01 10:00:00 AM GMT+1,kit@example.org,Agree\n"
        "2026/05/02 10:00:00 AM GMT+1,Kit@Example.ORG,Disagree\n"
    )
    result = tally(tmp_path / "g.csv")
    assert (result.agree, result.respondents) == (1, 1)
    assert dict(result.provenance.excluded) == {"duplicate": 1}


def test_other_respondent_ids_keep_their_case(tmp_path: Path) -> None:
    """Microsoft Forms ids 'a1' and 'A1' are two respondents: only emails ignore case."""
    (tmp_path / "m.csv").write_text(
        "ID,Start time,Completion time,Q\n"
        "a1,5/1/2026 10:00,5/1/2026 10:00,Agree\n"
        "A1,5/2/2026 10:00,5/13/2026 10:00,Disagree\n"
    )
    result = tally(tmp_path / "m.csv")
    assert (result.agree, result.respondents) == (1, 2)


def test_a_population_map_without_its_column_is_refused(tmp_path: Path) -> None:
    """population_map with no population_column is an error, not silently ignored."""
    from coprod_standards import CoprodError

    (tmp_path / "e.csv").write_text("Q,Role\nAgree,Staff\n")
    with pytest.raises(CoprodError, match="population_column"):
        tally(tmp_path / "e.csv", population_map={"Staff": "staff"}, conducted_on=CLOSED)


def test_a_workbook_that_understates_its_size_is_read_whole(tmp_path: Path) -> None:
    """A sheet whose <dimension> says A1:A2 still has all its rows and columns counted."""
    import re
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(["R", "Q"])  # the question in column B, past the stale A1:A2
    for answer in ("Agree", "Agree", "Disagree", "Strongly agree", "Neutral"):
        book.active.append(["x", answer])
    book.save(tmp_path / "right.xlsx")
    # Some writers leave a stale <dimension>: openpyxl's read-only mode would trust it.
    with (
        zipfile.ZipFile(tmp_path / "right.xlsx") as source,
        zipfile.ZipFile(tmp_path / "stale.xlsx", "w") as target,
    ):
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data, replaced = re.subn(
                    rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A2"', data
                )
                assert replaced == 1
            target.writestr(name, data)
    result = tally(tmp_path / "stale.xlsx", conducted_on=CLOSED)
    assert (result.agree, result.respondents, result.provenance.rows_read) == (3, 5, 5)


def test_a_date_column_mixing_dates_and_unreadable_text(tmp_path: Path) -> None:
    """An XLSX date column with a real date and then "garbage" names the garbage's row."""
    import datetime as dt

    book = openpyxl.Workbook()
    for row in (
        ["ID", "Start time", "Completion time", "Q"],
        [1, None, dt.datetime(2026, 5, 1, 10), "Agree"],
        [2, None, "garbage", "Agree"],
    ):
        book.active.append(row)
    book.save(tmp_path / "forms.xlsx")
    (problem,) = refused(tmp_path / "forms.xlsx").problems
    assert (problem.line, problem.column, problem.code) == (3, 3, "date")
    assert "'garbage'" in problem.message


def test_a_surveymonkey_export_without_its_sub_heading_row(tmp_path: Path) -> None:
    """With SurveyMonkey's second heading row deleted, the first response is still counted."""
    # Row 2 holds respondent 1001's answer, not sub-headings: 1 of 3 agree, not 0 of 2.
    (tmp_path / "sm.csv").write_text(
        "Respondent ID,Collector ID,Start Date,End Date,Q\n"
        "1001,44,06/01/2026 09:00:00 AM,06/11/2026 09:04:00 AM,Agree\n"
        "1002,44,06/01/2026 09:00:00 AM,06/12/2026 09:04:00 AM,Disagree\n"
        "1003,44,06/01/2026 09:00:00 AM,06/13/2026 09:04:00 AM,Disagree\n"
    )
    result = tally(tmp_path / "sm.csv")
    assert (result.agree, result.respondents, result.provenance.rows_read) == (1, 3, 3)
    assert (result.provenance.layout, result.provenance.question) == ("surveymonkey", "Q")


def test_a_surveymonkey_heading_row_alone_has_no_responses(tmp_path: Path) -> None:
    """SurveyMonkey's first heading row and nothing else is "no responses", not an IndexError."""
    (tmp_path / "sm.csv").write_text("Respondent ID,Collector ID,Q\n")
    (problem,) = refused(tmp_path / "sm.csv").problems
    assert problem.code == "no-responses"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le"])
def test_a_byte_order_mark_under_an_explicit_encoding(tmp_path: Path, encoding: str) -> None:
    """--encoding utf-8 on a file with a BOM still sees Google Forms: the repeat is a duplicate."""
    text = (
        "\ufeffTimestamp,Email address,Q\n"
        "2026/05/01 10:00:00 AM GMT+1,kit@example.org,Agree\n"
        "2026/05/02 10:00:00 AM GMT+1,kit@example.org,Disagree\n"
    )
    (tmp_path / "g.csv").write_bytes(text.encode(encoding))
    result = tally(tmp_path / "g.csv", encoding=encoding)
    assert (result.provenance.layout, result.agree, result.respondents) == ("google_forms", 1, 1)


FORMS = Path(__file__).parent / "fixtures" / "surveys" / "microsoft-forms.csv"
INCLUDED = "I feel included in decisions about my support"


@pytest.mark.parametrize(
    "given", ["2026-05-14", datetime.datetime(2026, 5, 14, 10, 0)], ids=["text", "datetime"]
)
def test_conducted_on_that_is_not_a_date_is_refused(given: object) -> None:
    """conducted_on as text or a date and time is refused, not kept to fail later."""
    with pytest.raises(CoprodError, match=r"give a date, such as datetime\.date"):
        tally(FORMS, INCLUDED, conducted_on=given)


def test_conducted_on_before_the_latest_response_is_refused() -> None:
    """A survey cannot close before its last answer: the export's latest date is named."""
    with pytest.raises(CoprodError, match=r"closed on 2026-05-13, before .* \(2026-05-14\)"):
        tally(FORMS, INCLUDED, conducted_on=datetime.date(2026, 5, 13))
    assert tally(FORMS, INCLUDED, conducted_on=datetime.date(2026, 5, 14)).conducted_on == (
        datetime.date(2026, 5, 14)
    )


def test_a_heading_with_a_curly_apostrophe_is_found_by_a_straight_one(tmp_path: Path) -> None:
    """--question "I don't ..." finds the heading "I don’t ...", as scale labels already match."""
    path = tmp_path / "curly.csv"
    path.write_text("I don’t feel “rushed”\nAgree\nDisagree\nAgree\n", encoding="utf-8")
    counted = tally(path, 'I don\'t feel "rushed"', conducted_on=CLOSED)
    assert (counted.agree, counted.respondents) == (2, 3)


@pytest.mark.parametrize(
    ("written", "column"),
    [("2026-02-30 10:00", 3), ("30/02/2026 10:00", 3)],
    ids=["iso", "slashed"],
)
def test_a_date_that_is_not_real_is_refused_at_its_row(
    tmp_path: Path, written: str, column: int
) -> None:
    """An impossible date in the date column names its line and column, not the file alone."""
    path = tmp_path / "forms.csv"
    path.write_text(
        f"ID,Start time,Completion time,Q\n1,x,14/05/2026 10:00,Agree\n2,x,{written},Agree\n",
        encoding="utf-8",
    )
    (problem,) = refused(path).problems
    assert (problem.code, problem.line, problem.column) == ("date", 3, column)
    assert problem.message.startswith(f"the date {written!r} is not a real date")


@pytest.mark.parametrize(
    ("written", "closed"), [("14/5/26", "2026-05-14"), ("5/13/99", "1999-05-13")]
)
def test_a_two_digit_year_is_read_as_posix_reads_it(
    tmp_path: Path, written: str, closed: str
) -> None:
    """A year of two digits is 20xx up to 68 and 19xx from 69, never a year to come such as 2099."""
    path = tmp_path / "forms.csv"
    path.write_text(
        f"ID,Start time,Completion time,Q\n1,x,{written} 10:00,Agree\n", encoding="utf-8"
    )
    assert tally(path).conducted_on.isoformat() == closed


def test_an_export_larger_than_an_assessment_may_be_is_counted(tmp_path: Path) -> None:
    """An export past the 10 MiB an assessment may have is read: exports run larger."""
    from coprod_standards.formats import limits

    path = tmp_path / "big.csv"
    row = "Agree\n"
    path.write_text("Q\n" + row * (limits.MAX_FILE_BYTES // len(row) + 1), encoding="utf-8")
    assert path.stat().st_size > limits.MAX_FILE_BYTES
    counted = tally(path, conducted_on=CLOSED)
    assert counted.agree == counted.respondents == limits.MAX_FILE_BYTES // len(row) + 1


def test_an_export_past_its_limit_is_refused_as_an_export(tmp_path: Path) -> None:
    """An export over 50 MiB is file-too-large, with advice for an export, read no further."""
    from coprod_standards.formats import limits

    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:
        stream.truncate(limits.MAX_EXPORT_BYTES + 1)
    (problem,) = refused(path).problems
    assert problem.code == "file-too-large"
    assert problem.message.startswith(
        "this file is larger than 50 MiB, the most this library reads of a survey export; "
    )


@pytest.mark.parametrize("rest", [b"\x00" * 600, b"\x01Q\nAgree\n" * 60], ids=["nul", "text"])
def test_an_xls_or_password_protected_workbook_says_what_it_is(tmp_path: Path, rest: bytes) -> None:
    """A Compound File (.xls, or an encrypted .xlsx) is named as such, not as text gone wrong."""
    path = tmp_path / "responses.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rest)
    (problem,) = refused(path).problems
    assert problem.code == "old-workbook"
    assert "save it as an Excel workbook (.xlsx) without a password, or as CSV UTF-8" in (
        problem.message
    )


def test_a_quote_left_open_is_refused_at_the_row_that_opens_it(tmp_path: Path) -> None:
    """An unterminated quote names the line where its row starts, not the end of the file."""
    path = tmp_path / "open.csv"
    path.write_text('Q,R\nAgree,x\n"Agree,y\nDisagree,z\n', encoding="utf-8")
    (problem,) = refused(path).problems
    assert (problem.code, problem.line, problem.column) == ("csv", 3, 1)
    assert "in the row that starts on this line" in problem.message


def _formula_workbook(path: Path) -> Path:
    """A workbook saved by openpyxl answering Q with a formula (no value) and with text."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Q"], ['="Agree"'], ["Agree"]):
        sheet.append(row)
    book.save(path)
    return path


def test_a_formula_never_calculated_is_refused_at_its_cell(tmp_path: Path) -> None:
    """An answer that is a formula with no value (written by a program) is not counted as blank."""
    _formula_workbook(tmp_path / "formula.xlsx")
    (problem,) = refused(tmp_path / "formula.xlsx").problems
    assert (problem.code, problem.line, problem.column) == ("xlsx", 2, 1)
    assert "a formula whose value was never calculated" in problem.message


def test_a_formula_with_its_value_is_counted(tmp_path: Path) -> None:
    """A formula saved with its value (as a spreadsheet saves it) counts as that value."""
    import re
    import zipfile

    _formula_workbook(tmp_path / "plain.xlsx")
    # openpyxl writes no value for a formula; put in one, as a spreadsheet saves it.
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as source:
        parts = {item: source.read(item) for item in source.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = (
        re.sub(r"(<f>[^<]*</f>)(<v\s*/>|<v></v>)?", r"\1<v>Agree</v>", sheet_xml)
        .replace('r="A2"', 'r="A2" t="str"', 1)
        .encode()
    )
    with zipfile.ZipFile(tmp_path / "calculated.xlsx", "w") as target:
        for item, content in parts.items():
            target.writestr(item, content)
    counted = tally(tmp_path / "calculated.xlsx", conducted_on=CLOSED)
    assert (counted.agree, counted.respondents) == (2, 2)
