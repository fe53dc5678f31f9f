"""How long the library takes to refuse hostile files under 1 MB: past a limit, or full of problems.

Issue 11's contract: a file under 1 MB is refused in well under a second.
Each input below is built to be as slow as possible for one limit (values,
entries, depth) or kind of problem (many unknown criteria, every status
"done", one long line), with the offending part as late in the file as the
other limits allow. Each is refused by ``parse_assessment`` and
``load_assessment`` (assessments, YAML and JSON) or ``load_path`` and
``validate`` (a standards draft: a copy of ``data/v1_1`` with one file
changed), and the best of three runs' processor time is printed with the
first problem's code and place.

    python benchmarks/bench_limits.py [--target 1.0]

It exits 1 where any refusal takes longer than the target, in seconds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Literal

from coprod_standards import (
    CoprodError,
    DataError,
    load_assessment,
    load_path,
    parse_assessment,
    validate,
)
from coprod_standards.formats.limits import MAX_DEPTH, MAX_ENTRIES, MAX_VALUES

HEAD = {"version": "1.1", "organisation": "Riverside", "assessed_on": "2026-09-30"}
YAML_HEAD = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\n'
DATA = Path(__file__).resolve().parents[1] / "data" / "v1_1"
DRAFT_FILE = "03-respect.yaml"
Format = Literal["yaml", "json"]


def values_flow() -> dict[str, object]:
    """Past the values limit with short lists: 700 unknown keys of 30 numbers each."""
    return {f"k{index}": [1] * 30 for index in range(MAX_VALUES // 30 + 34)}


def values_block() -> dict[str, object]:
    """Past the values limit with 999 answers of ten keys each (block style in YAML)."""
    answer = {"status": "met", **{f"note{index}": "x" for index in range(9)}}
    return {f"9.9.B{index}": answer for index in range(MAX_ENTRIES - 1)}


def entries_late() -> dict[str, object]:
    """Past the entries limit after 16,000 values: eight mappings of 999 keys, then 1,001."""
    full = {f"k{index}": 1 for index in range(MAX_ENTRIES - 1)}
    late: dict[str, object] = {f"x{index}": full for index in range(8)}
    late["x8"] = {f"k{index}": 1 for index in range(MAX_ENTRIES + 1)}
    return late


def unknown_criteria() -> dict[str, object]:
    """The issue's 20,000 unknown criteria, each answered met."""
    return {f"9.9.B{index}": "met" for index in range(20_000)}


def nested(depth: int) -> object:
    """A mapping nested *depth* levels deep."""
    value: object = "x"
    for level in range(depth):
        value = {f"k{level}": value}
    return value


