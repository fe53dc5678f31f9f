"""How an assessment was made and signed off: meetings, status, finalise, the digest, reopening."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import warnings
from pathlib import Path

import attrs
import pytest

from coprod_standards import Answer, Assessment, Status, load_assessment, save_assessment
from coprod_standards.cli import run
from coprod_standards.core.sign_off import AssessmentStatus, Meeting
from coprod_standards.errors import CoprodError, DataError, FieldError, SignOffWarning
from coprod_standards.formats.assessment_files import (
    assessment_to_data,
    dumps_assessment,
    parse_assessment,
)
from coprod_standards.formats.sign_off import (
    content_digest,
    digest_matches,
    finalised,
    reopened,
)

SEPT_12, SEPT_30 = datetime.date(2026, 9, 12), datetime.date(2026, 9, 30)
OCT_6 = datetime.date(2026, 10, 6)

MET_TOGETHER = """\
# a comment, which the digest does not cover
version: "1.1"
organisation: Riverside
assessed_on: 2026-09-30
criteria:
  1.2.B1: met
meetings:
  - {held_on: 2026-09-12, attendance: {staff: 3, service_users: 5}}
"""


def draft() -> Assessment:
    return parse_assessment(MET_TOGETHER)


def final() -> Assessment:
    return finalised(draft(), approved_by="Sam Patel", approved_on=OCT_6)


def problems_of(text: str) -> list[tuple[str, str, int | None]]:
    with pytest.raises(DataError) as caught:
        parse_assessment(text)
    return [(problem.code, problem.path, problem.line) for problem in caught.value.problems]


def test_meetings_are_read_with_their_groups_and_counts() -> None:
    """A meeting records its date and how many people of each group were there."""
    (meeting,) = draft().meetings
    assert meeting == Meeting(SEPT_12, {"staff": 3, "service_users": 5})
    assert meeting.people == 8
    assert draft().status is AssessmentStatus.DRAFT


def test_a_draft_writes_no_status_or_sign_off() -> None:
    """The default status is not written, so files written before it stay as they were."""
    data = assessment_to_data(Assessment("1.1", "Riverside", SEPT_30))
    assert set(data) == {"version", "organisation", "assessed_on", "criteria"}


@pytest.mark.parametrize(
    ("attendance", "message"),
    [
        ({}, "at least one group"),
        ({"staff": 0}, "1 or more people"),
        ({"Staff": 2}, "not a respondent group name"),
        ({"staff": True}, "1 or more people"),
    ],
)
def test_a_meeting_without_people_is_refused(attendance: dict[str, int], message: str) -> None:
    """A meeting names at least one group present, each with one or more people."""
    with pytest.raises(FieldError, match=message):
        Meeting(SEPT_12, attendance)


def test_a_meeting_after_the_assessment_is_placed_in_the_file() -> None:
    """A meeting dated after the assessment is refused at its line and $-path."""
    text = MET_TOGETHER.replace("2026-09-12", "2026-10-02")
    assert problems_of(text) == [("meeting-date", "$.meetings[0].held_on", 8)]


def test_a_bad_count_in_a_file_names_its_path() -> None:
    """A count of nobody is refused with the meeting's $-path."""
    with pytest.raises(DataError, match=r"meetings\[0\].*1 or more people"):
        parse_assessment(MET_TOGETHER.replace("staff: 3", "staff: 0"))


def test_an_unknown_status_is_refused_with_the_choices() -> None:
    """A status that is not draft, in_review or final is refused, naming them."""
    with pytest.raises(DataError) as caught:
        parse_assessment(MET_TOGETHER + "status: signed\n")
    (problem,) = caught.value.problems
    assert problem.path == "$.status"
    assert "draft" in problem.message
    assert "in_review" in problem.message


def test_in_review_is_read() -> None:
    """in_review is a status of its own, with no sign-off."""
    assessment = parse_assessment(MET_TOGETHER + "status: in_review\n")
    assert assessment.status is AssessmentStatus.IN_REVIEW


def test_a_final_file_needs_its_sign_off() -> None:
    """status: final without approved_by, approved_on and digest is refused for each."""
    found = problems_of(MET_TOGETHER + "status: final\n")
    assert [(code, path) for code, path, _ in found] == [
        ("sign-off-missing", "$.approved_by"),
        ("sign-off-missing", "$.approved_on"),
        ("sign-off-missing", "$.digest"),
    ]


def test_a_sign_off_on_a_draft_is_refused() -> None:
    """approved_by is recorded only when the assessment is final."""
    found = problems_of(MET_TOGETHER + "approved_by: Sam\n")
    assert [(code, path) for code, path, _ in found] == [("sign-off-not-final", "$.approved_by")]


