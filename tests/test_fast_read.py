"""The fast readers: JSON through the json module, YAML through the C parser, same results."""

from __future__ import annotations

import datetime

import pytest

from coprod_standards import Assessment, DataError, Status, dumps_assessment, parse_assessment
from coprod_standards.formats import _yaml

GOOD_YAML = """\
version: "1.1"
organisation: Riverside
assessed_on: 2026-09-30
criteria:
  1.2.B1: met
  1.2.B2: met
  1.2.S1: {status: not_met, evidence: "Census 2026"}
surveys:
  - {metric: inclusion, population: service_users, agree: 61, respondents: 100,
     conducted_on: 2026-05-01}
"""
GOOD_JSON = dumps_assessment(parse_assessment(GOOD_YAML), format="json")


@pytest.fixture
def no_locating_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """The locating reader fails the test where it is called."""

    def refuse(text: str, name: str) -> object:
        raise AssertionError("the locating reader was called")

    monkeypatch.setattr(_yaml, "parse", refuse)


@pytest.mark.usefixtures("no_locating_reader")
@pytest.mark.parametrize(("text", "format"), [(GOOD_YAML, "yaml"), (GOOD_JSON, "json")])
def test_a_good_file_is_read_without_the_locating_reader(text: str, format: str) -> None:
    """A file with no problem never pays for the places of its values."""
    assessment = parse_assessment(text, format=format)  # type: ignore[arg-type]
    assert assessment.answer("1.2.S1").evidence == "Census 2026"
    assert assessment.surveys[0].conducted_on == datetime.date(2026, 5, 1)


