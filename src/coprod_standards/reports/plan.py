"""An action plan: what to do first to lift the organisation's tiers.

A plan has three parts, in this order:

1. The steps that lift the organisation's **overall** tier to the next one.
   Under the default weakest-link roll-up these are every indicator below
   that tier; under the lower median, the fewest criteria that lift enough
   indicators of enough standards.
2. The steps that lift each remaining **standard** to its next tier, chosen
   the same way; the standard that needs the fewest criteria comes first.
3. The rest: every other indicator below Gold, to its next tier.

Within a part the step with the fewest criteria comes first, then the
checklist's order. Each `PlanItem` says, as data, which part it is in and
which standard and overall tier it counts towards.

>>> import coprod_standards
>>> evaluation = coprod_standards.evaluate(
...     coprod_standards.load("1.1"),
...     coprod_standards.load_assessment("examples/mixed-tiers.yaml"),
... )
>>> evaluation.overall is None
True
>>> first = action_plan(evaluation)[0]
>>> first.indicator.id, tier_label(first.target), [c.id for c in first.criteria]
('5.5', 'Bronze', ['5.5.B1'])
>>> first.phase.value, tier_label(first.unlocks_standard), tier_label(first.unlocks_overall)
('overall', 'Bronze', 'Bronze')
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from coprod_standards.core.models import Tier
from coprod_standards.core.policy import RollUp
from coprod_standards.core.results import (
    CriterionResult,
    Evaluation,
    IndicatorResult,
    StandardResult,
    next_tier,
    tier_value,
)

from .errata import reading_line
from .explanations import evidence_text, explain, stale_evidence_note
from .labels import (
    COMMENT,
    EVIDENCE,
    assessed_name,
    in_sentence,
    outcome_label,
    tier_label,
)
from .tables import markdown_text as _md
from .tables import records_csv

__all__ = [
    "PlanItem",
    "PlanPhase",
    "action_plan",
    "plan_csv",
    "plan_markdown",
    "plan_records",
]


class PlanPhase(enum.Enum):
    """The part of an action plan a step is in; the plan lists the parts in this order."""

    #: Lifts the organisation's overall tier, together with the part's other steps.
    OVERALL = "overall"
    #: Lifts one standard's tier, together with that standard's other steps.
    STANDARD = "standard"
    #: Lifts only its indicator's tier.
    INDICATOR = "indicator"


@attrs.frozen
class PlanItem:
    """One indicator's next step.

    Attributes:
        indicator: The indicator's result.
        target: The tier the step takes the indicator to: its next tier
            (under the lower-median roll-up, a step that lifts the overall
            tier may take it further).
        criteria: The criteria still to meet for it.
        phase: The part of the plan the step is in.
        unlocks_standard: The tier of the indicator's standard that this
            step, with the others for it, unlocks; None in the last part.
        unlocks_overall: The overall tier that this step, with the others
            for it, unlocks; None outside the first part.
    """

    indicator: IndicatorResult
    target: Tier
    criteria: tuple[CriterionResult, ...]
    phase: PlanPhase = PlanPhase.INDICATOR
    unlocks_standard: Tier | None = None
    unlocks_overall: Tier | None = None


#: A lift: the indicators to take to a tier, each with the criteria it still needs.
_Lift = list[tuple[IndicatorResult, tuple[CriterionResult, ...]]]


def _missing(result: IndicatorResult, target: Tier) -> tuple[CriterionResult, ...]:
    """The criteria *result* still needs to reach *target* (none if it is there)."""
    return tuple(r for r in result.criteria if r.criterion.tier <= target and not r.met)


def _needed(count: int, roll_up: RollUp) -> int:
    """How many of *count* tiers must reach a tier for their roll-up to reach it."""
    if roll_up is RollUp.WEAKEST_LINK:
        return count
    # The lower median is the ((count - 1) // 2)-th lowest: at most that many may be below.
    return count - (count - 1) // 2


def _cost(lift: _Lift) -> int:
    return sum(len(missing) for _, missing in lift)


def _lift(results: Iterable[IndicatorResult], target: Tier, roll_up: RollUp) -> _Lift:
    """The fewest criteria that take the roll-up of *results* to *target*.

    Each indicator's criteria are its own, so the cheapest indicators are
    the cheapest lift; sorted() is stable, so ties keep the checklist's order.
    """
    costs = [(result, _missing(result, target)) for result in results]
    cheapest = sorted(costs, key=lambda pair: len(pair[1]))[: _needed(len(costs), roll_up)]
    return [(result, missing) for result, missing in cheapest if missing]


def _standard_lift(standard: StandardResult, target: Tier, roll_up: RollUp) -> _Lift:
    return _lift(standard.indicators, target, roll_up)


def action_plan(evaluation: Evaluation) -> tuple[PlanItem, ...]:
    """Every indicator below Gold with the criteria it needs next, in the plan's order.

    First what lifts the overall tier, then what lifts each standard, then
    the rest; within each part the fewest criteria first (see the module's
    description and ``docs/evaluation.md``).
    """
    roll_up = evaluation.policy.roll_up
    order = {result.id: position for position, result in enumerate(evaluation.indicators)}

    def quickest(items: Iterable[PlanItem]) -> list[PlanItem]:
        return sorted(items, key=lambda item: (len(item.criteria), order[item.indicator.id]))

    overall_target = next_tier(evaluation.overall)
    lifted: set[str] = set()  # the standards the first part lifts
    first: list[PlanItem] = []
    if overall_target is not None:
        lifts = [
            (standard, _standard_lift(standard, overall_target, roll_up))
            for standard in evaluation.standards
        ]
        needed = _needed(len(lifts), roll_up)
        for standard, lift in sorted(lifts, key=lambda pair: _cost(pair[1]))[:needed]:
            if lift:
                lifted.add(standard.id)
            first += [
                PlanItem(
                    result,
                    overall_target,
                    missing,
                    PlanPhase.OVERALL,
                    overall_target,
                    overall_target,
                )
                for result, missing in lift
            ]
    second: list[tuple[int, int, list[PlanItem]]] = []
    for position, standard in enumerate(evaluation.standards):
        target = standard.next_tier
        if target is None or standard.id in lifted:
            continue
        lift = _standard_lift(standard, target, roll_up)
        items = [PlanItem(r, target, m, PlanPhase.STANDARD, target) for r, m in lift]
        second.append((_cost(lift), position, quickest(items)))
    planned = {item.indicator.id for item in first}
    planned.update(item.indicator.id for _, _, items in second for item in items)
    rest = [
        PlanItem(result, target, result.blocking)
        for result in evaluation.indicators
        if (target := result.next_tier) is not None and result.id not in planned
    ]
    return (
        *quickest(first),
        *(item for _, _, items in sorted(second, key=lambda s: s[:2]) for item in items),
        *quickest(rest),
    )


def plan_records(evaluation: Evaluation) -> list[dict[str, Any]]:
    """The action plan as flat records, one per criterion to meet.

    ``phase`` is ``overall``, ``standard`` or ``indicator``;
    ``unlocks_standard`` and ``unlocks_overall`` are the tiers the step
    counts towards (empty where none).
    """
    assessment = evaluation.assessment
    standards = _standards(evaluation)
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
                    "evidence": evidence_text(criterion.answer.evidence),
                    "comment": criterion.answer.comment,
                    "indicator_comment": item.indicator.note.comment,
                    "standard": standards[item.indicator.id].id,
                    "phase": item.phase.value,
                    "unlocks_standard": tier_value(item.unlocks_standard),
                    "unlocks_overall": tier_value(item.unlocks_overall),
                }
            )
    return records


def plan_csv(evaluation: Evaluation) -> str:
    """The action plan as CSV, one row per criterion to meet."""
    return records_csv(plan_records(evaluation))


def _standards(evaluation: Evaluation) -> dict[str, StandardResult]:
    """Each indicator's standard's result, by the indicator's id."""
    return {i.id: standard for standard in evaluation.standards for i in standard.indicators}


