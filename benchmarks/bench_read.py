"""How fast assessment files are read and written, against the parsers underneath.

Targets, each a ratio measured in one run so that a busy machine slows both sides:

* ``load_assessment`` of a fully answered JSON file: at most 25 times ``json.loads``
  of the same text;
* of the same assessment as YAML: at most 1.5 times ruamel.yaml's C-backed
  ``YAML(typ="safe").compose()`` of the same text;
* ``coprod-standards evaluate FILE.json --format json``: at most 6 times
  ``python -c pass`` (printed beside the floor under it: the time of
  importing attrs and the standard library's modules every command uses).

It also reports what saving costs (unchanged, changed, afresh; YAML and JSON),
the memory an assessment held costs, and the peak RSS of a process that
summarises generated assessments evaluated in a stream, for two counts: a flat
stream has nearly the same peak for both (the summary keeps each organisation's
tiers, a few hundred bytes).

    python benchmarks/bench_read.py [--stream 100000] [--runs 21] [--start-up]
"""

from __future__ import annotations

import argparse
import datetime
import gc
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from coprod_standards import (
    Answer,
    Assessment,
    Status,
    SurveyResponse,
    dumps_assessment,
    evaluate,
    load,
    load_assessment,
    save_assessment,
)

JSON_TARGET = 25.0
YAML_TARGET = 1.5
START_TARGET = 6.0
DAY = datetime.date(2026, 9, 30)


def fully_answered(rng: random.Random, number: int = 0) -> Assessment:
    """An assessment answering every criterion no survey decides, with three surveys."""
    criteria: dict[str, Answer] = {}
    for criterion in load("1.1").criteria:
        if criterion.survey is None:
            roll = rng.random()
            if roll < 0.85:
                criteria[criterion.id] = Answer(Status.MET)
            elif roll < 0.97:
                criteria[criterion.id] = Answer(Status.NOT_MET)
            else:
                criteria[criterion.id] = Answer(Status.NOT_APPLICABLE, reason="Not ours.")
    surveys = tuple(
        SurveyResponse(metric, population, 100, agree=rng.randint(50, 100), conducted_on=DAY)
        for metric, population in (
            ("inclusion", "service_users"),
            ("communication", "service_users"),
            ("communication", "staff"),
        )
    )
    return Assessment("1.1", f"Organisation {number}", DAY, criteria=criteria, surveys=surveys)


def best(function: Callable[[], object], number: int, repeat: int = 7) -> float:
    """The best time of one call, over *repeat* rounds of *number* calls."""
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def reading(folder: Path) -> dict[str, float]:
    """Reading a fully answered file, and the parsers underneath, in this process."""
    from ruamel.yaml import YAML

    assessment = fully_answered(random.Random(1))
    yaml_path, json_path = folder / "full.yaml", folder / "full.json"
    save_assessment(assessment, yaml_path)
    save_assessment(assessment, json_path)
    yaml_text = yaml_path.read_text(encoding="utf-8")
    json_text = json_path.read_text(encoding="utf-8")
    load_assessment(yaml_path)  # warm every cache: the framework, the converter
    load_assessment(json_path)

    def compose() -> object:
        return YAML(typ="safe").compose(io.StringIO(yaml_text))

    return {
        "json_bytes": len(json_text.encode()),
        "yaml_bytes": len(yaml_text.encode()),
        "json.loads": best(lambda: json.loads(json_text), 2000),
        "load JSON": best(lambda: load_assessment(json_path), 200),
        "C compose": best(compose, 50),
        "load YAML": best(lambda: load_assessment(yaml_path), 50),
        "pure compose": best(lambda: YAML(typ="safe", pure=True).compose(yaml_text), 5, 3),
        "evaluate": best(lambda: evaluate(load("1.1"), assessment), 500),
    }


def saving(folder: Path) -> dict[str, float]:
    """What save_assessment costs: unchanged, one answer changed, afresh, JSON."""
    import attrs

    assessment = fully_answered(random.Random(2))
    path = folder / "save.yaml"
    save_assessment(assessment, path)
    loaded = load_assessment(path)
    changed = attrs.evolve(
        loaded, criteria={**loaded.criteria, "1.2.B1": Answer(Status.NOT_MET, evidence="New")}
    )
    return {
        "dumps unchanged (YAML)": best(lambda: dumps_assessment(loaded), 5, 3),
        "dumps one answer changed (YAML)": best(lambda: dumps_assessment(changed), 3, 3),
        "dumps afresh (YAML)": best(lambda: dumps_assessment(assessment), 3, 3),
        "dumps JSON": best(lambda: dumps_assessment(assessment, format="json"), 20, 3),
        "save_assessment afresh (YAML)": best(lambda: save_assessment(assessment, path), 3, 3),
    }


def held_memory(folder: Path, count: int = 100) -> dict[str, float]:
    """The memory one assessment held costs, read from its file, in KiB."""
    paths = []
    for number in range(count):
        path = folder / f"held-{number}.yaml"
        save_assessment(fully_answered(random.Random(number), number), path)
        paths.append(path)
    figures = {}
    for name, keep in (("held, with source", True), ("held, without source", False)):
        gc.collect()
        tracemalloc.start()
        held = []
        for path in paths:
            assessment = load_assessment(path)
            if not keep:
                object.__setattr__(assessment, "source", None)
            held.append(assessment)
        gc.collect()
        used, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        figures[name] = used / count / 1024
        del held
    return figures


