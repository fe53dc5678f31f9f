"""An evaluation as Markdown: tiers per standard and indicator, then the areas to improve."""

from __future__ import annotations

from coprod_standards.core.models import Erratum
from coprod_standards.core.results import Evaluation

from .errata import corrected_reading, reading_line
from .explanations import explain, stale_evidence_note
from .labels import (
    AREAS_TO_IMPROVE,
    COMMENT,
    CORRECTED_READING,
    DISAGREEMENTS,
    EVIDENCE_OUT_OF_DATE,
    NOT_APPLICABLE_CLAIMS,
    assessed_name,
    in_sentence,
    outcome_label,
    people,
    tier_label,
)
from .survey_sources import criterion_sources
from .tables import markdown_text as _md
from .tables import records_markdown

__all__ = ["evaluation_markdown"]


def _with_reading(text: str, errata: tuple[Erratum, ...]) -> str:
    """*text*, then its corrected reading in brackets where an erratum applies."""
    reading = corrected_reading(text, errata)
    if reading is None:
        return text
    return f"{text} ({in_sentence(CORRECTED_READING)}: {reading.text})"


def evaluation_markdown(evaluation: Evaluation) -> str:
    """A Markdown report of *evaluation*, for an intranet page or a meeting's papers."""
    assessment = evaluation.assessment
    who = assessed_name(assessment.organisation, assessment.service)
    lines = [
        f"# {_md(who)}: co-production self-assessment",
        "",
        f"Assessed on {assessment.assessed_on.isoformat()} "
        f"against {_md(evaluation.framework.name)}.",
    ]
    if assessment.completed_by:
        groups = ", ".join(people(group) for group in assessment.completed_by)
        lines.append(f"Completed by {_md(groups)}.")
    lines += ["", f"**Overall: {tier_label(evaluation.overall)}**", "", "## Standards", ""]
    lines.append(
        records_markdown(
            [
                {
                    "standard": f"{r.standard.number}. "
                    + _with_reading(r.standard.title, r.standard.errata),
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
                    "title": _with_reading(r.indicator.title, r.indicator.errata),
                    "tier": tier_label(r.achieved),
                    "next": "" if r.next_tier is None else tier_label(r.next_tier),
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
    lines += [f"## {AREAS_TO_IMPROVE}", ""]
    blocked = [r for r in evaluation.indicators if r.blocking]
    if not blocked:
        lines += ["Every indicator has reached Gold.", ""]
    for result in blocked:
        assert result.next_tier is not None
        lines += [
            f"### {result.id} {_md(result.indicator.title)}: for {tier_label(result.next_tier)}",
            "",
        ]
        if result.note.comment:
            lines += [f"{COMMENT}: {_md(result.note.comment)}", ""]
        for criterion in result.blocking:
            status = in_sentence(outcome_label(criterion.outcome.value))
            lines.append(f"- **{criterion.id}** ({status}): {_md(criterion.criterion.text)}")
            published = criterion.criterion
            if reading := reading_line(published.text, published.errata, _md):
                lines.append(f"  - {reading}")
            if criterion.needs_explanation:
                lines.append(f"  - {_md(explain(criterion))}")
            lines += [
                f"  - {_md(source[0].upper() + source[1:])}"
                for source in criterion_sources(evaluation.assessment, criterion)
            ]
            if criterion.answer.comment:
                lines.append(f"  - {COMMENT}: {_md(criterion.answer.comment)}")
        lines.append("")
    if evaluation.not_applicable:
        lines += [f"## {NOT_APPLICABLE_CLAIMS}", ""]
        lines += [f"- **{c.id}**: {_md(c.answer.reason)}" for c in evaluation.not_applicable]
        lines.append("")
    if evaluation.disagreements:
        lines += [f"## {DISAGREEMENTS}", ""]
        for c in evaluation.disagreements:
            views = ", ".join(
                f"{people(group)}: {in_sentence(outcome_label(view.value))}"
                for group, view in c.answer.views.items()
            )
            lines.append(
                f"- **{c.id}** ({in_sentence(outcome_label(c.outcome.value))}): {_md(views)}"
            )
        lines.append("")
    return "\n".join(lines + _evidence_out_of_date(evaluation))


def _evidence_out_of_date(evaluation: Evaluation) -> list[str]:
    """The met criteria whose evidence is older than the policy allows, where there are any."""
    ageing = [c for c in evaluation.criteria if c.met and c.stale_evidence]
    if not ageing:
        return []
    lines = [f"## {EVIDENCE_OUT_OF_DATE}", ""]
    lines += [f"- **{c.id}**: {_md(stale_evidence_note(c))}" for c in ageing]
    return [*lines, ""]
