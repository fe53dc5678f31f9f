"""The fast readers and the locating reader give the same assessment, or the same problems."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_standards import (
    Assessment,
    DataError,
    Problem,
    assessment_template,
    dumps_assessment,
    load,
    parse_assessment,
)
from coprod_standards.formats import _fast_read
from coprod_standards.formats._assessment_read import fast, located
from coprod_standards.testing import assessments

FRAMEWORK = load("1.1")
EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.yaml"))

Outcome = tuple[str, Assessment | tuple[Problem, ...]]


def _outcome_oflocated(text: str, format: str) -> Outcome:
    try:
        return "assessment", located(text, format, "doc", None)
    except DataError as error:
        return "problems", error.problems


def _outcome_of_reading(text: str, format: str) -> Outcome:
    try:
        return "assessment", parse_assessment(text, format=format, name="doc")  # type: ignore[arg-type]
    except DataError as error:
        return "problems", error.problems


def _same_either_way(text: str, format: str) -> Assessment | None:
    """Check that both readers agree on *text*; the fast reader's assessment, if it read one."""
    located = _outcome_oflocated(text, format)
    quick = fast(text, format, None)
    if quick is not None:
        assert located == ("assessment", quick)
    assert _outcome_of_reading(text, format) == located
    return quick


def _usual(text: str, format: str) -> bool:
    """Whether *text* has none of the rare characters the fast readers leave to the other."""
    if format == "json":
        return not _fast_read._UNUSUAL_JSON.search(text) and not _fast_read._HALF_ESCAPE.search(
            text
        )
    return not _fast_read._UNUSUAL_YAML.search(text)


#: What mutations put into a file: YAML's rarer syntax, JSON's limits, typos.
PIECES = [
    "\t", " ", "\n", "#", '"', "'", ":", "{", "}", "[", "]", ",", "&a ", "*a", "!!str ",
    "!!python/object:os.system ", "<<: ", "---\n", "...\n", "%YAML 1.1\n---\n", "? ",
    "- ", "|\n", ">\n", "\x85", "\u2028", "\ufeff", "\\ud800", "\\ud83d\\ude00", "NaN",
    "Infinity", "1e5", "0x1F", "0o17", "-0", "1.5", "~", "null", "true", "yes", "2026-13-01",
    "2026-02-29", "9" * 30, "met", "mett", "not_applicable", "1.1", "1.2.B1", "9.9.Z9",
    "\\u00e9", "é", "😀",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """*text* with one to three small changes, of the kinds people and tools make."""
    for _ in range(draw(st.integers(1, 3))):
        lines = text.split("\n")
        kind = draw(st.sampled_from(["insert", "replace", "delete-line", "copy-line", "cut"]))
        at = draw(st.integers(0, max(len(text) - 1, 0)))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        elif kind == "replace":
            span = draw(st.integers(1, 8))
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at + span :]
        elif kind == "cut":
            text = text[:at]
        else:
            line = draw(st.integers(0, len(lines) - 1))
            lines[line : line + 1] = [] if kind == "delete-line" else [lines[line]] * 2
            text = "\n".join(lines)
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(assessments(FRAMEWORK), st.sampled_from(["yaml", "json"]))
def test_a_valid_file_reads_the_same_either_way(assessment: Assessment, format: str) -> None:
    """A generated file gives the same assessment through either reader; usually the fast one."""
    text = dumps_assessment(assessment, format=format)  # type: ignore[arg-type]
    quick = _same_either_way(text, format)
    if _usual(text, format):
        assert quick == assessment


# A signed-off file with a small change that still reads was edited after sign-off: it
# reads with a SignOffWarning, which is what it should do, and not this test's concern.
@pytest.mark.filterwarnings("ignore::coprod_standards.errors.SignOffWarning")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), assessments(FRAMEWORK), st.sampled_from(["yaml", "json"]))
def test_a_broken_file_reads_the_same_either_way(
    data: st.DataObject, assessment: Assessment, format: str
) -> None:
    """A generated file with small mistakes gives the same problems (or assessment) either way."""
    text = dumps_assessment(assessment, format=format)  # type: ignore[arg-type]
    _same_either_way(data.draw(mutated(text)), format)


def _shipped_files() -> list[tuple[str, str]]:
    template = assessment_template(FRAMEWORK, assessed_on=datetime.date(2026, 9, 30))
    files = [(template, "yaml")]
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        files.append((text, "yaml"))
        files.append((dumps_assessment(parse_assessment(text), format="json"), "json"))
    return files


@pytest.mark.parametrize(("text", "format"), _shipped_files())
def test_every_example_reads_the_same_either_way(text: str, format: str) -> None:
    """Each example file and the template, as YAML and as JSON, are read fast and alike."""
    assert _same_either_way(text, format) is not None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(_shipped_files()))
def test_a_broken_example_reads_the_same_either_way(
    data: st.DataObject, shipped: tuple[str, str]
) -> None:
    """An example file with small mistakes gives the same problems (or assessment) either way."""
    text, format = shipped
    _same_either_way(data.draw(mutated(text)), format)


_HEAD = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\n'
_JSON_HEAD = '{"version": "1.1", "organisation": "Riverside", "assessed_on": "2026-09-30", '
_DEEP = "[" * 40 + "]" * 40


@pytest.mark.parametrize(
    ("text", "format"),
    [
        (
            _HEAD
            + "surveys:\n- {metric: inclusion, population: staff, respondents: 0x"
            + "f" * 4000
            + ", agree: 1, conducted_on: 2026-05-01}\n",
            "yaml",
        ),
        (
            _HEAD + "surveys:\n- {metric: inclusion, population: staff, respondents: 0b101, "
            "agree: 1, conducted_on: 2026-05-01}\n",
            "yaml",
        ),
        (
            _HEAD
            + "surveys:\n- {metric: inclusion, population: staff, respondents: "
            + "9" * 20
            + ", agree: 1, conducted_on: 2026-05-01}\n",
            "yaml",
        ),
        (
            _JSON_HEAD + '"surveys": [{"metric": "inclusion", "population": "staff", '
            '"respondents": ' + "9" * 20 + ', "agree": 1, "conducted_on": "2026-05-01"}]}',
            "json",
        ),
        (_HEAD + "completed_by: " + _DEEP + "\n", "yaml"),
        (_JSON_HEAD + '"completed_by": ' + _DEEP + "}", "json"),
        (_JSON_HEAD + '"completed_by": [' + ", ".join(['"staff"'] * 1500) + "]}", "json"),
    ],
    ids=["hex", "binary", "too-large", "too-large-json", "deep", "deep-json", "entries-json"],
)
def test_the_limits_are_the_same_either_way(text: str, format: str) -> None:
    """A file past a limit (issue 11's) is refused alike by the fast and the locating reader."""
    assert _same_either_way(text, format) is None
    outcome = _outcome_of_reading(text, format)
    assert outcome[0] == "problems"
