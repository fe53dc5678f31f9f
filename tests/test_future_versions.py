"""End to end: a draft "1.2" checked, compared and migrated to, against V1.1.

The draft in tests/fixtures/v1_2/ (a test fixture, not shipped data) rewords
7.1.S2 (declared: meaning kept) and 4.1.B1 (not declared), moves 1.2.B2 to
Silver as 1.2.S3 (declared: renamed), raises 6.2.G1's threshold from 90% to
95% (not declared), adds indicator 10.4 and retires 7.3.S5 (declared).
"""

from __future__ import annotations

import datetime
import io
import json
import shutil
from pathlib import Path

import attrs
import pytest

from coprod_standards import (
    Answer,
    Outcome,
    Status,
    Tier,
    evaluate,
    explain,
    load,
    load_assessment,
    load_path,
    save_assessment,
)
from coprod_standards.cli import run
from coprod_standards.core.assessment import CarriedAnswer
from coprod_standards.reports.changelog import diff_markdown
from coprod_standards.tooling.changes import ChangeKind, diff
from coprod_standards.tooling.migration import migrate
from coprod_standards.tooling.validation import Severity, validate

from .conftest import Draft

DRAFT = Path(__file__).resolve().parent / "fixtures" / "v1_2"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_draft_loads() -> None:
    """The draft is a well-formed directory: only the comparison finds problems."""
    draft = load_path(DRAFT)
    assert draft.version == "1.2"
    assert draft.migration is not None
    assert [d for d in validate(DRAFT) if d.severity is Severity.ERROR] == []


def test_validate_against_previous_catches_the_undeclared_changes() -> None:
    """Exactly the two undeclared changes of meaning are errors, each at its id."""
    errors = [d for d in validate(DRAFT, against=load("1.1")) if d.severity is Severity.ERROR]
    assert [(d.code, Path(d.file).name, d.line, d.path) for d in errors] == [
        ("changed-meaning", "04-strengths-and-expertise.yaml", 14, "$.indicators[0].bronze[0].id"),
        (
            "changed-meaning",
            "06-communication-transparency-and-being-heard.yaml",
            52,
            "$.indicators[1].gold[0].id",
        ),
    ]
    assert "4.1.B1 keeps its id from version 1.1 but its text changed" in errors[0].message
    assert "6.2.G1 keeps its id from version 1.1 but its text and survey threshold changed" in (
        errors[1].message
    )


def declared_revisions(tmp_path: Path) -> Path:
    """The draft, with 4.1.B1 and 6.2.G1 declared revised (their meaning changed)."""
    draft = tmp_path / "v1_2"
    shutil.copytree(DRAFT, draft)
    manifest = draft / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    declared = (
        "  criteria:\n"
        "    - kind: revised\n      old: 4.1.B1\n      note: Plans now name the person's goals.\n"
        "    - kind: revised\n      old: 6.2.G1\n"
    )
    manifest.write_text(text.replace("  criteria:\n", declared, 1), encoding="utf-8")
    return draft


def test_declaring_the_changes_clears_the_errors(tmp_path: Path) -> None:
    """Once the maintainer declares the two changes, the draft validates against 1.1."""
    found = validate(declared_revisions(tmp_path), against=load("1.1"))
    assert [d for d in found if d.severity is Severity.ERROR] == []


def test_validate_command_exit_status() -> None:
    """The command exits 1 with errors, 0 without, and prints each with its code."""
    out, err = io.StringIO(), io.StringIO()
    assert run(["validate", str(DRAFT), "--against", "1.1"], out, err) == 1
    lines = out.getvalue().splitlines()
    assert lines[-1] == f"2 errors, 0 warnings in {DRAFT}"
    assert "error changed-meaning: at $.indicators[0].bronze[0].id: 4.1.B1" in lines[0]
    out = io.StringIO()
    assert run(["validate", str(DRAFT)], out, err) == 0


