"""The words every report uses, in one place, so that one thing has one name everywhere.

The text, Markdown and HTML reports, the action plan, the comparison and the
listing of the standards take their labels from here. Names in CSV headers
and JSON keys and values are a format for programs, not labels, and are not
here.

>>> outcome_label("unanswered"), in_sentence(outcome_label("not_met"))
('Not answered', 'not met')
>>> tier_label(None), people("service_users")
('No tier', 'service users')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coprod_standards.core.models import Tier

__all__ = [
    "AREAS_TO_IMPROVE",
    "COMMENT",
    "CORRECTED_READING",
    "DISAGREEMENTS",
    "EVIDENCE",
    "EVIDENCE_ITEMS",
    "EVIDENCE_OUT_OF_DATE",
    "NOT_APPLICABLE_CLAIMS",
    "NO_ORGANISATION",
    "NO_TIER",
    "OUTCOMES",
    "REASON",
    "TIERS",
    "assessed_name",
    "in_sentence",
    "outcome_label",
    "people",
    "tier_label",
]

#: Each tier by its value.
TIERS = {"bronze": "Bronze", "silver": "Silver", "gold": "Gold"}
#: Below Bronze.
NO_TIER = "No tier"
#: Each outcome of a criterion, and each answer (status or view), by its value.
OUTCOMES = {
    "met": "Met",
    "not_met": "Not met",
    "not_applicable": "Not applicable",
    "unanswered": "Not answered",
    "insufficient_data": "Insufficient data",
    "out_of_date": "Out of date",
}
#: What the organisation wrote beside a criterion or an indicator.
COMMENT = "Comment"
#: What shows that a criterion is met.
EVIDENCE = "Evidence"
#: The heading over met criteria whose evidence is older than the policy allows.
EVIDENCE_OUT_OF_DATE = "Evidence out of date (the criterion still counts as met)"
#: Why a list of evidence items cannot be changed in the offline form.
EVIDENCE_ITEMS = (
    "A list of evidence items (with their links, dates and owners): edit it in the assessment "
    "file; the form keeps it as it is."
)
#: Why a criterion does not apply.
REASON = "Reason"
#: What published words with a typo probably mean.
CORRECTED_READING = "Corrected reading"
#: Who is assessed, where the assessment does not say.
NO_ORGANISATION = "An unnamed organisation"
#: The reports' sections.
AREAS_TO_IMPROVE = "Areas to improve"
NOT_APPLICABLE_CLAIMS = "Claimed not applicable"
DISAGREEMENTS = "Where respondent groups disagree"


def tier_label(tier: Tier | None) -> str:
    """A tier as people read it: "Bronze", "Silver", "Gold" or "No tier"."""
    return NO_TIER if tier is None else TIERS[tier.value]


def outcome_label(value: str) -> str:
    """An outcome, status or view by its value, as a label: "Not answered"."""
    return OUTCOMES[value]


def in_sentence(label: str) -> str:
    """A label inside a sentence: "Not met" becomes "not met"."""
    return label[:1].lower() + label[1:]


def assessed_name(organisation: str, service: str | None) -> str:
    """Who was assessed, as reports name it: the organisation, and its service where named.

    >>> assessed_name("Eastgate Community Trust", "Day centre")
    'Eastgate Community Trust — Day centre'
    >>> assessed_name("", None)
    'An unnamed organisation'
    """
    who = organisation if organisation.strip() else NO_ORGANISATION
    return who if service is None else f"{who} — {service}"


def people(group: str) -> str:
    """A respondent group or survey population id as words: "service users"."""
    return group.replace("_", " ")
