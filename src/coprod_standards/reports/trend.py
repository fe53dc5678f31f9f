"""One organisation's assessments over the years: each standard's tier, what changed, what stays.

`trend` takes evaluations of one organisation against one version of the
standards (the command line migrates older assessments to the newest version
first) and puts them in date order. A criterion has *stayed unmet* when it is
not met (not met, unanswered, or a survey short of its threshold) in each of
the last two or more cycles, up to the latest, and in the latest it stands
between its indicator and the indicator's next tier: so an organisation at
Bronze hears about its Silver criteria, not every Gold one.

>>> import datetime, attrs, coprod_standards
>>> framework = coprod_standards.load("1.1")
>>> first = coprod_standards.load_assessment("examples/small-organisation-bronze.yaml")
>>> met = coprod_standards.Answer(coprod_standards.Status.MET)
>>> second = attrs.evolve(first, assessed_on=datetime.date(2027, 9, 30), surveys=(),
...                       criteria={**first.criteria, "1.2.S2": met})
>>> found = trend([coprod_standards.evaluate(framework, a) for a in (second, first)])
>>> [day.isoformat() for day in found.dates]
['2026-09-30', '2027-09-30']
>>> [(s.id, tier_label(s.old), tier_label(s.new)) for s in found.slipped][:2]
[('', 'Bronze', 'No tier'), ('1', 'Bronze', 'No tier')]
>>> "1.4.S1" in [u.id for u in found.unmet], "1.2.S2" in [u.id for u in found.unmet]
(True, False)
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from coprod_standards.core.models import Tier
from coprod_standards.core.results import Evaluation, Outcome, next_tier, tier_value
from coprod_standards.errors import CoprodError, echo

from .labels import assessed_name, in_sentence, outcome_label, tier_label
from .tables import markdown_text, one_line, plain_text

__all__ = [
    "TierHistory",
    "TierStep",
    "Trend",
    "UnmetCriterion",
    "trend",
    "trend_markdown",
    "trend_text",
]


def _rank(tier: Tier | None) -> int:
    return -1 if tier is None else tier.rank


@attrs.frozen
class TierHistory:
    """A standard's (or, with an empty id, the organisation's) tier in each cycle, oldest first."""

    id: str
    title: str
    tiers: tuple[Tier | None, ...]


@attrs.frozen
class TierStep:
    """A standard's (or, with an empty id, the organisation's) tier from one cycle to the next."""

    id: str
    title: str
    old_date: datetime.date
    new_date: datetime.date
    old: Tier | None
    new: Tier | None


@attrs.frozen
class UnmetCriterion:
    """A criterion not met in each of the last *cycles* cycles, holding back its indicator."""

    id: str
    text: str
    cycles: int
    outcome: Outcome


@attrs.frozen(hash=False)
class Trend:
    """One organisation's assessments, in date order, and what changed over them.

    Attributes:
        evaluations: The evaluations, oldest first.
        overall: The organisation's tier in each cycle.
        standards: Each standard's tier in each cycle.
        improved: The organisation's and the standards' tiers that went up
            from one cycle to the next, in date order.
        slipped: Those that went down.
        unmet: Criteria that have stayed unmet for two or more cycles.
    """

    evaluations: tuple[Evaluation, ...]
    overall: TierHistory
    standards: tuple[TierHistory, ...]
    improved: tuple[TierStep, ...]
    slipped: tuple[TierStep, ...]
    unmet: tuple[UnmetCriterion, ...]

    def __repr__(self) -> str:
        return f"<Trend of {len(self.evaluations)} assessments>"

    @property
    def organisation(self) -> str:
        """The organisation's name."""
        return self.evaluations[-1].assessment.organisation

    @property
    def service(self) -> str | None:
        """The service assessed, where its assessments name one."""
        return self.evaluations[-1].assessment.service

    @property
    def dates(self) -> tuple[datetime.date, ...]:
        """The dates of the assessments, oldest first."""
        return tuple(e.assessment.assessed_on for e in self.evaluations)

    def to_dict(self) -> dict[str, Any]:
        """The trend as plain data for JSON: dates, tiers, changes and unmet criteria."""

        def history(h: TierHistory) -> dict[str, Any]:
            return {"id": h.id, "title": h.title, "tiers": [tier_value(t) for t in h.tiers]}

        def step(s: TierStep) -> dict[str, Any]:
            return {
                "id": s.id,
                "title": s.title,
                "from": s.old_date.isoformat(),
                "to": s.new_date.isoformat(),
                "old": tier_value(s.old),
                "new": tier_value(s.new),
            }

        return {
            "organisation": self.organisation,
            "version": self.evaluations[-1].framework.version,
            "dates": [d.isoformat() for d in self.dates],
            "overall": [tier_value(t) for t in self.overall.tiers],
            "standards": [history(h) for h in self.standards],
            "improved": [step(s) for s in self.improved],
            "slipped": [step(s) for s in self.slipped],
            "unmet": [
                {"id": u.id, "cycles": u.cycles, "outcome": u.outcome.value, "text": u.text}
                for u in self.unmet
            ],
        }


def _name(evaluation: Evaluation) -> str:
    source = evaluation.assessment.source
    return f"the assessment of {evaluation.assessment.assessed_on.isoformat()}" + (
        "" if source is None else f" ({source.name})"
    )