def _count(number: int) -> str:
    return f"{number} {'criterion' if number == 1 else 'criteria'}"


_ROLL_UP = {
    RollUp.WEAKEST_LINK: "every indicator below {tier} must reach it",
    RollUp.LOWER_MEDIAN: (
        "under the lower-median roll-up, these are the fewest criteria that take "
        "enough indicators of enough standards to {tier}"
    ),
}

_PARTS = {
    PlanPhase.OVERALL: "## To reach {tier} overall",
    PlanPhase.STANDARD: "## To lift each standard to its next tier",
    PlanPhase.INDICATOR: "## Other steps",
}


def _introduction(evaluation: Evaluation, phase: PlanPhase, items: list[PlanItem]) -> str:
    total = _count(sum(len(item.criteria) for item in items))
    if phase is PlanPhase.OVERALL:
        tier = tier_label(items[0].unlocks_overall)
        why = _ROLL_UP[evaluation.policy.roll_up].format(tier=tier)
        return (
            f"The overall tier rises to {tier} when these steps are done: {why} ({total} in all)."
        )
    if phase is PlanPhase.STANDARD:
        return (
            "The steps for a standard together lift it to its next tier; "
            "the standard that needs the fewest criteria comes first."
        )
    return "Each step lifts one indicator to its next tier."


