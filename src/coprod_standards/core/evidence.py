"""Evidence for an answer: a title, or a list of items each with its title, link, date and owner.

An answer's evidence is held as the file gives it: the plain text of older
files (``evidence: "Equality report 2026"``), which stands for one item with
that title, or a tuple of `EvidenceItem`. Either way `evidence_items` gives
the items.

>>> import datetime
>>> item = EvidenceItem("Equality report", link="reports/equality.pdf",
...                     date=datetime.date(2024, 3, 1))
>>> evidence_items("Minutes of the board") == (EvidenceItem("Minutes of the board"),)
True
>>> [i.title for i in stale_items((item,), datetime.date(2025, 9, 30))]
['Equality report']
>>> EvidenceItem("Bad", link="javascript:alert(1)")
Traceback (most recent call last):
...
coprod_standards.errors.FieldError: the link 'javascript:alert(1)' is not allowed: give an \
http or https address, or a file name relative to the assessment (such as reports/plan.pdf)
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from coprod_standards.errors import FieldError, echo

__all__ = [
    "Evidence",
    "EvidenceItem",
    "evidence_items",
    "evidence_out_of_date",
    "link_is_web",
    "link_problem",
    "stale_items",
]

# A scheme is letters, digits, + - . after a letter, before a colon (RFC 3986).
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_WEB = ("http", "https")


def link_is_web(link: str) -> bool:
    """Whether *link* is an http or https address (not a relative file name)."""
    scheme = _SCHEME.match(link)
    return scheme is not None and scheme[1].lower() in _WEB


def link_problem(value: str) -> str | None:
    """What is wrong with *value* as an evidence link, or None where it is allowed.

    >>> link_problem("https://example.org/report"), link_problem("minutes/2026-05.docx")
    (None, None)
    >>> link_problem("data:text/html,hi")
    'is not allowed'
    """
    refused = None
    scheme = _SCHEME.match(value)
    if not value.strip():
        refused = "is empty"
    elif any(ord(char) < 32 or ord(char) == 127 for char in value):
        refused = "holds a control character"
    elif value.startswith(("/", "\\")) or re.match(r"[A-Za-z]:[\\/]", value):
        # A Windows drive (C:\) looks like a one-letter scheme: named for what it is.
        refused = "is an absolute path, which is not allowed"
    elif scheme is not None and scheme[1].lower() not in _WEB:
        refused = "is not allowed"
    elif scheme is not None and not re.match(r"[A-Za-z]+://[^/\s]", value):
        refused = "is not a complete web address"
    return refused


def _check_link(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    refused = None if value is None else link_problem(value)
    if refused is not None:
        raise FieldError(
            attribute.name,
            f"the link {echo(value)} {refused}: give an http or https address, or a file name "
            "relative to the assessment (such as reports/plan.pdf)",
        )


def _check_title(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        raise FieldError(attribute.name, "an evidence item needs a title: say what it is")


@attrs.frozen
class EvidenceItem:
    """One piece of evidence for an answer.

    Attributes:
        title: What it is, such as "Equality report 2026" (required).
        link: Where it is: an http or https address, or a file name relative
            to the assessment; any other scheme (``javascript:``, ``data:``,
            ``file:``) and absolute paths are refused.
        date: When it was produced or last confirmed; not after the
            assessment's date (checked against the assessment).
        owner: Who keeps it.
    """

    title: str = attrs.field(validator=_check_title)
    link: str | None = attrs.field(default=None, validator=_check_link)
    date: datetime.date | None = None
    owner: str | None = None


#: An answer's evidence: plain text (one item with that title), or a tuple of items.
Evidence = str | tuple[EvidenceItem, ...]


def evidence_items(evidence: Evidence) -> tuple[EvidenceItem, ...]:
    """The items of *evidence*: none for empty text, one titled with any other text."""
    if isinstance(evidence, str):
        return (EvidenceItem(evidence),) if evidence.strip() else ()
    return evidence


def stale_items(evidence: Evidence, oldest: datetime.date) -> tuple[EvidenceItem, ...]:
    """The items of *evidence* dated before *oldest* (items without a date are never stale)."""
    if isinstance(evidence, str):
        return ()
    return tuple(item for item in evidence if item.date is not None and item.date < oldest)


def evidence_out_of_date(evidence: Evidence, oldest: datetime.date) -> bool:
    """Whether *evidence* has dated items and every one is dated before *oldest*.

    An item as recent as *oldest* keeps the evidence current, however old the
    others are; evidence with no dates is not judged by age.
    """
    if isinstance(evidence, str):
        return False
    dated = [item.date for item in evidence if item.date is not None]
    return bool(dated) and max(dated) < oldest
