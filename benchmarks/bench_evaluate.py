"""How fast the engine evaluates fully answered V1.1 assessments.

Target: at least 20,000 full evaluations per second on one core.

    python benchmarks/bench_evaluate.py [--batch 10000]

It builds a batch of fully answered assessments (every criterion that no
survey decides answered, a mix of met, not met and not applicable, plus
surveys for every metric and population), then times:

* ``evaluate`` of one assessment, repeated (best of several rounds);
* ``evaluate_many`` over the whole batch;
* building the assessments' results (``to_dict()``) for a sample, which is
  work the engine defers until a report asks for it;
* constructing the batch's ``Assessment`` objects, which index their answers
  once so that each evaluation works with sets.
"""

from __future__ import annotations

import argparse
import datetime
import random
import sys
import time
import timeit

from coprod_standards import (
    Answer,
    Assessment,
    Status,
    SurveyResponse,
    evaluate,
    evaluate_many,
    load,
)

TARGET = 20_000
DAY = datetime.date(2026, 9, 30)


def answers(rng: random.Random) -> dict[str, Answer]:
    framework = load("1.1")
    result = {}
    for criterion in framework.criteria:
        if criterion.survey is not None:
            continue
        roll = rng.random()
        if roll < 0.8:
            result[criterion.id] = Answer(Status.MET)
        elif roll < 0.95:
            result[criterion.id] = Answer(Status.NOT_MET)
        else:
            result[criterion.id] = Answer(Status.NOT_APPLICABLE, reason="Does not apply to us.")
    return result


def surveys(rng: random.Random) -> tuple[SurveyResponse, ...]:
    def survey(metric: str, population: str) -> SurveyResponse:
        respondents = rng.randint(10, 200)
        return SurveyResponse(
            metric,
            population,
            respondents,
            agree=rng.randint(respondents // 2, respondents),
            conducted_on=DAY - datetime.timedelta(days=rng.randint(0, 360)),
        )

    return (
        survey("inclusion", "service_users"),
        survey("communication", "service_users"),
        survey("communication", "staff"),
    )


def build(
    count: int, seed: int = 2026
) -> list[tuple[dict[str, Answer], tuple[SurveyResponse, ...]]]:
    rng = random.Random(seed)
    return [(answers(rng), surveys(rng)) for _ in range(count)]


def main() -> int:
    """Run the benchmark and print its figures; 1 where the target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=10_000, help="assessments in the batch")
    arguments = parser.parse_args()
    framework = load("1.1")
    raw = build(arguments.batch)

    start = time.perf_counter()
    batch = [
        Assessment("1.1", f"Organisation {n}", DAY, criteria=criteria, surveys=found)
        for n, (criteria, found) in enumerate(raw)
    ]
    construct = time.perf_counter() - start

    one = batch[0]
    evaluate(framework, one)  # warm the per-framework plan
    rounds = timeit.repeat(lambda: evaluate(framework, one), number=2000, repeat=5)
    single = min(rounds) / 2000

    start = time.perf_counter()
    results = list(evaluate_many(framework, batch))
    many = time.perf_counter() - start

    sample = results[:200]
    start = time.perf_counter()
    for result in sample:
        result.to_dict()
    report = (time.perf_counter() - start) / len(sample)

    per_second = len(batch) / many
    print(f"python {sys.version.split()[0]}, one process, one core")
    print(
        f"  evaluate one fully answered assessment: {single * 1e6:.1f} us "
        f"({1 / single:,.0f} per second, best of 5 rounds of 2,000)"
    )
    print(
        f"  evaluate_many over {len(batch):,}: {many:.3f} s ({per_second:,.0f} per second; "
        f"target at least {TARGET:,})"
    )
    print(
        f"  constructing those {len(batch):,} Assessment objects: {construct:.3f} s "
        f"({len(batch) / construct:,.0f} per second)"
    )
    print(
        f"  to_dict() of one evaluation (per-criterion results, built on demand): "
        f"{report * 1e3:.2f} ms"
    )
    return 0 if per_second >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
