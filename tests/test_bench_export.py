"""The export benchmark's minimal builder gives exactly `Evaluation.to_dict()`'s dict."""

from __future__ import annotations

import datetime
import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from coprod_standards import (
    Answer,
    Assessment,
    Consensus,
    Policy,
    Status,
    SurveyResponse,
    evaluate,
    load,
    load_assessment,
)
from coprod_standards.core.assessment import CarriedAnswer
from coprod_standards.core.evidence import EvidenceItem

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
POLICIES = (
    Policy(),
    Policy(consensus=Consensus.MAJORITY, max_evidence_age_months=6, stale_evidence_unmeets=True),
)


def bench_export() -> ModuleType:
    """benchmarks/bench_export.py, imported as the benchmark imports it (beside bench_evaluate)."""
    folder = str(ROOT / "benchmarks")
    if folder not in sys.path:
        sys.path.append(folder)
    return importlib.import_module("bench_export")


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("name", sorted(path.name for path in EXAMPLES.glob("*.yaml")))
def test_the_minimal_builder_gives_the_dict_of_to_dict(name: str, policy: Policy) -> None:
    """For each example and policy, the benchmark's baseline builds to_dict()'s very dict."""
    evaluation = evaluate(load("1.1"), load_assessment(EXAMPLES / name), policy)
    assert bench_export().minimal_dict(evaluation) == evaluation.to_dict()


def test_the_minimal_builder_gives_the_dict_of_to_dict_for_the_benchmarks_own() -> None:
    """On the benchmark's own fully answered evaluations, both give the same dict."""
    module = bench_export()
    for evaluation in module.evaluations(3, seed=7):
        assert module.minimal_dict(evaluation) == evaluation.to_dict()


def test_the_minimal_builder_gives_the_dict_of_to_dict_in_rare_cases() -> None:
    """Evidence items, old evidence (also on a survey criterion), percentages, re-confirming."""
    day = datetime.date(2026, 9, 30)
    old = EvidenceItem("Survey report", link="report.pdf", date=datetime.date(2025, 1, 5))
    kept = EvidenceItem("Minutes", date=datetime.date(2026, 9, 1), owner="Jo")
    criteria = {
        "1.1.B1": Answer(evidence=(old,)),
        "1.2.B1": Answer(Status.MET, evidence=(old, kept)),
        "1.2.B2": Answer(previous=CarriedAnswer("1.0", "1.2.B2", Status.MET, comment="Yes")),
        "1.2.S1": Answer(views={"staff": Status.MET, "service_users": Status.NOT_MET}),
    }
    surveys = (
        SurveyResponse("inclusion", "service_users", 33, percent_agree=54.9, conducted_on=day),
    )
    assessment = Assessment("1.1", "Riverside", day, criteria=criteria, surveys=surveys)
    evaluation = evaluate(load("1.1"), assessment, POLICIES[1])
    data = evaluation.to_dict()
    assert data["criteria"]["1.1.B1"]["explanation"].endswith("Survey report (2025-01-05)")
    assert bench_export().minimal_dict(evaluation) == data
