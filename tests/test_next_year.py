"""Starting this year's assessment from last year's: next_assessment and template --from."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import attrs
import pytest

import coprod_standards
from coprod_standards import Answer, Status
from coprod_standards.cli import run
from coprod_standards.core.assessment import CarriedAnswer
from coprod_standards.errors import CoprodError
from coprod_standards.formats.template import next_assessment

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LAST = EXAMPLES / "small-organisation-bronze.yaml"
NEXT_YEAR = datetime.date(2027, 9, 30)


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def test_answers_are_cleared_and_notes_kept() -> None:
    """Every status and view is cleared; evidence, comments and indicator notes stay."""
    last = coprod_standards.load_assessment(LAST)
    new = next_assessment(last, coprod_standards.load("1.1"), assessed_on=NEXT_YEAR)
    assert new.assessed_on == NEXT_YEAR
    assert (new.version, new.organisation) == (last.version, last.organisation)
    assert last.surveys
    assert last.completed_by
    assert (new.surveys, new.completed_by) == ((), ())
    assert new.indicators == last.indicators
    for id, answer in last.criteria.items():
        assert new.criteria[id] == Answer(evidence=answer.evidence, comment=answer.comment)
    evaluation = coprod_standards.evaluate(coprod_standards.load("1.1"), new)
    assert evaluation.overall is None
    assert not evaluation.needs_reconfirmation


def test_keep_answers_marks_them_for_reconfirmation() -> None:
    """With keep_answers, last year's answer waits beside each criterion, as a migration does."""
    last = coprod_standards.load_assessment(LAST)
    new = next_assessment(
        last, coprod_standards.load("1.1"), assessed_on=NEXT_YEAR, keep_answers=True
    )
    answered = [id for id, a in last.criteria.items() if a.status is not None or a.views]
    assert answered
    for id in answered:
        previous = new.criteria[id].previous
        assert previous is not None
        assert (previous.version, previous.id) == ("1.1", id)
        assert previous.status is last.criteria[id].status
        assert previous.reason == last.criteria[id].reason
        assert new.criteria[id].needs_reconfirmation
    na = [id for id in answered if last.criteria[id].status is Status.NOT_APPLICABLE]
    assert na  # a not-applicable answer's reason travels with it, not on the new answer
    assert all(new.criteria[id].reason == "" for id in na)


def test_the_date_must_follow_last_year() -> None:
    """A date on or before last year's assessment is refused, naming both dates."""
    last = coprod_standards.load_assessment(LAST)
    with pytest.raises(CoprodError, match=r"2026-09-30 is not after last year's"):
        next_assessment(last, coprod_standards.load("1.1"), assessed_on=last.assessed_on)


def test_template_from_writes_a_file_that_reads_back(tmp_path: Path) -> None:
    """The command template --from --keep-answers writes a file that loads, to confirm again."""
    output = tmp_path / "this-year.yaml"
    status, out, err = call(
        "template", "--from", str(LAST), "-o", str(output), "--date", "2027-09-30",
        "--keep-answers",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out.startswith(f"wrote {output}: Harbour Lane Peer Support's assessment of 2027-09-30")
    new = coprod_standards.load_assessment(output)
    assert new.criteria["1.2.B1"].needs_reconfirmation
    assert "# 1.2 People are representative of the city they are from" in output.read_text()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("template", "--keep-answers"), "--keep-answers keeps last year's answers"),
        (("template", "--from", str(LAST)), "name it with -o"),
        (("template", "--from", str(LAST), "-o", "x.xlsx"), "writes YAML or JSON"),
        (("template", "--from", str(LAST), "-o", str(LAST)), "also the file being read"),
    ],
)
def test_template_from_refuses_what_it_cannot_do(argv: tuple[str, ...], message: str) -> None:
    """The command template --from names what is missing or wrong in one line."""
    status, out, err = call(*argv)
    assert status != 0
    assert out == ""
    assert message in err


def test_an_answer_still_awaiting_reconfirmation() -> None:
    """An older version's answer not yet confirmed keeps waiting with keep_answers, else goes."""
    waiting = CarriedAnswer("1.0", "4.1.B1", status=Status.MET)
    last = coprod_standards.load_assessment(LAST)
    last = attrs.evolve(
        last, criteria={**last.criteria, "4.1.B1": Answer(comment="asked", previous=waiting)}
    )
    framework = coprod_standards.load("1.1")
    kept = next_assessment(last, framework, assessed_on=NEXT_YEAR, keep_answers=True)
    assert kept.criteria["4.1.B1"] == Answer(comment="asked", previous=waiting)
    cleared = next_assessment(last, framework, assessed_on=NEXT_YEAR)
    assert cleared.criteria["4.1.B1"] == Answer(comment="asked")


def test_another_version_is_refused() -> None:
    """The framework must be the version last year's assessment answers."""
    last = coprod_standards.load_assessment(LAST)
    draft = coprod_standards.load_path(Path(__file__).parent / "fixtures" / "v1_2")
    with pytest.raises(CoprodError, match=r"answers version 1\.1, not 1\.2"):
        next_assessment(last, draft, assessed_on=NEXT_YEAR)


def test_last_years_sign_off_and_meetings_are_not_carried() -> None:
    """The new year's assessment is a draft with no meetings and no sign-off of its own yet."""
    from coprod_standards.core.sign_off import AssessmentStatus, Meeting

    last = attrs.evolve(
        coprod_standards.load_assessment(EXAMPLES / "small-organisation-bronze.yaml"),
        meetings=(Meeting(datetime.date(2026, 9, 1), {"staff": 3}),),
        status=AssessmentStatus.FINAL,
        approved_by="Chair of trustees",
        approved_on=datetime.date(2026, 10, 1),
        digest="0" * 64,
    )
    new = next_assessment(
        last, coprod_standards.load("1.1"), assessed_on=datetime.date(2027, 9, 30)
    )
    assert new.status is AssessmentStatus.DRAFT
    assert (new.meetings, new.approved_by, new.approved_on, new.digest) == ((), "", None, "")
