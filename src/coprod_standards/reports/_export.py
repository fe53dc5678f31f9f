"""Evaluations as plain data: the contract of ``Evaluation.to_dict()``.

Tiers are ``"bronze"``, ``"silver"``, ``"gold"`` or None; dates are ISO
strings; exact fractions (a survey recorded as a percentage) become floats.
"""

from __future__ import annotations

import datetime
from fractions import Fraction
from typing import Any

import attrs

from coprod_standards.core.evaluation import RecordLevel
from coprod_standards.core.evidence import Evidence
from coprod_standards.core.policy import policy_to_options
from coprod_standards.core.results import (
    CriterionResult,
    Evaluation,
    IndicatorResult,
    Outcome,
    PopulationCheck,
    tier_value,
)
from coprod_standards.core.tier_results import count_tiers

from .explanations import evidence_text, explain, explain_with_checks

FORMAT = 1


def evaluation_to_dict(evaluation: Evaluation) -> dict[str, Any]:
    """The plain-data form of *evaluation*."""
    # One pass over the criteria gives their records, the not-applicable ones
    # and the disagreements; each is put into words once.
    assessment = evaluation.assessment
    criteria: dict[str, dict[str, Any]] = {}
    not_applicable = []
    disagreements = []
    for result in evaluation.criteria:
        data = criteria[result.id] = _criterion(result)
        if result.outcome is Outcome.NOT_APPLICABLE:
            not_applicable.append({"criterion": result.id, "reason": data["reason"]})
        if data["disagreement"]:
            disagreements.append({"criterion": result.id, "views": dict(data["views"])})
    return {
        "format": FORMAT,
        "version": evaluation.framework.version,
        "organisation": assessment.organisation,
        "assessed_on": assessment.assessed_on.isoformat(),
        "completed_by": list(assessment.completed_by),
        "policy": policy_to_options(evaluation.policy),
        "overall": tier_value(evaluation.overall),
        "tier_counts": _counts(evaluation.tier_counts),
        "standards": {
            result.id: {
                "title": result.standard.title,
                "achieved": tier_value(result.achieved),
                "tier_counts": _counts(result.tier_counts),
                "indicators": [indicator.id for indicator in result.indicators],
            }
            for result in evaluation.standards
        },
        "indicators": {result.id: _indicator(result) for result in evaluation.indicators},
        "criteria": criteria,
        "not_applicable": not_applicable,
        "disagreements": disagreements,
    }


def _counts(counts: dict[str | None, int]) -> dict[str, int]:
    return {("none" if tier is None else tier): count for tier, count in counts.items()}


def _indicator(result: IndicatorResult) -> dict[str, Any]:
    return {
        "title": result.indicator.title,
        "standard": result.indicator.standard_id,
        "achieved": tier_value(result.achieved),
        "next_tier": tier_value(result.next_tier),
        "blocking": [criterion.id for criterion in result.blocking],
        "comment": result.note.comment,
    }


def _evidence(evidence: Evidence) -> str | list[dict[str, str]]:
    """Evidence as JSON holds it: its text, or each item's keys that are given."""
    if isinstance(evidence, str):
        return evidence
    return [
        {
            key: value.isoformat() if isinstance(value, datetime.date) else value
            for key, value in attrs.asdict(item).items()
            if value is not None
        }
        for item in evidence
    ]


def _criterion(result: CriterionResult) -> dict[str, Any]:
    answer = result.answer
    outcome = result.outcome
    explanation, checks = explain_with_checks(result)
    data: dict[str, Any] = {
        "indicator": result.criterion.indicator_id,
        "tier": result.criterion.tier.value,
        "status": outcome.value,
        "met": outcome.met,
        "explanation": explanation,
        "evidence": _evidence(answer.evidence),
        "comment": answer.comment,
        "reason": answer.reason,
        "views": {group: view.value for group, view in answer.views.items()},
        "disagreement": bool(answer.views) and result.disagreement,
    }
    survey = result.survey
    if survey is not None:
        threshold = survey.threshold
        data["survey"] = {
            "metric": threshold.metric,
            "minimum_percent": threshold.minimum_percent,
            "band_upper_percent": threshold.band_upper_percent,
            "populations": [
                _population(check, said)
                for check, said in zip(survey.populations, checks, strict=True)
            ],
        }
    return data


