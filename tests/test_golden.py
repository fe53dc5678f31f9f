"""Golden outputs: the command line's reports of the shipped examples, word for word.

The expected files live in tests/golden/. After an intended change of wording,
regenerate them with ``python scripts/update_golden.py`` (a separate step:
the test only compares) and read the diff before committing it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coprod_standards.cli import run

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = ("small-organisation-bronze", "mixed-tiers", "joint-assessment")

CASES = [
    *((f"{name}.evaluate.txt", ["evaluate", f"examples/{name}.yaml"]) for name in EXAMPLES),
    *(
        (f"{name}.evaluate.md", ["evaluate", f"examples/{name}.yaml", "--format", "markdown"])
        for name in EXAMPLES
    ),
    *((f"{name}.plan.md", ["plan", f"examples/{name}.yaml"]) for name in EXAMPLES),
    ("examples.summary.md", ["summary", "examples"]),
    ("standard-6.show.txt", ["show", "--standard", "6"]),
]


@pytest.mark.parametrize(("golden", "argv"), CASES, ids=[case[0] for case in CASES])
def test_golden_output(golden: str, argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's output is the reviewed golden text."""
    monkeypatch.chdir(ROOT)
    stdout, stderr = io.StringIO(), io.StringIO()
    assert run(argv, stdout, stderr) == 0, stderr.getvalue()
    assert stdout.getvalue() == (GOLDEN / golden).read_text(encoding="utf-8")
