"""How much the first load() in a fresh process costs, against the bare dependencies.

Target: ``import coprod_standards; coprod_standards.load()`` in a fresh
process takes no more than 1.3 times ``import attrs, cattrs, ruamel.yaml``.
Both commands run alternately in the same run, so that a busy machine slows
both alike; the ratio of their medians is the figure to compare.

    python benchmarks/bench_load.py [--runs 40]

It also times, in this process, loading V1.1 from its YAML (the path a
draft or stale data takes) against loading its compiled form.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

BASELINE = "import attrs, cattrs, ruamel.yaml"
OURS = "import coprod_standards; coprod_standards.load()"
TARGET = 1.3


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def _in_process(repeat: int) -> tuple[float, float]:
    from coprod_standards.formats import _compiled, loader

    root = loader._shipped()["1.1"]
    yaml_times, compiled_times = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        loader._read_directory(root, "data/v1_1")
        yaml_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert _compiled.read(root) is not None
        compiled_times.append(time.perf_counter() - start)
    return statistics.median(yaml_times), statistics.median(compiled_times)


def main() -> int:
    """Run the benchmark and print its figures; 1 where the target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="fresh processes per command")
    arguments = parser.parse_args()
    _time(OURS)  # warm the file cache and any bytecode cache
    baseline, ours = [], []
    for _ in range(arguments.runs):
        baseline.append(_time(BASELINE))
        ours.append(_time(OURS))
    base, mine = statistics.median(baseline), statistics.median(ours)
    ratio = mine / base
    yaml_time, compiled_time = _in_process(10)
    print(f"python {sys.version.split()[0]}, {arguments.runs} fresh processes each, medians:")
    print(f"  {BASELINE!r}: {base * 1000:.1f} ms")
    print(f"  {OURS!r}: {mine * 1000:.1f} ms")
    print(f"  ratio: {ratio:.2f} (target: at most {TARGET})")
    print("in one process, medians of 10:")
    print(f"  load V1.1 from YAML:          {yaml_time * 1000:.1f} ms")
    print(f"  load V1.1 from compiled form: {compiled_time * 1000:.1f} ms")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
