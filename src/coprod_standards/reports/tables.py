"""Rows of plain values as CSV, Markdown and HTML tables.

The exports of evaluations, summaries and action plans all come down to a
list of flat records; these functions write such records out.

CSV follows RFC 4180 (the standard library's csv module, CRLF line ends, a
header row). A text cell that a spreadsheet would run as a formula (one that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is
neutralised with a leading apostrophe, since assessment files carry free
text from many hands:

>>> records_csv([{"organisation": "=SUM(A1:A9)", "tier": "gold"}]).splitlines()
['organisation,tier', "'=SUM(A1:A9),gold"]
"""

from __future__ import annotations

import csv
import datetime
import html
import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

from coprod_standards.errors import CONTROL_CHARACTERS

__all__ = [
    "cell_text",
    "markdown_text",
    "one_line",
    "plain_text",
    "records_csv",
    "records_html",
    "records_markdown",
    "spreadsheet_text",
]

Record = Mapping[str, Any]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_text(value: object) -> str:
    """A value as table text: dates in ISO form, None as empty, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return " ".join(cell_text(item) for item in value)
    return str(value)


def _columns(records: Sequence[Record], columns: Sequence[str] | None) -> list[str]:
    if columns is not None:
        return list(columns)
    found: dict[str, None] = {}
    for record in records:
        found.update(dict.fromkeys(record))
    return list(found)


def spreadsheet_text(value: object) -> str:
    """*value* as table text, with a leading apostrophe where a spreadsheet would run it.

    >>> spreadsheet_text("=SUM(A1:A9)"), spreadsheet_text(-1)
    ("'=SUM(A1:A9)", '-1')
    """
    text = cell_text(value)
    if isinstance(value, (str, list, tuple)) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def records_csv(records: Sequence[Record], columns: Sequence[str] | None = None) -> str:
    """*records* as RFC 4180 CSV with a header row; formula-like text cells neutralised."""
    names = _columns(records, columns)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([spreadsheet_text(name) for name in names])
    for record in records:
        writer.writerow([spreadsheet_text(record.get(name)) for name in names])
    return stream.getvalue()


# C0 and C1 control characters and DEL, which can steer a terminal (clear it,
# retitle it, overwrite a line) or break a document; tabs and newlines stay.
# Tabs and line breaks are the layout's own; every other character that could
# drive the terminal, as errors.visible knows them, is shown by its code.
_CONTROL = re.compile(f"(?![\t\n])[{CONTROL_CHARACTERS}]")


def plain_text(text: str) -> str:
    r"""*text* with control characters shown as U+XXXX, safe to print to a terminal.

    >>> plain_text("Riverside\x1b]0;pwned\x07 Hub")
    'Riverside<U+001B>]0;pwned<U+0007> Hub'
    >>> plain_text("\u202eevil")
    '<U+202E>evil'
    """
    return _CONTROL.sub(lambda match: f"<U+{ord(match[0]):04X}>", text)


def one_line(text: str) -> str:
    r"""*text* as `plain_text` on one line: its line breaks and runs of spaces as one space.

    Text from a file that the report prints whole (an organisation's name)
    cannot start a line of its own, so it cannot pass for one of the report's.

    >>> one_line("Riverside\n\nOverall: Gold\u2028")
    'Riverside Overall: Gold<U+2028>'
    """
    return " ".join(plain_text(text).split())


# What CommonMark, with GitHub's tables and strikethrough, reads as markup
# anywhere in a line: backslash escapes, emphasis, code, links and images,
# strikethrough and cell breaks. An underscore inside a word ("service_users")
# starts no emphasis, so it stays as it is.
_INLINE = re.compile(r"[\\`*\[\]~|]|(?<![^\W_])_|_(?![^\W_])")
# A "<" that opens an HTML tag, comment or autolink, and an "&" that starts a
# character reference such as "&amp;" or "&#60;"; any other "<" or "&" is text.
_HTML = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")
# What starts a block at the start of a line: a heading, a quote, a list item,
# a thematic break or a setext underline ("---", and "-- -": spaces may come
# between a break's dashes; "*" and "_" are escaped wherever they are).
_BLOCK_START = re.compile(
    r"^(?:#{1,6}(?= |$)|>|[-+](?= |$)|=+$|-(?: ?-)*$|[0-9]{1,9}(?=[.)]( |$)))"
)
# A heading's closing run of "#", which a heading would drop.
_CLOSING_HASHES = re.compile(r"(?:^| )#+$")


def markdown_text(text: str) -> str:
    r"""*text* as one line of Markdown that shows as written, and no more escaped than that.

    Links, images, HTML, emphasis, code and table cell breaks are escaped, and
    so is a mark that would start a block (a heading, a quote, a list item);
    an ampersand is escaped only where it would start a character reference.

    >>> markdown_text("Equality, Inclusion & Diversity")
    'Equality, Inclusion & Diversity'
    >>> print(markdown_text("[Riverside](javascript:alert(1)) <b>*so*</b> | &amp;"))
    \[Riverside\](javascript:alert(1)) &lt;b>\*so\*&lt;/b> \| &amp;amp;
    >>> print(markdown_text("# not a heading\n1. not a list"))
    \# not a heading 1. not a list
    >>> print(markdown_text("1. first"))
    1\. first
    """
    line = _BLOCK_START.sub(_escape_block_start, _inline_markdown(text))
    return _CLOSING_HASHES.sub(lambda match: match[0].replace("#", "\\#", 1), line)


def _inline_markdown(text: str) -> str:
    """*text* on one line with what would be read as inline markup escaped."""
    line = _INLINE.sub(lambda match: "\\" + match[0], " ".join(plain_text(text).split()))
    return _HTML.sub("&lt;", _ENTITY.sub("&amp;", line))


def _escape_block_start(match: re.Match[str]) -> str:
    mark = match[0]
    if mark[0].isdigit():
        # "1." and "1)" start an ordered list; the escape goes before the dot.
        return mark + "\\"
    return "\\" + mark


def _markdown_cell(value: object) -> str:
    # A table cell holds no blocks: "1. Respect" there is no list.
    return _inline_markdown(cell_text(value))


def records_markdown(
    records: Sequence[Record],
    columns: Sequence[str] | None = None,
    headings: Mapping[str, str] | None = None,
) -> str:
    """*records* as a Markdown table; *headings* may rename the columns."""
    names = _columns(records, columns)
    titles = [(headings or {}).get(name, name) for name in names]
    lines = [
        "| " + " | ".join(_markdown_cell(title) for title in titles) + " |",
        "|" + "|".join(" --- " for _ in names) + "|",
    ]
    for record in records:
        lines.append("| " + " | ".join(_markdown_cell(record.get(n)) for n in names) + " |")
    return "\n".join(lines) + "\n"


def records_html(
    records: Sequence[Record],
    caption: str,
    columns: Sequence[str] | None = None,
    headings: Mapping[str, str] | None = None,
) -> str:
    """*records* as an HTML table with a caption and header cells; every value escaped."""
    names = _columns(records, columns)
    head = "".join(f'<th scope="col">{html.escape((headings or {}).get(n, n))}</th>' for n in names)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell_text(r.get(n)))}</td>" for n in names) + "</tr>"
        for r in records
    )
    return (
        f"<table><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )
