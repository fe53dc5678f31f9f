"""Assessment files: every bad input is a located DataError; saving loses nothing."""

# ruff: noqa: E501 - the example files below keep their long lines as people write them

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path
from typing import Literal

import attrs
import pytest

from coprod_standards import (
    Answer,
    Assessment,
    DataError,
    Problem,
    Status,
    Tier,
    assessment_template,
    dumps_assessment,
    evaluate,
    load,
    load_assessment,
    parse_assessment,
    save_assessment,
)

BASE = """\
version: "1.1"
organisation: Riverside Community Hub
assessed_on: 2026-09-30
criteria:
  1.2.B1: met
surveys:
  - {metric: inclusion, population: service_users, agree: 61, respondents: 100, conducted_on: 2026-05-01}
"""

ISSUE_EXAMPLE = """\
version: "1.1"                      # which standards version it answers
organisation: Riverside Community Hub
assessed_on: 2026-09-30
completed_by: [staff, service_users, members]   # optional
criteria:
  1.2.B1: met                       # met | not_met | not_applicable
  1.2.B2: {status: met, evidence: "Equality report 2026", comment: "Reviewed at members' forum"}
  2.3.S3: {status: not_applicable, reason: "We hold no statutory orders."}
indicators:                         # the checklist's "Examples/ Comments/ Areas to improve" column
  "1.2": {comment: "Census targets agreed with the community panel"}
surveys:
  - {metric: inclusion, population: service_users, agree: 61, respondents: 100, conducted_on: 2026-05-01}
  - {metric: communication, population: staff, percent_agree: 78, respondents: 42, conducted_on: 2026-04-12}
"""


def problem_in(text: str) -> Problem:
    """The one problem that reading *text* reports."""
    with pytest.raises(DataError) as caught:
        parse_assessment(text, name="riverside.yaml")
    assert len(caught.value.problems) == 1, str(caught.value)
    assert caught.value.problems[0].code, "every problem names the rule it breaks"
    return caught.value.problems[0]


def test_text_without_a_name_is_called_assessment_in_messages() -> None:
    """parse_assessment's name defaults to "<assessment>", which its problems give as the file."""
    with pytest.raises(DataError) as caught:
        parse_assessment('version: "1.1"\norganisation: [1]\n')
    assert {problem.file for problem in caught.value.problems} == {"<assessment>"}


def test_json_text_is_read_as_json_and_remembered_as_json() -> None:
    """format="json" reads JSON text, and the assessment keeps its source's format."""
    text = '{"version": "1.1", "organisation": "Riverside", "assessed_on": "2026-09-30"}'
    assessment = parse_assessment(text, format="json", name="riverside.json")
    assert assessment.source is not None
    assert assessment.source.format == "json"
    assert dumps_assessment(assessment, format="json").startswith('{\n  "version": "1.1"')


@pytest.mark.parametrize("format", ["yml", "JSON", "toml"])
def test_an_unknown_format_is_refused(format: str) -> None:
    """Only "yaml" and "json" are formats, for reading and for writing alike."""
    assessment = parse_assessment(ISSUE_EXAMPLE, name="riverside.yaml")
    with pytest.raises(ValueError, match=f"format must be 'yaml' or 'json', not '{format}'"):
        parse_assessment(ISSUE_EXAMPLE, format=format)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=f"format must be 'yaml' or 'json', not '{format}'"):
        dumps_assessment(assessment, format=format)  # type: ignore[arg-type]


