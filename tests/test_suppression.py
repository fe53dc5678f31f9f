"""Small-number suppression in summaries meant for publishing (summary --suppress-below)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coprod_standards.cli import run
from coprod_standards.reports.summary import suppressed

EXAMPLES = Path(__file__).parents[1] / "examples"


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def test_counts_below_the_threshold_are_hidden_zero_is_shown() -> None:
    """1 to N-1 become <N; 0 and N or more are shown; two small counts need no more."""
    assert suppressed({"gold": 0, "silver": 4, "bronze": 5, "no_tier": 1}, 5) == {
        "gold": 0,
        "silver": "<5",
        "bronze": 5,
        "no_tier": "<5",
    }


def test_a_lone_small_count_hides_the_next_smallest_too() -> None:
    """One hidden count could be worked out from the total: the next smallest becomes *."""
    assert suppressed({"gold": 3, "silver": 9, "bronze": 6, "no_tier": 0}, 5) == {
        "gold": "<5",
        "silver": 9,
        "bronze": "*",
        "no_tier": 0,
    }


def test_no_threshold_hides_nothing() -> None:
    """Without a threshold the counts are as they are."""
    assert suppressed({"gold": 1}, None) == {"gold": 1}


def test_summary_csv_markdown_and_json_suppress() -> None:
    """--suppress-below hides small counts in every format of the summary."""
    # The three examples: overall 0 gold, 0 silver, 1 bronze, 2 no tier.
    status, csv_text, _ = call("summary", str(EXAMPLES), "--format", "csv", "--suppress-below", "3")
    assert status == 0
    assert csv_text.splitlines()[1].endswith(",3,0,0,<3,<3")
    _, markdown, _ = call("summary", str(EXAMPLES), "--suppress-below", "3")
    assert "| <3 |" in markdown
    _, data, _ = call("summary", str(EXAMPLES), "--format", "json", "--suppress-below", "3")
    parsed = json.loads(data)
    assert parsed["overall"] == {"gold": 0, "silver": 0, "bronze": "<3", "none": "<3"}
    assert parsed["suppress_below"] == 3
    _, plain, _ = call("summary", str(EXAMPLES), "--format", "json")
    assert json.loads(plain)["overall"] == {"gold": 0, "silver": 0, "bronze": 1, "none": 2}
    assert "suppress_below" not in json.loads(plain)


@pytest.mark.parametrize("threshold", ["1", "0", "-4"])
def test_a_threshold_that_hides_nothing_exits_2(threshold: str) -> None:
    """A threshold below 2 is bad input, not silently ignored."""
    status, out, err = call("summary", str(EXAMPLES), "--suppress-below", threshold)
    assert (status, out) == (2, "")
    assert "give a whole number of 2 or more (--suppress-below N)" in err
