"""What an evaluation finds: per criterion, indicator, standard and overall.

`coprod_standards.evaluate` returns an `Evaluation`. Its results are data:
each criterion's outcome (and, for a survey criterion, the figures that
decided it), each indicator's tier and the criteria that block the next one.
The reports put them into words (`coprod_standards.reports.explanations`).

This module gathers the results' names from the modules that define them:
`criterion_results` (each criterion's outcome and survey checks),
`tier_results` (each indicator's and standard's tier) and `evaluation` (the
whole, with its exports).
"""

from __future__ import annotations

from .criterion_results import CriterionResult, Outcome, PopulationCheck, SurveyCheck
from .evaluation import Evaluation
from .tier_results import TIER_OF_RANK as TIER_OF_RANK
from .tier_results import IndicatorResult, StandardResult, next_tier, tier_value

__all__ = [
    "CriterionResult",
    "Evaluation",
    "IndicatorResult",
    "Outcome",
    "PopulationCheck",
    "StandardResult",
    "SurveyCheck",
    "next_tier",
    "tier_value",
]
