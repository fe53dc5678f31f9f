"""Huge and hostile input is refused at the limits, each with its own code (issue 11, 1-4)."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

from coprod_standards import DataError, load, load_assessment, load_path, parse_assessment
from coprod_standards.cli import run
from coprod_standards.formats import limits
from coprod_standards.formats._yaml import _Builder, parse

from .conftest import Draft

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HEAD = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\n'
#: The example with surveys, whose first one the reproducers change.
SURVEYED = (EXAMPLES / "mixed-tiers.yaml").read_text(encoding="utf-8")
FIRST_SURVEY = "agree: 52, respondents: 95"


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def codes(error: DataError) -> list[str]:
    return [problem.code for problem in error.problems]


def refusal(text: str, name: str = "riverside.yaml") -> DataError:
    with pytest.raises(DataError) as caught:
        parse_assessment(text, name=name)
    return caught.value


def with_survey(tmp_path: Path, agree: str, respondents: str) -> Path:
    """The example with surveys, its first survey's counts written as given."""
    assert FIRST_SURVEY in SURVEYED
    path = tmp_path / "surveyed.yaml"
    path.write_text(
        SURVEYED.replace(FIRST_SURVEY, f"agree: {agree}, respondents: {respondents}"), "utf-8"
    )
    return path


# 1. Error output stays bounded.


def test_six_thousand_keys_are_one_short_refusal() -> None:
    """The issue's 59 KB file of 6,000 keys under one answer is one problem, quoted briefly."""
    keys = ", ".join(f"k{index}: 1" for index in range(6000))
    error = refusal(HEAD + f"criteria:\n  1.2.B1: {{{keys}}}\n")
    assert codes(error) == ["too-many-entries"]
    printed = str(error)
    assert len(printed) < 600, printed
    assert "more than 1000 entries" in printed


def test_twelve_thousand_keys_end_in_a_data_error_not_memory_error() -> None:
    """12,000 keys, which ran out of memory printing the error, give a short DataError."""
    keys = ", ".join(f"k{index}: 1" for index in range(12000))
    assert len(str(refusal(HEAD + f"criteria:\n  1.2.B1: {{{keys}}}\n"))) < 600


def test_every_status_done_in_minified_json_prints_fifty_problems() -> None:
    """A one-line JSON file whose every status is "done" prints 50 problems and a count."""
    ids = [criterion.id for criterion in load("1.1").criteria]
    body = json.dumps(
        {
            "version": "1.1",
            "organisation": "Riverside",
            "assessed_on": "2026-09-30",
            "criteria": dict.fromkeys(ids, "done"),
        },
        separators=(",", ":"),
    )
    error = refusal(body, "riverside.json")
    assert len(error.problems) == len(ids)
    printed = str(error)
    assert printed.count("'done'") == 50
    assert f"... and {len(ids) - 50} more problems in riverside.json" in printed
    assert len(printed) < 50 * 600


# 2. Integers are refused outside their range, and in forms YAML 1.2 does not have.


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("0x7" + "f" * 4000, "integer-range"),
        ("0b1" + "1" * 14000, "integer-form"),
        ("9" * 5000, "integer-range"),
        ("9007199254740992", "integer-range"),
        ("-9007199254740992", "integer-range"),
        ("1_000", "integer-form"),
        ("0b11", "integer-form"),
    ],
)
def test_an_integer_out_of_range_or_form_is_refused(tmp_path: Path, number: str, code: str) -> None:
    """Hex and binary integers past Python's digit limit are refused when the file is read."""
    path = with_survey(tmp_path, number, number)
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    first = caught.value.problems[0]
    assert (first.code, first.path) == (code, "$.surveys[0].agree")
    assert len(str(caught.value)) < 1500


@pytest.mark.parametrize(
    "command",
    [["evaluate"], ["evaluate", "--format", "json"], ["report", "-o", "out.html"], ["plan"]],
)
def test_commands_refuse_a_huge_hex_integer_as_bad_input(
    tmp_path: Path, command: list[str]
) -> None:
    """evaluate, its JSON, report and plan exit 2 with our message, not 3 with Python's."""
    path = with_survey(tmp_path, "0x7" + "f" * 4000, "0x7" + "f" * 4000)
    argv = [
        command[0],
        str(path),
        *(str(tmp_path / a) if a.endswith(".html") else a for a in command[1:]),
    ]
    status, _, err = call(*argv)
    assert status == 2, err
    assert "is out of range" in err
    assert "internal error" not in err


def test_integers_in_range_and_in_yaml_forms_are_read() -> None:
    """Decimal, 0o octal and 0x hexadecimal within ±(2**53 - 1) read as before."""
    parsed = parse("a: 9007199254740991\nb: -9007199254740991\nc: 0o17\nd: 0x1F\ne: +7\n", "f")
    assert parsed.data == {"a": 2**53 - 1, "b": -(2**53 - 1), "c": 15, "d": 31, "e": 7}


# 3. Escapes beyond Unicode.


@pytest.mark.parametrize("escape", ["\\U00110000", "\\UFFFFFFFF"])
def test_an_escape_beyond_unicode_is_a_data_error_at_its_place(tmp_path: Path, escape: str) -> None:
    """load_assessment gives the escape's line and column, not chr()'s ValueError."""
    path = tmp_path / "escaped.yaml"
    path.write_text(HEAD.replace("Riverside", f'"{escape}"'), "utf-8")
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    (problem,) = caught.value.problems
    assert (problem.code, problem.line, problem.column) == ("bad-escape", 2, 16)
    assert f"the escape {escape} names no character" in problem.message


