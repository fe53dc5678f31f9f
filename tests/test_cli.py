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
    """A version that is not shipped is bad input: status 2, a message, no traceback."""
    status, out, err = call("--standards-version", "../../etc")
    assert (status, out) == (2, "")
    assert err.startswith("coprod-standards: no standards version '../../etc' is available")
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
    """A minimum of 0 respondents is bad input, not a traceback."""
    path = str(EXAMPLES / "joint-assessment.yaml")
    status, out, err = call("evaluate", path, "--minimum-respondents", "0")
    assert (status, out) == (2, "")
    assert "minimum_respondents must be a whole number from 1 to 1000000" in err


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
    assert 'organisation: "Riverside"\nassessed_on: 2026-09-30\n' in out
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
    from coprod_standards._cli_commands import COMMANDS

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
    """An unknown standard is bad input."""
    status, _, err = call("show", "--standard", "11")
    assert status == 2
    assert "version 1.1 has no standard with id '11'" in err


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
    """The plan command writes a Markdown plan or CSV rows, quickest wins first."""
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
        "Eastgate Community Wellbeing Trust,2026-09-30,,"
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
    from coprod_standards import schema

    status, out, _ = call("schema", kind)
    assert status == 0
    shipped = Path(schema.__file__).parent / "schemas" / f"{kind}.schema.json"
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


def test_standards_version_only_where_it_applies() -> None:
    """--standards-version with evaluate is a usage error: the assessment names its version."""
    status, _, err = call(
        "--standards-version", "1.1", "evaluate", str(EXAMPLES / "mixed-tiers.yaml")
    )
    assert status == 2
    assert "--standards-version does not apply to evaluate" in err


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
