"""Files past a limit are refused from the C parser's events: the pure parser is slow (issue 11).

Each reproducer is one of ``benchmarks/bench_limits.py``'s inputs: it took
the pure-Python parser one to two seconds to refuse. Each test checks the
problem and its place, both as pinned here and as the pure parser gives
them, and that the pure parser was not needed; never the time it takes.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_standards import DataError, Problem, load_path, parse_assessment
from coprod_standards.formats import _yaml
from coprod_standards.formats.limits import MAX_DEPTH, MAX_ENTRIES, MAX_VALUES

from .conftest import Draft

HEAD = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\n'
JSON_HEAD = '{"version":"1.1","organisation":"Riverside","assessed_on":"2026-09-30",'


def _problem(text: str, format: str = "yaml") -> Problem:
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format=format)  # type: ignore[arg-type]
    (problem,) = caught.value.problems
    return problem


def _pure_problem(text: str, format: str, monkeypatch: pytest.MonkeyPatch) -> Problem:
    """The problem the pure-Python parser gives, with the C parser's help turned off."""
    with monkeypatch.context() as patch:
        patch.setattr(_yaml, "refuse_past_limits", lambda text, parts: False)
        return _problem(text, format)


@contextlib.contextmanager
def _without_pure_parser() -> Iterator[None]:
    """Make the pure-Python parser fail the test if it is asked to read anything."""
    from ruamel.yaml.main import YAML

    def compose(*args: object) -> None:
        raise AssertionError("the pure-Python parser was asked to read")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(YAML, "compose", compose)
        yield


def _short_lists() -> str:
    """Lines of 30 numbers each, one line more than the values limit allows in all."""
    lines = (f"k{index}: [" + ", ".join(["1"] * 30) + "]\n" for index in range(700))
    return HEAD + "".join(lines)


def _late_entries() -> str:
    """Eight mappings of 999 keys (16,000 values), then one of 1,001, as minified JSON."""
    full = "{" + ",".join(f'"k{index}":1' for index in range(MAX_ENTRIES - 1)) + "}"
    late = "{" + ",".join(f'"k{index}":1' for index in range(MAX_ENTRIES + 1)) + "}"
    return JSON_HEAD + "".join(f'"x{index}":{full},' for index in range(8)) + f'"x8":{late}}}'


def _late_depth() -> str:
    """500 lines of 37 numbers (18,500 values), then mappings nested 40 deep, in block style."""
    lines = "".join(f"k{index}: [" + ", ".join(["1"] * 37) + "]\n" for index in range(500))
    nested = "".join(" " * level + f"d{level}:\n" for level in range(MAX_DEPTH + 8))
    return HEAD + lines + nested.rstrip(":\n") + ": x\n"


