"""A blank assessment to fill in at a meeting, with the checklist's words beside each id.

The template is itself a valid assessment: every criterion is listed and
unanswered, so evaluated unchanged it reaches no tier anywhere.

>>> import datetime
>>> from coprod_standards import load
>>> text = assessment_template(load("1.1"), assessed_on=datetime.date(2026, 9, 30))
>>> lines = text.splitlines()
>>> start = lines.index("  # 1.2 People are representative of the city they are from")
>>> for line in lines[start : start + 6]:
...     print(line)
  # 1.2 People are representative of the city they are from
  # Bronze standard
  #   Service user protected characteristics routinely monitored and reported.
  1.2.B1:
  #   Staff equality data collected, monitored and reported.
  1.2.B2:
"""

from __future__ import annotations

import datetime
import json
import textwrap
from collections.abc import Callable
from typing import NamedTuple

import attrs

from coprod_standards.core.assessment import (
    Answer,
    Assessment,
    AssessmentSource,
    CarriedAnswer,
    file_fields,
)
from coprod_standards.core.models import Erratum, Framework, Tier
from coprod_standards.errors import CoprodError, FieldError

__all__ = ["assessment_template", "next_assessment"]

_WIDTH = 88


def _comment(text: str, indent: str = "") -> list[str]:
    prefix = f"  # {indent}"
    return textwrap.wrap(
        text, width=_WIDTH, initial_indent=prefix, subsequent_indent=prefix, break_on_hyphens=False
    ) or [prefix.rstrip()]


def _corrected(text: str, errata: tuple[Erratum, ...]) -> str:
    """The corrected reading of published *text*, with notes; empty where no erratum applies."""
    applying = [erratum for erratum in errata if erratum.original in text]
    if not applying:
        return ""
    for erratum in applying:
        text = erratum.apply(text)
    notes = "".join(f" ({erratum.note})" for erratum in applying if erratum.note)
    return f"Corrected reading: {text}{notes}"


def _published(text: str, errata: tuple[Erratum, ...], indent: str = "") -> list[str]:
    """Comment lines with published *text* verbatim, then any corrected reading.

    A heading (no *indent*) keeps to one line.
    """
    corrected = _corrected(text, errata)
    lines = _comment(text, indent) if indent else [f"  # {text}"]
    return lines + (_comment(corrected, indent) if corrected else [])


class _Blank(NamedTuple):
    """What a blank form is for."""

    framework: Framework
    assessed_on: datetime.date
    organisation: str


def assessment_template(
    framework: Framework, *, assessed_on: datetime.date, organisation: str = ""
) -> str:
    """The text of a blank assessment of *framework* for *organisation* on *assessed_on*."""
    if any(not character.isprintable() for character in organisation):
        raise FieldError(
            "organisation",
            "the organisation's name has a character that is not printable text; retype it",
        )
    blank = _Blank(framework, assessed_on, organisation)
    lines = [
        f"# {framework.name}: an assessment to fill in together.",
        "#",
        *(f"# {line}" for line in textwrap.wrap(framework.introduction, _WIDTH - 2)),
        "#",
        "# After each criterion's id write met, not_met or not_applicable. A criterion",
        "# that does not apply needs a reason:",
        '#   2.3.S3: {status: not_applicable, reason: "We hold no statutory orders."}',
        "# Evidence and comments can be added the same way:",
        '#   1.2.B2: {status: met, evidence: "Equality report 2026"}',
        "# Where groups see it differently, record each group's view:",
        "#   1.3.B1: {views: {staff: met, service_users: not_met}}",
        "# A criterion left empty is unanswered and counts as not met. Criteria decided",
        "# by a survey take no answer here: record the survey under surveys at the end.",
    ]
    for field in file_fields(Assessment):
        lines += _KEYS[field.name](blank)
    return "\n".join([*lines, ""])


def _criteria(blank: _Blank) -> list[str]:
    """The ``criteria`` key, with every criterion's id under the checklist's words."""
    framework = blank.framework
    headings = {definition.tier: definition.heading for definition in framework.tiers}
    lines = ["criteria:"]
    for standard in framework.standards:
        lines += ["", *_published(f"{standard.number}. {standard.title}", standard.errata)]
        for indicator in standard.indicators:
            lines += _published(f"{indicator.id} {indicator.title}", indicator.errata)
            tier: Tier | None = None
            for criterion in indicator.criteria:
                if criterion.tier is not tier:
                    tier = criterion.tier
                    lines.append(f"  # {headings[tier]}")
                lines += _published(criterion.text, criterion.errata, "  ")
                survey = criterion.survey
                if survey is None:
                    lines.append(f"  {criterion.id}:")
                else:
                    populations = " and ".join(p.replace("_", " ") for p in survey.populations)
                    lines.append(
                        f"  # {criterion.id} is decided by a survey of {populations} about "
                        f"{survey.metric}: record it under surveys"
                    )
    return lines


def _surveys(blank: _Blank) -> list[str]:
    """The ``surveys`` key, empty, after how to record a survey."""
    framework = blank.framework
    populations = ", ".join(population.id for population in framework.survey_populations)
    metrics = ", ".join(metric.id for metric in framework.survey_metrics)
    return [
        "",
        "# Each survey: its metric, the population asked, how many agreed (or",
        "# percent_agree) of how many respondents, and when it closed.",
        f"# metrics: {metrics}; populations: {populations}.",
        "#   - {metric: inclusion, population: service_users, agree: 61, respondents: 100,",
        "#      conducted_on: 2026-05-01}",
        "surveys: []",
    ]


