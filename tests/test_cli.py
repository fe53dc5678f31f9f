"""The command line, through run() with in-memory streams."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_standards.cli import run


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def test_summary() -> None:
    """With no command the summary of the latest standards is printed."""
    status, out, err = call()
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Co-Production Quality Standards — How are we doing? V1.1"
    assert lines[1] == ("10 standards, 36 quality indicators, 237 criteria (9 decided by surveys)")
    assert lines[3] == (
        " 1. Equality, Inclusion and Diversity — 5 indicators; criteria: 8 bronze, 8 silver, 8 gold"
    )
    assert len(lines) == 13


def test_unknown_version_exits_2() -> None:
    """A version that is not shipped (nor a directory) is bad input: status 2, no traceback."""
    status, out, err = call("--standards-version", "9.9-no-such")
    assert (status, out) == (2, "")
    assert err.startswith("coprod-standards: no standards version '9.9-no-such' is available")
    assert "Traceback" not in err


def test_a_directory_that_is_no_draft_exits_2(tmp_path: Path) -> None:
    """A directory without a manifest is bad input naming the manifest it lacks."""
    status, out, err = call("--standards-version", str(tmp_path))
    assert (status, out) == (2, "")
    assert f"{tmp_path / 'manifest.yaml'}: at $: there is no such file" in err
    assert "Traceback" not in err


def test_usage_error_exits_2() -> None:
    """An unknown option is a usage error with a pointer to --help."""
    status, _, err = call("--colour")
    assert status == 2
    assert "unrecognized arguments: --colour" in err
    assert "Try 'coprod-standards --help'." in err


def test_help_exits_0() -> None:
    """--help goes to the given stdout, describes the command and shows an example."""
    status, out, err = call("--help")
    assert (status, err) == (0, "")
    assert out.startswith("usage: coprod-standards")
    assert "Example:\n  coprod-standards evaluate" in out


def test_version() -> None:
    """--version prints the library's version."""
    status, out, _ = call("--version")
    assert status == 0
    assert out.startswith("coprod-standards 0.")


