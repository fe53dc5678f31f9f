"""An evaluation as one self-contained HTML page, to read, print or save as PDF.

The page needs nothing but itself: no scripts, fonts, style sheets or images
from anywhere, so it can be emailed, opened offline or archived. Every piece
of text from the assessment or the standards is escaped, since assessment
files carry free text from many hands.

>>> import datetime
>>> from coprod_standards import Assessment, evaluate, load
>>> assessment = Assessment("1.1", "Riverside <Hub>", datetime.date(2026, 9, 30))
>>> page = evaluation_html(evaluate(load("1.1"), assessment))
>>> page.startswith("<!DOCTYPE html>"), "Riverside &lt;Hub&gt;</h1>" in page
(True, True)
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from coprod_standards.core.models import Erratum, Tier
from coprod_standards.core.results import (
    CriterionResult,
    Evaluation,
    IndicatorResult,
    StandardResult,
    next_tier,
)

from ._report_chart import tier_chart
from ._report_evidence import evidence_html
from ._report_record import (
    RECORD_HEADING,
    has_record,
    record_facts,
    record_section,
    service_facts,
)
from ._report_style import NO_WRAP, STACKED, WHOLE_WORDS, report_css, tier_key
from .errata import reading_line
from .explanations import explain, explain_check, stale_evidence_note
from .labels import (
    AREAS_TO_IMPROVE,
    COMMENT,
    DISAGREEMENTS,
    EVIDENCE,
    NO_ORGANISATION,
    NOT_APPLICABLE_CLAIMS,
    REASON,
    assessed_name,
    in_sentence,
    outcome_label,
    people,
    tier_label,
)
from .survey_sources import survey_source

__all__ = ["evaluation_html"]

#: The sections before the standards', by id: their headings.
_SECTIONS = {
    "summary": "Summary",
    "surveys": "Surveys recorded",
    "not-applicable": NOT_APPLICABLE_CLAIMS,
    "disagreements": DISAGREEMENTS,
}
_CRITERION_HEADINGS = ("Criterion", "Tier", "Published text", "Outcome", "Evidence and comments")


def _text(value: object) -> str:
    """Any value as HTML text, safe in element content and in quoted attributes."""
    return html.escape(str(value), quote=True)


def _badge(tier: Tier | None) -> str:
    return f'<span class="tier tier-{tier_key(tier)}">{tier_label(tier)}</span>'


def _people(group: str) -> str:
    """A respondent group or survey population id as words: service_users, service users."""
    return _text(people(group))


def _anchor(prefix: str, id: str) -> str:
    # "1.2" becomes "indicator-1-2": a fragment id that needs no escaping anywhere.
    return f"{prefix}-{id.replace('.', '-')}"


def _table(
    caption: str,
    headings: Iterable[str],
    rows: Iterable[Iterable[str]],
    classes: tuple[str, ...] = (),
    kind: str = "",
) -> str:
    """A table whose first cell in each row heads that row; all text is HTML already.

    *classes* gives each column's cells a class, such as `NO_WRAP` for ids.
    """

    def cell(tag: str, index: int, text: str, scope: str = "") -> str:
        css = classes[index] if index < len(classes) else ""
        attributes = (f' scope="{scope}"' if scope else "") + (f' class="{css}"' if css else "")
        return f"<{tag}{attributes}>{text}</{tag}>"

    head = "".join(cell("th", index, text, "col") for index, text in enumerate(headings))
    body = []
    for first, *rest in rows:
        cells = "".join(cell("td", index, text) for index, text in enumerate(rest, start=1))
        body.append(f"<tr>{cell('th', 0, first, 'row')}{cells}</tr>")
    opening = f'<table class="{kind}">' if kind else "<table>"
    return (
        f"{opening}\n<caption>{caption}</caption>\n<thead><tr>{head}</tr></thead>\n"
        "<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
    )


def _section(id: str, heading: str, body: str) -> str:
    return f'<section aria-labelledby="{id}">\n<h2 id="{id}">{heading}</h2>\n{body}\n</section>'


def _correction(text: str, errata: tuple[Erratum, ...]) -> str:
    """What published words probably mean, as a note; empty where no erratum applies."""
    line = reading_line(text, errata, _text)
    return f'<span class="erratum">{line}</span>' if line else ""


def _published(result: CriterionResult) -> str:
    """A criterion's published words first, verbatim; then any corrected reading."""
    criterion = result.criterion
    correction = _correction(criterion.text, criterion.errata)
    return _text(criterion.text) + (f"<br>{correction}" if correction else "")


def _views(result: CriterionResult) -> str:
    return "; ".join(
        f"{_people(group)}: {in_sentence(outcome_label(view.value))}"
        for group, view in result.answer.views.items()
    )


