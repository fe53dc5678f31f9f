"""An answer's evidence in the HTML report: its text, or its items with their safe links."""

from __future__ import annotations

import html

import attrs

from coprod_standards.core.evidence import Evidence, link_problem

from .explanations import evidence_text

__all__ = ["evidence_html"]


def evidence_html(evidence: Evidence) -> str:
    """*evidence* as HTML: each item's title, a link where it has an http(s) or relative one."""
    if isinstance(evidence, str):
        return html.escape(evidence, quote=True)
    shown = []
    for item in evidence:
        text = html.escape(evidence_text((attrs.evolve(item, link=None),)), quote=True)
        link = item.link
        # The model refuses other links; checked again here, since this is where one would run.
        if link is not None and link_problem(link) is None:
            href = html.escape(link, quote=True)
            text = f'<a href="{href}" rel="noopener noreferrer">{text}</a>'
        shown.append(text)
    return "; ".join(shown)
