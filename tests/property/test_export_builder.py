"""The export benchmark's minimal builder and `Evaluation.to_dict()` agree on any assessment."""

from __future__ import annotations

from hypothesis import given

from coprod_standards import Assessment, Policy, evaluate, load
from coprod_standards.testing import assessments, policies
from tests.test_bench_export import bench_export

FRAMEWORK = load("1.1")


@given(assessments(FRAMEWORK), policies())
def test_the_minimal_builder_gives_the_dict_of_to_dict(
    assessment: Assessment, policy: Policy
) -> None:
    """Evidence items, stale evidence, views and surveys come out the same from both."""
    evaluation = evaluate(FRAMEWORK, assessment, policy)
    assert bench_export().minimal_dict(evaluation) == evaluation.to_dict()
