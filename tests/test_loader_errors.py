"""Every way a standards file can be wrong gets a located, actionable DataError."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from coprod_standards import DataError, Problem
from coprod_standards.formats._yaml import parse

from .conftest import Draft

STANDARD_1 = "01-equality-inclusion-and-diversity.yaml"


def only_problem(error: DataError) -> Problem:
    assert len(error.problems) == 1, str(error)
    assert error.problems[0].code, "every problem names the rule it breaks"
    return error.problems[0]


def test_malformed_yaml(draft: Draft) -> None:
    """A syntax error names the line where the parser gave up and where the construct began."""
    draft.replace(STANDARD_1, "title: Equality, Inclusion and Diversity", "title: [Equality")
    problem = only_problem(draft.error())
    assert problem.file.endswith(STANDARD_1)
    assert (problem.line, problem.column) == (7, 7)
    assert "this is not valid YAML: expected ',' or ']', but got ':'" in problem.message
    assert "flow sequence that starts on line 6" in problem.message


def test_tab_indentation(draft: Draft) -> None:
    """A tab used for indentation is named as such, with the advice to use spaces."""
    draft.replace(STANDARD_1, "    title: People report feeling included", "\ttitle: x")
    problem = only_problem(draft.error())
    assert (problem.line, problem.column) == (12, 1)
    assert problem.message == (
        "a tab character cannot indent YAML or start a value; use spaces instead"
    )


def test_invalid_utf8(draft: Draft) -> None:
    """Bytes that are not UTF-8 are refused at the first bad byte."""
    draft.write(STANDARD_1, b'id: "1"\nnumber: 1\ntitle: caf\xe9\n')
    problem = only_problem(draft.error())
    assert (problem.line, problem.column) == (3, 11)
    assert problem.message == (
        "this is not UTF-8 text (byte 0xe9 cannot start or continue a character); "
        "save the file as UTF-8"
    )


@pytest.mark.parametrize("content", ["", "# only a comment\n", "\n\n"])
def test_empty_file(draft: Draft, content: str) -> None:
    """An empty file is reported as empty, not as a missing key."""
    draft.write(STANDARD_1, content)
    problem = only_problem(draft.error())
    assert problem.message == "the file is empty; it should hold a mapping of keys to values"


def test_top_level_list(draft: Draft) -> None:
    """A file that is a list rather than a mapping says what it expected."""
    draft.write(STANDARD_1, "- id: '1'\n- number: 1\n")
    problem = only_problem(draft.error())
    assert (problem.path, problem.line, problem.column) == ("$", 1, 1)
    assert problem.message == "expected a mapping of keys to values, got a list"


def test_duplicate_keys(draft: Draft) -> None:
    """A key given twice is refused at its second occurrence, naming the first."""
    draft.replace(STANDARD_1, "number: 1\n", "number: 1\nnumber: 2\n")
    problem = only_problem(draft.error())
    assert (problem.path, problem.line, problem.column) == ("$.number", 6, 1)
    assert problem.message == (
        "the key 'number' appears twice in this mapping (first on line 5); keep one"
    )


def test_unknown_key_suggests_the_intended_one(draft: Draft) -> None:
    """A typo such as `titel` is an unknown key, with the likely key suggested."""
    draft.replace(STANDARD_1, "    title: People report feeling included", "    titel: x")
    problem = only_problem(draft.error())
    assert problem.path == "$.indicators[0].titel"
    assert (problem.line, problem.column) == (12, 5)
    assert problem.message == "unknown key 'titel'; did you mean 'title'?"


def test_unknown_key_lists_the_allowed_keys(draft: Draft) -> None:
    """An unknown key with no likely meaning lists the keys that are allowed."""
    draft.replace(STANDARD_1, "number: 1\n", "number: 1\ncolour: blue\n")
    problem = only_problem(draft.error())
    assert problem.message == (
        "unknown key 'colour'; the keys allowed here are id, number, title, prompt, "
        "indicators, errata"
    )


def test_missing_required_key(draft: Draft) -> None:
    """A missing key is named, located at the mapping that lacks it."""
    text = draft.text(STANDARD_1)
    start = text.index("prompt:")
    end = text.index("indicators:")
    draft.write(STANDARD_1, text[:start] + text[end:])
    problem = only_problem(draft.error())
    assert (problem.path, problem.line, problem.column) == ("$.prompt", 4, 1)
    assert problem.message == "the required key 'prompt' is missing; add it"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"55"', "expected a whole number, got the text '55'; write it without quotes"),
        ("true", "expected a whole number, got the yes/no value true"),
        ("55.0", "expected a whole number, got the number 55.0"),
        (
            "",
            "expected a whole number, got nothing (an empty value); "
            "write a value after the key's colon",
        ),
    ],
)
def test_no_silent_coercion_into_numbers(draft: Draft, value: str, message: str) -> None:
    """Text, booleans and floats are never turned into whole numbers."""
    draft.replace(STANDARD_1, "minimum_percent: 55", f"minimum_percent: {value}")
    problem = only_problem(draft.error())
    assert problem.path == "$.indicators[0].bronze[0].survey.minimum_percent"
    assert problem.line == 20
    assert problem.message == message


def test_no_silent_coercion_into_text(draft: Draft) -> None:
    """A number where text belongs is refused, not turned into text."""
    draft.replace(STANDARD_1, "title: People report feeling included", "title: 42")
    problem = only_problem(draft.error())
    assert problem.path == "$.indicators[0].title"
    assert problem.message.startswith("expected text, got the number 42")


def test_unquoted_id_read_as_a_number(draft: Draft) -> None:
    """An unquoted 1.1 that YAML reads as a number is refused with advice to quote it."""
    draft.replace(STANDARD_1, 'id: "1.1"', "id: 1.10")
    problem = only_problem(draft.error())
    assert (problem.path, problem.line, problem.column) == ("$.indicators[0].id", 11, 9)
    assert problem.message == (
        "expected text, got the number 1.1: YAML reads an unquoted 1.10 as a value of "
        'another kind; quote it: "1.10"'
    )


@pytest.mark.parametrize("value", ["101", "-1"])
def test_percentage_outside_0_to_100(draft: Draft, value: str) -> None:
    """A threshold is a percentage from 0 to 100."""
    draft.replace(STANDARD_1, "minimum_percent: 55", f"minimum_percent: {value}")
    problem = only_problem(draft.error())
    assert problem.path == "$.indicators[0].bronze[0].survey.minimum_percent"
    assert (problem.line, problem.column) == (20, 28)
    assert problem.message == (f"{value} is not a percentage; give a whole number from 0 to 100")


def test_band_lower_bound_above_upper_bound(draft: Draft) -> None:
    """A band such as 70-60% is refused at its upper bound."""
    draft.replace(STANDARD_1, "band_upper_percent: 80", "band_upper_percent: 60")
    problem = only_problem(draft.error())
    assert problem.path == "$.indicators[0].silver[0].survey.band_upper_percent"
    assert problem.message == (
        "the band's upper bound 60% is below its lower bound 70%; swap them or correct one"
    )


def test_duplicate_ids_across_files(draft: Draft) -> None:
    """An id used twice is refused at the second use, naming the first."""
    draft.replace("03-respect.yaml", 'id: "3"\nnumber: 3', 'id: "1"\nnumber: 1')
    messages = [problem.message for problem in draft.error().problems]
    assert any(
        message.startswith("the id '1' is already used at ") and STANDARD_1 in message
        for message in messages
    ), messages


def test_duplicate_criterion_id_in_one_file(draft: Draft) -> None:
    """Two criteria with one id: the second is refused with the place of the first."""
    draft.replace(STANDARD_1, "id: 1.2.B2", "id: 1.2.B1")
    problem = only_problem(draft.error())
    assert (problem.path, problem.line) == ("$.indicators[1].bronze[1].id", 46)
    assert problem.message.endswith(f"{STANDARD_1}:44:13; ids must be unique")


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            'id: "1"\nnumber: 1',
            'id: "11"\nnumber: 1',
            "$.id",
            "the id '11' does not fit its place: a standard's id is its number as text, here \"1\"",
        ),
        (
            'id: "1.2"',
            'id: "12.2"',
            "$.indicators[1].id",
            "the id '12.2' does not fit its place: indicators of standard 1 have ids "
            '"1.1", "1.2", ...',
        ),
        (
            "id: 1.2.S1",
            "id: 1.2.G7",
            "$.indicators[1].silver[0].id",
            "the id '1.2.G7' does not fit its place: silver criteria of indicator 1.2 "
            'have ids "1.2.S1", "1.2.S2", ...',
        ),
    ],
)
def test_id_that_does_not_fit_its_position(
    draft: Draft, old: str, new: str, path: str, message: str
) -> None:
    """Ids follow the pattern of their place: standard, indicator, tier."""
    draft.replace(STANDARD_1, old, new)
    problem = only_problem(draft.error())
    assert (problem.path, problem.message) == (path, message)


def test_tier_with_no_criteria(draft: Draft) -> None:
    """Every tier of an indicator needs at least one criterion."""
    text = draft.text(STANDARD_1)
    start = text.index("    gold:\n      - id: 1.1.G1")
    end = text.index('  - id: "1.2"')
    draft.write(STANDARD_1, text[:start] + "    gold: []\n" + text[end:])
    problem = only_problem(draft.error())
    assert problem.path == "$.indicators[0].gold"
    assert problem.message == (
        "the gold tier has no criteria; every tier of an indicator needs at least one"
    )


@pytest.mark.parametrize(
    "tagged",
    ["!!python/object:os.system Equality", "!!python/name:os.system", "!custom Equality"],
)
def test_yaml_tags_are_refused(draft: Draft, tagged: str) -> None:
    """Only plain YAML is read: tags are refused, never constructed."""
    draft.replace(STANDARD_1, "title: Equality, Inclusion and Diversity", f"title: {tagged}")
    problem = only_problem(draft.error())
    assert (problem.path, problem.line, problem.column) == ("$.title", 6, 8)
    assert "is not allowed; remove it" in problem.message


BOMB = textwrap.dedent(
    """\
    a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
    """
) + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefghijklmnopqrstuvwxy", "bcdefghijklmnopqrstuvwxyz", strict=True)
)


def test_alias_bomb_is_refused_without_expanding(draft: Draft) -> None:
    """A billion-laughs document is refused at its first anchor."""
    draft.write(STANDARD_1, BOMB)
    problems = draft.error().problems
    assert problems[0].path == "$.a"
    assert problems[0].message == (
        "anchors and aliases (&a, *a) are not allowed; write the value out in full"
    )


def test_alias_bomb_is_refused_quickly() -> None:
    """A 9**25-item alias bomb is refused, in a fresh process, without being expanded.

    Expanding it would never finish; the subprocess's generous timeout turns
    that into a failure instead of a hang. No time is asserted: the machine
    may be busy (benchmarks measure speed).
    """
    code = (
        "import sys\n"
        "from coprod_standards.formats._yaml import parse\n"
        "from coprod_standards import DataError\n"
        "text = sys.stdin.read()\n"
        "try:\n"
        "    parse(text, 'bomb.yaml')\n"
        "except DataError as error:\n"
        "    print(error.problems[0].code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=BOMB,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["yaml-alias"]


def test_more_than_one_document() -> None:
    """A second YAML document in a file is refused."""
    with pytest.raises(DataError) as caught:
        parse("a: 1\n---\nb: 2\n", "two.yaml")
    assert "more than one YAML document" in str(caught.value)


@pytest.mark.parametrize("version", ["1.0", "1.3", "1.10"])
def test_a_yaml_version_ruamel_cannot_read_is_a_problem(version: str) -> None:
    """A %YAML directive naming a 1.x version other than 1.1 or 1.2 is a placed problem."""
    with pytest.raises(DataError) as caught:
        parse(f"%YAML {version}\n---\na: 1\n", "version.yaml")
    problem = only_problem(caught.value)
    assert (problem.path, problem.line, problem.column, problem.code) == (
        "$",
        1,
        1,
        "yaml-version",
    )
    assert problem.message == (
        f"this file says it is YAML {version} (its %YAML line), a version this library "
        "does not read; remove the line: the file is read as YAML 1.2"
    )


def test_key_read_as_a_number() -> None:
    """A mapping key that YAML reads as a number must be quoted."""
    with pytest.raises(DataError) as caught:
        parse("criteria:\n  1.1: met\n", "keys.yaml")
    problem = only_problem(caught.value)
    assert (problem.path, problem.line, problem.column) == ("$.criteria", 2, 3)
    assert problem.message == (
        'the key 1.1 is read as a number or other non-text value; quote it: "1.1"'
    )


def test_every_problem_in_a_file_is_reported(draft: Draft) -> None:
    """Problems are collected across a file and across files, then raised once."""
    draft.replace(STANDARD_1, "minimum_percent: 55", "minimum_percent: 155")
    draft.replace(STANDARD_1, "    title: People report feeling included", "    titel: x")
    draft.replace("03-respect.yaml", "minimum_percent: 90", 'minimum_percent: "90"')
    error = draft.error()
    assert [problem.path for problem in error.problems] == [
        "$.indicators[0].titel",
        "$.indicators[0].bronze[0].survey.minimum_percent",
        "$.indicators[0].gold[0].survey.minimum_percent",
    ]
    assert str(error).startswith("3 problems in 2 files:\n")


def test_message_shows_the_line_with_a_caret(draft: Draft) -> None:
    """The rendered message quotes the offending line and points at the column."""
    draft.replace(STANDARD_1, "minimum_percent: 55", "minimum_percent: 155")
    lines = str(draft.error()).splitlines()
    assert lines[1].endswith(
        f"{STANDARD_1}:20:28: at $.indicators[0].bronze[0].survey.minimum_percent: "
        "155 is not a percentage; give a whole number from 0 to 100"
    )
    assert lines[2] == "              minimum_percent: 155"
    assert lines[3] == "    " + " " * 27 + "^"


def test_missing_standard_file(draft: Draft) -> None:
    """A file the manifest lists but the directory lacks is named at its manifest entry."""
    (draft.root / "03-respect.yaml").unlink()
    problem = only_problem(draft.error())
    assert problem.file.endswith("manifest.yaml")
    assert (problem.path, problem.line) == ("$.standards[2]", 39)
    assert problem.message == (
        "there is no file '03-respect.yaml' in this directory; add it or correct the name"
    )


def test_manifest_file_names_stay_in_the_directory(draft: Draft) -> None:
    """A manifest cannot reach outside its directory with a path like ../x.yaml."""
    draft.replace("manifest.yaml", "  - 03-respect.yaml", "  - ../../etc/passwd.yaml")
    problem = only_problem(draft.error())
    assert problem.path == "$.standards[2]"
    assert problem.message.startswith("'../../etc/passwd.yaml' is not a plain file name")


def test_undeclared_survey_metric(draft: Draft) -> None:
    """A survey's metric must be declared in the manifest."""
    draft.replace(STANDARD_1, "metric: inclusion", "metric: happiness")
    problem = only_problem(draft.error())
    assert problem.path == "$.indicators[0].bronze[0].survey.metric"
    assert problem.message == (
        "the metric 'happiness' is not declared in the manifest's survey_metrics "
        "(inclusion, communication); declare it or correct it"
    )