def test_diff_lists_each_change() -> None:
    """The diff finds every change of the draft, and nothing else."""
    result = diff(load("1.1"), load_path(DRAFT))
    found = {(c.kind, c.old, c.new) for c in result.changes}
    assert found == {
        (ChangeKind.INDICATOR_ADDED, "", "10.4"),
        (ChangeKind.CRITERION_ADDED, "", "10.4.B1"),
        (ChangeKind.CRITERION_ADDED, "", "10.4.S1"),
        (ChangeKind.CRITERION_ADDED, "", "10.4.G1"),
        (ChangeKind.CRITERION_REMOVED, "7.3.S5", ""),
        (ChangeKind.CRITERION_MOVED_TIER, "1.2.B2", "1.2.S3"),
        (ChangeKind.CRITERION_REWORDED, "4.1.B1", "4.1.B1"),
        (ChangeKind.CRITERION_REWORDED, "6.2.G1", "6.2.G1"),
        (ChangeKind.CRITERION_REWORDED, "7.1.S2", "7.1.S2"),
        (ChangeKind.THRESHOLD_CHANGED, "6.2.G1", "6.2.G1"),
    }
    (moved,) = result.of(ChangeKind.CRITERION_MOVED_TIER)
    assert (moved.before, moved.after) == ("bronze", "silver")
    (threshold,) = result.of(ChangeKind.THRESHOLD_CHANGED)
    assert threshold.before.startswith("90% of service_users and staff")
    assert threshold.after.startswith("95% of service_users and staff")
    text = diff_markdown(result)
    assert text.startswith("# Changes from version 1.1 to 1.2\n")
    assert (
        "## Criteria moved to another tier\n\n- **1.2.B2 → 1.2.S3**: from bronze to silver" in text
    )


def test_diff_reports_a_declared_revision_as_a_revision(tmp_path: Path) -> None:
    """A criterion the manifest declares revised is listed as revised, not as reworded."""
    result = diff(load("1.1"), load_path(declared_revisions(tmp_path)))
    assert [(c.old, c.new) for c in result.of(ChangeKind.CRITERION_REVISED)] == [
        ("4.1.B1", "4.1.B1"),
        ("6.2.G1", "6.2.G1"),
    ]
    assert [c.old for c in result.of(ChangeKind.CRITERION_REWORDED)] == ["7.1.S2"]
    assert [c.old for c in result.of(ChangeKind.THRESHOLD_CHANGED)] == ["6.2.G1"]
    (revised, _) = result.of(ChangeKind.CRITERION_REVISED)
    assert revised.note == "Plans now name the person's goals."
    assert revised.before == load("1.1").criterion("4.1.B1").text
    text = diff_markdown(result)
    assert "\n## Criteria revised\n\n- **4.1.B1**: “" in text
    assert "” (Plans now name the person's goals.)\n" in text
    assert text.index("## Criteria reworded") < text.index("## Criteria revised")
    kinds = {change["old"]: change["kind"] for change in result.to_dict()["changes"]}
    assert kinds["4.1.B1"] == "criterion-revised"


def test_diff_reports_a_revision_in_the_same_words(draft: Draft) -> None:
    """A criterion declared revised whose words did not change is still listed as revised."""
    draft.replace(
        "manifest.yaml",
        'version: "1.1"\n',
        'version: "1.2"\nmigration:\n  previous_version: "1.1"\n'
        "  criteria: [{kind: revised, old: 1.2.B1, note: Now counts volunteers.}]\n",
    )
    draft.replace("fingerprints.yaml", 'version: "1.1"', 'version: "1.2"')
    result = diff(load("1.1"), draft.load())
    assert [(c.kind, c.old) for c in result.changes] == [(ChangeKind.CRITERION_REVISED, "1.2.B1")]
    text = load("1.1").criterion("1.2.B1").text
    assert f"- **1.2.B1**: the meaning of “{text}” changed (Now counts volunteers.)\n" in (
        diff_markdown(result)
    )


def test_diff_of_a_version_with_itself_is_empty() -> None:
    """No changes between a version and itself."""
    assert diff(load("1.1"), load("1.1")).changes == ()


def test_migrate_a_real_assessment() -> None:
    """Mixed tiers' V1.1 answers carry to 1.2; exactly 4.1.B1 needs re-confirmation."""
    assessment = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    draft = load_path(DRAFT)
    result = migrate(assessment, draft)
    migrated = result.assessment
    assert migrated.version == "1.2"
    assert result.reconfirm == ("4.1.B1",)
    assert result.retired == ("7.3.S5",)
    assert result.carried["1.2.B2"] == "1.2.S3"
    assert result.carried["7.1.S2"] == "7.1.S2"
    assert migrated.answer("1.2.S3") == assessment.answer("1.2.B2")
    assert "1.2.B2" not in migrated.criteria
    reconfirm = migrated.answer("4.1.B1")
    assert reconfirm.status is None
    assert reconfirm.needs_reconfirmation
    assert reconfirm.previous == CarriedAnswer("1.1", "4.1.B1", status=Status.MET)
    assert migrated.retired == (CarriedAnswer("1.1", "7.3.S5", status=Status.MET),)
    assert dict(migrated.indicators) == dict(assessment.indicators)
    assert migrated.surveys == assessment.surveys
    # Every other answer is carried over as it was, comments and evidence included.
    moved = {"1.2.B2", "4.1.B1", "7.3.S5"}
    for id, answer in assessment.criteria.items():
        if id not in moved:
            assert migrated.answer(id) == answer, id


