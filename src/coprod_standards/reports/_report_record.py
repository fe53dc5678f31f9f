"""The HTML report's record of what was assessed and how: its service, meetings and sign-off.

The checklist asks that an assessment be "filled in jointly": the report
shows the meetings where it was (when, which groups, how many people of
each), and who signed it off and when. An assessment that records none of
this (a draft with no meetings) adds nothing to the page.
"""

from __future__ import annotations

import html

from coprod_standards.core.assessment import Assessment
from coprod_standards.core.sign_off import AssessmentStatus, Meeting

from .labels import people

__all__ = ["RECORD_HEADING", "has_record", "record_facts", "record_section", "service_facts"]

#: The section's heading.
RECORD_HEADING = "How it was made"
#: Each status in words.
STATUS_WORDS = {
    AssessmentStatus.DRAFT: "Draft",
    AssessmentStatus.IN_REVIEW: "In review",
    AssessmentStatus.FINAL: "Final",
}


def has_record(assessment: Assessment) -> bool:
    """Whether *assessment* records meetings or a status beyond draft."""
    return bool(assessment.meetings) or assessment.status is not AssessmentStatus.DRAFT


def service_facts(assessment: Assessment) -> list[tuple[str, str]]:
    """The header's facts of the service assessed and the organisation's identifier, if given."""
    given = [
        ("Service", assessment.service),
        ("Organisation identifier", assessment.organisation_id),
    ]
    return [(label, html.escape(value, quote=True)) for label, value in given if value is not None]


def record_facts(assessment: Assessment) -> list[tuple[str, str]]:
    """The page's facts about the status and sign-off, as (term, HTML)."""
    if not has_record(assessment):
        return []
    facts = [("Status", STATUS_WORDS[assessment.status])]
    if assessment.status is AssessmentStatus.FINAL and assessment.approved_on is not None:
        day = assessment.approved_on.isoformat()
        facts.append(
            (
                "Signed off",
                f'by {html.escape(assessment.approved_by)} on <time datetime="{day}">{day}</time>',
            )
        )
    return facts


def _attendance(meeting: Meeting) -> str:
    return ", ".join(
        f"{html.escape(people(group))}: {count}" for group, count in meeting.attendance.items()
    )


def record_section(assessment: Assessment) -> str:
    """The section listing the meetings and the sign-off; empty where there is no record."""
    if not has_record(assessment):
        return ""
    parts = []
    if assessment.meetings:
        rows = "\n".join(
            f'<tr><th scope="row"><time datetime="{m.held_on.isoformat()}">'
            f"{m.held_on.isoformat()}</time></th><td>{_attendance(m)}</td>"
            f"<td>{m.people}</td></tr>"
            for m in assessment.meetings
        )
        total = len(assessment.meetings)
        parts.append(
            f"<p>It was filled in jointly at {total} meeting{'' if total == 1 else 's'}.</p>\n"
            "<table>\n<caption>Meetings, and who took part</caption>\n"
            '<thead><tr><th scope="col">Held on</th><th scope="col">Groups present</th>'
            '<th scope="col">People</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>"
        )
    else:
        parts.append("<p>No meeting is recorded.</p>")
    status = STATUS_WORDS[assessment.status]
    if assessment.status is AssessmentStatus.FINAL and assessment.approved_on is not None:
        day = assessment.approved_on.isoformat()
        parts.append(
            f"<p>{status}: signed off by {html.escape(assessment.approved_by)} on "
            f'<time datetime="{day}">{day}</time>. Content digest (SHA-256): '
            f"<code>{html.escape(assessment.digest)}</code>.</p>"
        )
    else:
        parts.append(f"<p>Status: {status.lower()}; not yet signed off.</p>")
    heading = f'<h2 id="record">{RECORD_HEADING}</h2>'
    body = "\n".join(parts)
    return f'<section aria-labelledby="record">\n{heading}\n{body}\n</section>'