def depth_late() -> dict[str, object]:
    """Past the depth limit after 19,000 values (block style in YAML)."""
    data: dict[str, object] = {f"k{index}": [1] * 37 for index in range(MAX_VALUES // 40)}
    data["deep"] = nested(MAX_DEPTH + 8)
    return data


def every_status_done() -> dict[str, object]:
    """999 answers whose status is "done", each a problem of its own."""
    return {f"1.2.B{index}": {"status": "done"} for index in range(MAX_ENTRIES - 1)}


def unknown_keys() -> dict[str, object]:
    """999 unknown criteria, each with nine unknown keys: thousands of problems."""
    answer = {f"bad{index}": "x" for index in range(9)}
    return {f"9.9.B{index}": answer for index in range(MAX_ENTRIES - 1)}


def long_line() -> dict[str, object]:
    """One answer with 900 KB of evidence on one line, and a status "done"."""
    return {"1.2.B1": {"status": "done", "evidence": "word " * 180_000}}


#: The criteria (or, for the limits, the extra keys) of each hostile assessment.
ASSESSMENTS: dict[str, Callable[[], dict[str, object]]] = {
    "values, short lists": values_flow,
    "values, answers of ten keys": values_block,
    "entries, after 16,000 values": entries_late,
    "20,000 unknown criteria": unknown_criteria,
    "depth, after 19,000 values": depth_late,
    "every status done (999)": every_status_done,
    "999 unknown criteria x 9 keys": unknown_keys,
    "long line (900 KB)": long_line,
}


def as_yaml(value: object, indent: int = 0) -> str:
    """*value* as block-style YAML (lists of scalars in flow style), one key a line."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict) and item:
                lines.append(f"{pad}{key}:\n{as_yaml(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {json.dumps(item)}\n")
        return "".join(lines)
    return f"{pad}{json.dumps(value)}\n"


def assessment_texts() -> Iterator[tuple[str, Format, str]]:
    """Each hostile assessment's name, format and text."""
    for name, build in ASSESSMENTS.items():
        body = build()
        criteria = name.startswith(("20,000", "every", "999", "long"))
        data = {**HEAD, "criteria": body} if criteria else {**HEAD, **body}
        text = json.dumps(data, separators=(",", ":"))
        yield name, "json", text
        if criteria:
            yield name, "yaml", YAML_HEAD + "criteria:\n" + as_yaml(body, 2)
        else:
            yield name, "yaml", YAML_HEAD + as_yaml(body)


#: What each hostile draft adds at the end of one standard's file.
DRAFTS: dict[str, Callable[[], dict[str, object]]] = {
    "values, short lists": values_flow,
    "entries, after 16,000 values": entries_late,
    "depth, after 19,000 values": depth_late,
}


def best_of_three(call: Callable[[], object]) -> tuple[float, str]:
    """The least processor time of three calls, and what the first problem was."""
    times = []
    outcome = "accepted"
    for _ in range(3):
        start = time.process_time()
        try:
            result = call()
        except DataError as error:
            first = error.problems[0]
            outcome = (
                f"{first.code} {first.line}:{first.column} {first.path}"
                f" ({len(error.problems)} problems)"
            )
        except CoprodError as error:
            outcome = f"{type(error).__name__}: {str(error)[:60]}"
        else:
            if isinstance(result, list) and result:
                outcome = f"{len(result)} diagnostics"
        times.append(time.process_time() - start)
    return min(times), outcome


def rows(folder: Path) -> Iterator[tuple[str, str, int, float, str]]:
    """Each input's name, function, size in bytes, best time and first problem."""
    for name, format, text in assessment_texts():
        path = folder / f"hostile.{format}"
        path.write_text(text, encoding="utf-8")
        size = len(text.encode())
        seconds, outcome = best_of_three(partial(parse_assessment, text, format=format))
        yield f"{name} ({format})", "parse_assessment", size, seconds, outcome
        seconds, outcome = best_of_three(partial(load_assessment, path))
        yield f"{name} ({format})", "load_assessment", size, seconds, outcome
    for name, build in DRAFTS.items():
        draft = folder / "draft"
        shutil.rmtree(draft, ignore_errors=True)
        shutil.copytree(DATA, draft, ignore=shutil.ignore_patterns("golden", "*.py"))
        file = draft / DRAFT_FILE
        text = file.read_text(encoding="utf-8") + "notes:\n" + as_yaml(build(), 2)
        file.write_text(text, encoding="utf-8")
        size = len(text.encode())
        seconds, outcome = best_of_three(partial(load_path, draft))
        yield f"{name} (draft)", "load_path", size, seconds, outcome
        seconds, outcome = best_of_three(partial(validate, draft))
        yield f"{name} (draft)", "validate", size, seconds, outcome


def main() -> int:
    """Time every refusal and print the table; 1 where any takes longer than the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=float, default=1.0, help="seconds per refusal")
    arguments = parser.parse_args()
    parse_assessment(YAML_HEAD)  # warm the caches: the standards, the converter
    slowest = 0.0
    print(f"python {sys.version.split()[0]}, processor time, best of 3")
    print(f"{'input':<44} {'function':<17} {'KB':>5} {'ms':>7}  first problem")
    with tempfile.TemporaryDirectory() as name:
        for label, function, size, seconds, outcome in rows(Path(name)):
            slowest = max(slowest, seconds)
            print(
                f"{label:<44} {function:<17} {size / 1000:>5.0f} {seconds * 1000:>7.1f}  {outcome}"
            )
    print(f"slowest: {slowest * 1000:.0f} ms (target < {arguments.target * 1000:.0f} ms)")
    return 1 if slowest > arguments.target else 0


if __name__ == "__main__":
    sys.exit(main())
