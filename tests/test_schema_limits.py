"""The library's refusals and edge cases, and the JSON Schemas' verdict on each.

The tables below map each bad input that the library's tests show it refusing to the
schema's verdict: refused too, or the reason a JSON Schema cannot express the rule.
"""

# ruff: noqa: E501 - reasons and bad documents are long lines, kept whole to be read as such

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

from coprod_standards import DataError, load_assessment

from .conftest import V1_1, Draft
from .test_assessment_files import BASE  # one document, so the two cannot drift
from .test_schema import (
    ASSESSMENT_1_1,
    ASSESSMENT_ANY,
    NO_DATA,
    STANDARD_1,
    STANDARDS,
    document_of,
    editor_document_of,
    errors,
)

# -- bad files: the library's refusals, and which the schema shares ----------------

#: The schema refuses the document too.
REJECTED = "rejected"
#: The start of every reason for a rule that holds before there is any data.
BELOW = "below the data model: "

YAML_SYNTAX = (
    BELOW
    + "a YAML syntax error leaves no data to validate; a schema judges values, not the text that writes them"
)
TAB = BELOW + "a tab that indents YAML is a syntax error, so there is no data to validate"
UTF8 = (
    BELOW
    + "a schema judges decoded values; bytes that are not UTF-8 never become text, let alone data"
)
EMPTY = (
    BELOW
    + "an empty file holds no document, so there is no value to validate (and JSON has no empty document)"
)
DUPLICATE_KEY = (
    BELOW
    + "a mapping (a JSON object) holds one value per key, so the data holds one of two equal keys and the schema never sees the other"
)
TAG = (
    BELOW
    + "a YAML tag tells the reader how to build a value; JSON has no tags, and the library refuses them before building anything"
)
ALIAS = (
    BELOW
    + "anchors and aliases let YAML write one value in several places; JSON has none, and the library refuses them before expanding them"
)
TWO_DOCUMENTS = BELOW + "a second YAML document is a second value; a schema judges one value"
KEY_NOT_TEXT = (
    BELOW + "JSON object keys are always text; a key that YAML reads as a number has no JSON form"
)
YAML_NOT_A_DATE = (
    BELOW
    + "YAML reads an unquoted 2026-02-30 as a timestamp and cannot build it, so there is no data; as text, in JSON, format: date refuses it (the next case)"
)
NO_FILE = BELOW + "there is no file, so no text and no data"
WHOLE_FLOAT = (
    "JSON's data model does not tell 55.0 from 55: JSON Schema's 'integer' is any number "
    "whose fractional part is zero, so only the library's reader, which sees the float "
    "written in the YAML, can refuse it"
)
ACROSS_FILES = "ids unique across the directory's files: a schema sees one document at a time"
IN_ONE_FILE = (
    "ids unique within a file: they are properties of different objects at different "
    "depths; uniqueItems compares whole items of one array, and no keyword compares a "
    "property's values across objects"
)
STANDARD_ID_IS_NUMBER = (
    "a standard's id is its number as text: that relates two values of the document, which "
    "needs $data (never part of JSON Schema); numbers have no upper bound, so the pairs "
    "cannot be listed"
)
INDICATOR_ID_PREFIX = (
    "an indicator's id starts with its standard's number: that relates a value in a list to "
    "one at the top of the document, which needs $data; numbers have no upper bound, so the "
    "pairs cannot be listed"
)
BAND_ORDER = (
    "a band's upper bound is not below its lower bound: that compares two values of the "
    "document, which JSON Schema cannot say in general (it needs $data); both are whole "
    "percentages, so the pairs could be listed, but as a hundred if/then rules, most of the "
    "schema, for one comparison, so the loader alone checks it"
)
FILE_EXISTS = "the files the manifest lists exist: a schema sees one document, not the directory"
DECLARED = (
    "a survey's metric is declared in the manifest: that is another file, and the standards "
    "schema serves every version, so it cannot list the metrics"
)
ERRATUM_QUOTES = (
    "an erratum's original words occur in the text it corrects: no keyword tests one value "
    "of the document against another, let alone for containment"
)
METRIC_ONCE = (
    "each metric id once: uniqueItems compares whole items, so two entries with one id and "
    "different names pass; no keyword compares one property across the items of an array"
)
NOT_ITSELF = (
    "a version does not follow itself: previous_version and version are two values of the "
    "document, and comparing them needs $data; versions are unbounded, so cannot be listed"
)
MIGRATION_TARGET = (
    "a migration's new id is a criterion of this version: the criteria are in the standards' "
    "files, and a schema sees one document"
)
OLD_ONCE = (
    "one decision per old id: the ids are properties of different items of a list, and "
    "uniqueItems compares whole items"
)
AGREE_AT_MOST_RESPONDENTS = (
    "agree is at most respondents: that compares two values of the document, which needs "
    "$data; both counts have no upper bound, so the pairs cannot be listed"
)
SURVEY_AFTER_ASSESSMENT = (
    "no survey dated after the assessment: that compares conducted_on with assessed_on, two "
    "values of the document, which needs $data; dates are unbounded, so cannot be listed"
)
GROUP_LISTED = (
    "a group with a view is listed in completed_by: the keys allowed in views would come "
    "from a value of the document, which needs $data"
)
SURVEY_ONCE = (
    "one survey per metric, population and date: uniqueItems compares whole items, so two "
    "surveys that differ only in their counts pass"
)


