"""The shipped V1.1 data: its shape, its ids, and the cells that need care."""

from __future__ import annotations

import pytest

from coprod_standards import Tier, load
from coprod_standards.core.models import Frequency, SurveyThreshold

# Bullets per tier cell (Bronze/Silver/Gold) of each quality indicator, counted
# in the published checklist with empty bullets dropped and page-break
# continuations joined to the row above.
PUBLISHED_CELLS = {
    "1": ["1/1/1", "2/2/3", "2/2/2", "1/1/1", "2/2/1"],
    "2": ["4/2/4", "5/3/4", "4/4/5", "3/1/1"],
    "3": ["1/1/1", "1/1/1", "1/1/1", "2/2/2"],
    "4": ["3/3/2", "3/2/3"],
    "5": ["3/4/2", "2/3/3", "6/4/3", "4/5/3", "3/4/2"],
    "6": ["1/1/1", "1/2/1", "1/2/2"],
    "7": ["4/4/4", "5/5/4", "6/6/5"],
    "8": ["1/1/1", "1/1/1", "1/1/1"],
    "9": ["1/1/1", "1/1/1", "1/1/1", "1/1/1"],
    "10": ["1/1/1", "1/2/3", "1/3/2"],
}


def test_counts_match_the_published_checklist() -> None:
    """10 standards, 36 indicators, and the number of bullets in every cell."""
    framework = load("1.1")
    assert [standard.id for standard in framework.standards] == [str(n) for n in range(1, 11)]
    assert len(framework.indicators) == 36
    for standard in framework.standards:
        cells = [
            "/".join(str(len(indicator.criteria_for(tier))) for tier in Tier)
            for indicator in standard.indicators
        ]
        assert cells == PUBLISHED_CELLS[standard.id], standard.id
    assert len(framework.criteria) == 237


def test_ids_follow_their_positions() -> None:
    """Indicator ids count rows; criterion ids count bullets within a tier."""
    for standard in load().standards:
        for row, indicator in enumerate(standard.indicators, start=1):
            assert indicator.id == f"{standard.id}.{row}"
            for tier in Tier:
                ids = [criterion.id for criterion in indicator.criteria_for(tier)]
                expected = [f"{indicator.id}.{tier.letter}{k}" for k in range(1, len(ids) + 1)]
                assert ids == expected


def test_identifiers_named_in_the_contract() -> None:
    """The examples the id contract spells out."""
    framework = load()
    assert framework.indicator("1.1").title == "People report feeling included"
    assert framework.indicator("8.3").title == (
        "Empowerment and Involvement of Service Users and Experts by Experience (EEs), "
        "including staff"
    )
    assert framework.criterion("1.2.G3").text == "Relevant action plans in place."


def test_source_references_cite_the_cell() -> None:
    """Each criterion records the standard, row, tier and bullet it came from."""
    criterion = load().criterion("5.3.B6")
    assert (criterion.source.standard, criterion.source.row) == (5, 3)
    assert (criterion.source.tier, criterion.source.bullet) == (Tier.BRONZE, 6)
    assert str(criterion.source) == "standard 5, row 3, bronze column, bullet 6"


@pytest.mark.parametrize(
    ("criterion_id", "text"),
    [
        (
            "5.3.B5",
            "People are communicated to with all the accurate and important information in "
            "a way that that person can understand.",
        ),
        ("5.3.B6", "Staff will check to make sure information is understood."),
        (
            "7.2.G3",
            "Staff and volunteers are trained and committed to act on opportunities for "
            "seldom heard voices to participate as part of their everyday work",
        ),
    ],
)
def test_page_break_continuations_join_the_row_above(criterion_id: str, text: str) -> None:
    """Text that runs over a page break joins the last bullet of its cell."""
    assert load().criterion(criterion_id).text == text


def test_long_continuation_across_a_page_break() -> None:
    """8.2's Gold cell runs over a page break mid-sentence and stays one bullet."""
    indicator = load().indicator("8.2")
    (gold,) = indicator.criteria_for(Tier.GOLD)
    assert "celebrating good practice and achievements, as well as addressing" in gold.text


SURVEYS = {
    "1.1.B1": ("inclusion", ("service_users",), 55, None),
    "1.1.S1": ("inclusion", ("service_users",), 70, 80),
    "1.1.G1": ("inclusion", ("service_users",), 90, None),
    "3.1.B1": ("inclusion", ("service_users",), 55, None),
    "3.1.S1": ("inclusion", ("service_users",), 70, 80),
    "3.1.G1": ("inclusion", ("service_users",), 90, None),
    "6.2.B1": ("communication", ("service_users", "staff"), 55, None),
    "6.2.S2": ("communication", ("service_users", "staff"), 75, None),
    "6.2.G1": ("communication", ("service_users", "staff"), 90, None),
}


def test_survey_thresholds() -> None:
    """Exactly the nine survey criteria carry thresholds, as published."""
    framework = load()
    found = {c.id: c.survey for c in framework.criteria if c.survey is not None}
    expected = {
        criterion_id: SurveyThreshold(metric, populations, low, high, Frequency.ANNUALLY)
        for criterion_id, (metric, populations, low, high) in SURVEYS.items()
    }
    assert found == expected


@pytest.mark.parametrize(
    ("criterion_id", "original", "correction"),
    [
        ("6.2.S2", "75%%", "75%"),
        ("6.3.S1", "heirachies", "hierarchies"),
        ("7.1.S2", "panning", "planning"),
        ("7.2.B4", "fast passed", "fast paced"),
    ],
)
def test_typos_are_kept_and_corrected_only_in_errata(
    criterion_id: str, original: str, correction: str
) -> None:
    """The published typos stay in the text; errata carry the corrections."""
    criterion = load().criterion(criterion_id)
    assert original in criterion.text
    assert [(e.original, e.correction) for e in criterion.errata] == [(original, correction)]
    assert correction in criterion.corrected_text
    assert original not in criterion.corrected_text


def test_manifest() -> None:
    """The manifest's names, tiers and survey vocabulary."""
    framework = load()
    assert framework.id == "co-production-quality-standards"
    assert (framework.title, framework.subtitle, framework.version) == (
        "Co-Production Quality Standards",
        "How are we doing?",
        "1.1",
    )
    assert framework.introduction.startswith("This checklist provides an opportunity")
    assert [(t.tier, t.heading) for t in framework.tiers] == [
        (Tier.BRONZE, "Bronze standard"),
        (Tier.SILVER, "Bronze standard plus Silver standard"),
        (Tier.GOLD, "Bronze and silver standard plus Gold standard"),
    ]
    assert [m.id for m in framework.survey_metrics] == ["inclusion", "communication"]
    assert [p.id for p in framework.survey_populations] == ["service_users", "staff"]


def test_no_text_keeps_markup_or_bullets() -> None:
    """No HTML tag, bullet character or stray whitespace survives transcription."""
    framework = load()
    texts = [c.text for c in framework.criteria] + [i.title for i in framework.indicators]
    for text in texts:
        assert "<" not in text
        assert "•" not in text
        assert text == text.strip()
