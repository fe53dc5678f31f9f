"""The golden fixtures in data/v1_1/golden: assessments with their hand-worked expected results.

Each ``<name>.expected.yaml`` names an assessment file beside it, the policy to
evaluate it under, and the tiers and criterion outcomes it must give. The
same files let another implementation of the standards check itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import coprod_standards
from coprod_standards import Policy
from coprod_standards.core.policy import policy_from_options
from coprod_standards.formats import _yaml

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "data" / "v1_1" / "golden"
EXAMPLES = ROOT / "examples"

EXPECTED = sorted(GOLDEN.glob("*.expected.yaml"))
ASSESSMENTS = sorted(GOLDEN.glob("*.assessment.yaml"))
COPIED_EXAMPLES = ["small-organisation-bronze", "mixed-tiers", "joint-assessment"]

POLICY_FIELDS = {field.name for field in attrs.fields(Policy)}


def read_expected(path: Path) -> dict[str, Any]:
    data = _yaml.parse(path.read_text(encoding="utf-8"), str(path)).data
    assert isinstance(data, dict), f"{path.name}: expected a mapping at the top level"
    return data


def build_policy(fields: dict[str, Any]) -> Policy:
    assert set(fields) == POLICY_FIELDS, f"policy must name every field: {sorted(fields)}"
    return policy_from_options(fields)


def tier(value: coprod_standards.Tier | None) -> str | None:
    return None if value is None else value.value


def test_the_fixtures_are_there() -> None:
    """The golden directory holds the copied examples and at least eleven expected files."""
    names = {path.name for path in EXPECTED}
    for name in COPIED_EXAMPLES:
        assert f"{name}.expected.yaml" in names
    assert "joint-assessment-majority.expected.yaml" in names
    assert len(EXPECTED) >= 11
    assert (GOLDEN / "README.md").is_file()


@pytest.mark.parametrize("name", COPIED_EXAMPLES)
def test_copied_examples_are_byte_identical(name: str) -> None:
    """Each copied example is byte for byte the file in examples/, so the two cannot drift."""
    copy = GOLDEN / f"{name}.assessment.yaml"
    assert copy.read_bytes() == (EXAMPLES / f"{name}.yaml").read_bytes()


@pytest.mark.parametrize("path", ASSESSMENTS, ids=lambda path: path.name)
def test_fixture_assessment_loads(path: Path) -> None:
    """Every fixture assessment loads without error and answers V1.1."""
    assessment = coprod_standards.load_assessment(path)
    assert assessment.version == "1.1"


@pytest.mark.parametrize("path", ASSESSMENTS, ids=lambda path: path.name)
def test_fixture_assessment_has_an_expected_file(path: Path) -> None:
    """Every fixture assessment is named by at least one expected file."""
    named = {read_expected(expected)["assessment"] for expected in EXPECTED}
    assert path.name in named


@pytest.mark.parametrize("path", EXPECTED, ids=lambda path: path.name)
def test_golden_expected_results(path: Path) -> None:
    """Evaluating the fixture under its policy gives exactly the hand-worked expected results."""
    expected = read_expected(path)
    assert set(expected) >= {"assessment", "policy", "overall", "standards", "indicators"}
    framework = coprod_standards.load("1.1")
    assessment = coprod_standards.load_assessment(GOLDEN / expected["assessment"])
    evaluation = coprod_standards.evaluate(framework, assessment, build_policy(expected["policy"]))

    assert tier(evaluation.overall) == expected["overall"], "overall"
    standards = {result.id: tier(result.achieved) for result in evaluation.standards}
    assert standards == expected["standards"]
    indicators = {result.id: tier(result.achieved) for result in evaluation.indicators}
    assert indicators == expected["indicators"]

    criteria: dict[str, str] = expected.get("criteria") or {}
    survey_ids = {c.id for c in framework.criteria if c.survey is not None}
    assert survey_ids <= set(criteria), "every survey criterion must be listed"
    outcomes = {key: evaluation.criterion(key).outcome.value for key in criteria}
    assert outcomes == criteria