def test_migrated_assessment_round_trips_and_evaluates(tmp_path: Path) -> None:
    """The migrated file loads against the draft; 4.1 waits for 4.1.B1 to be confirmed."""
    draft = load_path(DRAFT)
    result = migrate(load_assessment(EXAMPLES / "mixed-tiers.yaml"), draft)
    path = tmp_path / "eastgate-1.2.yaml"
    save_assessment(result.assessment, path)
    loaded = load_assessment(path, framework=draft)
    assert loaded == result.assessment
    evaluation = evaluate(draft, loaded)
    assert [c.id for c in evaluation.needs_reconfirmation] == ["4.1.B1"]
    assert explain(evaluation.criterion("4.1.B1")) == (
        "needs re-confirmation: its meaning changed since version 1.1, where it was 4.1.B1 "
        "and answered met"
    )
    assert evaluation.indicator("4.1").achieved is None
    confirmed = {**loaded.criteria, "4.1.B1": Answer(Status.MET)}
    again = evaluate(draft, attrs.evolve(loaded, criteria=confirmed))
    assert again.indicator("4.1").achieved is not None


def test_migrate_command(tmp_path: Path) -> None:
    """The command writes the new file and says what it did."""
    target = tmp_path / "eastgate-1.2.yaml"
    out, err = io.StringIO(), io.StringIO()
    argv = ["migrate", str(EXAMPLES / "mixed-tiers.yaml"), "--to", str(DRAFT), "-o", str(target)]
    assert run(argv, out, err) == 0, err.getvalue()
    assert out.getvalue().splitlines()[2:] == [
        "  1 to confirm again (meaning changed): 4.1.B1",
        "  1 retired (kept under 'retired' for reference): 7.3.S5",
    ]
    written = target.read_text(encoding="utf-8")
    assert 'version: "1.2"' in written
    # The file is the new version's template: the old file's own comments are gone.
    assert "# Example: an organisation with a mix of tiers." not in written


def _comment_above(lines: list[str], id: str) -> str:
    """The comment lines right above *id*'s line, as one text."""
    at = lines.index(next(line for line in lines if line.startswith(f"  {id}:")))
    above: list[str] = []
    while lines[at - 1].startswith("  #   "):
        at -= 1
        above.insert(0, lines[at].removeprefix("  #   "))
    return " ".join(above)


def test_migrated_file_is_the_new_template_filled_in(tmp_path: Path) -> None:
    """The migrated file has 1.2's header, wording and new criteria, and the answers carried."""
    draft = load_path(DRAFT)
    original = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    result = migrate(original, draft)
    path = tmp_path / "eastgate-1.2.yaml"
    save_assessment(result.assessment, path)
    written = path.read_text(encoding="utf-8")
    lines = written.splitlines()
    assert lines[0] == f"# {draft.name}: an assessment to fill in together."
    answerable = [c.id for c in draft.criteria if c.survey is None]
    assert all(any(line.startswith(f"  {id}:") for line in lines) for id in answerable)
    assert all(f"  # {c.id} is decided by a survey" in written for c in draft.criteria if c.survey)
    # 10.4 is new in 1.2: listed, unanswered, under its own words.
    assert "  10.4.B1:" in lines
    for id in ("7.1.S2", "4.1.B1", "10.4.B1"):
        assert _comment_above(lines, id) == " ".join(draft.criterion(id).text.split()), id
    assert "from planning and development" in _comment_above(lines, "7.1.S2")
    # The carried answers stand as they did.
    loaded = load_assessment(path, framework=draft)
    assert loaded == result.assessment
    before, after = evaluate(load("1.1"), original), evaluate(draft, loaded)
    for old_id, new_id in result.carried.items():
        if draft.criterion(new_id).survey is None:
            assert after.criterion(new_id).outcome is before.criterion(old_id).outcome, old_id
    assert after.criterion("10.4.B1").outcome is Outcome.UNANSWERED


