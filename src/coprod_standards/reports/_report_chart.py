"""The HTML report's chart: each standard's tier as a bar, in inline SVG.

The chart is drawn, not loaded, so the page stays self-contained; its title
and description say in words what the bars show, for screen readers.
"""

from __future__ import annotations

import html

from coprod_standards.core.models import Tier
from coprod_standards.core.results import StandardResult

from ._report_style import TIER_COLOURS, tier_key
from .labels import tier_label

__all__ = ["tier_chart"]

# The chart's geometry in SVG user units; the SVG scales to the page's width.
_BAR_STEP = 140  # the length of one tier
_ROW_HEIGHT = 52
_CHART_TOP = 30
_CHART_WIDTH = 560


def _escaped(text: str) -> str:
    """Text safe in SVG element content and in quoted attributes."""
    return html.escape(text, quote=True)


def tier_chart(standards: tuple[StandardResult, ...]) -> str:
    """A horizontal bar per standard, as long as its tier's rank, labelled in words."""
    height = _CHART_TOP + _ROW_HEIGHT * len(standards)
    titles = [f"{r.standard.number}. {r.standard.title}" for r in standards]
    described = "; ".join(
        f"{title}: {tier_label(r.achieved)}" for title, r in zip(titles, standards, strict=True)
    )
    parts = [
        f'<svg role="img" aria-labelledby="chart-title chart-desc" '
        f'viewBox="0 0 {_CHART_WIDTH} {height}">',
        '<title id="chart-title">Tier reached by each standard</title>',
        f'<desc id="chart-desc">Bars run from no tier to Gold. {_escaped(described)}.</desc>',
    ]
    for rank, tier in enumerate(Tier, start=1):
        x = rank * _BAR_STEP
        parts.append(
            f'<line x1="{x}" y1="{_CHART_TOP - 8}" x2="{x}" y2="{height}" stroke="#767676" '
            f'stroke-dasharray="4 4"/><text x="{x}" y="{_CHART_TOP - 14}" text-anchor="middle" '
            f'font-size="13" fill="#1a1a1a">{tier_label(tier)}</text>'
        )
    for index, (title, result) in enumerate(zip(titles, standards, strict=True)):
        top = _CHART_TOP + index * _ROW_HEIGHT
        length = (0 if result.achieved is None else result.achieved.rank + 1) * _BAR_STEP
        fill = TIER_COLOURS[tier_key(result.achieved)][2]
        parts.append(
            f'<text x="0" y="{top + 16}" font-size="15" fill="#1a1a1a">{_escaped(title)}</text>'
        )
        if length:
            parts.append(
                f'<rect x="0" y="{top + 22}" width="{length}" height="18" fill="{fill}" '
                'stroke="#1a1a1a"/>'
            )
        parts.append(
            f'<text x="{length + 8}" y="{top + 36}" font-size="15" font-weight="bold" '
            f'fill="#1a1a1a">{tier_label(result.achieved)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
