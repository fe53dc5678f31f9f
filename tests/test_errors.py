"""Printed errors stay short and safe, whatever the file holds; every problem stays listed."""

from __future__ import annotations

import json

import pytest

from coprod_standards import DataError, Problem, parse_assessment
from coprod_standards.errors import echo, shorten, visible

HEAD = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\n'


def error_of(text: str, name: str = "riverside.yaml") -> DataError:
    """The DataError that reading *text* raises."""
    with pytest.raises(DataError) as caught:
        parse_assessment(text, name=name)
    return caught.value


def excerpts(printed: str) -> list[str]:
    """The quoted source lines and caret lines of a printed error."""
    return [line for line in printed.splitlines() if line.startswith("    ")]


def test_a_long_one_line_json_body_is_quoted_around_the_column() -> None:
    """A 5.6 KB one-line JSON body prints a short excerpt with the caret under the value."""
    body = json.dumps(
        {
            "version": "1.1",
            "organisation": "Riverside " * 560,
            "assessed_on": "2026-09-30",
            "criteria": {"1.2.B1": "done"},
        }
    )
    assert len(body) > 5600
    assert "\n" not in body
    error = error_of(body, "riverside.json")
    printed = str(error)
    assert len(printed) < 600, printed
    quoted, caret = excerpts(printed)
    assert len(quoted) <= 4 + 122
    assert quoted.startswith("    …")
    # The caret stands under the start of the bad value.
    assert quoted[caret.index("^") :].startswith('"done"')
    assert error.problems[0].source_line == body, "the problem keeps the whole line"


def test_a_five_thousand_digit_number_is_not_echoed_in_full() -> None:
    """A number too long to read is counted, not repeated."""
    printed = str(error_of(HEAD + "criteria: {1.2.B1: " + "9" * 5000 + "}\n"))
    assert "9" * 200 not in printed
    assert "5000 digits" in printed
    assert len(printed) < 600, printed


def test_a_long_number_in_a_message_is_cut() -> None:
    """A long number a message repeats is cut with an ellipsis."""
    survey = (
        "surveys: [{metric: inclusion, population: service_users, respondents: 100, "
        f"conducted_on: 2026-05-01, agree: {'9' * 4000}}}]\n"
    )
    problem = error_of(HEAD + survey).problems[0]
    assert problem.path == "$.surveys[0].agree"
    assert "9" * 100 not in problem.message
    assert "…" in problem.message


def test_hundreds_of_unknown_keys_print_bounded() -> None:
    """A 900-key flow mapping under one answer prints 50 problems and counts the rest."""
    keys = ", ".join(f"k{index}: 1" for index in range(900))
    error = error_of(HEAD + f"criteria:\n  1.2.B1: {{{keys}}}\n")
    assert len(error.problems) == 900
    printed = str(error)
    assert len(printed) < 50 * 500, len(printed)
    assert printed.count("unknown key") == 50
    assert printed.endswith(
        "... and 850 more problems in riverside.yaml (all are listed in the error's problems)"
    )


def test_only_fifty_problems_of_each_file_are_printed() -> None:
    """The cut is per file: a second file's problems are printed too."""
    problems = [Problem(f"problem {i}", "a.yaml") for i in range(60)]
    problems += [Problem("problem in b", "b.yaml")]
    printed = str(DataError(problems)).splitlines()
    assert printed[0] == "61 problems in 2 files:"
    assert printed[50] == "a.yaml: at $: problem 49"
    assert (
        printed[51] == "... and 10 more problems in a.yaml (all are listed in the error's problems)"
    )
    assert printed[52] == "b.yaml: at $: problem in b"


def test_a_terminal_escape_in_the_organisation_is_printed_escaped() -> None:
    """A raw escape character in the file reaches the terminal as an escape, not raw."""
    text = HEAD.replace("Riverside", '"Riverside\x1b]0;owned\x07\x1b[2J"')
    printed = str(error_of(text))
    assert "\x1b" not in printed
    assert "\x07" not in printed
    assert '"Riverside\\x1b]0;owned\\x07\\x1b[2J"' in printed
    quoted, caret = excerpts(printed)
    assert quoted[caret.index("^") :].startswith("\\x1b"), "the caret is under the escape"


def test_control_characters_in_echoed_values_are_escaped() -> None:
    """Values that messages repeat show their control and bidi characters as escapes."""
    groups = str(error_of(HEAD + 'completed_by: ["staff\\e[2J\\u202e"]\n'))
    keys = str(error_of(HEAD + 'criteria: {1.2.B1: {"\\e]0;x\\a\\u2066": 1}}\n'))
    for char in ("\x1b", "\x07", "\u202e", "\u2066"):
        assert char not in groups + keys
    assert "'staff\\x1b[2J\\u202e' is not a respondent group name" in groups
    assert "unknown key '\\x1b]0;x\\x07\\u2066'" in keys


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("\x00", "\\x00"),
        ("\t", "\\t"),
        ("\x7f", "\\x7f"),
        ("\x85", "\\x85"),
        ("\x9b", "\\x9b"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
        ("\u202a", "\\u202a"),
        ("\u2069", "\\u2069"),
    ],
)
def test_visible_escapes_every_kind_of_control(char: str, shown: str) -> None:
    """C0, DEL, C1, line separators and bidi controls are written as escapes."""
    assert visible(f"a{char}b") == f"a{shown}b"


def test_the_source_excerpt_is_made_visible_with_the_caret_in_place() -> None:
    """Escapes in the quoted line move the caret with them."""
    problem = Problem("bad", "f.yaml", line=1, column=3, source_line="\t\u202ex: 1")
    assert str(problem).splitlines()[1:] == ["    \\t\\u202ex: 1", " " * 12 + "^"]


def test_a_short_line_is_quoted_whole() -> None:
    """A line of ordinary length is quoted as it is, with the caret under the column."""
    problem = Problem("bad", "f.yaml", line=3, column=5, source_line="  1.2.B1: done")
    assert str(problem) == "f.yaml:3:5: at $: bad\n      1.2.B1: done\n        ^"


def test_shorten_and_echo_cut_with_an_ellipsis() -> None:
    """The one shortening helper keeps short values and cuts long ones."""
    assert shorten("short") == "short"
    assert shorten("x" * 100, 10) == "x" * 9 + "…"
    assert echo("titel") == "'titel'"
    assert len(echo("k" * 5000)) <= 60
    assert echo(10**100, 12) == "10000000000…"


def test_a_long_file_name_keeps_its_end_and_the_line_and_column() -> None:
    """A printed problem in a deeply nested file still names the file's end, line and column."""
    name = "/tmp/" + "deep/" * 40 + "01-equality.yaml"
    problem = Problem(message="155 is not a percentage", file=name, line=20, column=28)
    first = str(problem).splitlines()[0]
    assert first.startswith("…")
    assert "/deep/01-equality.yaml:20:28: at $: 155 is not a percentage" in first
    assert len(first) < 200


def test_a_problem_in_a_spreadsheet_names_its_sheet_and_cell() -> None:
    """A problem with a cell prints and locates as file:Sheet!F23, its cell made visible."""
    problem = Problem("'yes' is not an answer", "ours.xlsx", path="$.x", cell="Criteria!F23")
    assert problem.location == "ours.xlsx:Criteria!F23"
    assert str(problem) == "ours.xlsx:Criteria!F23: at $.x: 'yes' is not an answer"
    odd = Problem("bad", "ours.xlsx", cell="'Red\x1b[31m'!A1")
    assert str(odd) == "ours.xlsx:'Red\\x1b[31m'!A1: at $: bad"
