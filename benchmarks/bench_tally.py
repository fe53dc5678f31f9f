"""How much tallying a survey export costs beyond reading it with the csv module.

Target: tallying a 100,000-row CSV export (Microsoft Forms layout, a
completion time and a five-point answer per row) takes well under a second
more than reading the same file with ``csv.reader`` into a list. Both run
alternately in one process, so that a busy machine slows both alike; the
difference and the ratio of their medians are the figures to compare.

    python benchmarks/bench_tally.py [--rows 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import tempfile
import time
from pathlib import Path

from coprod_standards import tally_survey

QUESTION = "I feel included in decisions about my support"
ANSWERS = (
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
    "Don't know",
    "",
)
TARGET = 1.0  # seconds more than the csv module's read


def _export(rows: int) -> bytes:
    """A Microsoft Forms export of *rows* invented respondents."""
    chance = random.Random(20261202)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(["ID", "Start time", "Completion time", "Email", "Name", QUESTION, "Notes"])
    for number in range(1, rows + 1):
        day = f"{chance.randint(1, 12)}/{chance.randint(1, 28)}/2026"
        writer.writerow(
            [number, f"{day} 09:00:00", f"{day} 09:10:00", "", "", chance.choice(ANSWERS), ""]
        )
    return b"\xef\xbb\xbf" + stream.getvalue().encode("utf-8")


def _read(path: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows
    return time.perf_counter() - start


def _tally(path: Path) -> float:
    start = time.perf_counter()
    tally_survey(path, question=QUESTION, metric="inclusion", population="service_users")
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print its figures; 1 where the target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the export")
    parser.add_argument("--runs", type=int, default=5, help="timings of each")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        path.write_bytes(_export(arguments.rows))
        _tally(path)  # warm the file cache and the imports
        reads, tallies = [], []
        for _ in range(arguments.runs):
            reads.append(_read(path))
            tallies.append(_tally(path))
    read, tally = statistics.median(reads), statistics.median(tallies)
    more = tally - read
    print(f"{arguments.rows:,} rows, medians of {arguments.runs} runs")
    print(f"csv.reader into a list: {read * 1000:.0f} ms")
    print(f"tally_survey:           {tally * 1000:.0f} ms")
    print(
        f"difference: {more * 1000:.0f} ms (target: under {TARGET * 1000:.0f} ms); "
        f"ratio {tally / read:.2f}"
    )
    return 0 if more < TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
