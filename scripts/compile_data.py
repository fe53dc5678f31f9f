"""Regenerate the compiled form of every shipped standards directory.

Run it after editing anything under ``data/``::

    python scripts/compile_data.py

It loads each ``data/v*/`` directory from its YAML (refusing to write if the
YAML has problems) and rewrites its ``compiled.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coprod_standards import CoprodError, load_path
from coprod_standards.formats._compiled import write

DATA = Path(__file__).resolve().parents[1] / "data"


def main() -> int:
    """Compile each shipped version; 2 where one of them has problems."""
    for directory in sorted(DATA.glob("v*")):
        try:
            written = write(directory, load_path(directory))
            print(f"wrote {written.relative_to(DATA.parent)}")
        except CoprodError as error:
            print(error, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
