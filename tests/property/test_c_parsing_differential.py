"""The locating reader gives the same data, places and problems on the C parser's events as without.

`formats._c_parsing` lets the locating reader compose a document from the C
parser's events, and count the limits over them first; the pure-Python
parser must never be needed to give a different answer. Each test reads a
text both ways (the second with the C parser's help turned off) and compares
everything: the data, the place of every value and key, or every problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_standards import DataError
from coprod_standards.formats import _c_parsing, _yaml
from coprod_standards.formats.limits import MAX_DEPTH, MAX_ENTRIES, MAX_VALUES

from .test_fast_read_differential import mutated

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    [
        *(ROOT / "data" / "v1_1").glob("*.yaml"),
        *(ROOT / "data" / "v1_1" / "golden").glob("*.yaml"),
        *(ROOT / "examples").glob("*.yaml"),
        *(ROOT / "examples").glob("*.json"),
        *(ROOT / "tests" / "golden").glob("*.yaml"),
        *(ROOT / "tests" / "golden").glob("*.json"),
    ]
)
#: The files with a key whose value is left empty.
WITH_EMPTY_VALUES = {"tier-gating.assessment.yaml"}
TEXTS = [path.read_text(encoding="utf-8").replace("\t", " ") for path in SHIPPED]

Outcome = tuple[object, ...]


def _read(text: str) -> Outcome:
    try:
        parsed = _yaml.parse(text, "doc")
    except DataError as error:
        return ("problems", error.problems)
    return ("data", parsed.data, parsed.values, parsed.keys)


def _read_by_pure_parser(text: str, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    with monkeypatch.context() as patch:
        patch.setattr(_yaml, "composed", lambda text: None)
        patch.setattr(_yaml, "refuse_past_limits", lambda text, parts: False)
        return _read(text)


def _same_either_way(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(text) == _read_by_pure_parser(text, monkeypatch)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.name)
def test_every_shipped_file_is_composed_from_the_c_parser_alike(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each standards, golden and example file gives the same data and places either way."""
    text = path.read_text(encoding="utf-8").replace("\t", " ")
    composed = _c_parsing.composed(text)
    # The parsers place an empty value differently: the pure one reads such a file.
    assert (composed is None) == (path.name in WITH_EMPTY_VALUES)
    _same_either_way(text, monkeypatch)


def _past_a_limit(kind: str, size: int) -> Iterator[str]:
    """Lines that pass a limit (or come near it) in block or flow style."""
    if kind == "values":
        for index in range(MAX_VALUES // 30 + size):
            yield f"v{index}: [" + ", ".join(["1"] * 29) + "]"
    elif kind == "entries":
        yield "e: {" + ", ".join(f"k{index}: 1" for index in range(MAX_ENTRIES - 2 + size)) + "}"
    elif kind == "empty-values":
        for index in range(MAX_VALUES // 2 + size - 4):
            yield f"k{index}:"
    elif kind == "empty-values-nested":  # the values limit passed at an empty value, or near
        for block in range(MAX_VALUES // 2000 + 1):
            yield f"b{block}:"
            yield from (f"  k{index}:" for index in range(MAX_ENTRIES - 1 - size))
    elif kind == "flow-depth":
        yield "f: " + "[" * (MAX_DEPTH - 2 + size) + "]" * (MAX_DEPTH - 2 + size)
    else:
        yield from (" " * level + f"d{level}:" for level in range(MAX_DEPTH - 2 + size))


@st.composite
def near_a_limit(draw: st.DrawFn) -> str:
    """A shipped file with lines near or past a limit put in at a line, perhaps mutated."""
    lines = draw(st.sampled_from(TEXTS)).split("\n")
    at = draw(st.integers(0, len(lines)))
    kinds = ["values", "entries", "empty-values", "empty-values-nested", "flow-depth", "depth"]
    kind = draw(st.sampled_from(kinds))
    added = list(_past_a_limit(kind, draw(st.integers(0, 4))))
    text = "\n".join([*lines[:at], *added, *lines[at:]])
    return draw(mutated(text)) if draw(st.booleans()) else text


@settings(max_examples=30)
@given(st.data())
def test_a_mutated_file_is_read_alike(data: st.DataObject) -> None:
    """A shipped file with small mistakes gives the same data, places or problems either way."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same_either_way(data.draw(mutated(data.draw(st.sampled_from(TEXTS)))), monkeypatch)


@settings(max_examples=12)
@given(near_a_limit())
def test_a_file_near_a_limit_is_refused_alike(text: str) -> None:
    """Values, entries or nesting near or past a limit, anywhere, are refused at the same place."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same_either_way(text, monkeypatch)


#: Ways to open one level of nesting in a flow collection, and to close it.
_OPENINGS = [("[", "]"), ("[\n", "]"), ('{"k": ', "}"), ('{"k":\n', "\n}"), ("[1, ", ", 2]")]


@st.composite
def deep_after_many_entries(draw: st.DrawFn) -> str:
    """Hundreds of entries (over 4 KB), then flow collections nested near or past the limit."""
    rows = [f"[{', '.join(['1'] * draw(st.integers(1, 30)))}]" for _ in range(150)]
    levels = [draw(st.sampled_from(_OPENINGS)) for _ in range(draw(st.integers(30, 40)))]
    nest = "".join(open for open, _ in levels) + "0" + "".join(c for _, c in reversed(levels))
    if draw(st.booleans()):  # JSON
        entries = "".join(f'"v{index}": {row},' for index, row in enumerate(rows))
        return '{"version": "1.1", ' + entries + f'"deep": {nest}}}'
    entries = "".join(f"v{index}: {row}\n" for index, row in enumerate(rows))
    return f'version: "1.1"\n{entries}deep: {nest}\n'


@settings(max_examples=25)
@given(deep_after_many_entries())
def test_deep_flow_nesting_after_many_entries_is_refused_alike(text: str) -> None:
    """Flow collections nested past the limit after blanked-out entries are refused alike."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same_either_way(text, monkeypatch)
