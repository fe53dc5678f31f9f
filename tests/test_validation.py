"""validate: every rule a maintainer must keep, each with its code and place."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from coprod_standards import DataError, load, load_path
from coprod_standards.cli import run
from coprod_standards.tooling.fingerprints import FINGERPRINTS, fingerprint, fingerprints_yaml
from coprod_standards.tooling.validation import Diagnostic, Severity, validate

from .conftest import V1_1

STANDARD_1 = "01-equality-inclusion-and-diversity.yaml"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A copy of V1.1 (YAML and fingerprints) in a directory named v1_1."""
    root = tmp_path / "v1_1"
    root.mkdir()
    for path in V1_1.glob("*.yaml"):
        shutil.copy(path, root / path.name)
    return root


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def codes(found: list[Diagnostic]) -> list[tuple[str, str]]:
    return [(d.code, d.severity.value) for d in found]


def test_the_shipped_version_validates_cleanly() -> None:
    """V1.1 as shipped: no errors and no warnings."""
    assert validate(V1_1) == []


def test_recorded_fingerprints_match_the_data() -> None:
    """data/v1_1/fingerprints.yaml records the fingerprint of every criterion, unchanged."""
    assert (V1_1 / FINGERPRINTS).read_text(encoding="utf-8") == fingerprints_yaml(load("1.1"))


def test_structure_problems_become_diagnostics(draft: Path) -> None:
    """What the loader refuses is reported with the same codes and places."""
    edit(draft, STANDARD_1, "    title: People report feeling included", "    titel: x")
    edit(draft, STANDARD_1, "minimum_percent: 55", "minimum_percent: 155")
    (first, second) = validate(draft)
    assert (first.code, first.line, first.path) == ("unknown-key", 12, "$.indicators[0].titel")
    assert (second.code, second.line) == ("invalid-value", 20)
    assert first.severity is Severity.ERROR
    assert str(first).endswith(
        "error unknown-key: at $.indicators[0].titel: unknown key 'titel'; did you mean 'title'?"
    )


def test_survey_minimums_must_rise_with_the_tier(draft: Path) -> None:
    """A Silver threshold no higher than Bronze's is an error at the Silver criterion."""
    edit(draft, STANDARD_1, "minimum_percent: 70", "minimum_percent: 50")
    edit(draft, STANDARD_1, "band_upper_percent: 80", "band_upper_percent: 60")
    found = [d for d in validate(draft) if d.code == "threshold-order"]
    assert len(found) == 1
    assert found[0].path == "$.indicators[0].silver[0].id"
    assert found[0].message.startswith("1.1.S1 (silver) asks for 50% of service_users")


def test_numbering_gap_is_a_warning(draft: Path) -> None:
    """Criteria numbered 1, 3 get a warning at the one out of place."""
    edit(draft, STANDARD_1, "id: 1.2.B2", "id: 1.2.B3")
    (gap,) = [d for d in validate(draft) if d.code == "numbering-gap"]
    assert gap.severity is Severity.WARNING
    assert "1.2.B3 comes where 1.2.B2 would" in gap.message


@pytest.mark.parametrize("bad", ["foo", "bronze", "1.2.B"])
def test_an_id_without_a_number_is_a_problem_not_a_crash(draft: Path, bad: str) -> None:
    """An id that ends in no number is an id-pattern error; the gap check skips its group."""
    edit(draft, STANDARD_1, "id: 1.2.B2", f"id: {bad}")
    found = validate(draft)
    assert ("id-pattern", "error") in codes(found)
    assert "numbering-gap" not in {d.code for d in found}
    status = run(["validate", str(draft)], io.StringIO(), io.StringIO())
    assert status == 1


def test_directory_must_match_the_version(draft: Path, tmp_path: Path) -> None:
    """A directory named for another version is an error; an unversioned name, a warning."""
    edit(draft, "manifest.yaml", 'version: "1.1"', 'version: "1.2"')
    (draft / FINGERPRINTS).unlink()
    assert codes(validate(draft)) == [("version-directory", "error")]
    renamed = draft.rename(tmp_path / "draft")
    assert codes(validate(renamed)) == [("directory-name", "warning")]


def test_fingerprints_catch_a_change_after_publication(draft: Path) -> None:
    """A published criterion reworded under its id is an error; so is one removed."""
    edit(
        draft, STANDARD_1, "Relevant action plans in place.", "Relevant action plans are in place."
    )
    (changed,) = validate(draft)
    assert (changed.code, changed.path) == ("fingerprint-changed", "$.indicators[1].gold[2].id")
    assert changed.message.startswith("1.2.G3 no longer says what it said when version 1.1")


def test_fingerprints_of_another_version(draft: Path) -> None:
    """Fingerprints copied from another version are reported, not compared."""
    edit(draft, FINGERPRINTS, 'version: "1.1"', 'version: "1.0"')
    assert codes(validate(draft)) == [("fingerprints-version", "error")]