@attrs.frozen
class Files:
    """A bad input: files written over a starting point, and the one shown to the schema.

    For the standards the starting point is a copy of the shipped V1.1 directory; for
    assessments, an empty directory. A file given None is removed.
    """

    document: str
    files: Mapping[str, str | bytes | None]


def edited(name: str, *changes: tuple[str, str], also: Files | None = None) -> Files:
    """The shipped file *name* with each (old, new) replacement made once."""
    text = (V1_1 / name).read_text(encoding="utf-8")
    for old, new in changes:
        if old not in text:
            raise ValueError(f"{old!r} is not in {name}")
        text = text.replace(old, new, 1)
    return Files(name, {**(also.files if also else {}), name: text})


def spliced(name: str, start: str, end: str, insert: str = "") -> Files:
    """The shipped file *name* with the text from *start* up to *end* replaced by *insert*."""
    text = (V1_1 / name).read_text(encoding="utf-8")
    return Files(name, {name: text[: text.index(start)] + insert + text[text.index(end) :]})


def written(name: str, content: str | bytes | None) -> Files:
    return Files(name, {name: content})


BASE_JSON = """\
{
  "version": "1.1",
  "organisation": "Riverside Community Hub",
  "assessed_on": "2026-09-30",
  "criteria": {"1.2.B1": "met"}
}
"""


def base(old: str, new: str, *, text: str = BASE, name: str = "riverside.yaml") -> Files:
    """BASE (or *text*) with *old* replaced by *new*, as the library's tests build it."""
    if old not in text:
        raise ValueError(f"{old!r} is not in the base document")
    return written(name, text.replace(old, new, 1))


def manifest_with_migration(migration: str) -> Files:
    return edited("manifest.yaml", ('version: "1.1"', f'version: "1.1"\nmigration: {migration}'))


BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefghijklmnopqrstuvwxy", "bcdefghijklmnopqrstuvwxyz", strict=True)
)
LEVELS = "".join(f"  - &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 20))

# (name, document, expected): expected is REJECTED where the schema refuses the document
# as the library does, or else the reason a JSON Schema cannot express the rule broken.
STANDARDS_CASES: list[tuple[str, Files, str]] = [
    # tests/test_loader_errors.py, in its order
    (
        "malformed YAML",
        edited(STANDARD_1, ("title: Equality, Inclusion and Diversity", "title: [Equality")),
        YAML_SYNTAX,
    ),
    (
        "tab indentation",
        edited(STANDARD_1, ("    title: People report feeling included", "\ttitle: x")),
        TAB,
    ),
    ("invalid UTF-8", written(STANDARD_1, b'id: "1"\nnumber: 1\ntitle: caf\xe9\n'), UTF8),
    ("empty file", written(STANDARD_1, ""), EMPTY),
    ("file of only a comment", written(STANDARD_1, "# only a comment\n"), EMPTY),
    ("file of blank lines", written(STANDARD_1, "\n\n"), EMPTY),
    ("top level is a list", written(STANDARD_1, "- id: '1'\n- number: 1\n"), REJECTED),
    ("duplicate key", edited(STANDARD_1, ("number: 1\n", "number: 1\nnumber: 2\n")), DUPLICATE_KEY),
    (
        "unknown key titel",
        edited(STANDARD_1, ("    title: People report feeling included", "    titel: x")),
        REJECTED,
    ),
    (
        "unknown key colour",
        edited(STANDARD_1, ("number: 1\n", "number: 1\ncolour: blue\n")),
        REJECTED,
    ),
    ("missing required key prompt", spliced(STANDARD_1, "prompt:", "indicators:"), REJECTED),
    (
        'percentage as text "55"',
        edited(STANDARD_1, ("minimum_percent: 55", 'minimum_percent: "55"')),
        REJECTED,
    ),
    (
        "percentage as true",
        edited(STANDARD_1, ("minimum_percent: 55", "minimum_percent: true")),
        REJECTED,
    ),
    (
        "percentage as 55.0",
        edited(STANDARD_1, ("minimum_percent: 55", "minimum_percent: 55.0")),
        WHOLE_FLOAT,
    ),
    (
        "percentage left empty",
        edited(STANDARD_1, ("minimum_percent: 55", "minimum_percent: ")),
        REJECTED,
    ),
    (
        "number where text belongs",
        edited(STANDARD_1, ("title: People report feeling included", "title: 42")),
        REJECTED,
    ),
    ("unquoted id read as a number", edited(STANDARD_1, ('id: "1.1"', "id: 1.10")), REJECTED),
    (
        "percentage 101",
        edited(STANDARD_1, ("minimum_percent: 55", "minimum_percent: 101")),
        REJECTED,
    ),
    ("percentage -1", edited(STANDARD_1, ("minimum_percent: 55", "minimum_percent: -1")), REJECTED),
    (
        "band 70-60%",
        edited(STANDARD_1, ("band_upper_percent: 80", "band_upper_percent: 60")),
        BAND_ORDER,
    ),
    (
        "id used in two files",
        edited("03-respect.yaml", ('id: "3"\nnumber: 3', 'id: "1"\nnumber: 1')),
        ACROSS_FILES,
    ),
    (
        "criterion id twice in one file",
        edited(STANDARD_1, ("id: 1.2.B2", "id: 1.2.B1")),
        IN_ONE_FILE,
    ),
    (
        "standard id not its number",
        edited(STANDARD_1, ('id: "1"\nnumber: 1', 'id: "11"\nnumber: 1')),
        STANDARD_ID_IS_NUMBER,
    ),
    (
        "indicator id of another standard",
        edited(STANDARD_1, ('id: "1.2"', 'id: "12.2"')),
        INDICATOR_ID_PREFIX,
    ),
    ("Gold id in the Silver column", edited(STANDARD_1, ("id: 1.2.S1", "id: 1.2.G7")), REJECTED),
    (
        "tier with no criteria",
        spliced(STANDARD_1, "    gold:\n      - id: 1.1.G1", '  - id: "1.2"', "    gold: []\n"),
        REJECTED,
    ),
    (
        "tag !!python/object",
        edited(
            STANDARD_1,
            (
                "title: Equality, Inclusion and Diversity",
                "title: !!python/object:os.system Equality",
            ),
        ),
        TAG,
    ),
    (
        "tag !!python/name",
        edited(
            STANDARD_1,
            ("title: Equality, Inclusion and Diversity", "title: !!python/name:os.system"),
        ),
        TAG,
    ),
    (
        "tag !custom",
        edited(STANDARD_1, ("title: Equality, Inclusion and Diversity", "title: !custom Equality")),
        TAG,
    ),
    # test_alias_bomb_is_refused_quickly times the same document.
    ("alias bomb", written(STANDARD_1, BOMB), ALIAS),
    ("more than one document", written(STANDARD_1, "a: 1\n---\nb: 2\n"), TWO_DOCUMENTS),
    # test_key_read_as_a_number parses an assessment's text: see ASSESSMENT_CASES.
    (
        "every problem in a file",
        edited(
            STANDARD_1,
            ("minimum_percent: 55", "minimum_percent: 155"),
            ("    title: People report feeling included", "    titel: x"),
            also=edited("03-respect.yaml", ("minimum_percent: 90", 'minimum_percent: "90"')),
        ),
        REJECTED,
    ),
    (
        'the other file of "every problem"',
        edited("03-respect.yaml", ("minimum_percent: 90", 'minimum_percent: "90"')),
        REJECTED,
    ),
    (
        "percentage 155 (the caret message)",
        edited(STANDARD_1, ("minimum_percent: 55", "minimum_percent: 155")),
        REJECTED,
    ),
    ("missing standard file", Files("manifest.yaml", {"03-respect.yaml": None}), FILE_EXISTS),
    (
        "file name outside the directory",
        edited("manifest.yaml", ("  - 03-respect.yaml", "  - ../../etc/passwd.yaml")),
        REJECTED,
    ),
    (
        "undeclared survey metric",
        edited(STANDARD_1, ("metric: inclusion", "metric: happiness")),
        DECLARED,
    ),
    (
        "erratum not quoting the text",
        edited(
            "07-contribution-and-meaningful-participation.yaml",
            ("original: panning", "original: planing"),
        ),
        ERRATUM_QUOTES,
    ),
    (
        "text starting with a bullet",
        edited(
            STANDARD_1,
            ("text: Relevant action plans in place.", "text: • Relevant action plans in place."),
        ),
        REJECTED,
    ),
    (
        "blank text",
        edited(STANDARD_1, ("title: People report feeling included", 'title: "  "')),
        REJECTED,
    ),
    (
        "manifest version that is not a version",
        edited("manifest.yaml", ('version: "1.1"', 'version: "1.1.x"')),
        REJECTED,
    ),
    (
        "erratum with no original words",
        edited(
            "07-contribution-and-meaningful-participation.yaml",
            ("original: panning", 'original: ""'),
        ),
        REJECTED,
    ),
    # Rules of the library that tests/test_loader_errors.py does not exercise.
    (
        "erratum of blank words",
        edited(
            STANDARD_1,
            (
                "text: Relevant action plans in place.",
                "text: Relevant action plans in place.\n        errata: [{original: '  ', correction: x}]",
            ),
        ),
        REJECTED,
    ),
    (
        "no population",
        edited(STANDARD_1, ("populations: [service_users]", "populations: []")),
        REJECTED,
    ),
    (
        "population twice",
        edited(
            STANDARD_1,
            ("populations: [service_users]", "populations: [service_users, service_users]"),
        ),
        REJECTED,
    ),
    (
        "unknown frequency",
        edited(STANDARD_1, ("frequency: annually", "frequency: monthly")),
        REJECTED,
    ),
    (
        "standard number 0",
        edited(STANDARD_1, ('id: "1"\nnumber: 1', 'id: "0"\nnumber: 0')),
        REJECTED,
    ),
    (
        "errata left empty",
        edited(
            STANDARD_1,
            (
                "        text: Relevant action plans in place.",
                "        text: Relevant action plans in place.\n        errata:",
            ),
        ),
        REJECTED,
    ),
    (
        "erratum note left empty",
        edited(
            "05-accessibility.yaml",
            (
                "            correction: All buildings used",
                "            correction: All buildings used\n            note:",
            ),
        ),
        REJECTED,
    ),
    (
        "tiers without gold",
        edited(
            "manifest.yaml",
            ("  - tier: gold\n    heading: Bronze and silver standard plus Gold standard\n", ""),
        ),
        REJECTED,
    ),
    (
        "tiers out of order",
        edited(
            "manifest.yaml",
            (
                "  - tier: bronze\n    heading: Bronze standard\n"
                "  - tier: silver\n    heading: Bronze standard plus Silver standard\n",
                "  - tier: silver\n    heading: Bronze standard plus Silver standard\n"
                "  - tier: bronze\n    heading: Bronze standard\n",
            ),
        ),
        REJECTED,
    ),
    (
        "standard file listed twice",
        edited(
            "manifest.yaml",
            (
                "  - 02-safeguarding-risk-and-safety.yaml",
                "  - 01-equality-inclusion-and-diversity.yaml",
            ),
        ),
        REJECTED,
    ),
    (
        "subtitle starting with a bullet",
        edited("manifest.yaml", ("subtitle: How are we doing?", "subtitle: '• How are we doing?'")),
        REJECTED,
    ),
    (
        "metric declared twice",
        edited("manifest.yaml", ("  - id: communication", "  - id: inclusion")),
        METRIC_ONCE,
    ),
    (
        "retired criterion with a new id",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: retired, old: 1.2.B7, new: 1.2.B1}]}"
        ),
        REJECTED,
    ),
    (
        "renamed criterion without its new id",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: renamed, old: 1.2.B7}]}"
        ),
        REJECTED,
    ),
    (
        "kept criterion naming two old ids",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: kept, old: [1.2.B1, 1.2.B2]}]}"
        ),
        REJECTED,
    ),
    (
        "merge into two new ids",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: merged, old: [a, b], new: [1.2.B1, 1.2.B2]}]}"
        ),
        REJECTED,
    ),
    (
        "empty list of new ids",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: revised, old: 1.2.B1, new: []}]}"
        ),
        REJECTED,
    ),
    (
        "unknown migration kind",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: moved, old: 1.2.B1}]}"
        ),
        REJECTED,
    ),
    (
        "migration to a criterion this version lacks",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: renamed, old: 1.2.B7, new: 1.2.B9}]}"
        ),
        MIGRATION_TARGET,
    ),
    (
        "one old id decided twice",
        manifest_with_migration(
            "{previous_version: '1.0', criteria: [{kind: revised, old: 1.2.B1}, {kind: retired, old: 1.2.B1}]}"
        ),
        OLD_ONCE,
    ),
    ("version following itself", manifest_with_migration("{previous_version: '1.1'}"), NOT_ITSELF),
]