def _population(check: PopulationCheck, explanation: str) -> dict[str, Any]:
    agree = check.agree
    return {
        "populations": list(check.populations),
        "status": check.outcome.value,
        "explanation": explanation,
        "conducted_on": None if check.conducted_on is None else check.conducted_on.isoformat(),
        "agree": float(agree) if isinstance(agree, Fraction) else agree,
        "respondents": check.respondents,
    }


#: The levels of records, from the whole organisation down to each criterion.
LEVELS = ("organisation", "standard", "indicator", "criterion")

#: A tier's rank, so that records sort by tier: none < bronze < silver < gold.
TIER_RANKS: dict[str | None, int] = {None: 0, "bronze": 1, "silver": 2, "gold": 3}


def _ranked(name: str, tier: str | None) -> dict[str, Any]:
    """The column *name* holding *tier*, and beside it its rank."""
    return {name: tier, f"{name}_rank": TIER_RANKS[tier]}


def _tier_counts(counts: dict[str | None, int], of: str) -> dict[str, int]:
    return {f"{of}_{'no_tier' if tier is None else tier}": count for tier, count in counts.items()}


def evaluation_records(evaluation: Evaluation, level: RecordLevel) -> list[dict[str, Any]]:
    """Flat records of *evaluation*, one per organisation, standard, indicator or criterion."""
    if level not in LEVELS:
        choices = ", ".join(repr(choice) for choice in LEVELS)
        raise ValueError(f"level must be one of {choices}, not {level!r}")
    assessment = evaluation.assessment
    common = {
        "organisation": assessment.organisation,
        "assessed_on": assessment.assessed_on,
        "version": evaluation.framework.version,
    }
    if level == "organisation":
        counts = _tier_counts(
            count_tiers(standard.achieved for standard in evaluation.standards), "standards"
        )
        overall = tier_value(evaluation.overall)
        return [
            {**common, **_ranked("tier", overall), "standards": len(evaluation.standards), **counts}
        ]
    if level == "standard":
        return [
            {
                **common,
                "standard": standard.id,
                "standard_title": standard.standard.title,
                **_ranked("tier", tier_value(standard.achieved)),
                "indicators": len(standard.indicators),
                **_tier_counts(standard.tier_counts, "indicators"),
            }
            for standard in evaluation.standards
        ]
    records: list[dict[str, Any]] = []
    for standard in evaluation.standards:
        for indicator in standard.indicators:
            if level == "indicator":
                records.append(
                    {
                        **common,
                        "standard": standard.id,
                        "standard_title": standard.standard.title,
                        **_ranked("standard_tier", tier_value(standard.achieved)),
                        "indicator": indicator.id,
                        "indicator_title": indicator.indicator.title,
                        **_ranked("tier", tier_value(indicator.achieved)),
                        "next_tier": tier_value(indicator.next_tier),
                        "blocking": " ".join(c.id for c in indicator.blocking),
                        "criteria_met": sum(1 for c in indicator.criteria if c.met),
                        "criteria": len(indicator.criteria),
                        "comment": indicator.note.comment,
                    }
                )
                continue
            for criterion in indicator.criteria:
                records.append(
                    {
                        **common,
                        "standard": standard.id,
                        "indicator": indicator.id,
                        **_ranked("indicator_tier", tier_value(indicator.achieved)),
                        "criterion": criterion.id,
                        **_ranked("criterion_tier", criterion.criterion.tier.value),
                        "status": criterion.outcome.value,
                        "met": criterion.met,
                        "survey": criterion.survey is not None,
                        "disagreement": criterion.disagreement,
                        "evidence": evidence_text(criterion.answer.evidence),
                        "comment": criterion.answer.comment,
                        "reason": criterion.answer.reason,
                        "explanation": explain(criterion),
                        "text": criterion.criterion.text,
                    }
                )
    return records