def test_erratum_must_quote_the_text(draft: Draft) -> None:
    """An erratum's original words must occur in the text it corrects."""
    draft.replace(
        "07-contribution-and-meaningful-participation.yaml",
        "original: panning",
        "original: planing",
    )
    problem = only_problem(draft.error())
    assert problem.path.endswith(".errata[0].original")
    assert problem.message.startswith("'planing' does not occur in the text it corrects")


def test_leftover_bullet_and_blank_text(draft: Draft) -> None:
    """Texts may not be blank or start with a bullet character."""
    draft.replace(
        STANDARD_1,
        "text: Relevant action plans in place.",
        "text: • Relevant action plans in place.",
    )
    draft.replace(STANDARD_1, "title: People report feeling included", 'title: "  "')
    messages = [problem.message for problem in draft.error().problems]
    assert messages == [
        "the text is empty; write it out, or remove the entry",
        "the text starts with a bullet character '•'; drop it",
    ]


def test_manifest_version_that_is_not_a_version(draft: Draft) -> None:
    """A manifest version such as 1.1.x is a located problem, not a crash."""
    draft.replace("manifest.yaml", 'version: "1.1"', 'version: "1.1.x"')
    problem = only_problem(draft.error())
    assert (problem.path, problem.code, problem.line) == ("$.version", "version-format", 8)
    assert problem.message.startswith("'1.1.x' is not a version; write it as digits and dots")


def test_erratum_with_no_original_words(draft: Draft) -> None:
    """An erratum must quote words: an empty original would occur in any text."""
    draft.replace(
        "07-contribution-and-meaningful-participation.yaml",
        "original: panning",
        'original: ""',
    )
    problem = only_problem(draft.error())
    assert problem.code == "empty-text"
    assert problem.path == "$.indicators[0].silver[1].errata[0].original"
    assert problem.message == "an erratum needs the published words it corrects; copy them exactly"


def test_manifest_without_standards(draft: Draft) -> None:
    """A version needs at least one standard; evaluation would have nothing to roll up."""
    text = draft.text("manifest.yaml")
    draft.write("manifest.yaml", text[: text.index("standards:")] + "standards: []\n")
    problem = only_problem(draft.error())
    assert (problem.code, problem.path) == ("no-standards", "$.standards")
