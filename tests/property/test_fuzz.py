"""Fuzzing: mutated real files are read or refused, never crash (the contract of docs/security.md).

The originals are the examples, the golden outputs and the V1.1 standards with
their golden assessments; `coprod_standards.testing.mutated_bytes` changes them.
The only assertion is the contract: the API succeeds or raises a CoprodError; the
command line exits 0, 1 or 2 with a message of its own, never 3.

Each test has a fixed seed, and runs a quarter of the profile's examples (25
under "default" and "ci", 500 under "thorough"; half that for the drafts).
Time is never asserted: to see how long each rejection takes, run this file
with COPROD_FUZZ_TIMES set to a file name, which receives one line per
rejection: seconds of wall-clock and of processor time, the kind of file and
its size in bytes.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from coprod_standards import CoprodError, evaluate, load, load_assessment, load_path
from coprod_standards.cli import run
from coprod_standards.errors import CONTROL_CHARACTERS
from coprod_standards.reports.text_report import evaluation_text
from coprod_standards.testing import mutated_bytes

ROOT = Path(__file__).resolve().parents[2]
V1_1 = ROOT / "data" / "v1_1"
SEED = 20261102
EXAMPLES = max(settings().max_examples // 4, 10)
#: A draft is eleven files to read: half as many examples.
DRAFT_EXAMPLES = EXAMPLES // 2
ASSESSMENTS = [
    path.read_bytes()
    for path in sorted(
        [
            *(ROOT / "examples").glob("*.yaml"),
            *(ROOT / "tests" / "golden").iterdir(),
            *(V1_1 / "golden").glob("*.assessment.yaml"),
        ]
    )
]
STANDARDS = sorted(path.name for path in V1_1.glob("*.yaml"))
RAW_CONTROL = re.compile(f"(?![\t\n])[{CONTROL_CHARACTERS}]")


def timed(kind: str, data: bytes, read: Callable[[], object]) -> None:
    """Run *read*; where COPROD_FUZZ_TIMES names a file, note how long a rejection took."""
    started, used = time.perf_counter(), time.process_time()
    try:
        read()
    except CoprodError:
        record = os.environ.get("COPROD_FUZZ_TIMES")
        if record:
            wall, cpu = time.perf_counter() - started, time.process_time() - used
            with open(record, "a", encoding="utf-8") as times:
                times.write(f"{wall:.3f} {cpu:.3f} {kind} {len(data)}\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory for the mutated files, with a copy of the V1.1 standards in draft/."""
    root = tmp_path_factory.mktemp("fuzz")
    (root / "draft").mkdir()
    for name in STANDARDS:
        shutil.copy(V1_1 / name, root / "draft" / name)
    return root


def read_and_report(path: Path) -> None:
    """Read the assessment and, where it reads, evaluate it and write its report."""
    assessment = load_assessment(path)
    evaluation_text(evaluate(load(assessment.version), assessment))


@seed(SEED)
@settings(max_examples=EXAMPLES)
@given(data=mutated_bytes(ASSESSMENTS), suffix=st.sampled_from([".yaml", ".json"]))
def test_a_mutated_assessment_is_read_or_refused(workspace: Path, data: bytes, suffix: str) -> None:
    """load_assessment, evaluate and the text report succeed, or raise a CoprodError."""
    path = workspace / f"assessment{suffix}"
    path.write_bytes(data)
    timed("assessment", data, lambda: read_and_report(path))


@seed(SEED)
@settings(max_examples=DRAFT_EXAMPLES)
@given(name=st.sampled_from(STANDARDS), data=st.data())
def test_a_mutated_standards_file_is_loaded_or_refused(
    workspace: Path, name: str, data: st.DataObject
) -> None:
    """load_path of a draft with one file mutated succeeds, or raises a CoprodError."""
    original = (V1_1 / name).read_bytes()
    mutated = data.draw(mutated_bytes([original]))
    path = workspace / "draft" / name
    path.write_bytes(mutated)
    try:
        timed("standards", mutated, lambda: load_path(workspace / "draft"))
    finally:
        path.write_bytes(original)


@seed(SEED)
@settings(max_examples=EXAMPLES)
@given(
    data=mutated_bytes(ASSESSMENTS),
    command=st.sampled_from(
        [["evaluate"], ["evaluate", "--format", "markdown"], ["plan"], ["summary"]]
    ),
)
def test_the_command_line_exits_cleanly_on_a_mutated_file(
    workspace: Path, data: bytes, command: list[str]
) -> None:
    """Exit 0, 1 or 2, never 3; stderr has no traceback and no raw control character."""
    path = workspace / "cli.yaml"
    path.write_bytes(data)
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run([command[0], str(path), *command[1:]], stdout, stderr)
    errors = stderr.getvalue()
    assert status in (0, 1, 2), errors
    assert "internal error" not in errors
    assert "Traceback" not in errors
    assert not RAW_CONTROL.search(errors), errors