def test_migrate_refuses_a_version_that_does_not_follow() -> None:
    """An assessment is migrated only to a version that declares it follows its own."""
    from coprod_standards import CoprodError

    assessment = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    with pytest.raises(CoprodError, match="declares how to migrate from no previous version"):
        migrate(assessment, load("1.1"))


def test_migrate_from_a_framework_checks_it_is_the_assessments_version() -> None:
    """from_framework= names the assessment's standards; one of another version is refused."""
    from coprod_standards import CoprodError

    assessment = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    draft = load_path(DRAFT)
    with pytest.raises(CoprodError, match=r"the assessment answers version 1\.1, not 1\.2"):
        migrate(assessment, draft, from_framework=draft)
    from_shipped = migrate(assessment, draft, from_framework=load("1.1"))
    assert from_shipped == migrate(assessment, draft)


def test_tier_gating_carries_over() -> None:
    """1.2 in the draft has one Bronze criterion; the moved answer now counts for Silver."""
    draft = load_path(DRAFT)
    assert [c.id for c in draft.indicator("1.2").criteria_for(Tier.BRONZE)] == ["1.2.B1"]
    assert [c.id for c in draft.indicator("1.2").criteria_for(Tier.SILVER)] == [
        "1.2.S1",
        "1.2.S2",
        "1.2.S3",
    ]


def test_diff_command() -> None:
    """The diff command writes the changelog, or JSON; an unknown version is exit 2."""
    out, err = io.StringIO(), io.StringIO()
    assert run(["diff", "1.1", str(DRAFT)], out, err) == 0
    assert out.getvalue() == diff_markdown(diff(load("1.1"), load_path(DRAFT)))
    out = io.StringIO()
    assert run(["diff", "1.1", str(DRAFT), "--format", "json"], out, err) == 0
    data = json.loads(out.getvalue())
    assert (data["old"], data["new"], len(data["changes"])) == ("1.1", "1.2", 10)
    assert run(["diff", "1.1", "0.9"], io.StringIO(), err) == 2
    assert "no standards version '0.9' is available" in err.getvalue()


def test_diff_of_retitled_standards_and_removed_indicators() -> None:
    """A retitled standard and a removed indicator (with its criteria) are listed."""
    old = load("1.1")
    first, *middle, last = old.standards
    shorter = attrs.evolve(last, indicators=last.indicators[:-1])
    new = attrs.evolve(
        old, version="1.2", standards=(attrs.evolve(first, title="Equality"), *middle, shorter)
    )
    result = diff(old, new)
    assert [(c.old, c.before, c.after) for c in result.of(ChangeKind.STANDARD_RETITLED)] == [
        ("1", "Equality, Inclusion and Diversity", "Equality")
    ]
    assert [c.old for c in result.of(ChangeKind.INDICATOR_REMOVED)] == ["10.3"]
    removed = [c.old for c in result.of(ChangeKind.CRITERION_REMOVED)]
    assert removed == [c.id for c in old.indicator("10.3").criteria]


def test_diff_of_a_changed_prompt() -> None:
    """A standard's prompt that changed is listed too."""
    old = load("1.1")
    first, *rest = old.standards
    new = attrs.evolve(old, standards=(attrs.evolve(first, prompt="Who walks in?"), *rest))
    (change,) = diff(old, new).changes
    assert (change.kind, change.old, change.after) == (
        ChangeKind.STANDARD_PROMPT_CHANGED,
        "1",
        "Who walks in?",
    )


def _merged_draft(tmp_path: Path) -> Path:
    """The draft, with 1.3.B1 and 1.3.B2 merged into 1.3.B1 (reworded to say both)."""
    draft = tmp_path / "v1_2"
    shutil.copytree(DRAFT, draft)
    manifest = draft / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    merge = "    - kind: merged\n      old: [1.3.B1, 1.3.B2]\n      new: 1.3.B1\n"
    manifest.write_text(text.replace("  criteria:\n", "  criteria:\n" + merge, 1), "utf-8")
    standard = draft / "01-equality-inclusion-and-diversity.yaml"
    text = standard.read_text(encoding="utf-8")
    text = text.replace(
        "        text: Equal opportunities training is offered to all staff.\n"
        "      - id: 1.3.B2\n        text: Training on policies is part of induction.\n",
        "        text: Equal opportunities and policy training are offered to all staff.\n",
    )
    standard.write_text(text, encoding="utf-8")
    return draft


