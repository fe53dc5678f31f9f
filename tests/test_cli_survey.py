"""The survey tally command: its output, its errors, and adding to an assessment."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from coprod_standards import load_assessment
from coprod_standards.cli import run

SURVEYS = Path(__file__).parent / "fixtures" / "surveys"
EXAMPLES = Path(__file__).parents[1] / "examples"
FORMS = str(SURVEYS / "microsoft-forms.csv")
INCLUDED = "I feel included in decisions about my support"
# What the fixtures hold that is personal (invented) or free text: none may be shown.
PERSONAL = ("@example.org", "Ada Example", "More tea", "192.0.2.", "198.51.100.", "203.0.113.")


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def tally(*argv: str) -> tuple[int, str, str]:
    return call("survey", "tally", *argv)


COMMON = ("--metric", "inclusion", "--population", "service_users")


def test_text_output() -> None:
    """The text output gives the count, the rows left out and the export it came from."""
    status, out, err = tally(FORMS, "--question", INCLUDED, *COMMON)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "inclusion, service_users: 5 of 8 agreed (62.50%)"
    assert lines[1:5] == [
        f"  question: {INCLUDED}",
        "  scale: agree-5",
        "  rows: 10 read, 8 counted, 2 left out (1 blank, 1 no opinion)",
        "  survey closed: 2026-05-14",
    ]
    assert lines[5].startswith("  export: microsoft-forms.csv (microsoft_forms), sha256 ")
    assert not any(personal in out for personal in PERSONAL)


def test_json_output_and_dont_know_in_the_denominator() -> None:
    """--format json gives the tally as data; --count-excluded counts Don't know."""
    status, out, _ = tally(
        FORMS, "--question", INCLUDED, *COMMON, "--format", "json", "--count-excluded"
    )
    assert status == 0
    data = json.loads(out)
    # Row 7's Don't know joins the denominator: 5 of 9.
    assert (data["agree"], data["respondents"]) == (5, 9)
    assert data["provenance"]["excluded"] == {"blank": 1}
    assert data["provenance"]["counted_no_opinion"] == 1
    assert not any(personal in out for personal in PERSONAL)


def test_the_expanded_fft_shows_both_denominators() -> None:
    """Where Don't know counts, the text gives the denominator with and without it."""
    status, out, _ = tally(
        str(SURVEYS / "surveymonkey-expanded.csv"),
        "--question",
        "Overall, how was your experience of our service?",
        "--scale",
        "fft",
        *COMMON,
    )
    assert status == 0
    assert '  denominator: 6, including 1 answers such as "Don\'t know" (5 without them)' in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--question", "Somewhere"), "no column of this export"),
        (
            (str(SURVEYS / "google-forms.csv"), "--question", "I feel included"),
            "the answer 'Somewhat agree' (rows at lines 3, 8) is not a label of the scale agree-5",
        ),
        (
            (
                str(SURVEYS / "surveymonkey-condensed.csv"),
                "--question",
                "Please say how far you agree",
            ),
            "2 columns match the question",
        ),
        (
            (
                "--question",
                INCLUDED,
                "--population-column",
                "I am a...",
                "--population-map",
                "Service user=service_users",
            ),
            "the population column 'I am a...' holds 'Staff member' (rows at lines 4, 9, 10)",
        ),
        (
            ("--question", INCLUDED, "--population-map", "Staff=staff"),
            "--population-map maps the answers of --population-column; add it",
        ),
        (
            (
                "--question",
                INCLUDED,
                "--population-column",
                "I am a...",
                "--population-map",
                "Staff",
            ),
            "is not ANSWER=POPULATION",
        ),
        (("--question", INCLUDED, "--scale", "agree-9"), "there is no scale 'agree-9'"),
        (("--question", INCLUDED, "--replace"), "--replace replaces a survey in the --into"),
    ],
)
def test_bad_input_exits_2(argv: tuple[str, ...], message: str) -> None:
    """Each bad input is exit status 2 with a message saying what to do, never a traceback."""
    if not argv[0].endswith(".csv"):
        argv = (FORMS, *argv)
    status, out, err = tally(*argv, *COMMON)
    assert (status, out) == (2, "")
    assert message in err
    assert "Traceback" not in err
    assert not any(personal in err for personal in PERSONAL)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the export is empty"),
        (b"Q,R\r\n ,x\r\n,y\r\n", "no answer to 'Q' can be counted (2 blank of 2 rows)"),
        ("Q\nAgree\n".encode("utf-16-le"), "this holds NUL bytes"),
    ],
)
def test_bad_files_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    """An empty export, one with every answer blank, and a wrong encoding: exit status 2."""
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    status, _, err = tally(str(path), "--question", "Q", "--conducted-on", "2026-05-01", *COMMON)
    assert status == 2
    assert message in err


def copy_example(tmp_path: Path) -> Path:
    target = tmp_path / "harbour.yaml"
    shutil.copy(EXAMPLES / "small-organisation-bronze.yaml", target)
    return target