def test_fingerprint_of_a_removed_and_an_unrecorded_criterion(draft: Path) -> None:
    """A published id missing from the data, and a new id missing from the record."""
    edit(draft, FINGERPRINTS, "  1.2.G3:", "  1.2.G9:")
    found = codes(validate(draft))
    assert ("fingerprint-removed", "error") in found
    assert ("fingerprint-unrecorded", "warning") in found


def test_against_an_undeclared_removal(draft: Path) -> None:
    """Against the previous version, a criterion removed without a declaration is an error."""
    edit(draft, "manifest.yaml", 'version: "1.1"', 'version: "1.2"')
    (draft / FINGERPRINTS).unlink()
    renamed = draft.rename(draft.parent / "v1_2")
    edit(
        renamed,
        STANDARD_1,
        "      - id: 1.2.G3\n        text: Relevant action plans in place.\n",
        "",
    )
    found = validate(renamed, against=load("1.1"))
    assert ("undeclared-removal", "error") in codes(found)
    assert ("migration-previous", "warning") in codes(found)
    (removal,) = [d for d in found if d.code == "undeclared-removal"]
    assert removal.message.startswith("1.2.G3 of version 1.1 is gone; declare it")


def test_against_a_migration_naming_unknown_ids(draft: Path) -> None:
    """A declared decision about an id the previous version never had is an error."""
    edit(draft, "manifest.yaml", 'version: "1.1"', 'version: "1.2"')
    edit(
        draft,
        "manifest.yaml",
        "standards:\n",
        'migration:\n  previous_version: "1.1"\n  criteria:\n'
        "    - {kind: reworded, old: 1.2.G9}\n    - {kind: kept, old: 1.2.G3}\nstandards:\n",
    )
    (draft / FINGERPRINTS).unlink()
    renamed = draft.rename(draft.parent / "v1_2")
    found = validate(renamed, against=load("1.1"))
    # Both in one run: the draft's own problem, and the one against version 1.1.
    assert codes(found) == [("migration-target", "error"), ("migration-unknown", "error")]
    assert "this version has no criterion '1.2.G9'" in found[0].message


def test_kept_declaration_must_not_hide_a_change(draft: Path) -> None:
    """Declaring a reworded criterion 'kept' is an error."""
    edit(draft, "manifest.yaml", 'version: "1.1"', 'version: "1.2"')
    edit(
        draft,
        "manifest.yaml",
        "standards:\n",
        'migration:\n  previous_version: "1.1"\n  criteria:\n'
        "    - {kind: kept, old: 1.2.G3}\nstandards:\n",
    )
    edit(draft, STANDARD_1, "Relevant action plans in place.", "Action plans are in place.")
    (draft / FINGERPRINTS).unlink()
    renamed = draft.rename(draft.parent / "v1_2")
    found = validate(renamed, against=load("1.1"))
    assert codes(found) == [("changed-meaning", "error")]
    assert "is declared kept, but its text changed" in found[0].message


def test_missing_directory(tmp_path: Path) -> None:
    """A directory that is not there is one error."""
    assert codes(validate(tmp_path / "nowhere")) == [("missing-directory", "error")]


def test_validate_command_json_and_fingerprints(draft: Path) -> None:
    """JSON output lists diagnostics; --write-fingerprints records them when clean."""
    (draft / FINGERPRINTS).unlink()
    out, err = io.StringIO(), io.StringIO()
    assert run(["validate", str(draft), "--format", "json"], out, err) == 0
    assert json.loads(out.getvalue()) == []
    assert run(["validate", str(draft), "--write-fingerprints"], io.StringIO(), err) == 0
    recorded = (draft / FINGERPRINTS).read_text(encoding="utf-8")
    framework = load_path(draft)
    assert f'  1.2.G3: "{fingerprint(framework.criterion("1.2.G3"))}"' in recorded
    edit(draft, STANDARD_1, "minimum_percent: 55", "minimum_percent: 155")
    out = io.StringIO()
    assert run(["validate", str(draft), "--format", "json"], out, err) == 1
    (entry,) = json.loads(out.getvalue())
    assert (entry["code"], entry["severity"], entry["line"]) == ("invalid-value", "error", 20)


def test_validate_command_usage() -> None:
    """A missing argument is a usage error: status 2."""
    assert run(["validate"], io.StringIO(), io.StringIO()) == 2


def _v1_2(draft: Path, declarations: str) -> Path:
    """The draft as version 1.2 with these migration declarations."""
    edit(draft, "manifest.yaml", 'version: "1.1"', 'version: "1.2"')
    edit(
        draft,
        "manifest.yaml",
        "standards:\n",
        f'migration:\n  previous_version: "1.1"\n  criteria:\n{declarations}standards:\n',
    )
    (draft / FINGERPRINTS).unlink()
    return draft.rename(draft.parent / "v1_2")