def plan_markdown(evaluation: Evaluation) -> str:
    """The action plan as a Markdown document a meeting can work through."""
    assessment = evaluation.assessment
    who = assessed_name(assessment.organisation, assessment.service)
    lines = [
        f"# Action plan: {_md(who)}",
        "",
        f"Assessed on {assessment.assessed_on.isoformat()} "
        f"against {_md(evaluation.framework.name)}. "
        f"Overall: {tier_label(evaluation.overall)}.",
        "",
        "First come the steps that lift the overall tier, then those that lift a standard's "
        "tier, then the rest; within each part, the fewest criteria first.",
    ]
    plan = action_plan(evaluation)
    standards = _standards(evaluation)
    if not plan:
        lines += ["", "Every indicator has reached Gold."]
    for step, item in enumerate(plan, start=1):
        if step == 1 or plan[step - 2].phase is not item.phase:
            part = [other for other in plan if other.phase is item.phase]
            heading = _PARTS[item.phase].format(tier=tier_label(item.unlocks_overall))
            lines += ["", heading, "", _introduction(evaluation, item.phase, part)]
        indicator = item.indicator
        towards = []
        if item.unlocks_standard is not None:
            standard = standards[indicator.id].id
            towards.append(f"{tier_label(item.unlocks_standard)} for standard {standard}")
        if item.unlocks_overall is not None:
            towards.append(f"{tier_label(item.unlocks_overall)} overall")
        lines += [
            "",
            f"### {step}. {indicator.id} {_md(indicator.indicator.title)}",
            "",
            f"Now: {tier_label(indicator.achieved)}. Next: {tier_label(item.target)}, "
            f"{_count(len(item.criteria))} to meet."
            + (f" Counts towards: {' and '.join(towards)}." if towards else ""),
        ]
        if indicator.note.comment:
            lines += ["", f"{COMMENT}: {_md(indicator.note.comment)}"]
        lines.append("")
        for criterion in item.criteria:
            status = in_sentence(outcome_label(criterion.outcome.value))
            lines.append(f"- [ ] **{criterion.id}** ({status}): {_md(criterion.criterion.text)}")
            details = []
            published = criterion.criterion
            if reading := reading_line(published.text, published.errata, _md):
                details.append(reading)
            details += [
                f"{label}: {_md(value)}"
                for label, value in (
                    (EVIDENCE, evidence_text(criterion.answer.evidence)),
                    (COMMENT, criterion.answer.comment),
                )
                if value
            ]
            if criterion.needs_explanation:
                details.append(_md(explain(criterion)))
            lines += [f"  - {detail}" for detail in details]
    return "\n".join(lines + _evidence_to_renew(evaluation)) + "\n"


def _evidence_to_renew(evaluation: Evaluation) -> list[str]:
    """The criteria that count as met but whose evidence is out of date: to renew in time."""
    ageing = [result for result in evaluation.criteria if result.met and result.stale_evidence]
    if not ageing:
        return []
    lines = [
        "",
        "## Evidence to renew",
        "",
        "These criteria count as met, but some of their evidence is older than the policy's "
        f"{evaluation.policy.max_evidence_age_months} months.",
        "",
    ]
    for result in ageing:
        note = stale_evidence_note(result)
        lines.append(f"- [ ] **{result.id}**: {_md(note[0].upper() + note[1:])}")
    return lines
