"""Many services, one organisation: each organisation's tiers, rolled up from its services'.

Larger organisations assess each service on its own; each assessment names
its ``service`` and the ``organisation_id`` they share. `roll_up` groups a
summary's assessments into organisations and gives each organisation a tier
per standard and overall by a stated rule:

- assessments with the same ``organisation_id`` are one organisation (their
  ``organisation`` names are all reported, in the order first met, should
  they differ); an assessment without one is grouped by its ``organisation``
  name, as before;
- within an organisation, each service counts once: where it was assessed
  more than once, its latest assessment counts (the later file, on the same
  date). An assessment that names no service is of the whole organisation,
  and counts as one more service;
- the rule `WEAKEST` (the only one): the organisation's tier in each
  standard, and overall, is the lowest its services reach there; a service
  with no tier leaves the organisation with none.

>>> import coprod_standards
>>> from coprod_standards.reports.summary import summarise
>>> framework = coprod_standards.load("1.1")
>>> summary = summarise(coprod_standards.evaluate_many(framework, [
...     coprod_standards.load_assessment(f"examples/services/eastgate-{name}.yaml")
...     for name in ("housing", "day-centre")
... ]))
>>> (eastgate,) = roll_up(summary)
>>> eastgate.organisation_id, eastgate.services
('GB-CHC-1234567', ('Housing support', 'Day centre'))
>>> eastgate.overall is None, eastgate.standards[7]
(True, <Tier.BRONZE: 'bronze'>)
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

import attrs

from coprod_standards.core.models import Tier
from coprod_standards.core.results import tier_value

from .summary import OrganisationTiers, Summary

__all__ = [
    "RULES",
    "WEAKEST",
    "WHOLE_ORGANISATION",
    "OrganisationRollUp",
    "roll_up",
    "roll_up_data",
    "roll_up_records",
]

#: The rule: each standard's tier, and the overall tier, is the weakest service's.
WEAKEST = "weakest"

#: How an assessment that names no service is listed among the services.
WHOLE_ORGANISATION = "(whole organisation)"

#: Each rule, in words, as the outputs state it.
RULES = {
    WEAKEST: (
        "each organisation's tier, per standard and overall, is its weakest service's "
        "(the latest assessment of each service counts)"
    ),
}


@attrs.frozen
class OrganisationRollUp:
    """One organisation's tiers, rolled up from its services' by a rule.

    Attributes:
        organisation_id: Its identifier, or None where grouped by name.
        names: The organisation names its assessments give, in the order first met.
        services: Its services, in the order first met (`WHOLE_ORGANISATION`
            for an assessment that names none).
        assessed_on: The latest date of the assessments that count.
        assessments: How many assessments were read for it (more than
            its services where a service was assessed more than once).
        rule: The rule that rolled them up (`WEAKEST`).
        overall: Its overall tier by the rule.
        standards: Each standard's tier by the rule, in the checklist's order.
    """

    organisation_id: str | None
    names: tuple[str, ...]
    services: tuple[str, ...]
    assessed_on: datetime.date
    assessments: int
    rule: str
    overall: Tier | None
    standards: tuple[Tier | None, ...]


def _weakest(tiers: Iterable[Tier | None]) -> Tier | None:
    """The lowest of *tiers*; None (no tier) is lower than Bronze."""
    lowest: Tier | None = None
    for tier in tiers:
        if tier is None:
            return None
        if lowest is None or tier.rank < lowest.rank:
            lowest = tier
    return lowest


class _Group:
    """The assessments of one organisation, as they come: the latest of each service."""

    def __init__(self, organisation_id: str | None) -> None:
        self.organisation_id = organisation_id
        self.names: dict[str, None] = {}
        self.latest: dict[str, OrganisationTiers] = {}
        self.count = 0

    def add(self, tiers: OrganisationTiers) -> None:
        self.count += 1
        self.names.setdefault(tiers.organisation)
        service = WHOLE_ORGANISATION if tiers.service is None else tiers.service
        kept = self.latest.get(service)
        if kept is None or tiers.assessed_on >= kept.assessed_on:
            self.latest[service] = tiers

    def rolled_up(self, rule: str) -> OrganisationRollUp:
        kept = list(self.latest.values())
        width = len(kept[0].standards)
        return OrganisationRollUp(
            organisation_id=self.organisation_id,
            names=tuple(self.names),
            services=tuple(self.latest),
            assessed_on=max(tiers.assessed_on for tiers in kept),
            assessments=self.count,
            rule=rule,
            overall=_weakest(tiers.overall for tiers in kept),
            standards=tuple(
                _weakest(tiers.standards[index] for tiers in kept) for index in range(width)
            ),
        )


def roll_up(summary: Summary, rule: str = WEAKEST) -> tuple[OrganisationRollUp, ...]:
    """*summary*'s assessments rolled up to their organisations by *rule*, in the order first met.

    Raises:
        ValueError: *rule* is not one of `RULES` (a fault of the caller: the
            command line offers only these).
    """
    if rule not in RULES:
        raise ValueError(f"{rule!r} is not a rule for rolling services up: use {WEAKEST!r}")
    groups: dict[tuple[str, str], _Group] = {}
    for tiers in summary.organisations:
        identifier = tiers.organisation_id
        key = ("id", identifier) if identifier is not None else ("name", tiers.organisation)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(identifier)
        group.add(tiers)
    return tuple(group.rolled_up(rule) for group in groups.values())


def roll_up_records(summary: Summary, rule: str = WEAKEST) -> list[dict[str, Any]]:
    """One flat record per organisation: its identifier, names, services, and tiers by *rule*."""
    ids = [standard.id for standard in summary.framework.standards]
    return [
        {
            "organisation_id": organisation.organisation_id or "",
            "organisation": "; ".join(organisation.names),
            "services": "; ".join(organisation.services),
            "assessments": organisation.assessments,
            "assessed_on": organisation.assessed_on,
            "rule": organisation.rule,
            "overall": tier_value(organisation.overall),
            **{
                f"standard_{id}": tier_value(tier)
                for id, tier in zip(ids, organisation.standards, strict=True)
            },
        }
        for organisation in roll_up(summary, rule)
    ]


def roll_up_data(summary: Summary, rule: str = WEAKEST) -> dict[str, Any]:
    """The roll-up as plain data for JSON: the rule, in words too, and each organisation."""
    ids = [standard.id for standard in summary.framework.standards]
    return {
        "rule": rule,
        "statement": RULES[rule],
        "organisations": [
            {
                "organisation_id": organisation.organisation_id,
                "names": list(organisation.names),
                "services": list(organisation.services),
                "assessments": organisation.assessments,
                "assessed_on": organisation.assessed_on.isoformat(),
                "overall": tier_value(organisation.overall),
                "standards": {
                    id: tier_value(tier)
                    for id, tier in zip(ids, organisation.standards, strict=True)
                },
            }
            for organisation in roll_up(summary, rule)
        ],
    }
