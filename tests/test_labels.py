"""One label for each thing, in every output; and the errata's readings beside the text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs
import pytest

from coprod_standards import Tier, evaluate, load, load_assessment
from coprod_standards.core.results import Outcome
from coprod_standards.formats._converter import converter
from coprod_standards.reports.html_report import evaluation_html
from coprod_standards.reports.labels import OUTCOMES, TIERS, in_sentence, outcome_label, tier_label
from coprod_standards.reports.listing import listing_data, listing_markdown, listing_text
from coprod_standards.reports.markdown_report import evaluation_markdown
from coprod_standards.reports.plan import plan_markdown
from coprod_standards.reports.progress import compare, comparison_markdown, comparison_text
from coprod_standards.reports.text_report import evaluation_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FRAMEWORK = load("1.1")


def _reports(name: str) -> dict[str, str]:
    evaluation = evaluate(FRAMEWORK, load_assessment(EXAMPLES / name))
    html = re.sub(r"<[^>]+>", " ", evaluation_html(evaluation)).replace("&#x27;", "'")
    return {
        "text": evaluation_text(evaluation),
        "markdown": evaluation_markdown(evaluation),
        "html": " ".join(html.split()),
        "plan": plan_markdown(evaluation),
    }


@pytest.mark.parametrize("output", ["text", "markdown", "html", "plan"])
def test_an_indicator_comment_is_called_comment_everywhere(output: str) -> None:
    """The organisation's note on an indicator is "Comment:" in every report."""
    report = _reports("mixed-tiers.yaml")[output]
    assert "Comment: Moving the Tuesday group to the ground-floor hall" in report
    for variant in ("Note: Moving", "Your note", "Organisation's comment"):
        assert variant not in report


@pytest.mark.parametrize("output", ["text", "markdown", "html", "plan"])
def test_an_unanswered_criterion_is_not_answered_everywhere(output: str) -> None:
    """An unanswered criterion's outcome reads "not answered" in every report."""
    report = _reports("mixed-tiers.yaml")[output]
    assert re.search(r"2\.3\.G2\** \(not answered\)", report)
    assert "unanswered" not in report


def test_outcomes_and_tiers_take_their_words_from_the_labels() -> None:
    """Every outcome and tier has its one label, and the core words none of them."""
    assert {outcome.value: outcome_label(outcome.value) for outcome in Outcome} == OUTCOMES
    assert {tier.value: tier_label(tier) for tier in Tier} == TIERS
    assert in_sentence(outcome_label(Outcome.UNANSWERED.value)) == "not answered"
    assert not hasattr(Outcome.MET, "label")
    assert not hasattr(Tier.GOLD, "label")


def test_comparison_speaks_of_outcomes_as_the_reports_do() -> None:
    """The comparison names a criterion's outcome with the same words."""
    before = load_assessment(EXAMPLES / "mixed-tiers.yaml")
    kept = {id: answer for id, answer in before.criteria.items() if id != "1.2.B1"}
    after = attrs.evolve(before, criteria=kept)
    change = compare(evaluate(FRAMEWORK, before), evaluate(FRAMEWORK, after))
    for text in (comparison_text(change), comparison_markdown(change)):
        assert "1.2.B1 (now not answered): Service user protected" in text


PUBLISHED = "communication is. 75%% report satisfaction"
CORRECTED = "Corrected reading: Service users and staff are asked annually how"


def test_the_erratum_reading_shows_in_text_and_markdown_reports() -> None:
    """Where 6.2.S2's "75%%" is shown, its corrected reading "75%" follows it."""
    evaluation = evaluate(FRAMEWORK, load_assessment(EXAMPLES / "small-organisation-bronze.yaml"))
    text = " ".join(evaluation_text(evaluation).split())
    assert f"{PUBLISHED} {CORRECTED} effective they feel communication is. 75% report" in text
    markdown = evaluation_markdown(evaluation)
    assert (
        "  - Corrected reading: Service users and staff are asked annually how effective they "
        "feel communication is. 75% report satisfaction\n" in markdown
    )
    # A standard's corrected title sits beside it in the tables.
    assert "| 10. Raising Awareness and Training Indicator (corrected reading: Raising " in markdown


def test_the_erratum_reading_shows_in_the_listing() -> None:
    """`show` gives the corrected reading in text and Markdown, and both wordings in JSON."""
    text = " ".join(listing_text(FRAMEWORK, "6").split())
    assert f"{PUBLISHED} {CORRECTED} effective they feel communication is. 75% report" in text
    markdown = listing_markdown(FRAMEWORK, "6")
    assert "75%% report satisfaction (corrected reading: Service users" in markdown
    assert "Corrected reading: Raising Awareness and Training (Only this standard" in (
        listing_markdown(FRAMEWORK, "10")
    )
    data = json.loads(json.dumps(listing_data(FRAMEWORK, "6", unstructure=converter.unstructure)))
    criteria = {c["id"]: c for i in data["standards"][0]["indicators"] for c in i["criteria"]}
    assert criteria["6.2.S2"]["text"].endswith("75%% report satisfaction")
    assert criteria["6.2.S2"]["corrected_text"].endswith(" 75% report satisfaction")
    assert criteria["6.2.S1"]["corrected_text"] == criteria["6.2.S1"]["text"]
    standard = listing_data(FRAMEWORK, "10", unstructure=converter.unstructure)["standards"][0]
    assert standard["corrected_title"] == "Raising Awareness and Training"