#: How a blank form shows each top-level key of an assessment file; the form
#: writes them in the model's order (tests/test_assessment_keys.py checks that
#: every key the file format declares is here).
_KEYS: dict[str, Callable[[_Blank], list[str]]] = {
    "version": lambda blank: [f"version: {json.dumps(blank.framework.version)}"],
    "organisation": lambda blank: [
        f"organisation: {json.dumps(blank.organisation, ensure_ascii=False)}"
    ],
    # Optional: shown as comments, since a blank form is often of the whole
    # organisation, and an identifier left empty would be refused.
    "service": lambda _: [
        '# service: "Day centre"  # where each service is assessed on its own: which one'
    ],
    "organisation_id": lambda _: [
        "# organisation_id: GB-CHC-1234567  # its org-id or NHS ODS code, to roll services up"
    ],
    "assessed_on": lambda blank: [f"assessed_on: {blank.assessed_on.isoformat()}"],
    "completed_by": lambda _: [
        "completed_by: []  # who filled it in, for example [staff, service_users, members]"
    ],
    "criteria": _criteria,
    "indicators": lambda _: [
        "",
        '# Notes on an indicator, the checklist\'s "Examples/ Comments/ Areas to improve":',
        '#   "1.2": {comment: "Census targets agreed with the community panel"}',
        "indicators: {}",
    ],
    "surveys": _surveys,
    # A blank form carries nothing from an earlier version: migrating an
    # assessment adds what it retires.
    "retired": lambda _: [],
    # A blank form is a draft, with no meetings yet and no sign-off: the
    # finalise command records these.
    "meetings": lambda _: [],
    "status": lambda _: [],
    "approved_by": lambda _: [],
    "approved_on": lambda _: [],
    "digest": lambda _: [],
}


def _next_answer(version: str, id: str, answer: Answer, keep_answers: bool) -> Answer:
    """Last year's *answer* to criterion *id*, cleared or waiting to be confirmed again."""
    kept = Answer(evidence=answer.evidence, comment=answer.comment)
    if answer.status is None and not answer.views:
        # Nothing was decided last year; an answer still awaiting re-confirmation
        # from an older version keeps waiting only if answers are kept.
        return attrs.evolve(kept, previous=answer.previous) if keep_answers else kept
    if not keep_answers:
        return kept
    return attrs.evolve(kept, previous=CarriedAnswer.of(answer, version=version, id=id))


def next_assessment(
    last: Assessment,
    framework: Framework,
    *,
    assessed_on: datetime.date,
    keep_answers: bool = False,
) -> Assessment:
    """The assessment of the year after *last*, to fill in on *assessed_on*.

    Every answer is cleared; with *keep_answers*, last year's answer is kept
    beside each criterion as a migration keeps one whose meaning changed
    (`Answer.previous`), so that it counts as unanswered until confirmed.
    The service and organisation identifier are kept. Evidence, comments,
    indicator notes and retired answers are kept for reference; surveys are
    not carried (each year has its own) and ``completed_by`` starts empty
    (who takes part is this year's record).
    Saved, the assessment fills in *framework*'s blank template.

    Raises:
        CoprodError: *framework* is not the version *last* answers, or
            *assessed_on* is not after last year's date.

    >>> import datetime
    >>> from coprod_standards import load, load_assessment
    >>> last = load_assessment("examples/small-organisation-bronze.yaml")
    >>> new = next_assessment(last, load("1.1"), assessed_on=datetime.date(2027, 9, 30),
    ...                       keep_answers=True)
    >>> new.criteria["1.2.B1"].status, new.criteria["1.2.B1"].needs_reconfirmation
    (None, True)
    >>> new.criteria["1.2.B1"].evidence
    'Monitoring form at first contact; annual equality summary to trustees'
    >>> new.surveys, new.completed_by
    ((), ())
    """
    if framework.version != last.version:
        raise CoprodError(
            f"last year's assessment answers version {last.version}, not {framework.version}; "
            f"start from it in version {last.version}, or migrate it first"
        )
    if assessed_on <= last.assessed_on:
        raise CoprodError(
            f"the new assessment's date {assessed_on.isoformat()} is not after last year's "
            f"({last.assessed_on.isoformat()}); give a later date with --date"
        )
    criteria = {c.id: Answer() for c in framework.criteria if c.survey is None}
    for id, answer in last.criteria.items():
        criteria[id] = _next_answer(last.version, id, answer, keep_answers)
    # The name is left for saving to write, as a migration does: the template
    # takes only a printable name, and an assessment may hold any text.
    text = assessment_template(framework, assessed_on=assessed_on)
    return Assessment(
        version=last.version,
        organisation=last.organisation,
        service=last.service,
        organisation_id=last.organisation_id,
        assessed_on=assessed_on,
        criteria=criteria,
        indicators=last.indicators,
        retired=last.retired,
        source=AssessmentSource(name=f"the template of version {framework.version}", text=text),
    )