@pytest.mark.parametrize("order", [("1.3.B1", "1.3.B2"), ("1.3.B2", "1.3.B1")])
def test_merge_keeps_every_answer_whatever_the_order(
    tmp_path: Path, order: tuple[str, str]
) -> None:
    """Two answers merged into one: the first in checklist order waits, the other is kept."""
    draft = load_path(_merged_draft(tmp_path))
    answers = {
        "1.3.B1": Answer(Status.MET, evidence="Induction pack"),
        "1.3.B2": Answer(Status.NOT_MET, comment="Policies not covered yet"),
    }
    base = load_assessment(EXAMPLES / "small-organisation-bronze.yaml")
    criteria = {k: v for k, v in base.criteria.items() if k not in answers}
    assessment = attrs.evolve(base, criteria={**criteria, **{k: answers[k] for k in order}})
    result = migrate(assessment, draft)
    merged = result.assessment.answer("1.3.B1")
    assert merged.needs_reconfirmation
    assert merged.previous == CarriedAnswer("1.1", "1.3.B1", Status.MET, evidence="Induction pack")
    assert (
        CarriedAnswer("1.1", "1.3.B2", Status.NOT_MET, comment="Policies not covered yet")
        in result.assessment.retired
    )
    assert "1.3.B1" in result.reconfirm
    assert "1.3.B2" in result.retired


def test_reports_show_what_needs_reconfirmation() -> None:
    """Text, Markdown and plan reports say a criterion needs re-confirmation, and why."""
    from coprod_standards.reports.markdown_report import evaluation_markdown
    from coprod_standards.reports.plan import plan_markdown
    from coprod_standards.reports.text_report import evaluation_text

    draft = load_path(DRAFT)
    base = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    evidence = Answer(Status.MET, evidence="Motivational interviewing course, March 2026")
    assessment = attrs.evolve(base, criteria={**base.criteria, "4.1.B1": evidence})
    evaluation = evaluate(draft, migrate(assessment, draft).assessment)
    for text in (
        evaluation_text(evaluation),
        evaluation_markdown(evaluation),
        plan_markdown(evaluation),
    ):
        flat = " ".join(text.split())
        assert "needs re-confirmation: its meaning changed since version 1.1" in flat
        assert "evidence: Motivational interviewing course, March 2026" in flat


@pytest.mark.parametrize("organisation", ["Tab\there", "Two\nlines", "Riverside \x85 Hub"])
def test_an_organisation_name_the_template_refuses_still_migrates(
    tmp_path: Path, organisation: str
) -> None:
    """Any name the file format holds is carried through migration and saved as it was."""
    original = attrs.evolve(
        load_assessment(EXAMPLES / "mixed-tiers.yaml"), organisation=organisation
    )
    result = migrate(original, load_path(DRAFT))
    path = tmp_path / "migrated.yaml"
    save_assessment(result.assessment, path)
    assert load_assessment(path, framework=load_path(DRAFT)).organisation == organisation


def test_migrate_keeps_the_service_and_the_organisation_identifier(tmp_path: Path) -> None:
    """A migrated assessment still names its service and its organisation's identifier."""
    original = attrs.evolve(
        load_assessment(EXAMPLES / "mixed-tiers.yaml"),
        service="Day centre",
        organisation_id="GB-CHC-1234567",
    )
    migrated = migrate(original, load_path(DRAFT)).assessment
    assert (migrated.service, migrated.organisation_id) == ("Day centre", "GB-CHC-1234567")
    path = tmp_path / "migrated.yaml"
    save_assessment(migrated, path)
    reread = load_assessment(path, framework=load_path(DRAFT))
    assert (reread.service, reread.organisation_id) == ("Day centre", "GB-CHC-1234567")


def test_migrate_keeps_the_meetings_and_drops_the_sign_off() -> None:
    """A migrated assessment keeps how it was made, and is a draft to approve again."""
    from coprod_standards.core.sign_off import AssessmentStatus, Meeting
    from coprod_standards.formats.sign_off import finalised

    meeting = Meeting(datetime.date(2026, 9, 1), {"staff": 4})
    assessment = attrs.evolve(load_assessment(EXAMPLES / "mixed-tiers.yaml"), meetings=(meeting,))
    signed = finalised(assessment, approved_by="Sam", approved_on=assessment.assessed_on)
    migrated = migrate(signed, load_path(DRAFT)).assessment
    assert migrated.meetings == (meeting,)
    assert migrated.status is AssessmentStatus.DRAFT
    assert migrated.digest == ""