def stream(count: int) -> Iterator[Assessment]:
    """*count* generated assessments, each built as it is asked for."""
    rng = random.Random(count)
    templates = [fully_answered(rng, number) for number in range(20)]
    for number in range(count):
        template = templates[number % len(templates)]
        yield Assessment(
            "1.1",
            f"Organisation {number}",
            DAY + datetime.timedelta(days=number % 365),
            criteria=template.criteria,
            surveys=template.surveys,
        )


def stream_child(count: int) -> None:
    """Summarise *count* assessments evaluated in a stream; print the peak RSS in KiB."""
    import resource

    from coprod_standards import summarise

    framework = load("1.1")
    start = time.perf_counter()
    summary = summarise(evaluate(framework, assessment) for assessment in stream(count))
    assert len(summary.organisations) == count
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"peak_kib": peak, "seconds": elapsed, "count": count}))


def streamed(count: int) -> list[dict[str, float]]:
    """Peak RSS of fresh processes evaluating a tenth of *count*, then *count*, in a stream."""
    results = []
    for size in (count // 10, count):
        output = subprocess.run(
            [sys.executable, __file__, "--stream-child", str(size)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        results.append(json.loads(output))
    return results


#: What any command of this design imports before its own code: the models'
#: library and the standard library's parts every command uses. It is printed
#: beside the command, as the floor under the start-up's ratio.
FLOOR = "import attrs, argparse, json, pathlib, datetime"


def start_up(folder: Path, runs: int) -> tuple[float, float, float]:
    """Medians of ``python -c pass``, of `FLOOR` and of ``evaluate FILE.json --format json``.

    The three run alternately. The command runs as a user runs it: the
    console script installed beside this interpreter (``python -m
    coprod_standards`` where there is none), with its bytecode written (as
    pip writes it on installing), output to /dev/null.
    """
    path = folder / "start.json"
    save_assessment(fully_answered(random.Random(3)), path)
    script = Path(sys.executable).with_name("coprod-standards")
    program = [str(script)] if script.is_file() else [sys.executable, "-m", "coprod_standards"]
    commands = (
        [sys.executable, "-c", "pass"],
        [sys.executable, "-c", FLOOR],
        [*program, "evaluate", str(path), "--format", "json"],
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: tuple[list[float], ...] = ([], [], [])
    for command in commands:  # bytecode, file cache
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
    for _ in range(runs):
        for command, kept in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
            kept.append(time.perf_counter() - start)
    base, floor, evaluated = (statistics.median(kept) for kept in times)
    return base, floor, evaluated


def report_start_up(base: float, floor: float, command: float) -> bool:
    """Print the start-up figures and the machine's load; whether the target is met."""
    ratio = command / base
    load = ", ".join(f"{figure:.1f}" for figure in os.getloadavg())
    print(
        f"  evaluate FILE.json --format json {command * 1000:.0f} ms, python -c pass "
        f"{base * 1000:.0f} ms: ratio {ratio:.1f} (target <= {START_TARGET}); load {load}"
    )
    print(f"  python -c {FLOOR!r} {floor * 1000:.0f} ms: ratio {floor / base:.1f}")
    return ratio <= START_TARGET


def main() -> int:
    """Run the benchmark and print its figures; 1 where a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stream", type=int, default=100_000, help="assessments streamed")
    parser.add_argument("--runs", type=int, default=21, help="fresh processes per command")
    parser.add_argument("--start-up", action="store_true", help="measure the start-up only")
    parser.add_argument("--stream-child", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.stream_child is not None:
        stream_child(arguments.stream_child)
        return 0
    if arguments.start_up:
        with tempfile.TemporaryDirectory() as name:
            return 0 if report_start_up(*start_up(Path(name), arguments.runs)) else 1
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        read = reading(folder)
        save = saving(folder)
        memory = held_memory(folder)
        times = start_up(folder, arguments.runs)
    flat = streamed(arguments.stream)
    json_ratio = read["load JSON"] / read["json.loads"]
    yaml_ratio = read["load YAML"] / read["C compose"]
    ms = 1000
    print(f"python {sys.version.split()[0]}, one process, one core")
    print(
        f"  fully answered file: JSON {read['json_bytes'] / 1024:.1f} KiB, "
        f"YAML {read['yaml_bytes'] / 1024:.1f} KiB"
    )
    print(
        f"  load_assessment JSON {read['load JSON'] * ms:.3f} ms, json.loads "
        f"{read['json.loads'] * ms:.3f} ms: ratio {json_ratio:.1f} (target <= {JSON_TARGET})"
    )
    print(
        f"  load_assessment YAML {read['load YAML'] * ms:.2f} ms, C-backed compose "
        f"{read['C compose'] * ms:.2f} ms: ratio {yaml_ratio:.2f} (target <= {YAML_TARGET}); "
        f"pure-Python compose {read['pure compose'] * ms:.1f} ms"
    )
    per_core = 1 / (read["load YAML"] + read["evaluate"])
    print(f"  read and evaluate, YAML: {per_core:,.0f} files per second per core")
    for label, seconds in save.items():
        print(f"  {label}: {seconds * ms:.1f} ms")
    for label, kib in memory.items():
        print(f"  an assessment {label}: {kib:.1f} KiB")
    for result in flat:
        print(
            f"  summarise(evaluate(...) for each of {result['count']:,} in a stream): peak RSS "
            f"{result['peak_kib'] / 1024:.1f} MiB, {result['seconds']:.1f} s"
        )
    started = report_start_up(*times)
    missed = json_ratio > JSON_TARGET or yaml_ratio > YAML_TARGET or not started
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