ASSESSMENT_CASES: list[tuple[str, Files, str]] = [
    # tests/test_assessment_files.py, test_bad_input_is_located_and_explained in its order
    ("unknown criterion", base("1.2.B1: met", "1.2.B9: met"), REJECTED),
    (
        "unknown indicator",
        base("criteria:", 'indicators:\n  "1.9": {comment: x}\ncriteria:'),
        REJECTED,
    ),
    ("unknown status", base("1.2.B1: met", "1.2.B1: done"), REJECTED),
    (
        "not applicable without a reason",
        base("1.2.B1: met", "1.2.B1: {status: not_applicable}"),
        REJECTED,
    ),
    (
        "not applicable with a blank reason",
        base("1.2.B1: met", '1.2.B1: {status: not_applicable, reason: "  "}'),
        REJECTED,
    ),
    ("more agreeing than respondents", base("agree: 61", "agree: 161"), AGREE_AT_MOST_RESPONDENTS),
    ("negative agree", base("agree: 61", "agree: -1"), REJECTED),
    ("negative respondents", base("respondents: 100", "respondents: -5"), REJECTED),
    ("agree 6.5", base("agree: 61", "agree: 6.5"), REJECTED),
    ('agree as text "61"', base("agree: 61", 'agree: "61"'), REJECTED),
    ("percent_agree 161", base("agree: 61", "percent_agree: 161"), REJECTED),
    (
        "survey after the assessment",
        base("conducted_on: 2026-05-01", "conducted_on: 2026-10-01"),
        SURVEY_AFTER_ASSESSMENT,
    ),
    ("unknown metric", base("metric: inclusion", "metric: happiness"), REJECTED),
    ("unknown population", base("population: service_users", "population: volunteers"), REJECTED),
    ("unknown version", base('version: "1.1"', 'version: "1.0"'), REJECTED),
    ("unquoted version", base('version: "1.1"', "version: 1.1"), REJECTED),
    ("version that is a path", base('version: "1.1"', 'version: "../../etc"'), REJECTED),
    (
        "not a real date, in YAML",
        base("assessed_on: 2026-09-30", "assessed_on: 2026-02-30"),
        YAML_NOT_A_DATE,
    ),
    # The JSON form of the case above: a validator must assert formats to refuse it.
    (
        "not a real date, in JSON",
        base('"2026-09-30"', '"2026-02-30"', text=BASE_JSON, name="riverside.json"),
        REJECTED,
    ),
    (
        "a date that is words",
        base("assessed_on: 2026-09-30", "assessed_on: next tuesday"),
        REJECTED,
    ),
    (
        "a date and time",
        base("assessed_on: 2026-09-30", "assessed_on: 2026-09-30T10:00:00"),
        REJECTED,
    ),
    ("unknown key organization", base("organisation:", "organization:"), REJECTED),
    (
        "criterion answered twice",
        base("1.2.B1: met", "1.2.B1: met\n  1.2.B1: not_met"),
        DUPLICATE_KEY,
    ),
    ("YAML tag", base("1.2.B1: met", "1.2.B1: !!python/object/apply:os.system [ls]"), TAG),
    ("status for a survey criterion", base("1.2.B1: met", "1.1.B1: met"), REJECTED),
    ("neither agree nor percent_agree", base("agree: 61, ", ""), REJECTED),
    (
        "group name with capitals and a space",
        base("1.2.B1: met", "1.2.B1: {views: {Staff Team: met}}"),
        REJECTED,
    ),
    # the other tests of tests/test_assessment_files.py and tests/test_loader_errors.py
    (
        "alias bomb in a comment",
        base(
            "criteria:\n  1.2.B1: met",
            "bombs:\n  - &l0 lol\n" + LEVELS + "criteria:\n  1.2.B2: {status: met, comment: *l19}",
        ),
        ALIAS,
    ),
    (
        "unknown status in JSON",
        base('"met"', '"mett"', text=BASE_JSON, name="riverside.json"),
        REJECTED,
    ),
    ("missing file", written("nowhere.yaml", None), NO_FILE),
    ("key read as a number", written("keys.yaml", "criteria:\n  1.1: met\n"), KEY_NOT_TEXT),
    # Rules of the library that those tests do not exercise.
    (
        "not applicable in short form, without a reason",
        base("1.2.B1: met", "1.2.B1: not_applicable"),
        REJECTED,
    ),
    (
        "not applicable in short form, in JSON",
        base('"met"', '"not_applicable"', text=BASE_JSON, name="riverside.json"),
        REJECTED,
    ),
    ("respondents 100.0", base("respondents: 100", "respondents: 100.0"), WHOLE_FLOAT),
    ("reason for a met answer", base("1.2.B1: met", "1.2.B1: {status: met, reason: x}"), REJECTED),
    ("reason without a status", base("1.2.B1: met", "1.2.B1: {reason: x}"), REJECTED),
    (
        "view of not_applicable",
        base("1.2.B1: met", "1.2.B1: {views: {staff: not_applicable}}"),
        REJECTED,
    ),
    ("views on a survey criterion", base("1.2.B1: met", "1.1.B1: {views: {staff: met}}"), REJECTED),
    ("both agree and percent_agree", base("agree: 61", "agree: 61, percent_agree: 61"), REJECTED),
    ("percent_agree as true", base("agree: 61", "percent_agree: true"), REJECTED),
    ('percent_agree as text "61"', base("agree: 61", 'percent_agree: "61"'), REJECTED),
    ("completed_by as text", base("criteria:", "completed_by: staff\ncriteria:"), REJECTED),
    ("indicator note left empty", base("criteria:", 'indicators:\n  "1.2":\ncriteria:'), REJECTED),
    (
        "retired answer with an unquoted version",
        base("criteria:", "retired: [{version: 1.0, id: 1.2.B1}]\ncriteria:"),
        REJECTED,
    ),
    (
        "carried answer without its id",
        base("1.2.B1: met", "1.2.B1: {previous: {version: '1.0'}}"),
        REJECTED,
    ),
    (
        "view from a group not in completed_by",
        base(
            "criteria:\n  1.2.B1: met",
            "completed_by: [staff]\ncriteria:\n  1.2.B1: {views: {members: met}}",
        ),
        GROUP_LISTED,
    ),
    (
        "the same survey twice",
        base(
            "conducted_on: 2026-05-01}",
            "conducted_on: 2026-05-01}\n  - {metric: inclusion, population: service_users, agree: 60, respondents: 90, conducted_on: 2026-05-01}",
        ),
        SURVEY_ONCE,
    ),
]


