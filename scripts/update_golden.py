"""Regenerate the golden outputs in tests/golden/ after an intended change of wording.

    python scripts/update_golden.py

It runs each command that ``tests/test_golden.py`` checks and writes what it
prints; then read ``git diff tests/golden`` before committing. Checking and
updating are separate steps, so that the test can always fail.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_golden import CASES, GOLDEN  # noqa: E402

from coprod_standards.cli import run  # noqa: E402


def main() -> int:
    """Write each golden file; 1 where a command failed (nothing is written for it)."""
    os.chdir(ROOT)
    status = 0
    for golden, argv in CASES:
        stdout, stderr = io.StringIO(), io.StringIO()
        if run(argv, stdout, stderr) != 0:
            print(f"{golden}: {' '.join(argv)} failed:\n{stderr.getvalue()}", file=sys.stderr)
            status = 1
            continue
        path = GOLDEN / golden
        if not path.exists() or path.read_text(encoding="utf-8") != stdout.getvalue():
            path.write_text(stdout.getvalue(), encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
