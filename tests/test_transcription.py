"""The transcription against the published checklist, where its text is present.

The published text lives in ``../shared/source/`` beside the checkout (it is
there in CI) and is not copied into the project. `published_text` reads it
independently of the library, and these tests compare the two word for word.
"""

from __future__ import annotations

import re

import pytest

from coprod_standards import Framework, Tier, load

from . import published_text

SOURCE = published_text.source_file()
pytestmark = pytest.mark.skipif(
    SOURCE is None,
    reason="the published text is not at ../shared/source/ beside the checkout",
)


@pytest.fixture(scope="module")
def published() -> published_text.PublishedText:
    assert SOURCE is not None
    return published_text.read(SOURCE)


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load("1.1")


def test_every_criterion_text_appears_in_the_published_text(
    framework: Framework, published: published_text.PublishedText
) -> None:
    """Each criterion's text is in the source, or a bullet joined to its page-break continuation."""
    flat = re.sub(r"<[^>]+>|•", "", published.raw)
    raw = published.raw.replace("<u>", "").replace("</u>", "")
    for criterion in framework.criteria:
        if criterion.text in flat:
            continue
        joins = [
            (criterion.text[:i], criterion.text[i + 1 :])
            for i, char in enumerate(criterion.text)
            if char == " "
        ]
        # The head must be a whole bullet, and the tail text outside any bullet
        # (a paragraph or bare cell text) on the next page.
        assert any(
            re.search(rf"<li>(?:• )?{re.escape(head)}</li>", raw)
            and re.search(rf"(?:<p>|\t){re.escape(tail)}(?:</p>|\t)", raw)
            for head, tail in joins
        ), criterion.id


def test_headings_prompts_and_introduction(
    framework: Framework, published: published_text.PublishedText
) -> None:
    """Names, prompts and the introduction are the published words."""
    assert framework.title == published.title
    assert framework.subtitle == published.subtitle
    assert framework.introduction == published.introduction
    assert len(framework.standards) == len(published.standards)
    for standard, source in zip(framework.standards, published.standards, strict=True):
        assert (standard.number, standard.title, standard.prompt) == (
            source.number,
            source.title,
            source.prompt,
        )


def test_rows_and_cells_word_for_word(
    framework: Framework, published: published_text.PublishedText
) -> None:
    """Every row title and every bullet of every cell, in order, verbatim."""
    for standard, source in zip(framework.standards, published.standards, strict=True):
        assert len(standard.indicators) == len(source.rows), standard.id
        for indicator, row in zip(standard.indicators, source.rows, strict=True):
            # The printed row title "3) Empowerment ..." carries a row number, which
            # the id contract leaves out of the title.
            assert indicator.title == re.sub(r"^\d+\) ", "", row.title), indicator.id
            for tier in Tier:
                texts = [criterion.text for criterion in indicator.criteria_for(tier)]
                assert texts == row.cells[tier.value], f"{indicator.id} {tier.value}"