#: The verdict on an assessment as an editor's YAML language server reads it (dates as
#: text; see editor_document_of), where it differs from the verdict as the library reads it.
AS_AN_EDITOR_READS = {
    # The editor reads the text "2026-02-30", which format: date refuses.
    "not a real date, in YAML": REJECTED,
    # The editor reads a mapping with a number for a key, and the schema refuses the
    # document (no version, no date, no text id).
    "key read as a number": REJECTED,
}
#: Documents not given to the editor's reader, and why.
NOT_READ_AS_AN_EDITOR_READS = {
    "alias bomb in a comment": (
        "an editor's reader expands aliases; the schema's message would print the expanded "
        "value, billions of items, which is what the library refuses aliases to avoid"
    ),
}


def table(cases: list[tuple[str, Files, str]]) -> list[Any]:
    return [pytest.param(files, expected, id=name) for name, files, expected in cases]


def editor_table(cases: list[tuple[str, Files, str]]) -> list[Any]:
    return [
        pytest.param(files, AS_AN_EDITOR_READS.get(name, expected), id=name)
        for name, files, expected in cases
        if name not in NOT_READ_AS_AN_EDITOR_READS
    ]


def judge(validator: Any, document: object, expected: str) -> None:
    """Check the table's verdict on *document*, both ways."""
    if document is NO_DATA:
        assert expected.startswith(BELOW), (
            "the library's reader finds no data here, so no schema can see it: give a reason "
            f"that starts {BELOW!r}"
        )
        return
    assert not expected.startswith(BELOW), "there is data here: the schema sees it"
    found = errors(validator, document)
    if expected == REJECTED:
        assert found, "the schema accepts what the library refuses"
    else:
        assert not found, f"the schema refuses this after all ({found}): mark it {REJECTED!r}"


