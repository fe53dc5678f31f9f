"""The command line, through run() with in-memory streams."""

from __future__ import annotations

import io
import subprocess
import sys

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
