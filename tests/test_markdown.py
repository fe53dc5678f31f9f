"""Markdown outputs: user text shows as written, escaped no more than Markdown needs."""

from __future__ import annotations

import datetime
import html
import re
from pathlib import Path

import attrs
from markdown_it import MarkdownIt

from coprod_standards import Answer, Framework, Status, evaluate, load, load_assessment
from coprod_standards.core.assessment import IndicatorNote
from coprod_standards.reports.changelog import diff_markdown
from coprod_standards.reports.listing import listing_markdown
from coprod_standards.reports.markdown_report import evaluation_markdown
from coprod_standards.reports.plan import plan_markdown
from coprod_standards.reports.progress import compare, comparison_markdown
from coprod_standards.reports.tables import markdown_text, records_markdown
from coprod_standards.tooling.changes import diff

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FRAMEWORK = load("1.1")
#: CommonMark with GitHub's tables and strikethrough, as GitHub and most wikis read it.
RENDERER = MarkdownIt("commonmark").enable("table").enable("strikethrough")
HOSTILE = "[Riverside](javascript:alert(1)) ![](https://t.example/p.gif) <b>x</b> *em*"
PLAIN = "Riverside Community Hub"


def tags(markdown: str) -> list[str]:
    """The HTML elements *markdown* renders to, in order, without their text."""
    return re.findall(r"<[^>]+>", RENDERER.render(markdown))


def rendered_text(markdown: str) -> str:
    """The text a reader sees once *markdown* is rendered: tags dropped, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", RENDERER.render(markdown)))


def test_an_ampersand_in_a_heading_is_left_alone() -> None:
    """A bare "&", as in "Equality, Inclusion & Diversity", is written as it is."""
    assessment = attrs.evolve(
        load_assessment(EXAMPLES / "small-organisation-bronze.yaml"),
        organisation="Equality, Inclusion & Diversity Network",
    )
    evaluation = evaluate(FRAMEWORK, assessment)
    report = evaluation_markdown(evaluation)
    assert report.startswith(
        "# Equality, Inclusion & Diversity Network: co-production self-assessment\n"
    )
    assert plan_markdown(evaluation).startswith(
        "# Action plan: Equality, Inclusion & Diversity Network\n"
    )
    assert "&amp;" not in report
    assert "<h1>Equality, Inclusion &amp; Diversity Network: co" in RENDERER.render(report)


def test_only_what_would_start_markup_is_escaped() -> None:
    """Escapes appear only where Markdown would otherwise read markup."""
    kept = "a < b, R&D, 5 > 4, service_users, 2 + 2, C#, x-y, 1.5"
    assert markdown_text(kept) == kept
    assert markdown_text("&amp; &#60; &copy;") == "&amp;amp; &amp;#60; &amp;copy;"
    assert markdown_text("<b>") == "&lt;b>"
    assert markdown_text("_em_ *em* `code` ~~gone~~ a|b") == (
        r"\_em\_ \*em\* \`code\` \~\~gone\~\~ a\|b"
    )
    assert markdown_text("> quote") == r"\> quote"
    assert markdown_text("- item") == r"\- item"
    assert markdown_text("+ item") == r"\+ item"
    assert markdown_text("12) item") == r"12\) item"
    assert markdown_text("## heading") == r"\## heading"
    assert markdown_text("---") == r"\---"
    assert markdown_text("Room 4 #") == r"Room 4 \#"


def _outputs(text: str) -> dict[str, str]:
    before = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    after = attrs.evolve(
        before,
        organisation=text,
        assessed_on=datetime.date(2026, 12, 1),
        criteria={**before.criteria, "5.5.B1": Answer(Status.NOT_MET, comment=text)},
        indicators={**before.indicators, "5.5": IndicatorNote(text)},
    )
    evaluation = evaluate(FRAMEWORK, after)
    return {
        "evaluate": evaluation_markdown(evaluation),
        "plan": plan_markdown(evaluation),
        "compare": comparison_markdown(compare(evaluate(FRAMEWORK, before), evaluation)),
        "table": records_markdown([{"comment": text}]),
    }


def test_hostile_text_shows_as_written_in_every_markdown_output() -> None:
    """Links, images, HTML and emphasis in user text render as the characters typed."""
    plain, hostile = _outputs(PLAIN), _outputs(HOSTILE)
    for name, markdown in hostile.items():
        assert tags(markdown) == tags(plain[name]), name
        assert HOSTILE in rendered_text(markdown), name


def _with_criterion_text(text: str) -> Framework:
    criterion = attrs.evolve(FRAMEWORK.criterion("1.1.B1"), text=text)
    indicator = FRAMEWORK.indicator("1.1")
    changed = attrs.evolve(indicator, criteria=(criterion, *indicator.criteria[1:]))
    first = FRAMEWORK.standards[0]
    standard = attrs.evolve(first, indicators=(changed, *first.indicators[1:]))
    return attrs.evolve(FRAMEWORK, standards=(standard, *FRAMEWORK.standards[1:]))


def test_standards_text_shows_as_written_in_show_and_diff() -> None:
    """`show --format markdown` and `diff` escape the standards' own text too."""
    plain, hostile = _with_criterion_text(PLAIN), _with_criterion_text(HOSTILE)
    listed = listing_markdown(hostile, "1")
    assert tags(listed) == tags(listing_markdown(plain, "1"))
    assert HOSTILE in rendered_text(listed)
    changes = diff_markdown(diff(FRAMEWORK, hostile))
    assert tags(changes) == tags(diff_markdown(diff(FRAMEWORK, plain)))
    assert HOSTILE in rendered_text(changes)
