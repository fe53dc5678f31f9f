"""An action plan: for each indicator, what it takes to reach the next tier.

The quickest wins come first: indicators with the fewest criteria between
them and their next tier, then in the checklist's order.

>>> import coprod_standards
>>> evaluation = coprod_standards.evaluate(
...     coprod_standards.load("1.1"),
...     coprod_standards.load_assessment("examples/small-organisation-bronze.yaml"),
... )
>>> first = action_plan(evaluation)[0]
>>> first.indicator.id, first.target.label, [c.id for c in first.criteria]
('1.1', 'Silver', ['1.1.S1'])
"""

from __future__ import annotations

from typing import Any

import attrs

from .labels import COMMENT, EVIDENCE, NO_ORGANISATION, in_sentence
from .models import Tier
from .results import CriterionResult, Evaluation, IndicatorResult, tier_label, tier_value
from .tables import markdown_text as _md
from .tables import records_csv

__all__ = ["PlanItem", "action_plan", "plan_csv", "plan_markdown", "plan_records"]


@attrs.frozen
class PlanItem:
    """One indicator's next step.

    Attributes:
        indicator: The indicator's result.
        target: The tier to reach next.
        criteria: The criteria still to meet for it.
    """

    indicator: IndicatorResult
    target: Tier
    criteria: tuple[CriterionResult, ...]


def action_plan(evaluation: Evaluation) -> tuple[PlanItem, ...]:
    """Every indicator below Gold with the criteria it needs next, quickest wins first."""
    items = [
        PlanItem(result, result.next_tier, result.blocking)
        for result in evaluation.indicators
        if result.next_tier is not None
    ]
    # sorted() is stable: equal counts keep the checklist's order.
    return tuple(sorted(items, key=lambda item: len(item.criteria)))


def plan_records(evaluation: Evaluation) -> list[dict[str, Any]]:
    """The action plan as flat records, one per criterion to meet."""
    assessment = evaluation.assessment
    records = []
    for step, item in enumerate(action_plan(evaluation), start=1):
        for criterion in item.criteria:
            records.append(
                {
                    "step": step,
                    "organisation": assessment.organisation,
                    "assessed_on": assessment.assessed_on,
                    "indicator": item.indicator.id,
                    "indicator_title": item.indicator.indicator.title,
                    "tier": tier_value(item.indicator.achieved),
                    "target": item.target.value,
                    "criteria_to_go": len(item.criteria),
                    "criterion": criterion.id,
                    "status": criterion.outcome.value,
                    "text": criterion.criterion.text,
                    "evidence": criterion.answer.evidence,
                    "comment": criterion.answer.comment,
                    "indicator_comment": item.indicator.note.comment,
                }
            )
    return records


def plan_csv(evaluation: Evaluation) -> str:
    """The action plan as CSV, one row per criterion to meet."""
    return records_csv(plan_records(evaluation))


def plan_markdown(evaluation: Evaluation) -> str:
    """The action plan as a Markdown document a meeting can work through."""
    assessment = evaluation.assessment
    who = assessment.organisation or NO_ORGANISATION
    lines = [
        f"# Action plan: {_md(who)}",
        "",
        f"Assessed on {assessment.assessed_on.isoformat()} "
        f"against {_md(evaluation.framework.name)}. "
        f"Overall: {tier_label(evaluation.overall)}.",
        "",
        "Indicators are listed with the fewest criteria to their next tier first.",
    ]
    plan = action_plan(evaluation)
    if not plan:
        lines += ["", "Every indicator has reached Gold."]
    for step, item in enumerate(plan, start=1):
        indicator = item.indicator
        count = len(item.criteria)
        lines += [
            "",
            f"## {step}. {indicator.id} {_md(indicator.indicator.title)}",
            "",
            f"Now: {tier_label(indicator.achieved)}. Next: {item.target.label}, "
            f"{count} {'criterion' if count == 1 else 'criteria'} to meet.",
        ]
        if indicator.note.comment:
            lines += ["", f"{COMMENT}: {_md(indicator.note.comment)}"]
        lines.append("")
        for criterion in item.criteria:
            status = in_sentence(criterion.outcome.label)
            lines.append(f"- [ ] **{criterion.id}** ({status}): {_md(criterion.criterion.text)}")
            details = [
                f"{label}: {_md(value)}"
                for label, value in (
                    (EVIDENCE, criterion.answer.evidence),
                    (COMMENT, criterion.answer.comment),
                )
                if value
            ]
            if criterion.needs_explanation:
                details.append(_md(criterion.explanation))
            lines += [f"  - {detail}" for detail in details]
    return "\n".join(lines) + "\n"