def _checked(evaluations: Sequence[Evaluation]) -> tuple[Evaluation, ...]:
    """The evaluations in date order, checked to be one organisation's, of one version."""
    if not evaluations:
        raise CoprodError("a trend needs at least one assessment")
    ordered = tuple(sorted(evaluations, key=lambda e: e.assessment.assessed_on))
    names = {e.assessment.organisation for e in ordered}
    if len(names) > 1:
        listed = "; ".join(f"{e.assessment.organisation!r} in {_name(e)}" for e in ordered)
        raise CoprodError(
            f"a trend follows one organisation, and these name {len(names)}: {listed}; "
            "give only one organisation's assessments (summary looks across organisations)"
        )
    services = {e.assessment.service for e in ordered}
    if len(services) > 1:
        listed = "; ".join(
            f"{'no service' if e.assessment.service is None else echo(e.assessment.service)} "
            f"in {_name(e)}"
            for e in ordered
        )
        raise CoprodError(
            f"a trend follows one service, and these name {len(services)}: {listed}; give "
            "only one service's assessments (summary --by organisation rolls services up)"
        )
    versions = {e.framework.version for e in ordered}
    if len(versions) > 1:
        raise CoprodError(
            f"the evaluations are against different versions ({', '.join(sorted(versions))}); "
            "migrate the older assessments to the newest version first"
        )
    for before, after in itertools.pairwise(ordered):
        if before.assessment.assessed_on == after.assessment.assessed_on:
            raise CoprodError(
                f"{_name(before)} and {_name(after)} have the same date; a trend takes one "
                "assessment a cycle"
            )
    return ordered


def _steps(histories: Sequence[TierHistory], dates: Sequence[datetime.date]) -> list[TierStep]:
    steps = []
    for index in range(1, len(dates)):
        for h in histories:
            old, new = h.tiers[index - 1], h.tiers[index]
            if old is not new:
                steps.append(TierStep(h.id, h.title, dates[index - 1], dates[index], old, new))
    return steps


def _unmet(ordered: tuple[Evaluation, ...]) -> tuple[UnmetCriterion, ...]:
    latest = ordered[-1]
    found = []
    for indicator in latest.indicators:
        target = next_tier(indicator.achieved)
        if target is None:
            continue
        for result in indicator.criteria:
            if result.met or result.criterion.tier.rank > target.rank:
                continue
            cycles = 0
            for evaluation in reversed(ordered):
                if evaluation.criterion(result.id).met:
                    break
                cycles += 1
            if cycles >= 2:
                found.append(
                    UnmetCriterion(result.id, result.criterion.text, cycles, result.outcome)
                )
    return tuple(found)


def trend(evaluations: Sequence[Evaluation]) -> Trend:
    """The trend over *evaluations* of one organisation against one version, in any order.

    Raises:
        CoprodError: The evaluations name different organisations, are against
            different versions, or two share a date.
    """
    ordered = _checked(evaluations)
    framework = ordered[-1].framework
    dates = [e.assessment.assessed_on for e in ordered]
    overall = TierHistory("", framework.name, tuple(e.overall for e in ordered))
    standards = tuple(
        TierHistory(s.id, s.title, tuple(e.standard_tiers[s.id] for e in ordered))
        for s in framework.standards
    )
    steps = _steps([overall, *standards], dates)
    return Trend(
        evaluations=ordered,
        overall=overall,
        standards=standards,
        improved=tuple(s for s in steps if _rank(s.new) > _rank(s.old)),
        slipped=tuple(s for s in steps if _rank(s.new) < _rank(s.old)),
        unmet=_unmet(ordered),
    )


def _table(found: Trend, clean: Callable[[str], str], markdown: bool) -> list[str]:
    heads = ["Standard", *(d.isoformat() for d in found.dates)]
    rows = [
        [f"{h.id}. {clean(h.title)}", *(tier_label(t) for t in h.tiers)] for h in found.standards
    ]
    rows.append(["Overall", *(tier_label(t) for t in found.overall.tiers)])
    if markdown:
        lines = ["| " + " | ".join(heads) + " |", "|" + " --- |" * len(heads)]
        return lines + ["| " + " | ".join(row) + " |" for row in rows]
    widths = [max(len(row[i]) for row in [heads, *rows]) for i in range(len(heads))]
    return ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in [heads, *rows]]  # fmt: skip


def _lines(found: Trend, heading: str, bullet: str, clean: Callable[[str], str]) -> list[str]:
    dates = found.dates
    lines = [
        f"{heading}{clean(assessed_name(found.organisation, found.service))}: "
        f"{len(dates)} assessments, {dates[0].isoformat()} to {dates[-1].isoformat()}",
        "",
        *_table(found, clean, bullet == "- "),
    ]

    def section(title: str, entries: list[str]) -> None:
        lines.extend(["", title])
        lines.extend(f"{bullet}{entry}" for entry in entries or ["none"])

    def step(s: TierStep) -> str:
        what = "Overall" if not s.id else f"{s.id}. {clean(s.title)}"
        return (
            f"{what}: {tier_label(s.old)} to {tier_label(s.new)} "
            f"({s.old_date.isoformat()} to {s.new_date.isoformat()})"
        )

    section("Improved:", [step(s) for s in found.improved])
    section("Slipped:", [step(s) for s in found.slipped])
    section(
        "Unmet for two or more cycles in a row (holding back the indicator's next tier):",
        [
            f"{u.id} ({u.cycles} cycles, now {in_sentence(outcome_label(u.outcome.value))}): "
            f"{clean(u.text)}"
            for u in found.unmet
        ],
    )
    return lines


def trend_text(found: Trend) -> str:
    """The trend as plain text for a terminal."""
    return plain_text("\n".join(_lines(found, "Trend of ", "  - ", one_line)) + "\n")


def trend_markdown(found: Trend) -> str:
    """The trend as Markdown."""
    return "\n".join(_lines(found, "# Trend of ", "- ", markdown_text)) + "\n"