def _details(result: CriterionResult) -> str:
    """What backs a criterion's outcome: surveys, views, evidence, comment, reason."""
    items = []
    for check in () if result.survey is None else result.survey.populations:
        who = people(" and ".join(check.populations)).capitalize()
        outcome = in_sentence(outcome_label(check.outcome.value))
        items.append(f"{_text(who)} ({outcome}): {_text(explain_check(check))}.")
    answer = result.answer
    if answer.needs_reconfirmation:
        items.append(f"Needs re-confirmation: {_text(explain(result))}.")
    if answer.views:
        differ = " The groups disagree." if result.disagreement else ""
        items.append(f"Views: {_views(result)}.{differ}")
    if answer.evidence:
        items.append(f"{EVIDENCE}: {evidence_html(answer.evidence)}")
    if stale := stale_evidence_note(result):
        items.append(f"{_text(stale[0].upper() + stale[1:])}.")
    if answer.comment:
        items.append(f"{COMMENT}: {_text(answer.comment)}")
    if answer.reason:
        items.append(f"{REASON}: {_text(answer.reason)}")
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _header(evaluation: Evaluation) -> str:
    assessment, policy = evaluation.assessment, evaluation.policy
    who = _text(assessment.organisation or NO_ORGANISATION)
    day = assessment.assessed_on.isoformat()
    facts = [
        ("Organisation", who),
        *service_facts(assessment),
        ("Assessed on", f'<time datetime="{day}">{day}</time>'),
        ("Standards", _text(evaluation.framework.name)),
    ]
    if assessment.completed_by:
        facts.append(("Completed by", ", ".join(_people(g) for g in assessment.completed_by)))
    facts += record_facts(assessment)
    facts.append(("Overall tier", _badge(evaluation.overall)))
    # The policy changes the tiers, so readers comparing two reports need it;
    # the names are those of the command line's options.
    rules = (
        f"consensus: {policy.consensus.value}; roll-up: {policy.roll_up.value}; "
        f"band: {policy.band.value}; populations: {policy.populations.value}; "
        f"minimum respondents: {policy.minimum_respondents}; "
        f"maximum survey age: {policy.max_survey_age_months} months"
    )
    facts.append(("Rules applied", _text(rules.replace("_", " "))))
    listed = "\n".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in facts)
    title = _text(assessed_name(assessment.organisation, assessment.service))
    return f'<h1>Co-production self-assessment: {title}</h1>\n<dl class="facts">\n{listed}\n</dl>'


def _contents(evaluation: Evaluation) -> str:
    record = [("record", RECORD_HEADING)] if has_record(evaluation.assessment) else []
    links = (
        list(_SECTIONS.items())[:1]
        + record
        + list(_SECTIONS.items())[1:]
        + [
            (_anchor("standard", r.id), f"{r.standard.number}. {r.standard.title}")
            for r in evaluation.standards
        ]
    )
    items = "\n".join(f'<li><a href="#{id}">{_text(label)}</a></li>' for id, label in links)
    return f'<nav aria-label="Contents">\n<ul>\n{items}\n</ul>\n</nav>'


def _summary(evaluation: Evaluation) -> str:
    counts = evaluation.tier_counts
    rows = [
        [
            f'<a href="#{_anchor("standard", r.id)}">{r.standard.number}. '
            f"{_text(r.standard.title)}</a>",
            _badge(r.achieved),
            *(str(r.tier_counts[key]) for key in ("gold", "silver", "bronze", None)),
        ]
        for r in evaluation.standards
    ]
    headings = ["Standard", "Tier reached"] + [
        f"Indicators at {label}" for label in ("Gold", "Silver", "Bronze", "no tier")
    ]
    body = (
        f"<p>Overall tier: {_badge(evaluation.overall)}</p>\n"
        f"<p>Indicators: {counts['gold']} Gold, {counts['silver']} Silver, "
        f"{counts['bronze']} Bronze, {counts[None]} with no tier.</p>\n"
        f'<div class="chart">\n{tier_chart(evaluation.standards)}\n</div>\n'
        + _table("Tier reached by each standard", headings, rows)
    )
    return _section("summary", _SECTIONS["summary"], body)


def _listing(
    id: str,
    headings: list[str],
    rows: list[list[str]],
    empty: str,
    intro: str,
    classes: tuple[str, ...] = (),
) -> str:
    """A section holding one table, or a sentence saying there is nothing to list."""
    heading = _SECTIONS[id]
    table = _table(heading, headings, rows, classes)
    body = f"<p>{intro}</p>\n{table}" if rows else f"<p>{empty}</p>"
    return _section(id, heading, body)


def _surveys(evaluation: Evaluation) -> str:
    metrics = {metric.id: metric.name for metric in evaluation.framework.survey_metrics}
    surveys = evaluation.assessment.surveys
    rows = [
        [
            _text(metrics.get(s.metric, s.metric)),
            _people(s.population),
            str(s.respondents),
            str(s.agree) if s.percent_agree is None else f"{float(s.percent_agree):g}%",
            s.conducted_on.isoformat(),
        ]
        for s in surveys
    ]
    headings = ["Survey", "Asked of", "Respondents", "Agreed", "Closed on"]
    # Where a survey was tallied from an export, the report cites it: file and rows.
    if any(s.provenance is not None for s in surveys):
        headings.append("Source")
        for row, survey in zip(rows, surveys, strict=True):
            row.append(_text(survey_source(survey) or "entered by hand"))
    intro = "The latest survey of each kind and population decides the survey criteria."
    return _listing("surveys", headings, rows, "No survey is recorded.", intro)