@pytest.mark.parametrize("escape", ["\\U00110000", "\\UFFFFFFFF"])
def test_an_escape_beyond_unicode_in_a_draft(draft: Draft, escape: str) -> None:
    """load_path raises a DataError, and validate reports it (exit 1, not 3)."""
    draft.replace("manifest.yaml", "title: Co-Production Quality Standards", f'title: "{escape}"')
    assert codes(draft.error()) == ["bad-escape"]
    status, out, err = call("validate", str(draft.root))
    assert (status, err) == (1, "")
    assert "error bad-escape" in out


# 4. Limits: size, nesting, entries and values, and only regular files.


def test_nesting_a_thousand_deep_is_refused_as_too_deep() -> None:
    """Brackets nested 1,000 deep are refused by the depth limit as the scanner meets them."""
    error = refusal(HEAD + "completed_by: " + "[" * 1000 + "]" * 1000 + "\n")
    (problem,) = error.problems
    assert problem.code == "too-deep"
    assert (problem.line, problem.column) == (4, 15 + limits.MAX_DEPTH + 1)


def test_block_nesting_is_refused_as_too_deep() -> None:
    """Mappings in block style nested past the limit are refused too."""
    nested = "".join(" " * depth + f"k{depth}:\n" for depth in range(100))
    assert codes(refusal(HEAD + "criteria:\n" + nested)) == ["too-deep"]


def test_twenty_thousand_unknown_criteria_are_refused_by_the_entries_limit() -> None:
    """The issue's 20,000 unknown criteria stop at the 1,001st key."""
    criteria = "".join(f"  9.9.B{index}: met\n" for index in range(20000))
    (problem,) = refusal(HEAD + "criteria:\n" + criteria).problems
    assert (problem.code, problem.line) == ("too-many-entries", 5 + limits.MAX_ENTRIES)


def test_too_many_values_in_one_document_are_refused() -> None:
    """Lists within the entries limit but past the values limit in all are refused."""
    row = "[" + ", ".join(["1"] * 999) + "]"
    rows = "".join(f"  - {row}\n" for _ in range(limits.MAX_VALUES // 999 + 1))
    assert codes(refusal(HEAD + "surveys:\n" + rows)) == ["too-many-values"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a: " + "[" * 40 + "]" * 40 + "\n", "too-deep"),
        ("a: [" + ", ".join(["1"] * 1001) + "]\n", "too-many-entries"),
        ("".join(f"k{i}: [{', '.join(['1'] * 999)}]\n" for i in range(21)), "too-many-values"),
    ],
)
def test_the_conversion_checks_the_limits_for_any_parser(text: str, code: str) -> None:
    """Nodes that no limited parser composed are refused when they are turned into data."""
    from ruamel.yaml import YAML

    root = YAML(typ="safe", pure=True).compose(io.StringIO(text))
    builder = _Builder("big.yaml", text, YAML(typ="safe", pure=True).constructor)
    with pytest.raises(DataError) as caught:
        builder.convert(root, ())
    assert codes(caught.value) == [code]


def test_a_file_past_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    """A file one byte over 10 MiB is refused as file-too-large."""
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(DataError) as caught:
        load_assessment(path)
    assert codes(caught.value) == ["file-too-large"]


def test_a_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    """A file of exactly 10 MiB is read (and then judged on what it says)."""
    path = tmp_path / "big.yaml"
    path.write_bytes(HEAD.encode() + b"#" * (limits.MAX_FILE_BYTES - len(HEAD) - 1) + b"\n")
    assert path.stat().st_size == limits.MAX_FILE_BYTES
    assert load_assessment(path).organisation == "Riverside"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_evaluate_dev_zero_is_refused_as_not_a_file() -> None:
    """The evaluate /dev/zero command ends at once, naming it: only regular files are read."""
    status, _, err = call("evaluate", "/dev/zero")
    assert status == 2
    assert "/dev/zero: at $: this is not a regular file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    """A pipe with no writer is refused, not waited on."""
    fifo = tmp_path / "assessment.yaml"
    os.mkfifo(fifo)
    with pytest.raises(DataError) as caught:
        load_assessment(fifo)
    assert codes(caught.value) == ["not-a-file"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_manifest_linked_to_dev_zero_is_refused(draft: Draft) -> None:
    """A draft whose manifest.yaml is a link to /dev/zero is refused at once."""
    (draft.root / "manifest.yaml").unlink()
    (draft.root / "manifest.yaml").symlink_to("/dev/zero")
    assert codes(draft.error()) == ["outside-directory"]


def test_the_limits_page_lists_the_numbers_in_the_module() -> None:
    """docs/security.md gives each limit the number that formats.limits holds."""
    page = (Path(__file__).resolve().parents[1] / "docs" / "security.md").read_text("utf-8")
    rows = dict(re.findall(r"^\| `(MAX_[A-Z_]+)` \| ([^|]+) \|", page, re.MULTILINE))
    assert set(rows) == {name for name in limits.__all__ if name.startswith("MAX_")}
    for name, shown in rows.items():
        assert shown.split()[0].replace(",", "") == str(getattr(limits, name)), name


def test_the_shipped_standards_are_within_the_limits() -> None:
    """The shipped standards, read from their YAML, are well within every limit."""
    assert load_path(Path(__file__).resolve().parents[1] / "data" / "v1_1").version == "1.1"
