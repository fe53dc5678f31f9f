"""How fast ``Evaluation.to_dict()`` is, against a minimal builder of the identical dict.

Target: ``to_dict()`` at most 1.5 times `minimal_dict`, a straightforward
function that builds the same dict from the evaluation's public data (its
results, the explanations' functions, the policy's options) and nothing of
``to_dict``'s own machinery; the benchmark asserts that both give the same
dict, and ``tests/test_bench_export.py`` checks it too. An evaluation builds
its per-criterion results when first asked and keeps them, so the two are
timed twice, each on evaluations of its own: fresh from the engine (both
build the results) and with the results already built (the export alone).
Rounds alternate, in processor time; the best of each is kept.

    python benchmarks/bench_export.py [--count 200] [--rounds 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

from bench_evaluate import DAY, build

from coprod_standards import Assessment, Evaluation, evaluate, load
from coprod_standards.core.policy import policy_to_options
from coprod_standards.reports.explanations import explain, explain_check, stale_evidence_note

TARGET = 1.5


def _tier(tier: Any) -> str | None:
    return None if tier is None else tier.value


def _counts(tiers: Iterable[Any]) -> dict[str, int]:
    counts = {"gold": 0, "silver": 0, "bronze": 0, "none": 0}
    for tier in tiers:
        counts["none" if tier is None else tier.value] += 1
    return counts


def _evidence(evidence: Any) -> Any:
    if isinstance(evidence, str):
        return evidence
    items = []
    for item in evidence:
        data = {"title": item.title}
        if item.link is not None:
            data["link"] = item.link
        if item.date is not None:
            data["date"] = item.date.isoformat()
        if item.owner is not None:
            data["owner"] = item.owner
        items.append(data)
    return items


def _criterion(result: Any) -> dict[str, Any]:
    answer = result.answer
    views = {group: view.value for group, view in answer.views.items()}
    data: dict[str, Any] = {
        "indicator": result.criterion.indicator_id,
        "tier": result.criterion.tier.value,
        "status": result.outcome.value,
        "met": result.met,
        "explanation": "",
        "evidence": _evidence(answer.evidence),
        "comment": answer.comment,
        "reason": answer.reason,
        "views": views,
        "disagreement": len(set(views.values())) > 1,
    }
    if result.survey is None:
        data["explanation"] = explain(result)
        return data
    populations = []
    for check in result.survey.populations:
        agree = check.agree
        populations.append(
            {
                "populations": list(check.populations),
                "status": check.outcome.value,
                "explanation": explain_check(check),
                "conducted_on": None
                if check.conducted_on is None
                else check.conducted_on.isoformat(),
                "agree": agree if agree is None or isinstance(agree, int) else float(agree),
                "respondents": check.respondents,
            }
        )
    stale = stale_evidence_note(result)
    said = "; ".join(population["explanation"] for population in populations)
    data["explanation"] = f"{said}; {stale}" if stale else said
    threshold = result.survey.threshold
    data["survey"] = {
        "metric": threshold.metric,
        "minimum_percent": threshold.minimum_percent,
        "band_upper_percent": threshold.band_upper_percent,
        "populations": populations,
    }
    return data


def minimal_dict(evaluation: Evaluation) -> dict[str, Any]:
    """The dict ``evaluation.to_dict()`` gives, built directly from its public data."""
    assessment = evaluation.assessment
    indicators: dict[str, Any] = {}
    criteria: dict[str, Any] = {}
    standards: dict[str, Any] = {}
    not_applicable = []
    disagreements = []
    for standard in evaluation.standards:
        for indicator in standard.indicators:
            for result in indicator.criteria:
                data = criteria[result.id] = _criterion(result)
                if result.outcome.value == "not_applicable":
                    not_applicable.append({"criterion": result.id, "reason": data["reason"]})
                if data["disagreement"]:
                    disagreements.append({"criterion": result.id, "views": data["views"]})
            indicators[indicator.id] = {
                "title": indicator.indicator.title,
                "standard": indicator.indicator.standard_id,
                "achieved": _tier(indicator.achieved),
                "next_tier": _tier(indicator.next_tier),
                "blocking": [result.id for result in indicator.blocking],
                "comment": indicator.note.comment,
            }
        standards[standard.id] = {
            "title": standard.standard.title,
            "achieved": _tier(standard.achieved),
            "tier_counts": _counts(indicator.achieved for indicator in standard.indicators),
            "indicators": [indicator.id for indicator in standard.indicators],
        }
    return {
        "format": 1,
        "version": evaluation.framework.version,
        "organisation": assessment.organisation,
        "assessed_on": assessment.assessed_on.isoformat(),
        "completed_by": list(assessment.completed_by),
        "policy": policy_to_options(evaluation.policy),
        "overall": _tier(evaluation.overall),
        "tier_counts": _counts(evaluation.indicator_tiers.values()),
        "standards": standards,
        "indicators": indicators,
        "criteria": criteria,
        "not_applicable": not_applicable,
        "disagreements": disagreements,
    }


def evaluations(count: int, seed: int = 2026) -> list[Evaluation]:
    """*count* fresh evaluations of fully answered V1.1 assessments."""
    framework = load("1.1")
    return [
        evaluate(framework, Assessment("1.1", f"Org {n}", DAY, criteria=answers, surveys=found))
        for n, (answers, found) in enumerate(build(count, seed))
    ]


def timed(export: Callable[[Evaluation], object], count: int, seed: int, built: bool) -> float:
    """Processor seconds per evaluation that *export* takes, over fresh evaluations.

    With *built*, each evaluation's results are built before the clock starts,
    so that only the export itself is timed.
    """
    fresh = evaluations(count, seed)
    if built:
        for evaluation in fresh:
            evaluation.standards  # noqa: B018 (builds and keeps the results)
    start = time.process_time()
    for evaluation in fresh:
        export(evaluation)
    return (time.process_time() - start) / count


def main() -> int:
    """Run the benchmark and print its figures; 1 where the target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="evaluations a round")
    parser.add_argument("--rounds", type=int, default=7, help="rounds; the best is kept")
    arguments = parser.parse_args()
    for evaluation in evaluations(20, seed=1):
        assert evaluation.to_dict() == minimal_dict(evaluation)
    rng = random.Random(2026)
    print(f"python {sys.version.split()[0]}, one process, one core, processor time")
    missed = False
    for built, said in ((False, "fresh evaluations"), (True, "results already built")):
        builder, exported = [], []
        for _ in range(arguments.rounds):
            seed = rng.randrange(1 << 30)
            builder.append(timed(minimal_dict, arguments.count, seed, built))
            exported.append(timed(Evaluation.to_dict, arguments.count, seed, built))
        ratio = min(exported) / min(builder)
        missed = missed or ratio > TARGET
        print(
            f"  {said}: to_dict() {min(exported) * 1e3:.3f} ms, minimal builder "
            f"{min(builder) * 1e3:.3f} ms an evaluation: ratio {ratio:.2f} (target <= {TARGET})"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