def test_a_sign_off_before_the_last_meeting_is_refused() -> None:
    """approved_on before the assessment or its last meeting is refused at approved_on."""
    early = attrs.evolve(final(), approved_on=datetime.date(2026, 9, 1))
    text = dumps_assessment(attrs.evolve(early, digest=content_digest(early)))
    assert [(code, path) for code, path, _ in problems_of(text)] == [
        ("sign-off-date", "$.approved_on")
    ]


def test_the_digest_is_the_sha256_of_the_sorted_compact_json() -> None:
    """The digest is documented exactly: the data without digest, sorted keys, no spaces, UTF-8."""
    assessment = final()
    data = assessment_to_data(assessment, dates_as_text=True)
    del data["digest"]
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert assessment.digest == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_digest_ignores_comments_and_format_but_not_content() -> None:
    """The same content as YAML with comments or as JSON has one digest; an answer changes it."""
    assessment = final()
    as_json = parse_assessment(dumps_assessment(assessment, format="json"), format="json")
    assert content_digest(as_json) == content_digest(assessment) == assessment.digest
    changed = attrs.evolve(assessment, criteria={"1.2.B1": Answer(Status.NOT_MET)})
    assert content_digest(changed) != assessment.digest
    assert not digest_matches(changed)


def test_a_final_file_edited_after_sign_off_is_read_with_a_warning(tmp_path: Path) -> None:
    """Reading a final file whose content no longer matches its digest warns, naming the file."""
    path = tmp_path / "riverside.yaml"
    save_assessment(final(), path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_assessment(path)  # as signed off: no warning
    path.write_text(path.read_text("utf-8").replace("1.2.B1: met", "1.2.B1: not_met"), "utf-8")
    with pytest.warns(SignOffWarning, match="riverside.yaml is final.*edited after sign-off"):
        edited = load_assessment(path)
    assert edited.answer("1.2.B1").status is Status.NOT_MET


def test_saving_refuses_to_change_a_final_file(tmp_path: Path) -> None:
    """A final file is not replaced by anything else, unless reopened."""
    path = tmp_path / "riverside.yaml"
    save_assessment(final(), path)
    signed = path.read_text("utf-8")
    save_assessment(load_assessment(path), path)  # unchanged: allowed
    signed_again = finalised(draft(), approved_by="Someone else", approved_on=OCT_6)
    for other in (draft(), signed_again):
        with pytest.raises(CoprodError, match=r"riverside\.yaml is final.*reopen"):
            save_assessment(other, path)
        assert path.read_text("utf-8") == signed


def test_saving_refuses_a_final_assessment_changed_since_sign_off(tmp_path: Path) -> None:
    """A final assessment changed in code is not written, even to a new file."""
    changed = attrs.evolve(final(), criteria={"1.2.B1": Answer(Status.NOT_MET)})
    path = tmp_path / "new.yaml"
    with pytest.raises(CoprodError, match="changed after it was signed off"):
        save_assessment(changed, path)
    assert not path.exists()


def test_reopen_true_writes_a_changed_final_assessment_as_a_draft(tmp_path: Path) -> None:
    """save_assessment(..., reopen=True) writes a changed final assessment reopened."""
    path = tmp_path / "riverside.yaml"
    save_assessment(final(), path)
    changed = attrs.evolve(load_assessment(path), criteria={"1.2.B1": Answer(Status.NOT_MET)})
    save_assessment(changed, path, reopen=True)
    again = load_assessment(path)
    assert again.status is AssessmentStatus.DRAFT
    assert (again.approved_by, again.approved_on, again.digest) == ("", None, "")
    assert again.meetings == draft().meetings
    assert again.answer("1.2.B1").status is Status.NOT_MET


def test_reopened_refuses_final() -> None:
    """Reopening is to a draft or in review."""
    assert reopened(final(), AssessmentStatus.IN_REVIEW).status is AssessmentStatus.IN_REVIEW
    with pytest.raises(ValueError, match="draft or in review"):
        reopened(final(), AssessmentStatus.FINAL)


def test_finalised_needs_a_name() -> None:
    """A blank approver is refused."""
    with pytest.raises(CoprodError, match="--approved-by"):
        finalised(draft(), approved_by="  ", approved_on=OCT_6)


def cli(*arguments: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(arguments), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def signed(tmp_path: Path) -> Path:
    """A file signed off with the finalise command."""
    path = tmp_path / "riverside.yaml"
    path.write_text(MET_TOGETHER, "utf-8")
    status, out, err = cli(
        "finalise", str(path), "--approved-by", "Sam Patel", "--approved-on", "2026-10-06"
    )
    assert (status, err) == (0, "")
    assert "is final: approved by Sam Patel on 2026-10-06" in out
    return path


def test_finalise_records_the_sign_off_and_keeps_comments(signed: Path) -> None:
    """The finalise command writes status, approver, date and digest in place, comments kept."""
    assessment = load_assessment(signed)
    assert assessment.status is AssessmentStatus.FINAL
    assert (assessment.approved_by, assessment.approved_on) == ("Sam Patel", OCT_6)
    assert digest_matches(assessment)
    assert signed.read_text("utf-8").startswith("# a comment")


def test_every_command_warns_of_a_final_file_edited(signed: Path) -> None:
    """A final file edited after sign-off is reported on stderr; the exit status is unchanged."""
    signed.write_text(signed.read_text("utf-8").replace("Riverside", "Elsewhere"), "utf-8")
    for command in (["evaluate", str(signed)], ["plan", str(signed)]):
        status, _, err = cli(*command)
        assert status == 0
        assert err.startswith(f"coprod-standards: warning: {signed} is final")
        assert "reopen" in err


def test_finalise_refuses_a_final_file_and_reopen_reopens_it(signed: Path) -> None:
    """Signing off again needs reopen first; reopen --to in_review clears the sign-off."""
    status, _, err = cli("finalise", str(signed), "--approved-by", "Someone else")
    assert status == 2
    assert "reopen" in err
    status, out, _ = cli("reopen", str(signed), "--to", "in_review")
    assert status == 0
    assert "reopened as in_review" in out
    assessment = load_assessment(signed)
    assert assessment.status is AssessmentStatus.IN_REVIEW
    assert assessment.digest == ""
    status, out, _ = cli("reopen", str(signed))
    assert status == 0
    assert "is not final" in out


def test_finalise_refuses_a_date_after_today(tmp_path: Path) -> None:
    """--approved-on after today is refused: the command line reads the clock, the core does not."""
    path = tmp_path / "riverside.yaml"
    path.write_text(MET_TOGETHER, "utf-8")
    later = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    status, _, err = cli("finalise", str(path), "--approved-by", "Sam", "--approved-on", later)
    assert status == 2
    assert "after today" in err
    assert path.read_text("utf-8") == MET_TOGETHER


def test_finalise_refuses_a_date_before_the_last_meeting(tmp_path: Path) -> None:
    """--approved-on before a meeting recorded in the file is refused, and nothing written."""
    path = tmp_path / "riverside.yaml"
    path.write_text(MET_TOGETHER, "utf-8")
    status, _, err = cli(
        "finalise", str(path), "--approved-by", "Sam", "--approved-on", "2026-09-01"
    )
    assert status == 2
    assert "before the assessment" in err
    assert path.read_text("utf-8") == MET_TOGETHER


def test_a_final_workbook_keeps_its_record(tmp_path: Path) -> None:
    """A final assessment saved as a workbook reads back the same, its digest matching."""
    pytest.importorskip("openpyxl")
    path = tmp_path / "riverside.xlsx"
    save_assessment(final(), path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = load_assessment(path)
    assert again == final()
    assert digest_matches(again)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_summary_warns_of_an_edited_final_file_read_in_any_process(
    signed: Path, tmp_path: Path, jobs: str
) -> None:
    """The summary command warns of an edited final file once, read here or in a worker."""
    signed.write_text(signed.read_text("utf-8").replace("Riverside", "Elsewhere"), "utf-8")
    (tmp_path / "other.yaml").write_text(MET_TOGETHER.replace("Riverside", "Other"), "utf-8")
    status, _, err = cli("summary", str(tmp_path), "--jobs", jobs)
    assert status == 0
    assert err.count("edited after sign-off") == 1


def test_a_digest_that_is_not_sha256_hex_is_refused(signed: Path) -> None:
    """A digest typed by hand that is not 64 lower-case hex characters is refused at its line."""
    text = signed.read_text("utf-8")
    digest = load_assessment(signed).digest
    found = problems_of(text.replace(digest, digest.upper()))
    assert [(code, path) for code, path, _ in found] == [("sign-off-digest", "$.digest")]


def test_criteria_listed_without_an_answer_do_not_count(tmp_path: Path) -> None:
    """A template's unanswered criteria leave the digest alone, so a workbook keeps it."""
    pytest.importorskip("openpyxl")
    listed = attrs.evolve(draft(), criteria={**draft().criteria, "1.2.B2": Answer()})
    signed = finalised(listed, approved_by="Sam", approved_on=OCT_6)
    assert signed.digest == finalised(draft(), approved_by="Sam", approved_on=OCT_6).digest
    path = tmp_path / "riverside.xlsx"
    save_assessment(signed, path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert digest_matches(load_assessment(path))


def test_a_final_file_of_a_draft_version_is_kept_too(tmp_path: Path) -> None:
    """A final file that only a draft version's standards check is still not overwritten."""
    path = tmp_path / "draft-version.yaml"
    signed = finalised(attrs.evolve(draft(), version="9.9"), approved_by="Sam", approved_on=OCT_6)
    path.write_text(dumps_assessment(signed), "utf-8")
    with pytest.raises(CoprodError, match="reopen"):
        save_assessment(attrs.evolve(draft(), version="9.9"), path)
    assert path.read_text("utf-8") == dumps_assessment(signed)
