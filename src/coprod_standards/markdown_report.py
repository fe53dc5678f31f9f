"""An evaluation as Markdown: tiers per standard and indicator, then the areas to improve."""

from __future__ import annotations

from .results import Evaluation, tier_label
from .tables import markdown_text as _md
from .tables import records_markdown

__all__ = ["evaluation_markdown"]


def evaluation_markdown(evaluation: Evaluation) -> str:
    """A Markdown report of *evaluation*, for an intranet page or a meeting's papers."""
    assessment = evaluation.assessment
    who = assessment.organisation or "An unnamed organisation"
    lines = [
        f"# {_md(who)}: co-production self-assessment",
        "",
        f"Assessed on {assessment.assessed_on.isoformat()} "
        f"against {_md(evaluation.framework.name)}.",
    ]
    if assessment.completed_by:
        groups = ", ".join(group.replace("_", " ") for group in assessment.completed_by)
        lines.append(f"Completed by {_md(groups)}.")
    lines += ["", f"**Overall: {tier_label(evaluation.overall)}**", "", "## Standards", ""]
    lines.append(
        records_markdown(
            [
                {
                    "standard": f"{r.standard.number}. {r.standard.title}",
                    "tier": tier_label(r.achieved),
                }
                for r in evaluation.standards
            ],
            headings={"standard": "Standard", "tier": "Tier"},
        )
    )
    lines += ["## Indicators", ""]
    lines.append(
        records_markdown(
            [
                {
                    "id": r.id,
                    "title": r.indicator.title,
                    "tier": tier_label(r.achieved),
                    "next": "" if r.next_tier is None else r.next_tier.label,
                    "to_go": len(r.blocking),
                }
                for r in evaluation.indicators
            ],
            headings={
                "id": "Id",
                "title": "Indicator",
                "tier": "Tier",
                "next": "Next tier",
                "to_go": "Criteria to go",
            },
        )
    )
    lines += ["## Areas to improve", ""]
    blocked = [r for r in evaluation.indicators if r.blocking]
    if not blocked:
        lines += ["Every indicator has reached Gold.", ""]
    for result in blocked:
        assert result.next_tier is not None
        lines += [
            f"### {result.id} {_md(result.indicator.title)}: for {result.next_tier.label}",
            "",
        ]
        if result.note.comment:
            lines += [f"Note: {_md(result.note.comment)}", ""]
        for criterion in result.blocking:
            status = str(criterion.outcome.value).replace("_", " ")
            lines.append(f"- **{criterion.id}** ({status}): {_md(criterion.criterion.text)}")
            if criterion.needs_explanation:
                lines.append(f"  - {_md(criterion.explanation)}")
            if criterion.answer.comment:
                lines.append(f"  - Comment: {_md(criterion.answer.comment)}")
        lines.append("")
    if evaluation.not_applicable:
        lines += ["## Claimed not applicable", ""]
        lines += [f"- **{c.id}**: {_md(c.answer.reason)}" for c in evaluation.not_applicable]
        lines.append("")
    if evaluation.disagreements:
        lines += ["## Where respondent groups disagree", ""]
        for c in evaluation.disagreements:
            views = ", ".join(
                f"{group.replace('_', ' ')}: {view.value.replace('_', ' ')}"
                for group, view in c.answer.views.items()
            )
            lines.append(f"- **{c.id}** ({str(c.outcome.value).replace('_', ' ')}): {_md(views)}")
        lines.append("")
    return "\n".join(lines)
