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
    assert "Example: coprod-standards" in out


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
    assert "minimum_respondents must be a whole number of at least 1" in err


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
    import coprod_standards.cli as cli

    def broken(*args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(cli._COMMANDS, None, broken)
    status, _, err = call()
    assert status == 3
    assert "internal error (RuntimeError: boom)" in err
    assert "please report it" in err
    assert "Traceback" not in err