def test_renamed_must_keep_what_it_says(draft: Path) -> None:
    """A criterion declared renamed may move, but not say something else."""
    root = _v1_2(draft, "    - {kind: renamed, old: 1.2.B2, new: 1.2.S3}\n")
    edit(
        root,
        STANDARD_1,
        "      - id: 1.2.B2\n"
        "        text: Staff equality data collected, monitored and reported.\n",
        "",
    )
    edit(
        root,
        STANDARD_1,
        "        text: Targets set for staff representation and outcome monitored / reported.\n",
        "        text: Targets set for staff representation and outcome monitored / reported.\n"
        "      - id: 1.2.S3\n        text: Staff equality data published and audited.\n",
    )
    found = [d for d in validate(root, against=load("1.1")) if d.severity is Severity.ERROR]
    assert codes(found) == [("changed-meaning", "error")]
    assert found[0].message.startswith("1.2.B2 is declared renamed, but its text changed in 1.2.S3")


def test_retired_id_is_never_reused(draft: Path) -> None:
    """An id declared retired cannot stay in the new version."""
    root = _v1_2(draft, "    - {kind: retired, old: 1.2.G3}\n")
    found = [d for d in validate(root, against=load("1.1")) if d.severity is Severity.ERROR]
    assert codes(found) == [("retired-reused", "error")]


def test_threshold_order_compares_with_the_highest_lower_tier(draft: Path) -> None:
    """Gold must ask for more than every Silver survey criterion, not just the last one."""
    edit(draft, STANDARD_1, "minimum_percent: 90", "minimum_percent: 65")
    edit(
        draft,
        STANDARD_1,
        "          band_upper_percent: 80\n          frequency: annually\n",
        "          band_upper_percent: 80\n          frequency: annually\n"
        "      - id: 1.1.S2\n        text: A second Silver survey criterion.\n"
        "        survey:\n          metric: inclusion\n          populations: [service_users]\n"
        "          minimum_percent: 60\n          frequency: annually\n",
    )
    (draft / FINGERPRINTS).unlink()
    found = [d for d in validate(draft) if d.code == "threshold-order"]
    assert [d.path for d in found] == ["$.indicators[0].gold[0].id"]
    assert "no more than 1.1.S1 (silver) asks (70%)" in found[0].message


def test_a_typo_does_not_hide_the_rules_of_the_rest(draft: Path) -> None:
    """A misspelt key and thresholds out of order, in its file and another, come in one run."""
    (draft / FINGERPRINTS).unlink()
    edit(draft, STANDARD_1, "    title: People report feeling included", "    titel: x")
    edit(draft, STANDARD_1, "minimum_percent: 70", "minimum_percent: 50")
    edit(draft, "03-respect.yaml", "minimum_percent: 70", "minimum_percent: 10")
    found = validate(draft)
    assert [(d.code, Path(d.file).name, d.line, d.path) for d in found] == [
        ("unknown-key", STANDARD_1, 12, "$.indicators[0].titel"),
        ("threshold-order", STANDARD_1, 23, "$.indicators[0].silver[0].id"),
        ("threshold-order", "03-respect.yaml", 22, "$.indicators[0].silver[0].id"),
    ]
    assert found[1].message.startswith("1.1.S1 (silver) asks for 50% of service_users")


def test_rules_run_on_the_indicators_that_build(draft: Path) -> None:
    """An indicator that cannot build is left out of the checks; no gap is reported for it."""
    (draft / FINGERPRINTS).unlink()
    edit(draft, STANDARD_1, "    title: People are representative of the city they are from\n", "")
    edit(draft, STANDARD_1, "minimum_percent: 70", "minimum_percent: 50")
    edit(draft, "03-respect.yaml", "minimum_percent: 70", "minimum_percent: 10")
    found = validate(draft)
    assert [(d.code, Path(d.file).name, d.path) for d in found] == [
        ("missing-key", STANDARD_1, "$.indicators[1].title"),
        ("threshold-order", STANDARD_1, "$.indicators[0].silver[0].id"),
        ("threshold-order", "03-respect.yaml", "$.indicators[0].silver[0].id"),
    ]


def test_the_loader_checks_a_file_with_a_typo(draft: Path) -> None:
    """The rules of a file's content run despite a misspelt key in it."""
    edit(draft, STANDARD_1, "    title: People report feeling included", "    titel: x")
    edit(draft, STANDARD_1, "metric: inclusion", "metric: happiness")
    with pytest.raises(DataError) as caught:
        load_path(draft)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("unknown-key", "$.indicators[0].titel"),
        ("undeclared-metric", "$.indicators[0].bronze[0].survey.metric"),
    ]
