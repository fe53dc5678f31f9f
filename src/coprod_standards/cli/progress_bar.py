"""A progress bar on stderr, for commands that read many files.

Shown only where stderr is a terminal and the command is not ``--quiet``:
piped or logged output stays clean. A few lines here rather than a
dependency; tqdm or rich would draw the same bar.
"""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["ProgressBar"]

_WIDTH = 30


class ProgressBar:
    """Counts *total* steps on *stream*, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO, *, quiet: bool = False) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.drawn = 0.0
        isatty = getattr(stream, "isatty", None)
        self.shown = not quiet and total > 1 and callable(isatty) and bool(isatty())

    def advance(self) -> None:
        """One more step done."""
        self.done += 1
        now = time.monotonic()
        if self.shown and (now - self.drawn >= 0.1 or self.done == self.total):
            self.drawn = now
            filled = _WIDTH * self.done // self.total
            bar = "#" * filled + "-" * (_WIDTH - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        """Clear the bar, so that what follows starts on a clean line."""
        if self.shown and self.drawn:
            self.stream.write("\r" + " " * (_WIDTH + 30) + "\r")
            self.stream.flush()