def _not_applicable(evaluation: Evaluation) -> str:
    rows = [[_text(r.id), _published(r), _text(r.answer.reason)] for r in evaluation.not_applicable]
    intro = "Not applicable counts as met, so each claim is listed here for a reader to check."
    empty = "No criterion is claimed not applicable."
    headings = ["Criterion", "Published text", "Reason"]
    return _listing("not-applicable", headings, rows, empty, intro, (NO_WRAP,))


def _disagreements(evaluation: Evaluation) -> str:
    # An agreed status wins over the views, so the outcome says which decided.
    rows = [
        [
            _text(r.id),
            _published(r),
            outcome_label(r.outcome.value)
            + (" (decided by the views)" if r.answer.status is None else " (agreed status)"),
            _views(r),
        ]
        for r in evaluation.disagreements
    ]
    headings = ["Criterion", "Published text", "Outcome", "Who said what"]
    intro = (
        "Where there is no agreed status, the groups' views decide, by the consensus rule "
        f"{_text(evaluation.policy.consensus.value)}."
    )
    empty = "No groups gave differing views."
    return _listing("disagreements", headings, rows, empty, intro, (NO_WRAP, "", WHOLE_WORDS))


def _tiers_line(achieved: Tier | None) -> str:
    target = next_tier(achieved)
    if target is None:
        return f"<p>Tier reached: {_badge(achieved)}, the highest tier.</p>"
    return f"<p>Tier reached: {_badge(achieved)}. Next tier: {tier_label(target)}.</p>"


def _improve(result: IndicatorResult) -> str:
    """The indicator's blocking criteria, with what the organisation said about each."""
    target = result.next_tier
    if target is None or not result.blocking:
        return ""
    items = "".join(
        f"<li><strong>{_text(r.id)}</strong> ({in_sentence(outcome_label(r.outcome.value))}): "
        f"{_published(r)}{_details(r)}</li>"
        for r in result.blocking
    )
    return (
        f'<div class="improve"><p><strong>{AREAS_TO_IMPROVE} for {tier_label(target)}</strong></p>'
        f"<ul>{items}</ul></div>"
    )


def _indicator(result: IndicatorResult) -> str:
    anchor = _anchor("indicator", result.id)
    indicator = result.indicator
    parts = [
        f'<section aria-labelledby="{anchor}">',
        f'<h3 id="{anchor}">{_text(result.id)} {_text(indicator.title)}</h3>',
    ]
    if correction := _correction(indicator.title, indicator.errata):
        parts.append(f"<p>{correction}</p>")
    parts.append(_tiers_line(result.achieved))
    if result.note.comment:
        parts.append(f'<p class="note">{COMMENT}: {_text(result.note.comment)}</p>')
    parts.append(_improve(result))
    blocked = {r.id for r in result.blocking}
    rows = [
        [
            _text(r.id),
            tier_label(r.criterion.tier),
            _published(r),
            outcome_label(r.outcome.value) + (" (an area to improve)" if r.id in blocked else ""),
            _details(r),
        ]
        for r in result.criteria
    ]
    caption = f"Criteria of indicator {_text(result.id)}"
    columns = (NO_WRAP, NO_WRAP, "", WHOLE_WORDS)
    parts.append(_table(caption, _CRITERION_HEADINGS, rows, columns, STACKED))
    return "\n".join(part for part in parts if part) + "\n</section>"


def _standard(result: StandardResult) -> str:
    standard = result.standard
    body = [f'<p class="prompt">{_text(standard.prompt)}</p>']
    # A standard's errata may correct its title or its prompt.
    for text in (standard.title, standard.prompt):
        if correction := _correction(text, standard.errata):
            body.append(f"<p>{correction}</p>")
    body.append(_tiers_line(result.achieved))
    body += [_indicator(indicator) for indicator in result.indicators]
    heading = f"{standard.number}. {_text(standard.title)}"
    return _section(_anchor("standard", result.id), heading, "\n".join(body))


def evaluation_html(evaluation: Evaluation) -> str:
    """A report of *evaluation* as one self-contained, accessible HTML5 page.

    It names the organisation, the date, the standards and who completed the
    assessment, with the meetings where it was filled in and its sign-off
    where it records them; shows the overall tier and a chart and table of each
    standard's tier; lists the surveys, the not-applicable claims and the
    disagreements; then, standard by standard and indicator by indicator,
    the tier reached, the next tier, the areas to improve and every
    criterion with its outcome, evidence and comments. The page runs no
    script and loads nothing, and the same evaluation always gives the same
    text.
    """
    who = assessed_name(evaluation.assessment.organisation, evaluation.assessment.service)
    sections = [
        _header(evaluation),
        _contents(evaluation),
        _summary(evaluation),
        record_section(evaluation.assessment),
        _surveys(evaluation),
        _not_applicable(evaluation),
        _disagreements(evaluation),
        *(_standard(result) for result in evaluation.standards),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Co-production self-assessment: {_text(who)}</title>\n"
        f"<style>{report_css()}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(section for section in sections if section)
        + "\n</main>\n</body>\n</html>\n"
    )
