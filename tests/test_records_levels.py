"""Records an analyst can sort: tier ranks, the standard and organisation levels, DataFrames."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_standards import (
    CoprodError,
    Evaluation,
    evaluate_many,
    load,
    load_assessment,
    to_dataframe,
)

EXAMPLES = Path(__file__).parents[1] / "examples"
NAMES = ["small-organisation-bronze", "mixed-tiers", "joint-assessment"]


@pytest.fixture(scope="module")
def evaluations() -> list[Evaluation]:
    framework = load("1.1")
    return list(evaluate_many(framework, [load_assessment(EXAMPLES / f"{n}.yaml") for n in NAMES]))


def test_every_tier_column_has_a_rank(evaluations: list[Evaluation]) -> None:
    """Each tier column has a _rank beside it: none 0, bronze 1, silver 2, gold 3."""
    ranks = {None: 0, "bronze": 1, "silver": 2, "gold": 3}
    for level in ("organisation", "standard", "indicator", "criterion"):
        for record in evaluations[1].to_records(level):
            tiers = [key for key in record if f"{key}_rank" in record]
            assert tiers, level
            for key in tiers:
                assert record[f"{key}_rank"] == ranks[record[key]]


def test_standard_records(evaluations: list[Evaluation]) -> None:
    """One record per standard, with its tier and how many indicators reach each tier."""
    records = evaluations[0].to_records("standard")
    assert [record["standard"] for record in records] == [str(n) for n in range(1, 11)]
    first = records[0]
    result = evaluations[0].standards[0]
    assert first["tier"] == (None if result.achieved is None else result.achieved.value)
    assert first["indicators"] == len(result.indicators)
    counted = sum(first[f"indicators_{t}"] for t in ("gold", "silver", "bronze", "no_tier"))
    assert counted == first["indicators"]


def test_organisation_record(evaluations: list[Evaluation]) -> None:
    """One record for the organisation: its overall tier and its standards' tiers counted."""
    (record,) = evaluations[0].to_records("organisation")
    assert record["organisation"] == evaluations[0].assessment.organisation
    assert (record["tier"], record["tier_rank"]) == ("bronze", 1)
    assert record["standards"] == 10
    assert record["standards_no_tier"] == 0


def test_dataframe_tiers_sort_by_tier(evaluations: list[Evaluation]) -> None:
    """to_dataframe gives tiers as an ordered categorical: none < bronze < silver < gold."""
    pytest.importorskip("pandas")
    frame = to_dataframe(evaluations, level="indicator")
    assert len(frame) == 3 * 36
    assert list(frame["tier"].cat.categories) == ["none", "bronze", "silver", "gold"]
    assert frame["tier"].cat.ordered
    ordered = frame.sort_values("tier")["tier_rank"].tolist()
    assert ordered == sorted(ordered)
    assert (frame["tier"] >= "silver").sum() == (frame["tier_rank"] >= 2).sum()


def test_dataframe_of_one_evaluation_and_of_a_stream(evaluations: list[Evaluation]) -> None:
    """One evaluation, or an iterator of them read once, gives its records as rows."""
    pytest.importorskip("pandas")
    assert len(to_dataframe(evaluations[0], level="standard")) == 10
    assert len(to_dataframe(iter(evaluations), level="organisation")) == 3


def test_dataframe_without_pandas_names_the_extra(
    evaluations: list[Evaluation], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pandas, a one-line error says which extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an import finds: not installed
    with pytest.raises(CoprodError, match=r"pip install 'coprod-standards\[pandas\]'"):
        to_dataframe(evaluations)


def test_a_summary_keeps_counts_not_evaluations() -> None:
    """Summarise reads a stream once and lets each evaluation go: only tiers are kept."""
    import gc
    import weakref

    from coprod_standards import evaluate, summarise
    from coprod_standards.reports.summary import OrganisationTiers

    framework = load("1.1")
    seen: list[weakref.ref[object]] = []

    def stream() -> Iterator[Evaluation]:
        for name in NAMES:
            evaluation = evaluate(framework, load_assessment(EXAMPLES / f"{name}.yaml"))
            seen.append(weakref.ref(evaluation.assessment))
            yield evaluation

    summary = summarise(stream())
    gc.collect()
    assert [ref() for ref in seen] == [None, None, None]
    first = summary.organisations[0]
    assert isinstance(first, OrganisationTiers)
    assert (first.organisation, len(first.standards)) == ("Harbour Lane Peer Support", 10)
    assert summary.overall == {"gold": 0, "silver": 0, "bronze": 1, None: 2}