def test_without_the_c_parser_yaml_is_read_by_the_pure_python_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where ruamel.yaml.clib has no wheel, the pure-Python reader reads YAML alike."""
    import ruamel.yaml.main

    called = []
    parse = _yaml.parse

    def counting(text: str, name: str) -> object:
        called.append(name)
        return parse(text, name)

    with_c = parse_assessment(GOOD_YAML)
    monkeypatch.setattr(ruamel.yaml.main, "CParser", None)
    monkeypatch.setattr(_yaml, "parse", counting)
    assert parse_assessment(GOOD_YAML, name="pure.yaml") == with_c
    assert called == ["pure.yaml"]


def test_status_only_answers_are_shared() -> None:
    """Every answer that is just "met" is one immutable object, not one per criterion."""
    for text, format in ((GOOD_YAML, "yaml"), (GOOD_JSON, "json")):
        assessment = parse_assessment(text, format=format)  # type: ignore[arg-type]
        assert assessment.criteria["1.2.B1"] is assessment.criteria["1.2.B2"]
        assert assessment.criteria["1.2.B1"].status is Status.MET


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        ('{version: "1.1"}', (1, 2), "Expecting property name enclosed in double quotes"),
        ("{\"version\": '1.1'}", (1, 13), "Expecting value"),
        ('{"version": "1.1", # a comment\n}', (1, 20), "Expecting property name"),
        ('{"version": "1.1",\n "organisation": "x",\n}', (3, 1), "Expecting property name"),
    ],
)
def test_json_declared_refuses_yaml_only_syntax(
    text: str, where: tuple[int, int], says: str
) -> None:
    """JSON text is read as JSON: what only YAML allows is a problem at its place."""
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format="json", name="x.json")
    found = [p for p in caught.value.problems if p.code == "json-syntax"]
    assert len(found) == 1
    assert (found[0].line, found[0].column) == where
    assert says in found[0].message
    assert found[0].message.startswith("this is not valid JSON: ")


def test_json_nan_is_refused_at_its_place() -> None:
    """NaN, which the json module reads but JSON does not allow, is refused where it is."""
    text = GOOD_JSON.replace('"agree": 61', '"agree": NaN')
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format="json", name="x.json")
    found = [p for p in caught.value.problems if p.code == "json-syntax"]
    assert [(p.path, p.message) for p in found] == [
        ("$.surveys[0].agree", "NaN is not a JSON value; write a number, or a text in quotes")
    ]
    assert found[0].line == GOOD_JSON.splitlines().index('      "agree": 61,') + 1


def test_yaml_flow_text_is_still_read_as_yaml() -> None:
    """Declared YAML, the same text with unquoted keys is read as it always was."""
    assessment = parse_assessment('{version: "1.1", organisation: x, assessed_on: 2026-09-30}')
    assert assessment.organisation == "x"


def test_json_duplicate_key_is_reported_at_its_line() -> None:
    """A key given twice in JSON is refused by the fast reader and placed by the locating one."""
    text = GOOD_JSON.replace(
        '"organisation": "Riverside",', '"organisation": "A",\n "organisation": "B",'
    )
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format="json", name="x.json")
    (problem,) = caught.value.problems
    assert (problem.code, problem.line) == ("duplicate-key", 4)


@pytest.mark.parametrize("format", ["yaml", "json"])
def test_a_problem_is_reported_with_its_place_by_either_reader(format: str) -> None:
    """A wrong status found by the fast reader is reported by the locating one, at its line."""
    good = GOOD_YAML if format == "yaml" else GOOD_JSON
    text = good.replace("not_met", "not-met", 1)
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format=format)  # type: ignore[arg-type]
    (problem,) = caught.value.problems
    assert problem.path == "$.criteria['1.2.S1'].status"
    assert (
        problem.line == next(i for i, line in enumerate(text.splitlines()) if "not-met" in line) + 1
    )


def test_an_alias_bomb_is_refused_in_milliseconds() -> None:
    """A billion-laughs document is refused at its first anchor, never expanded.

    Expanding its 9**29 items would never end, so the test's ending at all shows
    that it was not expanded; no time is measured (the machine may be busy).
    """
    levels = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 30))
    text = "l0: &l0 lol\n" + levels
    with pytest.raises(DataError) as caught:
        parse_assessment(text)
    assert caught.value.problems[0].code == "yaml-alias"
    assert caught.value.problems[0].line == 1


@pytest.mark.parametrize(
    ("fragment", "code"),
    [
        ("organisation: !!python/object:os.system x", "yaml-tag"),
        ("organisation: !!str Riverside", "yaml-tag"),
        ("<<: {organisation: Riverside}", "key-type"),
        ("1.5: x", "key-type"),
    ],
)
def test_what_the_c_parser_reads_is_refused_as_before(fragment: str, code: str) -> None:
    """Tags, merge keys and keys that are not text are refused, wherever the C parser reads them."""
    text = GOOD_YAML.replace("organisation: Riverside", fragment)
    with pytest.raises(DataError) as caught:
        parse_assessment(text)
    assert code in [problem.code for problem in caught.value.problems]


def test_a_second_document_is_refused() -> None:
    """Two YAML documents in one file are refused, as before."""
    with pytest.raises(DataError) as caught:
        parse_assessment(GOOD_YAML + "---\nversion: '1.1'\n")
    assert [problem.code for problem in caught.value.problems] == ["yaml-documents"]


def test_assessment_equality_survives_the_fast_reader() -> None:
    """The same file read as YAML and as JSON gives equal assessments."""
    assert parse_assessment(GOOD_YAML) == parse_assessment(GOOD_JSON, format="json")
    assert isinstance(parse_assessment(GOOD_YAML), Assessment)


def test_json_indented_with_tabs_is_read() -> None:
    """Tabs are whitespace in JSON (not in YAML): a tab-indented JSON file is read."""
    text = GOOD_JSON.replace("  ", "\t")
    assert parse_assessment(text, format="json") == parse_assessment(GOOD_JSON, format="json")


def test_json_with_a_tab_inside_a_string_is_refused_at_its_place() -> None:
    """A raw tab inside a JSON string is not JSON; the problem shows the line as written."""
    text = GOOD_JSON.replace('"Riverside"', '"River\tside"')
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format="json")
    (problem,) = caught.value.problems
    assert (problem.code, problem.line) == ("json-syntax", 3)
    assert problem.source_line == '  "organisation": "River\tside",'


def test_a_problem_in_json_indented_with_tabs_is_the_problem_itself() -> None:
    """A tab-indented JSON file with a wrong status reports the status, not its tabs."""
    text = GOOD_JSON.replace("  ", "\t").replace("not_met", "not-met")
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format="json")
    (problem,) = caught.value.problems
    assert problem.path == "$.criteria['1.2.S1'].status"
    assert "\t" in (problem.source_line or "")


@pytest.mark.usefixtures("no_locating_reader")
def test_writing_reads_back_through_the_fast_readers() -> None:
    """Saving proves its text with the fast readers: unchanged, afresh, and as JSON."""
    loaded = parse_assessment(GOOD_YAML)
    assert dumps_assessment(loaded) == GOOD_YAML
    assert dumps_assessment(loaded, format="json") == GOOD_JSON
    fresh = Assessment(loaded.version, loaded.organisation, loaded.assessed_on)
    assert dumps_assessment(fresh).startswith("version: '1.1'")