@pytest.mark.parametrize(
    ("text", "format", "code", "line", "column"),
    [
        (_short_lists(), "yaml", "too-many-values", 628, 77),
        (_late_entries(), "json", "too-many-entries", 1, 80072),
        (_late_depth(), "yaml", "too-deep", 536, 33),
    ],
    ids=["values", "entries-json", "depth"],
)
def test_a_file_past_a_limit_is_refused_without_the_pure_parser(
    text: str,
    format: str,
    code: str,
    line: int,
    column: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The values, entries and depth reproducers are refused where the pure parser would."""
    with _without_pure_parser():
        problem = _problem(text, format)
    assert (problem.code, problem.line, problem.column, problem.path) == (code, line, column, "$")
    assert problem == _pure_problem(text, format, monkeypatch)


def test_twenty_thousand_unknown_criteria_are_refused_without_the_pure_parser() -> None:
    """The issue's 20,000 unknown criteria stop at the 1,001st key, read from the C parser."""
    criteria = "".join(f"  9.9.B{index}: met\n" for index in range(20_000))
    with _without_pure_parser():
        problem = _problem(HEAD + "criteria:\n" + criteria)
    assert (problem.code, problem.line, problem.column) == ("too-many-entries", 1005, 3)


def test_a_deep_flow_collection_is_left_to_the_pure_parser() -> None:
    """Brackets past the depth limit are placed by the pure parser, whose scanner runs ahead."""
    text = HEAD + "x: " + json.dumps([1] * 10) + "\ncompleted_by: " + "[" * 40 + "]" * 40 + "\n"
    problem = _problem(text)
    assert (problem.code, problem.line, problem.column) == ("too-deep", 5, 15 + MAX_DEPTH + 1)


def _read_by_pure_parser(text: str, format: str) -> tuple[Problem, list[str]]:
    """The problem in *text*, and the texts the pure-Python parser was given to read."""
    from ruamel.yaml.main import YAML

    read: list[str] = []
    compose = YAML.compose

    def spied(yaml: YAML, stream: io.StringIO) -> object:
        read.append(stream.getvalue())
        return compose(yaml, stream)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(YAML, "compose", spied)
        return _problem(text, format), read


def test_an_empty_value_at_the_limit_is_placed_as_the_pure_parser_places_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the 20,001st value is empty (the parsers place it apart), the pure parser places it.

    It reads a shortened text: the mappings long before are blanked out.
    """
    # Ten mappings of 999 empty values: the 20,001st value is the 996th of the tenth,
    # whose key is on line 10,000; the pure parser places it at the next key.
    keys = "".join(f"  k{index}:\n" for index in range(MAX_ENTRIES - 1))
    text = HEAD + "".join(f"a{block}:\n{keys}" for block in range(MAX_VALUES // 2000))
    problem, read = _read_by_pure_parser(text, "yaml")
    assert (problem.code, problem.line, problem.column) == ("too-many-values", 10_001, 3)
    (shortened,) = read
    assert len(shortened) == len(text)
    assert shortened.count(" ") > len(text) // 2
    assert problem == _pure_problem(text, "yaml", monkeypatch)


def test_a_draft_past_the_values_limit_is_refused_without_the_pure_parser(
    draft: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A standards file with 21,000 more values is refused at its 20,001st, by the C parser."""
    rows = "".join(f"  k{index}: [" + ", ".join(["1"] * 30) + "]\n" for index in range(700))
    draft.write("03-respect.yaml", draft.text("03-respect.yaml") + "notes:\n" + rows)
    with _without_pure_parser(), pytest.raises(DataError) as caught:
        load_path(draft.root)
    (problem,) = caught.value.problems
    assert problem.code == "too-many-values"
    assert Path(problem.file or "").name == "03-respect.yaml"
    pure = _yaml.parse
    monkeypatch.setattr(_yaml, "refuse_past_limits", lambda text, parts: False)
    with pytest.raises(DataError) as again:
        pure(draft.text("03-respect.yaml"), problem.file or "")
    assert again.value.problems == caught.value.problems


def _deep_json_after_many_values() -> str:
    """500 lists of 37 numbers (18,500 values), then objects nested 40 deep, minified JSON."""
    data: dict[str, object] = {f"k{index}": [1] * 37 for index in range(500)}
    deep: object = "x"
    for level in range(MAX_DEPTH + 8):
        deep = {f"k{level}": deep}
    data["deep"] = deep
    return JSON_HEAD + json.dumps(data, separators=(",", ":"))[1:]


def test_deep_json_after_many_values_is_placed_by_the_pure_parser_on_a_shortened_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """JSON nested past the limit late in a file: the pure parser reads only its last entries."""
    text = _deep_json_after_many_values()
    problem, read = _read_by_pure_parser(text, "json")
    assert (problem.code, problem.line, problem.column, problem.path) == ("too-deep", 1, 41686, "$")
    (shortened,) = read
    assert len(shortened) == len(text)
    assert shortened.count(" ") > len(text) // 2  # the lists before are blanked out
    assert problem == _pure_problem(text, "json", monkeypatch)


def test_an_anchor_long_before_does_not_keep_the_whole_text_for_the_pure_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With an anchor but no alias before the deep node, the pure parser reads a shortened text."""
    text = _deep_json_after_many_values().replace('"version":', '"x":&a 1,"version":', 1)
    problem, read = _read_by_pure_parser(text, "yaml")
    assert problem.code == "too-deep"
    (shortened,) = read
    assert shortened.count(" ") > len(text) // 2  # the lists before are blanked out
    assert problem == _pure_problem(text, "yaml", monkeypatch)


def test_an_alias_before_the_deep_node_leaves_the_whole_text_to_the_pure_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An alias read before the deep node may name an anchor that blanking would remove."""
    text = _deep_json_after_many_values().replace('"version":', '"x":&a 1,"y":*a,"version":', 1)
    problem, read = _read_by_pure_parser(text, "yaml")
    assert read == [text]
    assert problem == _pure_problem(text, "yaml", monkeypatch)
