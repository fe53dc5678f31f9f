"""The summary command over many files: --jobs, --skip-invalid, --quiet and the progress bar."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from coprod_standards.cli import run

EXAMPLES = Path(__file__).parents[1] / "examples"


class Terminal(io.StringIO):
    """An in-memory stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def call(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    stdout, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    status = run(list(argv), stdout, err)
    return status, stdout.getvalue(), err.getvalue()


def _folder(tmp_path: Path) -> Path:
    for path in EXAMPLES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "zz-broken.yaml").write_text(
        'version: "1.1"\norganisation: Broken\nassessed_on: 2026-09-30\n'
        "criteria:\n  1.2.B1: mett\n",
        encoding="utf-8",
    )
    return tmp_path


def test_skip_invalid_summarises_the_good_files_and_names_the_bad(tmp_path: Path) -> None:
    """--skip-invalid counts the three good files, lists the bad one at its line, exits 1."""
    status, out, err = call("summary", str(_folder(tmp_path)), "--skip-invalid")
    assert status == 1
    assert out.startswith("# 3 organisations: ")
    assert "skipped 1 file with problems:" in err
    assert f"{tmp_path / 'zz-broken.yaml'}:5:11: " in err


def test_without_skip_invalid_a_bad_file_stops_the_summary(tmp_path: Path) -> None:
    """Without --skip-invalid the summary is all or nothing, as before."""
    status, out, err = call("summary", str(_folder(tmp_path)))
    assert (status, out) == (2, "")
    assert "zz-broken.yaml:5:11" in err


def test_jobs_give_the_same_summary(tmp_path: Path) -> None:
    """--jobs 2 reads in two processes and prints the same summary."""
    assert call("summary", str(EXAMPLES), "--jobs", "2", "--format", "json") == call(
        "summary", str(EXAMPLES), "--format", "json"
    )


def test_a_progress_bar_is_drawn_on_a_terminal_only() -> None:
    """On a terminal stderr a bar counts the files; piped, or with --quiet, nothing is drawn."""
    _, _, drawn = call("summary", str(EXAMPLES), "--format", "json", stderr=Terminal())
    assert "3/3 files" in drawn
    # No bar; only the note that examples/services/ and trend/, subfolders, were not read.
    note = f"coprod-standards: skipped 2 subfolders of {EXAMPLES}; --recursive reads them too\n"
    _, _, piped = call("summary", str(EXAMPLES), "--format", "json")
    assert piped == note
    quiet = ("summary", str(EXAMPLES), "--format", "json", "--quiet")
    assert call(*quiet, stderr=Terminal())[2] == note


def test_jobs_must_be_a_positive_number() -> None:
    """--jobs 0 is a usage error."""
    status, _, err = call("summary", str(EXAMPLES), "--jobs", "0")
    assert status == 2
    assert "'0' is not a number of processes (1 or more)" in err


def test_one_organisation_is_one_organisation() -> None:
    """A summary of one file is headed "1 organisation", here and in a notebook's table."""
    from coprod_standards import evaluate, load, load_assessment, summarise

    status, out, _ = call("summary", str(EXAMPLES / "mixed-tiers.yaml"), "--format", "markdown")
    assert status == 0
    assert out.startswith("# 1 organisation: ")
    assessment = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    table = summarise([evaluate(load(), assessment)])._repr_html_()
    assert "1 organisation: " in table
    assert "1 organisations" not in table