def test_into_adds_the_survey_keeping_comments(tmp_path: Path) -> None:
    """--into adds the survey with its provenance; the file keeps its comments."""
    target = copy_example(tmp_path)
    before = load_assessment(target)
    status, out, err = tally(FORMS, "--question", INCLUDED, *COMMON, "--into", str(target))
    assert (status, err) == (0, "")
    assert out.endswith(f"added the survey to {target}\n")
    text = target.read_text(encoding="utf-8")
    assert "# Evaluate it with:  coprod-standards evaluate" in text
    after = load_assessment(target)
    assert after.surveys[: len(before.surveys)] == before.surveys
    added = after.surveys[-1]
    assert (added.agree, added.respondents, added.conducted_on.isoformat()) == (
        5,
        8,
        "2026-05-14",
    )
    assert added.provenance is not None
    assert added.provenance.file == "microsoft-forms.csv"
    assert not any(personal in text for personal in PERSONAL)


def test_into_refuses_a_duplicate_unless_replace(tmp_path: Path) -> None:
    """A second survey of the same metric, population and date needs --replace."""
    target = copy_example(tmp_path)
    assert tally(FORMS, "--question", INCLUDED, *COMMON, "--into", str(target))[0] == 0
    written = target.read_text(encoding="utf-8")
    status, _, err = tally(
        FORMS, "--question", INCLUDED, *COMMON, "--into", str(target), "--count-excluded"
    )
    assert status == 2
    assert "already has a survey of service_users about inclusion on 2026-05-14" in err
    assert target.read_text(encoding="utf-8") == written
    status, _, _ = tally(
        FORMS,
        "--question",
        INCLUDED,
        *COMMON,
        "--into",
        str(target),
        "--count-excluded",
        "--replace",
    )
    assert status == 0
    surveys = load_assessment(target).surveys
    assert [s.respondents for s in surveys if s.provenance is not None] == [9]


def test_into_refuses_a_survey_after_the_assessment(tmp_path: Path) -> None:
    """A survey dated after the assessment is refused and the file left as it was."""
    target = copy_example(tmp_path)
    written = target.read_text(encoding="utf-8")
    status, _, err = tally(
        FORMS,
        "--question",
        INCLUDED,
        *COMMON,
        "--into",
        str(target),
        "--conducted-on",
        "2027-01-01",
    )
    assert status == 2
    assert "2027-01-01" in err
    assert target.read_text(encoding="utf-8") == written


def test_the_schema_takes_a_tallied_survey(tmp_path: Path) -> None:
    """The assessment schema describes provenance; a bad reason in it is refused."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    from coprod_standards import dumps_assessment, load
    from coprod_standards.formats.schema import assessment_schema

    target = copy_example(tmp_path)
    assert tally(FORMS, "--question", INCLUDED, *COMMON, "--into", str(target))[0] == 0
    document = json.loads(dumps_assessment(load_assessment(target), format="json"))
    validator = Draft202012Validator(assessment_schema(load("1.1")))
    assert list(validator.iter_errors(document)) == []
    document["surveys"][-1]["provenance"]["excluded"] = {"bored": 1}
    assert list(validator.iter_errors(document)) != []


def test_a_provenance_that_disagrees_is_refused_at_its_place(tmp_path: Path) -> None:
    """Editing respondents by hand under a provenance is an error at the survey's line."""
    from coprod_standards import DataError, parse_assessment

    text = (
        'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\nsurveys:\n'
        "  - metric: inclusion\n    population: service_users\n    agree: 5\n"
        "    respondents: 9\n    conducted_on: 2026-05-14\n    provenance:\n"
        f"      file: forms.csv\n      sha256: {'a' * 64}\n      layout: plain\n"
        "      question: Q\n      scale: agree-5\n      rows_read: 10\n"
        "      excluded: {blank: 2}\n"
    )
    with pytest.raises(DataError) as raised:
        parse_assessment(text, name="riverside.yaml")
    (problem,) = raised.value.problems
    assert problem.path == "$.surveys[0].provenance"
    assert (problem.line, problem.column) == (11, 7)  # the provenance mapping itself
    assert "counts 8 rows (10 read, 2 left out) but respondents is 9" in problem.message


def test_survey_needs_an_action() -> None:
    """``survey`` alone is a usage error (exit 2) naming what is missing."""
    status, _, err = call("survey")
    assert status == 2
    assert "required: ACTION" in err


def test_into_refuses_a_final_assessment(tmp_path: Path) -> None:
    """--into does not change a signed-off file: it says to reopen it, and writes nothing."""
    target = copy_example(tmp_path)
    signed = run(
        ["finalise", str(target), "--approved-by", "Sam", "--approved-on", "2026-10-01"],
        io.StringIO(),
        io.StringIO(),
    )
    assert signed == 0
    before = target.read_text(encoding="utf-8")
    status, _, err = tally(FORMS, "--question", INCLUDED, *COMMON, "--into", str(target))
    assert status == 2
    assert "reopen" in err
    assert target.read_text(encoding="utf-8") == before
