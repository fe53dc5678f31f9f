"""The trend as one self-contained HTML page: a chart of each standard's tier over the years.

The chart is inline SVG, drawn as the report's (`_report_chart`) is: in each
standard's row, a bar per assessment as tall as the tier, with the tier
written beside it; its title and description say the same in words for
screen readers. Every text from a file is escaped.

>>> import coprod_standards
>>> from coprod_standards.reports.trend import trend
>>> evaluation = coprod_standards.evaluate(
...     coprod_standards.load("1.1"),
...     coprod_standards.load_assessment("examples/small-organisation-bronze.yaml"))
>>> page = trend_html(trend([evaluation]))
>>> page.startswith("<!DOCTYPE html>"), page.count("<svg")
(True, 1)
"""

from __future__ import annotations

import html

from ._report_style import TIER_COLOURS, report_css, tier_key
from .labels import assessed_name, in_sentence, outcome_label, tier_label
from .trend import TierHistory, TierStep, Trend

__all__ = ["trend_chart", "trend_html"]

# The chart's geometry in SVG user units; the SVG scales to the page's width.
_LABEL_WIDTH = 400  # room for the longest standard's title at this size
_COLUMN = 100
_ROW_HEIGHT = 56
_STEP = 12  # the height of one tier
_TOP = 34


def _text(value: object) -> str:
    return html.escape(str(value), quote=True)


def _title(history: TierHistory) -> str:
    return "Overall" if not history.id else f"{history.id}. {history.title}"


def trend_chart(found: Trend) -> str:
    """Each standard's tier, and the overall tier, in each cycle: a row of bars each."""
    rows = [*found.standards, found.overall]
    dates = [d.isoformat() for d in found.dates]
    width = _LABEL_WIDTH + _COLUMN * len(dates)
    height = _TOP + _ROW_HEIGHT * len(rows)
    described = "; ".join(
        f"{_title(h)}: "
        + ", ".join(f"{d} {tier_label(t)}" for d, t in zip(dates, h.tiers, strict=True))
        for h in rows
    )
    parts = [
        f'<svg role="img" aria-labelledby="trend-title trend-desc" viewBox="0 0 {width} {height}">',
        '<title id="trend-title">Each standard\'s tier in each assessment</title>',
        f'<desc id="trend-desc">Bars run from no tier to Gold. {_text(described)}.</desc>',
    ]
    for column, day in enumerate(dates):
        x = _LABEL_WIDTH + column * _COLUMN
        parts.append(
            f'<text x="{x}" y="{_TOP - 14}" font-size="13" font-weight="bold" '
            f'fill="#1a1a1a">{_text(day)}</text>'
        )
    for index, history in enumerate(rows):
        bottom = _TOP + index * _ROW_HEIGHT + 44
        parts.append(
            f'<text x="0" y="{bottom - 8}" font-size="14" fill="#1a1a1a">'
            f"{_text(_title(history))}</text>"
        )
        for column, tier in enumerate(history.tiers):
            x = _LABEL_WIDTH + column * _COLUMN
            tall = (0 if tier is None else tier.rank + 1) * _STEP
            if tall:
                parts.append(
                    f'<rect x="{x}" y="{bottom - tall}" width="18" height="{tall}" '
                    f'fill="{TIER_COLOURS[tier_key(tier)][2]}" stroke="#1a1a1a"/>'
                )
            parts.append(
                f'<text x="{x + 24}" y="{bottom - 8}" font-size="13" fill="#1a1a1a">'
                f"{tier_label(tier)}</text>"
            )
    parts.append("</svg>")
    return "\n".join(parts)


def _list(heading: str, entries: list[str]) -> str:
    items = "".join(f"<li>{entry}</li>" for entry in entries) or "<li>none</li>"
    return f"<h2>{heading}</h2>\n<ul>{items}</ul>"


def _step(step: TierStep) -> str:
    what = "Overall" if not step.id else f"{step.id}. {step.title}"
    return _text(
        f"{what}: {tier_label(step.old)} to {tier_label(step.new)} "
        f"({step.old_date.isoformat()} to {step.new_date.isoformat()})"
    )


def _table(found: Trend) -> str:
    heads = "".join(f'<th scope="col">{_text(d.isoformat())}</th>' for d in found.dates)
    body = "".join(
        f'<tr><th scope="row">{_text(_title(h))}</th>'
        + "".join(f"<td>{tier_label(t)}</td>" for t in h.tiers)
        + "</tr>"
        for h in [*found.standards, found.overall]
    )
    return (
        "<table><caption>Tier reached in each assessment</caption>"
        f'<thead><tr><th scope="col">Standard</th>{heads}</tr></thead><tbody>{body}</tbody></table>'
    )


def trend_html(found: Trend) -> str:
    """The trend as an HTML page: the chart, the table, what improved, slipped and stays unmet."""
    who = assessed_name(found.organisation, found.service)
    dates = found.dates
    unmet = [
        _text(
            f"{u.id} ({u.cycles} cycles, now {in_sentence(outcome_label(u.outcome.value))}): "
            f"{u.text}"
        )
        for u in found.unmet
    ]
    sections = [
        f"<h1>Trend of {_text(who)}</h1>",
        f"<p>{len(dates)} assessments, {dates[0].isoformat()} to {dates[-1].isoformat()}, "
        f"against version {_text(found.evaluations[-1].framework.version)}.</p>",
        trend_chart(found),
        _table(found),
        _list("Improved", [_step(s) for s in found.improved]),
        _list("Slipped", [_step(s) for s in found.slipped]),
        _list("Unmet for two or more cycles in a row", unmet),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Co-production trend: {_text(who)}</title>\n"
        f"<style>{report_css()}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(sections)
        + "\n</main>\n</body>\n</html>\n"
    )
