"""An evaluation as plain text for a terminal: tiers, then the areas to improve."""

from __future__ import annotations

import textwrap

from coprod_standards.core.models import Erratum
from coprod_standards.core.results import Evaluation, Outcome

from .errata import reading_line
from .explanations import explain, stale_evidence_note
from .labels import (
    AREAS_TO_IMPROVE,
    COMMENT,
    DISAGREEMENTS,
    EVIDENCE_OUT_OF_DATE,
    NO_TIER,
    NOT_APPLICABLE_CLAIMS,
    assessed_name,
    in_sentence,
    outcome_label,
    people,
    tier_label,
)
from .survey_sources import criterion_sources
from .tables import one_line, plain_text

__all__ = ["evaluation_text"]

_WIDTH = 88


def _wrap(text: str, first: str, rest: str) -> list[str]:
    # Never break inside a word or at a hyphen: "co-production" stays whole.
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _outcome_label(outcome: Outcome) -> str:
    return in_sentence(outcome_label(outcome.value))


def _reading(text: str, errata: tuple[Erratum, ...], first: str, rest: str) -> list[str]:
    """The corrected reading of *text*, wrapped; no lines where no erratum applies."""
    line = reading_line(text, errata)
    return _wrap(line, first, rest) if line else []


def _heading(evaluation: Evaluation) -> list[str]:
    """Who was assessed, when and by whom, the overall tier and the count of each tier."""
    assessment = evaluation.assessment
    who = one_line(assessed_name(assessment.organisation, assessment.service))
    lines = [
        f"{who}, assessed on {assessment.assessed_on.isoformat()}",
        f"against {evaluation.framework.name}",
    ]
    if assessment.completed_by:
        groups = ", ".join(people(group) for group in assessment.completed_by)
        lines.append(f"completed by {groups}")
    lines += ["", f"Overall: {tier_label(evaluation.overall)}", ""]
    counts = evaluation.tier_counts
    lines.append(
        f"Indicators: {counts['gold']} Gold, {counts['silver']} Silver, "
        f"{counts['bronze']} Bronze, {counts[None]} with {in_sentence(NO_TIER)}"
    )
    return lines


def _tiers(evaluation: Evaluation) -> list[str]:
    """The table of each standard's and indicator's tier."""
    lines = ["", f"{'Standard':<58} Tier"]
    for result in evaluation.standards:
        title = f"{result.standard.number:>2}. {result.standard.title}"
        lines.append(f"{title[:57]:<58} {tier_label(result.achieved)}")
        lines += _reading(result.standard.title, result.standard.errata, "    ", "      ")
        for indicator in result.indicators:
            text = f"    {indicator.id} {indicator.indicator.title}"
            if len(text) > 57:
                text = text[:54] + "..."
            lines.append(f"{text:<58} {tier_label(indicator.achieved)}")
            lines += _reading(
                indicator.indicator.title, indicator.indicator.errata, " " * 8, " " * 10
            )
    return lines


def _areas_to_improve(evaluation: Evaluation) -> list[str]:
    """What stands between each indicator and its next tier."""
    lines = ["", AREAS_TO_IMPROVE]
    blocked = [indicator for indicator in evaluation.indicators if indicator.blocking]
    if not blocked:
        lines.append("  None: every indicator has reached Gold.")
    for indicator in blocked:
        target = indicator.next_tier
        assert target is not None
        lines.append("")
        lines.append(f"  {indicator.id} {indicator.indicator.title}: for {tier_label(target)}")
        if indicator.note.comment:
            lines += _wrap(f"{COMMENT}: {indicator.note.comment}", "    ", "      ")
        for criterion in indicator.blocking:
            head = f"    {criterion.id} ({_outcome_label(criterion.outcome)}) "
            indent = " " * len(head)
            lines += _wrap(criterion.criterion.text, head, indent)
            lines += _reading(criterion.criterion.text, criterion.criterion.errata, indent, indent)
            if criterion.needs_explanation:
                lines += _wrap(plain_text(explain(criterion)), indent, indent)
            for source in criterion_sources(evaluation.assessment, criterion):
                lines += _wrap(f"({source})", indent, indent)
    return lines


def _claims_and_disagreements(evaluation: Evaluation) -> list[str]:
    """The not-applicable claims and where respondent groups disagree, where there are any."""
    lines: list[str] = []
    if evaluation.not_applicable:
        lines += ["", NOT_APPLICABLE_CLAIMS]
        for criterion in evaluation.not_applicable:
            lines += _wrap(f"{criterion.id}: {criterion.answer.reason}", "  ", "    ")
    if evaluation.disagreements:
        lines += ["", DISAGREEMENTS]
        for criterion in evaluation.disagreements:
            views = ", ".join(
                f"{people(group)}: {in_sentence(outcome_label(view.value))}"
                for group, view in criterion.answer.views.items()
            )
            lines.append(f"  {criterion.id} ({_outcome_label(criterion.outcome)}): {views}")
    ageing = [c for c in evaluation.criteria if c.met and c.stale_evidence]
    if ageing:
        lines += ["", EVIDENCE_OUT_OF_DATE]
        for criterion in ageing:
            lines += _wrap(f"{criterion.id}: {stale_evidence_note(criterion)}", "  ", "    ")
    return lines


def evaluation_text(evaluation: Evaluation) -> str:
    """A readable report of *evaluation* for a terminal.

    The tier of each standard and indicator, then what stands between each
    indicator and its next tier, the not-applicable claims and where
    respondent groups disagree.
    """
    lines = [
        *_heading(evaluation),
        *_tiers(evaluation),
        *_areas_to_improve(evaluation),
        *_claims_and_disagreements(evaluation),
    ]
    # Text from the assessment file reaches a terminal: no control characters.
    return plain_text("\n".join(lines) + "\n")
