"""Organisation identifiers: their form checked, never looked up.

An assessment may name the organisation it belongs to by an identifier, so
that the assessments of its services roll up to it (``summary --by
organisation``). Two kinds are accepted:

- an **org-id** (org-id.guide): ``<country>-<list>-<identifier>``, where the
  country is two capital letters (an ISO 3166-1 alpha-2 code, or org-id's
  ``XI`` and ``XM``), the list is the register's code of capital letters and
  digits, and the identifier is its number in that register. For the United
  Kingdom's registers of charities and companies the identifier's shape is
  checked too (`KNOWN_LISTS`); for any other list, only the form;
- an **NHS ODS code** (Organisation Data Service): 3 to 9 capital letters and
  digits, at least one of them a letter, such as ``RR8`` (a trust), ``RR801``
  (one of its sites) or ``B82005`` (a GP practice). ``GB-NHS-`` before it
  makes it an org-id, checked the same way.

Nothing is corrected: a lower-case or spaced identifier is refused with the
form it should take.

>>> organisation_id_problem("GB-CHC-1234567") is None
True
>>> organisation_id_problem("RR8") is None
True
>>> print(organisation_id_problem("GB-CHC-12345"))
'GB-CHC-12345' is not a charity number in England and Wales (GB-CHC): its identifier is \
6 or 7 digits, such as GB-CHC-1234567
"""

from __future__ import annotations

import re
from typing import NamedTuple

from coprod_standards.errors import echo

__all__ = ["KNOWN_LISTS", "ORGANISATION_ID", "ListShape", "organisation_id_problem"]


class ListShape(NamedTuple):
    """The shape of the identifiers of one org-id list."""

    #: What the register is, in words.
    register: str
    #: The identifier's shape (matched whole).
    pattern: re.Pattern[str]
    #: The shape in words.
    shape: str
    #: An identifier of that shape, for messages.
    example: str


_ODS = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,9}")

#: The org-id lists whose identifiers' shape is checked, by list code.
KNOWN_LISTS: dict[str, ListShape] = {
    "GB-CHC": ListShape(
        "a charity number in England and Wales",
        re.compile(r"[0-9]{6,7}"),
        "6 or 7 digits",
        "1234567",
    ),
    "GB-SC": ListShape(
        "a Scottish charity number",
        re.compile(r"SC[0-9]{6}"),
        "SC and 6 digits",
        "SC012345",
    ),
    "GB-NIC": ListShape(
        "a charity number in Northern Ireland",
        re.compile(r"[0-9]{6}"),
        "6 digits (without the letters NIC)",
        "100123",
    ),
    "GB-COH": ListShape(
        "a Companies House company number",
        re.compile(r"(?:[0-9]{2}|[A-Z]{2})[0-9]{6}"),
        "8 characters: 8 digits, or 2 capital letters and 6 digits",
        "01234567",
    ),
    "GB-NHS": ListShape(
        "an NHS ODS code",
        _ODS,
        "an ODS code: 3 to 9 capital letters and digits, at least one a letter",
        "RR8",
    ),
}

_ORG_ID = re.compile(r"([A-Z]{2})-([A-Z0-9]{2,})-(.+)")
_IDENTIFIER = r"[A-Za-z0-9][A-Za-z0-9./-]*"
_LONGEST = 100

#: Every identifier accepted, as one regular expression (Python's and JSON
#: Schema's alike), for the JSON Schema: an ODS code, an identifier of a known
#: list of its shape, or one of any other list.
ORGANISATION_ID = (
    f"^(?:{_ODS.pattern}"
    + "".join(f"|{code}-{shape.pattern.pattern}" for code, shape in KNOWN_LISTS.items())
    + f"|(?!{'|'.join(f'{code}-' for code in KNOWN_LISTS)})[A-Z]{{2}}-[A-Z0-9]{{2,}}-{_IDENTIFIER}"
    + ")$"
)
_EXAMPLES = "an org-id such as GB-CHC-1234567 or GB-COH-01234567, or an NHS ODS code such as RR8"


def organisation_id_problem(value: str) -> str | None:
    """What is wrong with the organisation identifier *value*, or None where its form is right.

    >>> print(organisation_id_problem("gb-chc-1234567"))
    'gb-chc-1234567' is not in the form of an organisation identifier: write it in \
capitals, GB-CHC-1234567
    """
    if len(value) > _LONGEST:
        return (
            f"{echo(value)} is longer than an organisation identifier ({_LONGEST} characters "
            f"at most); give {_EXAMPLES}"
        )
    if _ODS.fullmatch(value):
        return None
    found = None if value != value.strip() else _ORG_ID.fullmatch(value)
    if found is None:
        return _malformed(value)
    prefix, identifier = f"{found[1]}-{found[2]}", found[3]
    known = KNOWN_LISTS.get(prefix)
    if known is not None:
        if known.pattern.fullmatch(identifier):
            return None
        return (
            f"{echo(value)} is not {known.register} ({prefix}): its identifier is "
            f"{known.shape}, such as {prefix}-{known.example}"
        )
    if re.fullmatch(_IDENTIFIER, identifier):
        return None
    return (
        f"{echo(value)} has an identifier after {prefix}- that is not letters, digits, dots, "
        f"slashes and hyphens; give it as the register writes it, such as {prefix}-12345"
    )


def _malformed(value: str) -> str:
    message = f"{echo(value)} is not in the form of an organisation identifier"
    stripped = value.strip()
    upper = stripped.upper()
    coded = "-" in upper or any(character.isdigit() for character in upper)
    if upper != value and coded and organisation_id_problem(upper) is None:
        if stripped == value:
            how = "in capitals"
        elif upper == stripped:
            how = "without spaces around it"
        else:
            how = "in capitals, without spaces around it"
        return f"{message}: write it {how}, {upper}"
    if value.isdigit():
        return (
            f"{message}: a number alone does not say whose register it is in; add the "
            f"register's org-id code before it, such as GB-CHC-{value} for a charity in "
            f"England and Wales or GB-COH-{value} for a company"
        )
    return f"{message} (the organisation's name goes in organisation); give {_EXAMPLES}"
