"""Evaluations as a pandas DataFrame, tiers as an ordered categorical.

>>> import coprod_standards
>>> framework = coprod_standards.load("1.1")
>>> evaluations = list(coprod_standards.evaluate_many(framework, [
...     coprod_standards.load_assessment(f"examples/{name}.yaml")
...     for name in ("small-organisation-bronze", "mixed-tiers")
... ]))
>>> frame = to_dataframe(evaluations, level="organisation")
>>> list(frame.sort_values("tier", ascending=False)["organisation"])
['Harbour Lane Peer Support', 'Eastgate Community Wellbeing Trust']
>>> list(frame["tier"])
['bronze', 'none']

pandas is an optional dependency: install ``coprod-standards[pandas]``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from coprod_standards.core.evaluation import RecordLevel
from coprod_standards.core.results import Evaluation
from coprod_standards.errors import CoprodError

__all__ = ["TIER_ORDER", "to_dataframe"]

#: The tiers from lowest to highest, as the categories of a tier column.
TIER_ORDER = ("none", "bronze", "silver", "gold")


def to_dataframe(
    evaluations: Evaluation | Iterable[Evaluation], *, level: RecordLevel = "indicator"
) -> Any:
    """A `pandas.DataFrame` of the records of *evaluations* at *level*.

    The rows are `Evaluation.to_records` of each evaluation in turn (an
    iterator of evaluations is read once, as it comes). Each tier column is
    an ordered categorical, ``none < bronze < silver < gold``, so that it
    sorts and compares by tier; the ``_rank`` columns beside them hold the
    same order as numbers.

    Raises:
        CoprodError: pandas is not installed.
        ValueError: *level* is not ``"organisation"``, ``"standard"``,
            ``"indicator"`` or ``"criterion"``.
    """
    try:
        # Through importlib: pandas ships no type information for mypy.
        pandas: Any = importlib.import_module("pandas")
    except ImportError:
        raise CoprodError(
            "to_dataframe needs pandas; install it with: pip install 'coprod-standards[pandas]'"
        ) from None
    if isinstance(evaluations, Evaluation):
        evaluations = (evaluations,)
    records = [record for evaluation in evaluations for record in evaluation.to_records(level)]
    frame = pandas.DataFrame.from_records(records)
    tiers = pandas.CategoricalDtype(TIER_ORDER, ordered=True)
    for column in list(frame.columns):
        if f"{column}_rank" in frame.columns:
            frame[column] = frame[column].fillna("none").astype(tiers)
    return frame