def test_python_dash_m() -> None:
    """Python -m coprod_standards prints the summary."""
    result = subprocess.run(
        [sys.executable, "-m", "coprod_standards"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("Co-Production Quality Standards — How are we doing? V1.1\n")


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_evaluate_text() -> None:
    """The evaluate command prints a table of tiers, then the areas to improve."""
    status, out, err = call("evaluate", str(EXAMPLES / "small-organisation-bronze.yaml"))
    assert (status, err) == (0, "")
    assert "Overall: Bronze" in out
    assert " 1. Equality, Inclusion and Diversity" in out
    assert "Areas to improve" in out
    assert "1.1.S1 (not met)" in out


def test_evaluate_json_with_a_policy_option() -> None:
    """Policy options change the result; the JSON records the policy used."""
    path = str(EXAMPLES / "joint-assessment.yaml")
    _, default, _ = call("evaluate", path, "--format", "json")
    status, majority, _ = call("evaluate", path, "--format", "json", "--consensus", "majority")
    assert status == 0
    assert json.loads(default)["policy"]["consensus"] == "all"
    assert json.loads(majority)["policy"]["consensus"] == "majority"
    assert json.loads(default)["indicators"]["3.2"]["achieved"] == "bronze"
    assert json.loads(majority)["indicators"]["3.2"]["achieved"] == "gold"


def test_evaluate_rejects_a_bad_policy_value() -> None:
    """A minimum of 0 respondents is bad input, not a traceback; the message names the option."""
    path = str(EXAMPLES / "joint-assessment.yaml")
    status, out, err = call("evaluate", path, "--minimum-respondents", "0")
    assert (status, out) == (2, "")
    assert err == (
        "coprod-standards: --minimum-respondents must be a whole number from 1 to 1000000\n"
    )


def test_evaluate_missing_file(tmp_path: Path) -> None:
    """A missing file is exit status 2 with its name."""
    status, _, err = call("evaluate", str(tmp_path / "nowhere.yaml"))
    assert status == 2
    assert "nowhere.yaml" in err
    assert "there is no such file" in err


def test_template_to_stdout_and_file(tmp_path: Path) -> None:
    """The template command writes a blank assessment for an organisation and date."""
    status, out, _ = call("template", "--organisation", "Riverside", "--date", "2026-09-30")
    assert status == 0
    assert 'organisation: "Riverside"\n' in out
    assert "\nassessed_on: 2026-09-30\n" in out
    target = tmp_path / "riverside.yaml"
    status, out, _ = call("template", "-o", str(target), "--date", "2026-09-30")
    assert (status, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("# Co-Production Quality Standards")


def test_template_defaults_to_today() -> None:
    """Without --date the template carries today's date."""
    import datetime

    _, out, _ = call("template")
    assert f"assessed_on: {datetime.date.today().isoformat()}\n" in out


def test_template_bad_date() -> None:
    """A date that is not YYYY-MM-DD is a usage error."""
    status, _, err = call("template", "--date", "30/09/2026")
    assert status == 2
    assert "'30/09/2026' is not a date written YYYY-MM-DD" in err


def test_internal_error_exits_3(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error prints a short message and where to report it: status 3."""
    from coprod_standards.cli.commands import COMMANDS

    def broken(*args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(COMMANDS, None, broken)
    status, _, err = call()
    assert status == 3
    assert "internal error (RuntimeError: boom)" in err
    assert "please report it" in err
    assert "Traceback" not in err


def test_show_formats() -> None:
    """The show command lists one standard or all, as text, Markdown or JSON."""
    status, text, _ = call("show", "--standard", "3")
    assert status == 0
    assert text.startswith("3. Respect\n")
    assert "      3.1.B1   Service Users are asked about how included they feel" in text
    _, markdown, _ = call("show", "--format", "markdown")
    assert markdown.startswith("# Co-Production Quality Standards — How are we doing? V1.1\n")
    assert (
        "| 1.2.G3 | Bronze and silver standard plus Gold standard "
        "| Relevant action plans in place. |" in markdown
    )
    _, data, _ = call("show", "--format", "json", "--standard", "8")
    parsed = json.loads(data)
    assert [s["id"] for s in parsed["standards"]] == ["8"]
    assert parsed["standards"][0]["indicators"][2]["id"] == "8.3"


def test_show_unknown_standard() -> None:
    """An unknown standard is bad input, with the numbers there are."""
    status, _, err = call("show", "--standard", "11")
    assert status == 2
    assert err == (
        "coprod-standards: --standard takes a standard's number, from 1 to 10 in version "
        "1.1, not '11'\n"
    )


def test_show_an_indicator_id_as_standard_says_which_standard_to_show() -> None:
    """--standard 1.2 (an indicator's id) says to show standard 1."""
    status, out, err = call("show", "--standard", "1.2")
    assert (status, out) == (2, "")
    assert err.endswith("not '1.2'; to see 1.2, show its standard: --standard 1\n")


def test_evaluate_markdown_and_csv() -> None:
    """The evaluate command writes Markdown and CSV (per indicator or per criterion)."""
    path = str(EXAMPLES / "mixed-tiers.yaml")
    _, markdown, _ = call("evaluate", path, "--format", "markdown")
    assert markdown.startswith(
        "# Eastgate Community Wellbeing Trust: co-production self-assessment"
    )
    assert "| 8. Collective Leadership and Partnership Working | Gold |" in markdown
    _, indicators, _ = call("evaluate", path, "--format", "csv")
    assert len(indicators.splitlines()) == 37
    _, criteria, _ = call("evaluate", path, "--format", "csv", "--level", "criterion")
    assert len(criteria.splitlines()) == 238
    assert criteria.splitlines()[0].startswith(
        "organisation,assessed_on,version,standard,indicator"
    )


def test_plan_formats() -> None:
    """The plan command writes a Markdown plan or CSV rows, in the order of the action plan."""
    path = str(EXAMPLES / "small-organisation-bronze.yaml")
    status, markdown, _ = call("plan", path)
    assert status == 0
    assert markdown.startswith("# Action plan: Harbour Lane Peer Support")
    _, rows, _ = call("plan", path, "--format", "csv")
    header, first = rows.splitlines()[:2]
    assert header.startswith("step,organisation,assessed_on,indicator,")
    assert first.startswith("1,Harbour Lane Peer Support,2026-09-30,1.1,")


def test_compare_formats(tmp_path: Path) -> None:
    """The compare command reports progress as text, Markdown or JSON."""
    old = EXAMPLES / "small-organisation-bronze.yaml"
    new = tmp_path / "later.yaml"
    new.write_text(
        old.read_text(encoding="utf-8").replace(
            "assessed_on: 2026-09-30", "assessed_on: 2026-10-31"
        ),
        encoding="utf-8",
    )
    status, text, _ = call("compare", str(old), str(new))
    assert status == 0
    assert text.startswith("Progress of Harbour Lane Peer Support: 2026-09-30 to 2026-10-31\n")
    _, data, _ = call("compare", str(old), str(new), "--format", "json")
    # A month later the staff survey of 2025-09-30 is out of date: 6.2 loses Bronze.
    assert json.loads(data)["indicators"] == [{"id": "6.2", "old": "bronze", "new": None}]
    _, markdown, _ = call("compare", str(old), str(new), "--format", "markdown")
    assert markdown.startswith("# Progress of Harbour Lane Peer Support")


def test_summary_formats(tmp_path: Path) -> None:
    """The summary command counts tiers across files or a directory: Markdown, CSV, JSON."""
    status, markdown, _ = call("summary", str(EXAMPLES))
    assert status == 0
    assert markdown.startswith("# 3 organisations:")
    _, rows, _ = call("summary", str(EXAMPLES), "--format", "csv")
    assert rows.splitlines()[0] == "level,id,title,organisations,gold,silver,bronze,no_tier"
    _, by_organisation, _ = call(
        "summary", str(EXAMPLES / "mixed-tiers.yaml"), "--format", "csv", "--by", "organisation"
    )
    assert by_organisation.splitlines()[1].startswith(
        ",Eastgate Community Wellbeing Trust,(whole organisation),1,2026-09-30,weakest,,"
    )
    _, data, _ = call("summary", str(EXAMPLES), "--format", "json")
    assert json.loads(data)["organisations"] == 3


def test_summary_reports_every_bad_file(tmp_path: Path) -> None:
    """One bad file among many: exit status 2, every problem named with its file."""
    (tmp_path / "a.yaml").write_text(
        'version: "1.1"\norganisation: A\nassessed_on: 2026-01-01\n', encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text('version: "1.1"\norganisation: B\n', encoding="utf-8")
    (tmp_path / "c.json").write_text("{", encoding="utf-8")
    status, out, err = call("summary", str(tmp_path))
    assert (status, out) == (2, "")
    assert "b.yaml" in err
    assert "c.json" in err
    assert "a.yaml" not in err


def test_summary_of_an_empty_directory(tmp_path: Path) -> None:
    """A directory without assessments is bad input."""
    status, _, err = call("summary", str(tmp_path))
    assert status == 2
    assert "no assessment files in" in err


@pytest.mark.parametrize(
    "command", ["show", "template", "evaluate", "report", "compare", "plan", "summary"]
)
def test_every_command_has_help_with_an_example(command: str) -> None:
    """--help on every command exits 0 and shows an example."""
    status, out, _ = call(command, "--help")
    assert status == 0
    assert f"usage: coprod-standards {command}" in out
    assert f"Example:\n  coprod-standards {command}" in out


@pytest.mark.parametrize("kind", ["standards", "assessment"])
def test_schema_command_prints_the_shipped_schema(kind: str) -> None:
    """The schema command prints the JSON Schema shipped in the package."""
    from coprod_standards.formats import schema

    status, out, _ = call("schema", kind)
    assert status == 0
    shipped = Path(schema.__file__).parents[1] / "schemas" / f"{kind}.schema.json"
    assert out == shipped.read_text(encoding="utf-8")
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_report_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    """-o naming the assessment itself is bad input: the assessment is not lost."""
    path = tmp_path / "ours.yaml"
    original = (EXAMPLES / "mixed-tiers.yaml").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    status, _, err = call("report", str(path), "-o", str(path))
    assert status == 2
    assert "is also the file being read" in err
    assert path.read_text(encoding="utf-8") == original


def test_output_errors_name_the_output(tmp_path: Path) -> None:
    """A directory given as the output file is named in the message, not a temporary file."""
    status, _, err = call("report", str(EXAMPLES / "mixed-tiers.yaml"), "-o", str(tmp_path))
    assert status == 2
    assert err.startswith(f"coprod-standards: {tmp_path}: ")
    assert ".tmp" not in err


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (
            ["migrate", "ours.yaml", "--to", "1.1", "-o", "new.yaml"],
            "name the new version with --to",
        ),
        (["diff", "1.1", "1.1"], "name both versions as OLD and NEW"),
        (["validate", "drafts/v1_2"], "it checks the directory it is given"),
    ],
)
def test_standards_version_only_where_it_applies(argv: list[str], reason: str) -> None:
    """--standards-version with a command that names its versions otherwise is a usage error."""
    status, out, err = call("--standards-version", "1.1", *argv)
    assert (status, out) == (2, "")
    assert f"--standards-version does not apply to {argv[0]}: {reason}" in err


def test_a_version_is_not_shadowed_by_a_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'1.1' names the shipped version even where a directory of that name exists."""
    (tmp_path / "1.1").mkdir()
    monkeypatch.chdir(tmp_path)
    status, out, err = call("diff", "1.1", "1.1")
    assert (status, err) == (0, "")
    assert "No changes." in out


def test_summary_counts_a_file_named_twice_once() -> None:
    """A file given directly and in its directory is one organisation."""
    _, out, _ = call(
        "summary", str(EXAMPLES), str(EXAMPLES / "mixed-tiers.yaml"), "--format", "json"
    )
    assert json.loads(out)["organisations"] == 3


def test_validate_needs_a_directory(tmp_path: Path) -> None:
    """Validating a missing path, or a file, is bad input (status 2), not a failed check."""
    status, _, err = call("validate", str(tmp_path / "nowhere"))
    assert status == 2
    assert "no such directory" in err
    status, _, err = call("validate", str(EXAMPLES / "mixed-tiers.yaml"))
    assert status == 2
    assert "a file, not a directory" in err


def test_text_from_the_file_cannot_steer_the_terminal(tmp_path: Path) -> None:
    """Control characters from an assessment are shown, not sent to the terminal."""
    path = tmp_path / "ours.yaml"
    text = (EXAMPLES / "mixed-tiers.yaml").read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "organisation: Eastgate Community Wellbeing Trust",
            'organisation: "Eastgate\\e]0;owned\\a\\e[2J"',
        ),
        encoding="utf-8",
    )
    _, out, _ = call("evaluate", str(path))
    assert "\x1b" not in out
    assert out.startswith("Eastgate<U+001B>]0;owned<U+0007><U+001B>[2J, assessed on")


def test_markdown_shows_html_as_text(tmp_path: Path) -> None:
    """Markdown reports escape HTML from the assessment and keep it on one line."""
    path = tmp_path / "ours.yaml"
    text = (EXAMPLES / "mixed-tiers.yaml").read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "organisation: Eastgate Community Wellbeing Trust",
            'organisation: "Eastgate <script>alert(1)</script>\\n# Injected"',
        ),
        encoding="utf-8",
    )
    _, out, _ = call("evaluate", str(path), "--format", "markdown")
    first = out.splitlines()[0]
    assert (
        first == "# Eastgate &lt;script>alert(1)&lt;/script> # Injected: "
        "co-production self-assessment"
    )
    assert "<script>" not in out


DRAFT = Path(__file__).resolve().parent / "fixtures" / "v1_2"


@pytest.mark.parametrize(
    "argv",
    [
        ["template", "-o", "{out}"],
        ["report", str(EXAMPLES / "mixed-tiers.yaml"), "-o", "{out}"],
        ["migrate", str(EXAMPLES / "mixed-tiers.yaml"), "--to", str(DRAFT), "-o", "{out}"],
    ],
    ids=["template", "report", "migrate"],
)
def test_an_existing_output_is_overwritten_only_with_force(tmp_path: Path, argv: list[str]) -> None:
    """Writing over an existing file is refused (status 2, one line naming it) unless --force."""
    target = tmp_path / ("ours.html" if argv[0] == "report" else "ours.yaml")
    target.write_text("a filled-in assessment\n", encoding="utf-8")
    argv = [part.replace("{out}", str(target)) for part in argv]
    status, out, err = call(*argv)
    assert (status, out) == (2, "")
    assert err == f"coprod-standards: {target} already exists; --force overwrites it\n"
    assert target.read_text(encoding="utf-8") == "a filled-in assessment\n"
    status, _, err = call(*argv, "--force")
    assert (status, err) == (0, "")
    assert target.read_text(encoding="utf-8") != "a filled-in assessment\n"
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("command", ["template", "report", "migrate"])
def test_force_is_in_the_help(command: str) -> None:
    """Every command that writes a file documents --force."""
    _, out, _ = call(command, "--help")
    assert "--force" in out
    assert "overwrite the output file if it exists" in out


def test_migrate_never_writes_over_its_input_even_with_force(tmp_path: Path) -> None:
    """--force does not let migrate -o replace the assessment it reads."""
    path = tmp_path / "ours.yaml"
    original = (EXAMPLES / "mixed-tiers.yaml").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    status, _, err = call("migrate", str(path), "--to", str(DRAFT), "-o", str(path), "--force")
    assert status == 2
    assert "is also the file being read" in err
    assert path.read_text(encoding="utf-8") == original


def test_a_device_is_written_without_force() -> None:
    """-o /dev/null is not an existing file to protect: it is written to as before."""
    status, out, err = call("template", "-o", "/dev/null")
    assert (status, out, err) == (0, "", "")


def test_write_fingerprints_replaces_an_earlier_record(tmp_path: Path) -> None:
    """Writing fingerprints replaces an earlier fingerprints.yaml: that is what it asks for."""
    import shutil

    draft = tmp_path / "v1_2"
    shutil.copytree(DRAFT, draft)
    assert call("validate", str(draft), "--write-fingerprints")[0] == 0
    record = draft / "fingerprints.yaml"
    written = record.read_text(encoding="utf-8")
    record.write_text(written + "# an old note\n", encoding="utf-8")
    status, out, _ = call("validate", str(draft), "--write-fingerprints")
    assert status == 0
    assert f"wrote {record}" in out
    assert record.read_text(encoding="utf-8") == written


def test_a_file_created_while_writing_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without overwrite, a file that appears after the check is kept, not replaced."""
    import os

    from coprod_standards.formats._files import write_text

    target = tmp_path / "ours.yaml"
    real_fsync = os.fsync

    def fsync_then_race(descriptor: int) -> None:
        real_fsync(descriptor)
        target.write_text("written by someone else\n", encoding="utf-8")

    monkeypatch.setattr(os, "fsync", fsync_then_race)
    with pytest.raises(FileExistsError) as raised:
        write_text(target, "ours\n", overwrite=False)
    assert raised.value.filename == str(target)
    assert target.read_text(encoding="utf-8") == "written by someone else\n"
    assert [path.name for path in tmp_path.iterdir()] == ["ours.yaml"]


def _migrated(tmp_path: Path, name: str = "mixed-tiers.yaml") -> Path:
    """An example assessment carried over to the draft 1.2."""
    target = tmp_path / f"{Path(name).stem}-1.2.yaml"
    assert call("migrate", str(EXAMPLES / name), "--to", str(DRAFT), "-o", str(target))[0] == 0
    return target


def test_evaluate_against_a_draft_directory(tmp_path: Path) -> None:
    """--standards-version DIR, before or after the command, evaluates against the draft."""
    path = str(_migrated(tmp_path))
    for argv in (
        ["evaluate", path, "--standards-version", str(DRAFT)],
        ["--standards-version", str(DRAFT), "evaluate", path],
    ):
        status, out, err = call(*argv, "--format", "json")
        assert (status, err) == (0, "")
        assert json.loads(out)["version"] == "1.2"
    status, _, err = call("evaluate", path)
    assert status == 2
    assert "for a draft, name its directory with --standards-version" in err


def test_every_evaluating_command_takes_a_draft_directory(tmp_path: Path) -> None:
    """Report, plan, compare and summary evaluate against the directory given too."""
    path = _migrated(tmp_path)
    draft = ["--standards-version", str(DRAFT)]
    report = tmp_path / "report.html"
    assert call("report", str(path), "-o", str(report), *draft)[0] == 0
    assert "V1.2" in report.read_text(encoding="utf-8")
    status, out, _ = call("plan", str(path), *draft)
    assert status == 0
    assert out.startswith("# Action plan: Eastgate Community Wellbeing Trust")
    status, out, _ = call("compare", str(path), str(path), "--format", "json", *draft)
    assert (status, json.loads(out)["indicators"]) == (0, [])
    status, out, _ = call("summary", str(path), "--format", "json", *draft)
    assert (status, json.loads(out)["organisations"]) == (0, 1)


def test_an_assessment_in_another_version_is_refused(tmp_path: Path) -> None:
    """A 1.1 assessment against a 1.2 draft: status 2, its file and line, and how to migrate."""
    path = EXAMPLES / "mixed-tiers.yaml"
    status, out, err = call("evaluate", str(path), "--standards-version", str(DRAFT))
    assert (status, out) == (2, "")
    assert f"{path}:26:10: at $.version: the assessment answers version '1.1'" in err
    assert f"with: coprod-standards migrate {path} --to {DRAFT} -o NEW_FILE;" in err
    status, _, err = call("summary", str(EXAMPLES), "--standards-version", str(DRAFT))
    assert status == 2
    assert err.count("carry it over first") == 3


def test_a_version_name_wins_over_a_directory_for_evaluate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--standards-version 1.1 is the shipped version even beside a directory named 1.1."""
    import shutil

    shutil.copytree(DRAFT, tmp_path / "1.1")
    monkeypatch.chdir(tmp_path)
    status, out, err = call(
        "evaluate", str(EXAMPLES / "mixed-tiers.yaml"), "--standards-version", "1.1"
    )
    assert (status, err) == (0, "")
    assert "V1.1" in out


def test_show_and_template_take_a_draft_directory() -> None:
    """The commands that list or write the standards take a draft directory as well."""
    status, out, _ = call("--standards-version", str(DRAFT), "show", "--standard", "10")
    assert status == 0
    assert "10.4" in out
    status, out, _ = call("template", "--standards-version", str(DRAFT), "--date", "2026-09-30")
    assert status == 0
    assert 'version: "1.2"' in out


@pytest.mark.parametrize("output", ["text", "json", "markdown"])
def test_level_applies_only_to_csv(output: str) -> None:
    """--level with a format it does not shape is refused, not silently ignored."""
    path = str(EXAMPLES / "mixed-tiers.yaml")
    status, out, err = call("evaluate", path, "--format", output, "--level", "criterion")
    assert (status, out) == (2, "")
    assert f"--level chooses the rows of --format csv; {output} output" in err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "'2026-02-30' is not a real date: day is out of range for month"),
        ("2026-13-01", "'2026-13-01' is not a real date: month must be in 1..12"),
        ("20260930", "'20260930' is not a date written YYYY-MM-DD"),
        ("2026-W40-3", "'2026-W40-3' is not a date written YYYY-MM-DD"),
    ],
)
def test_an_impossible_date_is_told_from_a_malformed_one(text: str, message: str) -> None:
    """--date says whether the date is malformed or does not exist."""
    status, out, err = call("template", "--date", text)
    assert (status, out) == (2, "")
    assert message in err


def _tree(tmp_path: Path) -> Path:
    """A folder of assessments with two subfolders and a link to one of them."""
    import shutil

    root = tmp_path / "assessments"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    shutil.copy(EXAMPLES / "mixed-tiers.yaml", root)
    shutil.copy(EXAMPLES / "joint-assessment.yaml", root / "b" / "deep")
    shutil.copy(EXAMPLES / "small-organisation-bronze.yaml", root / "a")
    (root / "link").symlink_to(root / "a", target_is_directory=True)
    return root


def test_summary_says_which_subfolders_it_skipped(tmp_path: Path) -> None:
    """Without --recursive a directory's subfolders are skipped, and stderr says so."""
    root = _tree(tmp_path)
    status, out, err = call("summary", str(root), "--format", "json")
    assert status == 0
    assert json.loads(out)["organisations"] == 1
    assert err == (
        f"coprod-standards: skipped 2 subfolders of {root}; --recursive reads them too\n"
        f"coprod-standards: skipped 1 symbolic link to a folder ({root / 'link'}); "
        "links to folders are not followed\n"
    )


def test_summary_recursive_reads_subfolders_in_name_order(tmp_path: Path) -> None:
    """--recursive reads every subfolder, in name order, and follows no link."""
    root = _tree(tmp_path)
    status, out, err = call(
        "summary", str(root), "--recursive", "--format", "csv", "--by", "organisation"
    )
    assert status == 0
    assert [line.split(",")[1] for line in out.splitlines()[1:]] == [
        "Harbour Lane Peer Support",  # a/
        "Northfield Carers and Families Network",  # b/deep/
        "Eastgate Community Wellbeing Trust",  # mixed-tiers.yaml
    ]
    assert err == (
        f"coprod-standards: skipped 1 symbolic link to a folder ({root / 'link'}); "
        "links to folders are not followed\n"
    )


def test_text_output_shows_bidi_controls_by_their_code(tmp_path: Path) -> None:
    """A right-to-left override in user text reaches the terminal as <U+202E>, never raw."""
    source = (EXAMPLES / "mixed-tiers.yaml").read_text(encoding="utf-8")
    start = source.index("organisation:")
    end = source.index("\n", start)
    path = tmp_path / "bidi.yaml"
    text = source[:start] + 'organisation: "Riverside \\u202eevil \\u2066x"' + source[end:]
    path.write_text(text, encoding="utf-8")
    status, out, err = call("evaluate", str(path))
    assert (status, err) == (0, "")
    assert "Riverside <U+202E>evil <U+2066>x" in out
    assert "\u202e" not in out
    assert "\u2066" not in out