def test_the_documented_example_loads() -> None:
    """The example of the file format reads as written."""
    assessment = parse_assessment(ISSUE_EXAMPLE, name="riverside.yaml")
    assert assessment.organisation == "Riverside Community Hub"
    assert assessment.assessed_on == datetime.date(2026, 9, 30)
    assert assessment.completed_by == ("staff", "service_users", "members")
    assert assessment.answer("1.2.B2") == Answer(
        Status.MET, evidence="Equality report 2026", comment="Reviewed at members' forum"
    )
    assert assessment.answer("2.3.S3").reason == "We hold no statutory orders."
    assert assessment.note("1.2").comment == "Census targets agreed with the community panel"
    assert [s.metric for s in assessment.surveys] == ["inclusion", "communication"]
    assert assessment.surveys[1].percent_agree == 78


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        (
            "1.2.B1: met",
            "1.2.B9: met",
            ("$.criteria['1.2.B9']", 5, 11),
            "version 1.1 has no criterion '1.2.B9'; check the id against the checklist "
            '(ids look like "1.2.B1")',
        ),
        (
            "criteria:",
            'indicators:\n  "1.9": {comment: x}\ncriteria:',
            ("$.indicators['1.9']", 5, 10),
            "version 1.1 has no indicator '1.9'; check the id against the checklist "
            '(ids look like "1.2")',
        ),
        (
            "1.2.B1: met",
            "1.2.B1: done",
            ("$.criteria['1.2.B1']", 5, 11),
            "expected one of met, not_met, not_applicable (or a mapping with status), "
            "got the text 'done'",
        ),
        (
            "1.2.B1: met",
            "1.2.B1: {status: not_applicable}",
            ("$.criteria['1.2.B1'].reason", 5, 11),
            "not_applicable needs a reason: say why the criterion does not apply",
        ),
        (
            "1.2.B1: met",
            '1.2.B1: {status: not_applicable, reason: "  "}',
            ("$.criteria['1.2.B1'].reason", 5, 44),
            "not_applicable needs a reason: say why the criterion does not apply",
        ),
        (
            "agree: 61",
            "agree: 161",
            ("$.surveys[0].agree", 7, 59),
            "161 agreed but there were only 100 respondents; agree counts respondents, "
            "so it cannot be more",
        ),
        (
            "agree: 61",
            "agree: -1",
            ("$.surveys[0].agree", 7, 59),
            "-1 is negative; a count is 0 or more",
        ),
        (
            "respondents: 100",
            "respondents: -5",
            ("$.surveys[0].respondents", 7, 76),
            "-5 is negative; a count is 0 or more",
        ),
        (
            "agree: 61",
            "agree: 6.5",
            ("$.surveys[0].agree", 7, 59),
            "expected a whole number, got the number 6.5",
        ),
        (
            "agree: 61",
            'agree: "61"',
            ("$.surveys[0].agree", 7, 59),
            "expected a whole number, got the text '61'; write it without quotes",
        ),
        (
            "agree: 61",
            "percent_agree: 161",
            ("$.surveys[0].percent_agree", 7, 67),
            "161 is not a percentage; give a number from 0 to 100",
        ),
        (
            "conducted_on: 2026-05-01",
            "conducted_on: 2026-10-01",
            ("$.surveys[0].conducted_on", 7, 95),
            "the survey is dated 2026-10-01, after the assessment (2026-09-30); correct "
            "the date, or record it in a later assessment",
        ),
        (
            "metric: inclusion",
            "metric: happiness",
            ("$.surveys[0].metric", 7, 14),
            "the metric 'happiness' is not one of version 1.1's: inclusion, communication",
        ),
        (
            "population: service_users",
            "population: volunteers",
            ("$.surveys[0].population", 7, 37),
            "the population 'volunteers' is not one of version 1.1's: service_users, staff",
        ),
        (
            'version: "1.1"',
            'version: "1.0"',
            ("$.version", 1, 10),
            "this library has no standards version 1.0; it has '1.1'",
        ),
        (
            'version: "1.1"',
            "version: 1.1",
            ("$.version", 1, 10),
            "this library has no standards version 1.1 (quote it: \"1.1\"); it has '1.1'",
        ),
        (
            'version: "1.1"',
            'version: "../../etc"',
            ("$.version", 1, 10),
            "this library has no standards version ../../etc; it has '1.1'",
        ),
        (
            "assessed_on: 2026-09-30",
            "assessed_on: 2026-02-30",
            ("$.assessed_on", 3, 14),
            "2026-02-30 is not a real date (day is out of range for month); write a date as "
            "YYYY-MM-DD",
        ),
        (
            "assessed_on: 2026-09-30",
            "assessed_on: next tuesday",
            ("$.assessed_on", 3, 14),
            "expected a date written YYYY-MM-DD, got the text 'next tuesday'",
        ),
        (
            "assessed_on: 2026-09-30",
            "assessed_on: 2026-09-30T10:00:00",
            ("$.assessed_on", 3, 14),
            "expected a date written YYYY-MM-DD, got the date and time 2026-09-30T10:00:00",
        ),
        (
            "organisation:",
            "organization:",
            ("$.organization", 2, 1),
            "unknown key 'organization'; did you mean 'organisation'?",
        ),
        (
            "1.2.B1: met",
            "1.2.B1: met\n  1.2.B1: not_met",
            ("$.criteria['1.2.B1']", 6, 3),
            "the key '1.2.B1' appears twice in this mapping (first on line 5); keep one",
        ),
        (
            "1.2.B1: met",
            "1.2.B1: !!python/object/apply:os.system [ls]",
            ("$.criteria['1.2.B1']", 5, 11),
            "the YAML tag !!python/object/apply:os.system is not allowed; remove it and write "
            "the value as plain text, a number, a list or a mapping",
        ),
        (
            "1.2.B1: met",
            "1.1.B1: met",
            ("$.criteria['1.1.B1']", 5, 11),
            "1.1.B1 is decided by a survey of service_users about inclusion; record the "
            "survey under surveys instead of giving a status",
        ),
        (
            "agree: 61, ",
            "",
            ("$.surveys[0].agree", 7, 5),
            "say how many agreed: agree (a count) or percent_agree (a percentage)",
        ),
        (
            "1.2.B1: met",
            "1.2.B1: {views: {Staff Team: met}}",
            ("$.criteria['1.2.B1'].views", 5, 19),
            "'Staff Team' is not a respondent group name; use lower-case words joined by "
            "underscores, such as service_users",
        ),
    ],
)
def test_bad_input_is_located_and_explained(
    old: str, new: str, where: tuple[str, int, int], message: str
) -> None:
    """Each way an assessment file can be wrong names its place and says what to do."""
    assert old in BASE
    problem = problem_in(BASE.replace(old, new))
    assert (problem.path, problem.line, problem.column) == where
    assert problem.message == message
    assert problem.file == "riverside.yaml"