def test_the_tables_have_enough_cases() -> None:
    """The tables map at least 25 of the library's refusals, with every verdict kind in use."""
    cases = STANDARDS_CASES + ASSESSMENT_CASES
    assert len(cases) >= 25
    assert len({name for name, _, _ in cases}) == len(cases)
    verdicts = {expected for _, _, expected in cases}
    assert REJECTED in verdicts
    assert any(verdict.startswith(BELOW) for verdict in verdicts)
    assert any(verdict != REJECTED and not verdict.startswith(BELOW) for verdict in verdicts)


@pytest.mark.parametrize(("bad", "expected"), table(STANDARDS_CASES))
def test_bad_standards_file(draft: Draft, bad: Files, expected: str) -> None:
    """A standards file the loader refuses is refused by the schema, or the table says why not."""
    for name, content in bad.files.items():
        if content is None:
            (draft.root / name).unlink()
        else:
            draft.write(name, content)
    draft.error()  # the library refuses the directory
    judge(STANDARDS, document_of(draft.root / bad.document), expected)


@pytest.mark.parametrize(("bad", "expected"), table(ASSESSMENT_CASES))
def test_bad_assessment_file(tmp_path: Path, bad: Files, expected: str) -> None:
    """An assessment the library refuses is refused by the schema, or the table says why not."""
    for name, content in bad.files.items():
        if isinstance(content, str):
            (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(DataError):
        load_assessment(tmp_path / bad.document)
    judge(ASSESSMENT_1_1, document_of(tmp_path / bad.document), expected)


@pytest.mark.parametrize(("bad", "expected"), editor_table(ASSESSMENT_CASES))
def test_bad_assessment_file_as_an_editor_reads_it(
    tmp_path: Path, bad: Files, expected: str
) -> None:
    """Read as an editor's language server reads YAML (dates as text), the schema's verdict is the table's."""
    for name, content in bad.files.items():
        if isinstance(content, str):
            (tmp_path / name).write_text(content, encoding="utf-8")
    judge(ASSESSMENT_1_1, editor_document_of(tmp_path / bad.document), expected)


def test_the_editor_tables_name_cases_of_the_table() -> None:
    """Every case the editor's tables name is a case of ASSESSMENT_CASES."""
    names = {name for name, _, _ in ASSESSMENT_CASES}
    assert set(AS_AN_EDITOR_READS) | set(NOT_READ_AS_AN_EDITOR_READS) <= names


# -- what the library accepts, the schema accepts ----------------------------------

GOOD_MIGRATION = (
    "{previous_version: '1.0', criteria: [{kind: retired, old: 9.9.B1}, "
    "{kind: merged, old: [a, b], new: 1.2.B1}, {kind: split, old: c, new: [1.2.B2, 1.2.S1]}, "
    "{kind: kept, old: [1.2.S2]}, {kind: reworded, old: 1.2.G1, new: 1.2.G1, note: Typo}]}"
)

ACCEPTED_STANDARDS = [
    pytest.param(files, id=name)
    for name, files in [
        (
            "survey left empty",
            edited(
                STANDARD_1,
                (
                    "        text: Relevant action plans in place.",
                    "        text: Relevant action plans in place.\n        survey:",
                ),
            ),
        ),
        (
            "band's upper bound left empty",
            edited(STANDARD_1, ("band_upper_percent: 80", "band_upper_percent:")),
        ),
        (
            "band of one value",
            edited(STANDARD_1, ("band_upper_percent: 80", "band_upper_percent: 70")),
        ),
        ("no frequency", edited(STANDARD_1, ("          frequency: annually\n", ""))),
        (
            "erratum of the standard's prompt",
            edited(
                STANDARD_1,
                ("number: 1\n", "number: 1\nerrata: [{original: honour, correction: honor}]\n"),
            ),
        ),
        (
            "blank tier heading",
            edited("manifest.yaml", ("    heading: Bronze standard\n", "    heading: ''\n")),
        ),
        ("migration left empty", manifest_with_migration("")),
        ("migration of every kind", manifest_with_migration(GOOD_MIGRATION)),
    ]
]


@pytest.mark.parametrize("good", ACCEPTED_STANDARDS)
def test_schema_accepts_what_the_loader_accepts(draft: Draft, good: Files) -> None:
    """Edge cases the loader accepts (empty optional values, one-value bands, migrations) validate."""
    for name, content in good.files.items():
        assert isinstance(content, str)
        draft.write(name, content)
    draft.load()
    assert errors(STANDARDS, document_of(draft.root / good.document)) == []


ACCEPTED_ASSESSMENTS = [
    pytest.param(files, id=name)
    for name, files in [
        ("unanswered criterion", base("1.2.B1: met", "1.2.B1:")),
        ("status left empty", base("1.2.B1: met", "1.2.B1: {status: , evidence: x}")),
        ("no views", base("1.2.B1: met", "1.2.B1: {views: {}}")),
        ("previous left empty", base("1.2.B1: met", "1.2.B1: {previous: }")),
        ("empty reason for a met answer", base("1.2.B1: met", "1.2.B1: {status: met, reason: ''}")),
        (
            "carried not_applicable without reason",
            base(
                "1.2.B1: met",
                "1.2.B1: {previous: {version: '1.0', id: x, status: not_applicable, views: {staff: not_applicable}}}",
            ),
        ),
        (
            "survey criterion with a comment",
            base(
                "1.2.B1: met",
                "1.1.B1: {comment: x, status: , views: {}, previous: {version: '1.0', id: 1.1.B1, status: met}}",
            ),
        ),
        ("survey criterion left empty", base("1.2.B1: met", "1.1.B1:")),
        (
            "agree left empty beside percent_agree",
            base("agree: 61", "agree: , percent_agree: 60.5"),
        ),
        ("a group listed twice", base("criteria:", "completed_by: [staff, staff]\ncriteria:")),
        ("empty indicator note", base("criteria:", 'indicators:\n  "1.2": {}\ncriteria:')),
        (
            "retired answer",
            base("criteria:", "retired: [{version: '1.0', id: '9.9', comment: Gone}]\ncriteria:"),
        ),
        ("no respondents", base("agree: 61, respondents: 100", "agree: 0, respondents: 0")),
        ("JSON with dates as text", written("riverside.json", BASE_JSON)),
    ]
]


@pytest.mark.parametrize("good", ACCEPTED_ASSESSMENTS)
def test_schema_accepts_what_the_library_accepts(tmp_path: Path, good: Files) -> None:
    """Edge cases the library accepts (empty values, carried answers, zero counts) validate, as the library or an editor reads them."""
    for name, content in good.files.items():
        assert isinstance(content, str)
        (tmp_path / name).write_text(content, encoding="utf-8")
    load_assessment(tmp_path / good.document)
    for document in (
        document_of(tmp_path / good.document),
        editor_document_of(tmp_path / good.document),
    ):
        assert errors(ASSESSMENT_1_1, document) == []
        assert errors(ASSESSMENT_ANY, document) == []
