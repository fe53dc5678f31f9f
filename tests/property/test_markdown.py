"""Properties of Markdown escaping: any text renders as the characters it holds."""

from __future__ import annotations

import html
import re

from hypothesis import example, given
from markdown_it import MarkdownIt

from coprod_standards.reports.tables import markdown_text, records_markdown
from coprod_standards.testing import markup_texts

RENDERER = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _tags(page: str) -> list[str]:
    return re.findall(r"<[^>]*>", page)


@given(markup_texts())
@example("-- -")  # a thematic break with a space in it, once left unescaped
@example("- -- -")
def test_escaped_text_renders_as_written(text: str) -> None:
    """As a paragraph or a heading, escaped text renders as its own characters and no markup."""
    words = " ".join(text.split())
    page = RENDERER.render(markdown_text(text))
    assert _tags(page) == (["<p>", "</p>"] if words else [])
    assert html.unescape(page) == (f"<p>{words}</p>\n" if words else "")
    heading = RENDERER.render("# " + markdown_text(text))
    assert _tags(heading) == ["<h1>", "</h1>"]
    assert html.unescape(heading) == f"<h1>{words}</h1>\n"


@given(markup_texts())
def test_a_table_cell_renders_as_written(text: str) -> None:
    """In a table cell, escaped text neither breaks the table nor becomes markup."""
    page = RENDERER.render(records_markdown([{"text": text, "next": "x"}]))
    body = page.split("<tbody>")[1]
    assert _tags(body) == [
        "<tr>",
        "<td>",
        "</td>",
        "<td>",
        "</td>",
        "</tr>",
        "</tbody>",
        "</table>",
    ]
    assert f"<td>{' '.join(text.split())}</td>\n<td>x</td>" in html.unescape(body)