def test_alias_bomb_in_a_free_text_field() -> None:
    """An alias bomb aimed at a comment is refused at its anchor, never expanded."""
    levels = "".join(f"  - &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 20))
    text = BASE.replace(
        "criteria:\n  1.2.B1: met",
        "bombs:\n  - &l0 lol\n" + levels + "criteria:\n  1.2.B2: {status: met, comment: *l19}",
    )
    with pytest.raises(DataError) as caught:
        parse_assessment(text, name="riverside.yaml")
    problems = caught.value.problems
    assert (problems[0].path, problems[0].message) == (
        "$.bombs[0]",
        "anchors and aliases (&l0, *l0) are not allowed; write the value out in full",
    )
    assert "$.criteria['1.2.B2'].comment" in [problem.path for problem in problems]


def test_json_assessment_has_lines_too(tmp_path: Path) -> None:
    """A JSON assessment reads the same way, and its problems have lines and columns."""
    path = tmp_path / "riverside.json"
    path.write_text(
        '{\n  "version": "1.1",\n  "organisation": "x",\n  "assessed_on": "2026-09-30",\n'
        '  "criteria": {"1.2.B1": "mett"}\n}\n',
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.column) == ("$.criteria['1.2.B1']", 5, 26)


def test_missing_file(tmp_path: Path) -> None:
    """A file that is not there is a DataError naming it."""
    with pytest.raises(DataError, match="there is no such file"):
        load_assessment(tmp_path / "nowhere.yaml")


def test_save_keeps_comments_order_and_formatting(tmp_path: Path) -> None:
    """Saving a loaded assessment rewrites only what changed."""
    path = tmp_path / "riverside.yaml"
    path.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    loaded = load_assessment(path)
    save_assessment(loaded, path)
    assert path.read_text(encoding="utf-8") == ISSUE_EXAMPLE
    changed = attrs.evolve(
        loaded,
        criteria={
            **loaded.criteria,
            "1.2.B1": Answer(Status.NOT_MET),
            "1.3.B1": Answer(Status.MET),
        },
    )
    save_assessment(changed, path)
    expected = ISSUE_EXAMPLE.replace(
        "  1.2.B1: met                       # met | not_met | not_applicable",
        "  1.2.B1: not_met                   # met | not_met | not_applicable",
    ).replace(
        '  2.3.S3: {status: not_applicable, reason: "We hold no statutory orders."}\n',
        '  2.3.S3: {status: not_applicable, reason: "We hold no statutory orders."}\n'
        "  1.3.B1: met\n",
    )
    assert path.read_text(encoding="utf-8") == expected
    assert load_assessment(path) == changed


def test_save_never_leaves_a_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final replace fails, the old file is untouched and no temporary file is left."""
    path = tmp_path / "riverside.yaml"
    path.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    loaded = load_assessment(path)

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        save_assessment(attrs.evolve(loaded, organisation="Changed"), path)
    assert path.read_text(encoding="utf-8") == ISSUE_EXAMPLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["riverside.yaml"]


def test_save_as_json(tmp_path: Path) -> None:
    """A .json name gets JSON with the same shape, which loads back equal."""
    assessment = parse_assessment(ISSUE_EXAMPLE, name="riverside.yaml")
    path = tmp_path / "riverside.json"
    save_assessment(assessment, path)
    assert path.read_text(encoding="utf-8").startswith('{\n  "version": "1.1",')
    assert load_assessment(path) == assessment


def test_template_is_a_valid_assessment_that_reaches_no_tier() -> None:
    """The blank template loads, lists every criterion, and reaches no tier anywhere."""
    framework = load("1.1")
    text = assessment_template(
        framework, assessed_on=datetime.date(2026, 9, 30), organisation="Riverside"
    )
    assessment = parse_assessment(text, name="template.yaml")
    answerable = {c.id for c in framework.criteria if c.survey is None}
    assert set(assessment.criteria) == answerable
    assert all(answer == Answer() for answer in assessment.criteria.values())
    evaluation = evaluate(framework, assessment)
    assert evaluation.overall is None
    assert all(result.achieved is None for result in evaluation.indicators)
    for criterion in framework.criteria:
        assert criterion.text.split()[0] in text


def test_template_keeps_the_published_text_beside_each_id() -> None:
    """Each criterion's published text is a comment right above its id."""
    text = assessment_template(load("1.1"), assessed_on=datetime.date(2026, 9, 30))
    lines = text.splitlines()
    at = lines.index("  1.2.G3:")
    assert lines[at - 1] == "  #   Relevant action plans in place."


def test_template_shows_the_corrected_reading_under_the_published_text() -> None:
    """Where an erratum applies, the template shows the published words, then the corrected ones."""
    text = assessment_template(load("1.1"), assessed_on=datetime.date(2026, 9, 30))
    lines = text.splitlines()
    at = lines.index("  #   is. 75%% report satisfaction")
    assert lines[at + 1 : at + 4] == [
        "  #   Corrected reading: Service users and staff are asked annually how effective they",
        "  #   feel communication is. 75% report satisfaction",
        "  # 6.2.S2 is decided by a survey of service users and staff about communication: "
        "record it under surveys",
    ]
    at = lines.index("  # 10. Raising Awareness and Training Indicator")
    assert lines[at + 1].startswith("  # Corrected reading: 10. Raising Awareness and Training (")
    # A criterion without errata is shown as published, alone.
    assert "  #   Relevant action plans in place.\n  1.2.G3:\n" in text


def test_filling_in_the_template_keeps_its_comments(tmp_path: Path) -> None:
    """Answers saved into a filled-in template keep the template's comments."""
    framework = load("1.1")
    path = tmp_path / "riverside.yaml"
    path.write_text(
        assessment_template(framework, assessed_on=datetime.date(2026, 9, 30)), encoding="utf-8"
    )
    blank = load_assessment(path)
    answers = {
        **blank.criteria,
        **{c.id: Answer(Status.MET) for c in framework.indicator("1.2").criteria},
    }
    save_assessment(attrs.evolve(blank, criteria=answers), path)
    text = path.read_text(encoding="utf-8")
    assert "  #   Relevant action plans in place.\n  1.2.G3: met\n" in text
    assert evaluate(framework, load_assessment(path)).indicator("1.2").achieved is Tier.GOLD


def test_programmatic_assessment_has_no_source() -> None:
    """An assessment built in code has no source; a loaded one records where it came from."""
    built = Assessment("1.1", "Riverside", datetime.date(2026, 9, 30))
    assert built.source is None
    loaded = parse_assessment(BASE, name="riverside.yaml")
    assert loaded.source is not None
    assert loaded.source.name == "riverside.yaml"
    assert loaded == attrs.evolve(loaded, source=None)


def test_command_line_evaluate_json(tmp_path: Path) -> None:
    """The command 'evaluate FILE --format json' prints to_dict() as JSON."""
    import json

    path = tmp_path / "riverside.yaml"
    path.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "coprod_standards", "evaluate", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(result.stdout)
    expected = evaluate(load("1.1"), load_assessment(path)).to_dict()
    assert data == json.loads(json.dumps(expected))
    assert data["indicators"]["1.1"]["achieved"] == "bronze"


def test_command_line_bad_input_exits_2(tmp_path: Path) -> None:
    """A bad file: exit status 2, the file and line on stderr, no traceback."""
    path = tmp_path / "riverside.yaml"
    path.write_text(BASE.replace("1.2.B1: met", "1.2.B1: done"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "coprod_standards", "evaluate", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"{path}:5:11: at $.criteria['1.2.B1']:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("written", ['"20260930"', '"2026-W40-3"', '"2026-9-30"'])
def test_dates_are_written_year_month_day(written: str) -> None:
    """Only YYYY-MM-DD is a date, even where Python would read other ISO forms."""
    problem = problem_in(BASE.replace("assessed_on: 2026-09-30", f"assessed_on: {written}"))
    assert problem.path == "$.assessed_on"
    assert problem.message.startswith("expected a date written YYYY-MM-DD, got the text")


def test_quoted_date_that_is_not_real() -> None:
    """A quoted date in the right form that is not a real date says so."""
    problem = problem_in(BASE.replace("assessed_on: 2026-09-30", 'assessed_on: "2026-02-30"'))
    assert problem.message == "expected a real date written YYYY-MM-DD, got the text '2026-02-30'"


def test_saving_follows_a_symbolic_link(tmp_path: Path) -> None:
    """Saving through a link writes the file it points to; the link stays a link."""
    target = tmp_path / "riverside.yaml"
    link = tmp_path / "current.yaml"
    target.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    link.symlink_to(target)
    loaded = load_assessment(link)
    save_assessment(attrs.evolve(loaded, organisation="Riverside Hub"), link)
    assert link.is_symlink()
    assert load_assessment(target).organisation == "Riverside Hub"


def test_saving_respects_the_umask(tmp_path: Path) -> None:
    """A new file gets the permissions the umask allows."""
    assessment = parse_assessment(ISSUE_EXAMPLE, name="riverside.yaml")
    old = os.umask(0o077)
    try:
        save_assessment(assessment, tmp_path / "private.yaml")
    finally:
        os.umask(old)
    assert (tmp_path / "private.yaml").stat().st_mode & 0o777 == 0o600


def test_saving_refuses_a_read_only_file(tmp_path: Path) -> None:
    """A read-only file is not replaced behind its owner's back."""
    path = tmp_path / "riverside.yaml"
    path.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only"):
        save_assessment(parse_assessment(ISSUE_EXAMPLE, name="x.yaml"), path)


@pytest.mark.parametrize(
    "tagged",
    ["!!str 1.1 Hub", "!!str {a: 1}", "!!seq {a: 1}", "!!map [a]", '!!int ""', "!!bool maybe"],
)
def test_every_explicit_tag_is_refused(tagged: str) -> None:
    """Even tags of YAML's own types are refused: !!str 1.1 would hide a number."""
    problem = problem_in(
        BASE.replace("organisation: Riverside Community Hub", f"organisation: {tagged}")
    )
    assert (problem.code, problem.path, problem.line, problem.column) == (
        "yaml-tag",
        "$.organisation",
        2,
        15,
    )


def test_text_with_half_a_surrogate_pair() -> None:
    """An escape for half a UTF-16 pair is refused; a whole pair is one character."""
    problem = problem_in(
        BASE.replace("organisation: Riverside Community Hub", 'organisation: "\\ud800"')
    )
    assert problem.code == "bad-character"
    whole = BASE.replace("organisation: Riverside Community Hub", 'organisation: "\\ud800\\udc00"')
    assert parse_assessment(whole, name="x.yaml").organisation == "\U00010000"


def test_unchanged_save_keeps_the_text_exactly() -> None:
    """Saving an unchanged assessment gives back its text byte for byte, whatever its style."""
    odd = (
        '---\r\nversion: "1.1"\r\norganisation:    Riverside\r\nassessed_on: 2026-09-30\r\n'
        "criteria:\r\n    1.2.B1: met\r\n    1.2.B2: ~\r\n...\r\n"
    )
    assert dumps_assessment(parse_assessment(odd, name="odd.yaml")) == odd


def test_changed_save_keeps_crlf_line_ends() -> None:
    """A file written with CRLF line ends keeps them when a value changes."""
    crlf = ISSUE_EXAMPLE.replace("\n", "\r\n")
    loaded = parse_assessment(crlf, name="riverside.yaml")
    text = dumps_assessment(attrs.evolve(loaded, organisation="Riverside Hub"))
    assert "\r\norganisation: Riverside Hub\r\n" in text
    assert "\n" not in text.replace("\r\n", "")


def test_save_never_writes_what_would_not_load_back() -> None:
    """Where keeping the layout would garble the file, it is written afresh, and loads back."""
    garbled_by_round_trip = (
        'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\nsurveys:\n'
        "  # inclusion, then communication\n"
        "  - {metric: inclusion, population: service_users, agree: 61, respondents: 100, "
        "conducted_on: 2026-05-01}  # spring\n"
        "  - metric: communication   # staff survey\n    population: staff\n    agree: 10\n"
        "    respondents: 20\n    conducted_on: 2026-05-01\n"
    )
    loaded = parse_assessment(garbled_by_round_trip, name="riverside.yaml")
    changed = attrs.evolve(loaded, organisation="Riverside Hub")
    assert parse_assessment(dumps_assessment(changed), name="again.yaml") == changed


def test_json_escapes_what_the_reader_would_misread() -> None:
    """NEL, DEL and other characters the YAML reader treats specially survive a JSON round trip."""
    assessment = Assessment("1.1", "A\x85B\x7fC\u2028D", datetime.date(2026, 9, 30))
    text = dumps_assessment(assessment, format="json")
    assert "\\u0085" in text
    assert parse_assessment(text, format="json", name="x.json") == assessment


def test_template_refuses_an_unprintable_organisation() -> None:
    """A control character in the organisation's name would make the template unreadable."""
    from coprod_standards.errors import FieldError

    with pytest.raises(FieldError, match="not printable"):
        assessment_template(
            load("1.1"), assessed_on=datetime.date(2026, 9, 30), organisation="A\x7f"
        )


FOUR_PROBLEMS = """\
version: "1.1"
organisation: Riverside Community Hub
assessed_on: 2026-09-30
completed_by: [staff]
criteria:
  1.2.B1: met
  2.3.S3: {status: not_applicable}
  9.9.B9: met
  1.2.B2: {views: {members: met}}
surveys:
  - {metric: inclusion, population: service_users, agree: 61, respondents: 100, conducted_on: 2027-05-01}
"""


def test_a_missing_reason_does_not_hide_the_other_problems() -> None:
    """An answer that does not build is reported with the checks of everything else, in one run."""
    with pytest.raises(DataError) as caught:
        parse_assessment(FOUR_PROBLEMS, name="riverside.yaml")
    found = [(p.line, p.column, p.path, p.code) for p in caught.value.problems]
    assert found == [
        (7, 11, "$.criteria['2.3.S3'].reason", "invalid-value"),
        (8, 11, "$.criteria['9.9.B9']", "unknown-criterion"),
        (9, 29, "$.criteria['1.2.B2'].views.members", "view-group"),
        (11, 95, "$.surveys[0].conducted_on", "survey-date"),
    ]
    assert "not_applicable needs a reason" in caught.value.problems[0].message


EVERY_KIND = """\
version: "1.1"
organisation: [Riverside]
completed_by: [staff, Bad Group]
criteria:
  9.9.B9: {status: not_applicable, evidnce: x}
  1.1.B1: met
  1.2.B1: {status: met, views: {staff: maybe}}
surveys:
  - {metric: inclusion, population: service_users, agree: 200, respondents: 100, conducted_on: 2026-05-01}
  - {metric: inclusoin, population: service_users, agree: 61, respondents: 100, conducted_on: 2026-05-01}
"""


def test_every_problem_of_a_file_is_found_where_it_is_written() -> None:
    """Problems of shape, of the models' rules and against the standards come together, each at its place."""
    with pytest.raises(DataError) as caught:
        parse_assessment(EVERY_KIND, name="riverside.yaml")
    found = [(p.line, p.path, p.code) for p in caught.value.problems]
    assert found == [
        (1, "$.assessed_on", "missing-key"),
        (2, "$.organisation", "wrong-type"),
        (3, "$.completed_by", "invalid-value"),
        (5, "$.criteria['9.9.B9'].reason", "invalid-value"),
        (5, "$.criteria['9.9.B9']", "unknown-criterion"),
        (5, "$.criteria['9.9.B9'].evidnce", "unknown-key"),
        (6, "$.criteria['1.1.B1']", "survey-status"),
        (7, "$.criteria['1.2.B1'].views.staff", "wrong-type"),
        (9, "$.surveys[0].agree", "invalid-value"),
        # surveys[0] is left out to check the rest: surveys[1] is still surveys[1].
        (10, "$.surveys[1].metric", "unknown-metric"),
    ]


@pytest.mark.parametrize(
    "survey",
    [
        "percent_agree: 161, respondents: 100",  # without it, agree would be missing
        "agree: 61, percent_agree: 61, respondents: 100",
    ],
)
def test_a_value_left_out_to_check_the_rest_is_not_reported_again(survey: str) -> None:
    """Leaving out a broken value to build the rest raises no second problem about it."""
    text = BASE.replace("agree: 61, respondents: 100", survey)
    problem = problem_in(text)
    assert problem.path.startswith("$.surveys[0]")


@pytest.mark.parametrize(
    ("format", "text"),
    [
        ("yaml", 'version: "1.1"\norganisation: River\udcc3side\nassessed_on: 2026-09-30\n'),
        ("yaml", 'version: "1.1"\norganisation: "River\ud800"\nassessed_on: 2026-09-30\n'),
        ("json", '{"version": "1.1",\n "organisation": "River\udcc3side",\n "assessed_on": "x"}'),
    ],
)
def test_half_of_a_surrogate_pair_in_text_is_a_placed_problem(format: str, text: str) -> None:
    """Text holding a lone UTF-16 half (as surrogateescape decodes bad bytes) is refused, placed."""
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format=format, name="pasted")  # type: ignore[arg-type]
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.code) == (
        2,
        text.split("\n")[1].index("River") + 6,
        "bad-character",
    )
    assert problem.message.startswith("the character U+D")
    assert "half of a UTF-16 surrogate pair" in problem.message


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_text_beginning_with_a_byte_order_mark_reads_as_without(
    format: Literal["json", "yaml"],
) -> None:
    """A BOM at the start of the text (read without utf-8-sig) is no part of the assessment."""
    text = '{"version": "1.1", "organisation": "Riverside", "assessed_on": "2026-09-30"}'
    assert parse_assessment("\ufeff" + text, format=format) == parse_assessment(text, format=format)


@pytest.mark.parametrize(
    ("tail", "line", "column", "why"),
    [(" x", 1, 78, "Extra data"), ("\n}", 2, 1, "Extra data")],
)
def test_json_text_with_something_after_it_is_told_so_in_json_words(
    tail: str, line: int, column: int, why: str
) -> None:
    """Text after a JSON document is 'not valid JSON: Extra data' at its place, not YAML's words."""
    text = '{"version": "1.1", "organisation": "Riverside", "assessed_on": "2026-09-30"}' + tail
    with pytest.raises(DataError) as raised:
        parse_assessment(text, format="json")
    (problem,) = raised.value.problems
    assert (problem.code, problem.line, problem.column) == ("json-syntax", line, column)
    assert problem.message.startswith(f"this is not valid JSON: {why}; it was given as JSON")
