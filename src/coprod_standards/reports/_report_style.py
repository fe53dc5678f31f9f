"""The HTML report's look: its tier colours and its one style sheet.

The page carries its styles inline, so the report stays one self-contained
file; this module only writes them.
"""

from __future__ import annotations

from coprod_standards.core.models import Tier

__all__ = ["NO_WRAP", "STACKED", "TIER_COLOURS", "WHOLE_WORDS", "report_css", "tier_key"]

#: Per tier: badge text colour, badge background and chart bar fill. Badge text
#: is at least 7:1 on its background and each bar at least 3:1 against white
#: (WCAG AAA text, AA graphics); the tier is always written out as well.
TIER_COLOURS: dict[str, tuple[str, str, str]] = {
    "none": ("#1a1a1a", "#ffffff", "#ffffff"),
    "bronze": ("#5a2e0c", "#f7e4d2", "#9c5b23"),
    "silver": ("#2b3138", "#e6e9ed", "#69727d"),
    "gold": ("#4a3800", "#fbefc0", "#8f7200"),
}


def tier_key(tier: Tier | None) -> str:
    """The tier's key in `TIER_COLOURS` and in its badge's class: "none" for no tier."""
    return "none" if tier is None else tier.value


#: The class of a cell that never wraps: an id ("1.1.B1") or a tier ("Bronze").
NO_WRAP = "nowrap"
#: The class of a cell that wraps only between words: an outcome.
WHOLE_WORDS = "words"
#: The class of a criteria table, whose rows stack into cards on a narrow screen.
STACKED = "criteria"


def report_css() -> str:
    """The report's style sheet, minified."""
    tiers = "".join(
        f".tier-{key}{{color:{ink};background:{paper}}}"
        for key, (ink, paper, _) in TIER_COLOURS.items()
    )
    # Relative units throughout, so that the page reflows at 200% zoom; cells
    # may break long words (a pasted link) rather than force sideways scrolling,
    # except ids, tiers and outcomes, whose columns are as wide as their words
    # ("1.1.B1" and "Bronze" never wrap; "Not met (an area to improve)" wraps
    # only between words).
    return (
        "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
        "line-height:1.5;color:#1a1a1a;background:#fff}"
        "main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}"
        "h1{font-size:1.75rem;line-height:1.25}"
        "h2{font-size:1.4rem;margin-top:2.5rem;border-bottom:0.125rem solid #1a1a1a}"
        "h3{font-size:1.15rem;margin-top:2rem}a{color:#0b4f9c}"
        ".facts{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem}"
        ".facts dt{font-weight:bold}.facts dd{margin:0}"
        "table{width:100%;border-collapse:collapse;margin:0.75rem 0 1.25rem}"
        "caption{text-align:left;font-weight:bold;padding:0.25rem 0}"
        "th,td{border:0.0625rem solid #767676;padding:0.35rem 0.5rem;text-align:left;"
        "vertical-align:top;overflow-wrap:anywhere}"
        f".{NO_WRAP},.{WHOLE_WORDS}{{overflow-wrap:normal}}.{NO_WRAP}{{white-space:nowrap}}"
        "thead th{background:#f2f2f2}td ul,.improve ul{margin:0;padding-left:1.1rem}"
        ".tier{display:inline-block;padding:0 0.45em;border:0.0625rem solid currentColor;"
        f"border-radius:0.25em;font-weight:bold;white-space:nowrap}}{tiers}"
        ".prompt{font-style:italic}.erratum{font-size:0.9em;font-style:italic}"
        ".note,.improve{border-left:0.3rem solid #767676;padding:0.1rem 0 0.1rem 0.75rem}"
        ".improve{border-left-color:#9c5b23}"
        ".chart{margin:1rem 0}.chart svg{display:block;width:100%;max-width:40rem;height:auto}"
        "@media (max-width:30rem){.facts{grid-template-columns:1fr}}"
        # On a narrow screen a criteria row becomes a card: id, tier and outcome
        # on its first line, then the published text, then the evidence. The
        # headings stay for screen readers.
        f"@media screen and (max-width:40rem){{table.{STACKED},.{STACKED} :is(caption,tbody)"
        "{display:block}"
        f".{STACKED} thead{{position:absolute;width:0.0625rem;height:0.0625rem;"
        "overflow:hidden;clip-path:inset(50%)}"
        f".{STACKED} tr{{display:grid;grid-template-columns:auto auto 1fr;"
        "border:0.0625rem solid #767676;margin-bottom:0.5rem}"
        f".{STACKED} tr>*{{border:0}}.{STACKED} tr>:nth-child(3){{order:1;grid-column:1/-1}}"
        f".{STACKED} tr>:nth-child(5){{order:2;grid-column:1/-1}}"
        f".{STACKED} td:empty{{display:none}}}}"
        # Printed or saved as PDF: black on white, no navigation, and no row,
        # list item or chart cut in two; headings stay with what follows them.
        "@media print{body{color:#000;background:#fff;font-size:11pt}"
        "main{max-width:none;padding:0}nav{display:none}a{color:#000;text-decoration:none}"
        "h2,h3,caption{break-after:avoid;page-break-after:avoid}"
        "tr,li,.chart,.improve,.note{break-inside:avoid;page-break-inside:avoid}"
        "thead{display:table-header-group}.tier{color:#000;background:#fff}"
        ".chart svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}}"
    )
