"""The JSON Schemas: up to date, valid, accepting the library's own files, and particular rules.

tests/test_schema_limits.py holds the tables of inputs the library refuses and the
schema's verdict on each; the validators and the reading of files are shared from here.
"""

# ruff: noqa: E501 - docstrings are kept whole on one line

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import YAMLError

from coprod_standards import (
    Answer,
    Assessment,
    DataError,
    Status,
    SurveyResponse,
    assessment_template,
    available_versions,
    dumps_assessment,
    load,
    load_assessment,
    parse_assessment,
)
from coprod_standards.core.assessment import CarriedAnswer, IndicatorNote
from coprod_standards.core.models import SurveyThreshold
from coprod_standards.errors import FieldError
from coprod_standards.formats._yaml import decode, parse
from coprod_standards.formats.schema import assessment_schema, schema_text, standards_schema
from coprod_standards.tooling.fingerprints import fingerprints_yaml

from .conftest import V1_1

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLDEN_ASSESSMENTS = sorted(V1_1.joinpath("golden").glob("*.assessment.yaml"))
STANDARD_1 = "01-equality-inclusion-and-diversity.yaml"
FORMATS = Draft202012Validator.FORMAT_CHECKER
# Formats are asserted, so that "2026-02-30" is refused as the library refuses it; a
# validator not told to assert formats treats format: date as a note only.
STANDARDS = Draft202012Validator(standards_schema(), format_checker=FORMATS)
ASSESSMENT_1_1 = Draft202012Validator(assessment_schema(load("1.1")), format_checker=FORMATS)
ASSESSMENT_ANY = Draft202012Validator(assessment_schema(), format_checker=FORMATS)

REGENERATE = (
    "the shipped schema files are stale; rewrite them with: .venv/bin/python -c "
    '"from pathlib import Path; from coprod_standards import load; '
    "from coprod_standards.formats import schema; "
    "d = Path('src/coprod_standards/schemas'); "
    "(d / 'standards.schema.json').write_text(schema.schema_text('standards'), 'utf-8'); "
    "(d / 'assessment.schema.json').write_text(schema.schema_text('assessment', load()), 'utf-8')\""
)


def json_form(value: object) -> Any:
    """*value*, as read by the library's YAML reader, in the form a JSON file holds it."""
    # The schemas describe the JSON form of a file. The YAML reader turns an unquoted
    # 2026-09-30 into a datetime.date (and 2026-09-30T10:00:00 into a datetime.datetime,
    # which is a date too); JSON has no dates and writes them as text, so they are
    # compared with the schema as their ISO text, which is what a JSON file would hold.
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: json_form(item) for key, item in value.items()}
    if isinstance(value, list):
        return [json_form(item) for item in value]
    return value


#: What document_of gives where the library's reader finds no data at all.
NO_DATA = object()


def document_of(path: Path) -> object:
    """The JSON form of the file at *path*, or NO_DATA where there is no data to validate."""
    if not path.exists():
        return NO_DATA
    try:
        return json_form(parse(decode(path.read_bytes(), path.name), path.name).data)
    except DataError:
        return NO_DATA


class DatesAsText(SafeConstructor):
    """ruamel.yaml's safe constructor, with an unquoted 2026-09-30 kept as the text written."""


# A subclass, so that ruamel.yaml's own SafeConstructor (which the library uses) keeps its dates.
DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


def editor_document_of(path: Path) -> object:
    """The file's data as an editor's YAML language server reads it, or NO_DATA where it has none.

    Such a reader uses the YAML 1.2 core schema, which has no dates: an unquoted date stays
    text, as in the file's JSON form. It knows none of the library's own refusals beyond
    YAML's (no tags it cannot build, no duplicate keys, one document).
    """
    if not path.exists():
        return NO_DATA
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = DatesAsText
    try:
        documents = list(yaml.load_all(path.read_bytes().decode("utf-8-sig")))
    except (YAMLError, UnicodeDecodeError):
        return NO_DATA
    return documents[0] if len(documents) == 1 else NO_DATA


def errors(validator: Any, document: object) -> list[str]:
    """The schema's complaints about *document*, each with its JSON path."""
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(document)]


# -- the shipped files and the schemas themselves ------------------------------------


def test_shipped_schema_files_are_what_the_functions_generate() -> None:
    """The schema files in the package equal schema_text's output, so they cannot go stale."""
    folder = resources.files("coprod_standards") / "schemas"
    standards = (folder / "standards.schema.json").read_text(encoding="utf-8")
    assessment = (folder / "assessment.schema.json").read_text(encoding="utf-8")
    assert standards == schema_text("standards"), REGENERATE
    assert assessment == schema_text("assessment", load()), REGENERATE
    assert json.loads(assessment)["properties"]["version"]["const"] == load().version


def test_schema_text_is_the_schema_as_indented_json() -> None:
    """schema_text gives the schema as indented, non-ASCII-escaped JSON ending in a newline."""
    framework = load("1.1")
    assert json.loads(schema_text("standards")) == standards_schema()
    assert json.loads(schema_text("assessment")) == assessment_schema()
    text = schema_text("assessment", framework)
    assert json.loads(text) == assessment_schema(framework)
    assert text == json.dumps(assessment_schema(framework), indent=2, ensure_ascii=False) + "\n"
    assert "—" in text  # the framework's name, not \u2014


@pytest.mark.parametrize(
    ("kind", "with_framework", "message"),
    [
        ("standard", False, "kind must be 'standards' or 'assessment', not 'standard'"),
        ("standards", True, "the standards schema is the same for every version"),
    ],
)
def test_schema_text_refuses_what_it_cannot_give(
    kind: Any, with_framework: bool, message: str
) -> None:
    """An unknown kind, or a version for the version-free standards schema, is a ValueError."""
    with pytest.raises(ValueError, match=message):
        schema_text(kind, load("1.1") if with_framework else None)


def every_schema() -> list[dict[str, Any]]:
    return [
        standards_schema(),
        assessment_schema(),
        *(assessment_schema(load(version)) for version in available_versions()),
    ]


def test_schemas_are_valid_draft_2020_12() -> None:
    """Every schema is itself a valid draft 2020-12 schema."""
    for schema in every_schema():
        Draft202012Validator.check_schema(schema)


def closed_properties(schema: object, path: str = "#") -> Iterator[tuple[str, Any]]:
    """Every property of every mapping whose keys a schema closes (additionalProperties false)."""
    if isinstance(schema, dict):
        if schema.get("additionalProperties") is False:
            for key, value in schema.get("properties", {}).items():
                yield f"{path}/properties/{key}", value
        for key, value in schema.items():
            yield from closed_properties(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            yield from closed_properties(value, f"{path}/{index}")


def test_schemas_are_identified_and_described() -> None:
    """Each schema names its dialect, a stable .invalid $id and a title, and describes every key."""
    ids = set()
    for schema in every_schema():
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"].startswith("https://coprod-standards.invalid/schema/")
        assert schema["title"]
        assert schema["description"]
        ids.add(schema["$id"])
        keys = list(closed_properties(schema))
        assert len(keys) > 20
        undescribed = [path for path, value in keys if not value.get("description")]
        assert not undescribed
    assert len(ids) == 2 + len(available_versions())
    assert standards_schema()["$id"] == "https://coprod-standards.invalid/schema/standards.json"


# -- good files validate ------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(V1_1.glob("*.yaml")), ids=lambda path: path.name)
def test_shipped_standards_file_validates(path: Path) -> None:
    """Every shipped standards file (manifest, standards, fingerprints) is valid, however read."""
    for document in (document_of(path), editor_document_of(path)):
        assert document is not NO_DATA
        assert errors(STANDARDS, document) == []


def test_fingerprints_file_as_written_validates() -> None:
    """A fingerprints.yaml as fingerprints_yaml writes it validates; an unquoted fingerprint does not."""
    document = parse(fingerprints_yaml(load("1.1")), "fingerprints.yaml").data
    assert errors(STANDARDS, document) == []
    assert isinstance(document, dict)
    document["fingerprints"]["1.1.B1"] = 1234567890123456
    assert errors(STANDARDS, document) != []


@pytest.mark.parametrize(
    "path",
    sorted(EXAMPLES.glob("*.yaml")) + sorted(EXAMPLES.glob("services/*.yaml")) + GOLDEN_ASSESSMENTS,
    ids=lambda path: f"{path.parent.name}/{path.name}",
)
def test_example_assessment_validates(path: Path) -> None:
    """Every example and golden assessment is valid, for its version and any, as the library or an editor reads it."""
    load_assessment(path)
    for document in (document_of(path), editor_document_of(path)):
        assert document is not NO_DATA
        assert errors(ASSESSMENT_1_1, document) == []
        assert errors(ASSESSMENT_ANY, document) == []


def test_an_editor_reads_dates_as_text_and_a_date_object_is_refused() -> None:
    """An editor's reading keeps dates as text; a reader that builds date objects makes the schema refuse every date."""
    path = EXAMPLES / "mixed-tiers.yaml"
    document = editor_document_of(path)
    assert isinstance(document, dict)
    assert document["assessed_on"] == "2026-09-30"
    assert document["surveys"][0]["conducted_on"] == "2025-04-15"
    yaml = YAML(typ="safe", pure=True)  # dates become datetime.date, as in the issue
    with_dates = yaml.load(path.read_text(encoding="utf-8"))
    found = errors(ASSESSMENT_1_1, with_dates)
    assert "$.assessed_on: datetime.date(2026, 9, 30) is not of type 'string'" in found
    assert all("datetime.date" in error for error in found)


def test_examples_and_golden_assessments_are_there() -> None:
    """The example and golden assessments that the test above validates exist."""
    assert len(list(EXAMPLES.glob("*.yaml"))) >= 3
    assert len(GOLDEN_ASSESSMENTS) >= 4


def test_json_assessment_written_by_the_library_validates() -> None:
    """A JSON assessment dumps_assessment writes, using every key of the format, validates."""
    day = datetime.date(2026, 9, 30)
    assessment = Assessment(
        version="1.1",
        organisation="Riverside Community Hub — Café",
        assessed_on=day,
        completed_by=("staff", "service_users"),
        criteria={
            "1.2.B1": Answer(Status.MET),
            "1.2.B2": Answer(
                evidence="Equality report 2026",
                views={"staff": Status.MET, "service_users": Status.NOT_MET},
            ),
            "2.3.S3": Answer(Status.NOT_APPLICABLE, reason="We hold no statutory orders."),
            "1.2.G3": Answer(
                previous=CarriedAnswer("1.0", "1.2.G3", Status.MET, evidence="Plan 2025")
            ),
            "1.3.B1": Answer(),
            "1.1.B1": Answer(comment="The May survey decides it"),
        },
        indicators={"1.2": IndicatorNote("Census targets agreed")},
        surveys=(
            SurveyResponse("inclusion", "service_users", 100, agree=61, conducted_on=day),
            SurveyResponse("communication", "staff", 42, percent_agree=78.6, conducted_on=day),
        ),
        retired=(
            CarriedAnswer(
                "1.0", "9.9.B1", Status.NOT_APPLICABLE, reason="Gone", views={"staff": Status.MET}
            ),
        ),
    )
    text = dumps_assessment(assessment, format="json")
    assert parse_assessment(text, format="json", name="riverside.json") == assessment
    document = json.loads(text)
    assert set(document) == {
        "version",
        "organisation",
        "assessed_on",
        "completed_by",
        "criteria",
        "indicators",
        "surveys",
        "retired",
    }
    assert errors(ASSESSMENT_1_1, document) == []
    assert errors(ASSESSMENT_ANY, document) == []


def test_blank_template_validates() -> None:
    """The blank template, every criterion unanswered (an empty value), validates."""
    text = assessment_template(load("1.1"), assessed_on=datetime.date(2026, 9, 30))
    document = json_form(parse(text, "template.yaml").data)
    assert errors(ASSESSMENT_1_1, document) == []


# -- particular rules ----------------------------------------------------------------


def test_band_order_is_left_to_the_library() -> None:
    """Every band of whole percentages validates; the model refuses exactly those whose upper bound is below the lower."""
    schema = standards_schema()
    validator = Draft202012Validator(
        {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/survey_threshold"}
    )
    for lower in range(101):
        for upper in range(101):
            try:
                SurveyThreshold("inclusion", ("staff",), lower, upper)
                library = True
            except FieldError:
                library = False
            assert library is (upper >= lower), (lower, upper)
            survey = {
                "metric": "inclusion",
                "populations": ["staff"],
                "minimum_percent": lower,
                "band_upper_percent": upper,
            }
            assert validator.is_valid(survey), (lower, upper)


def minimal(criteria: dict[str, object]) -> dict[str, object]:
    return {
        "version": "1.1",
        "organisation": "Riverside",
        "assessed_on": "2026-09-30",
        "criteria": criteria,
    }


def library_accepts(document: dict[str, object]) -> bool:
    try:
        parse_assessment(json.dumps(document), format="json", name="riverside.json")
    except DataError:
        return False
    return True


@pytest.mark.parametrize(
    ("criterion", "any_version", "version_1_1"),
    [
        ("1.2.B1", True, True),
        ("1.2.B9", True, False),
        ("99.1.G1", True, False),
        ("1.2.X1", False, False),
        ("01.2.B1", False, False),
        ("1.2", False, False),
    ],
)
def test_ids_by_form_without_a_version_and_by_name_with_one(
    criterion: str, any_version: bool, version_1_1: bool
) -> None:
    """Without a framework criterion ids are checked by form; with one, they must be its ids."""
    document = minimal({criterion: "met"})
    assert ASSESSMENT_ANY.is_valid(document) is any_version
    assert ASSESSMENT_1_1.is_valid(document) is version_1_1
    assert library_accepts(document) is version_1_1


@pytest.mark.parametrize(
    ("answer", "valid"),
    [
        (None, True),
        ({}, True),
        ({"comment": "Decided by the May survey", "evidence": "Survey report"}, True),
        ({"status": None, "views": {}}, True),
        ("met", False),
        ("not_applicable", False),
        ({"status": "met"}, False),
        ({"views": {"staff": "met"}}, False),
    ],
)
def test_survey_criterion_takes_no_status_or_views(answer: object, valid: bool) -> None:
    """A survey criterion takes nothing, or a mapping without status or views, as in the library."""
    document = minimal({"6.2.S2": answer})
    assert ASSESSMENT_1_1.is_valid(document) is valid
    assert library_accepts(document) is valid


@pytest.mark.parametrize("written_as", ["20260930", "2026-W40-3", "2026-9-30", "30/09/2026"])
def test_dates_only_as_year_month_day(written_as: str) -> None:
    """Dates validate only as YYYY-MM-DD, the one form the library reads as text dates."""
    document = {**minimal({}), "assessed_on": written_as}
    assert not ASSESSMENT_ANY.is_valid(document)


def one_kind(kind: str) -> Any:
    """A validator of one kind of standards file, reached through its anchor."""
    schema = standards_schema()
    registry = Registry().with_resource(schema["$id"], DRAFT202012.create_resource(schema))
    return Draft202012Validator(
        {"$schema": schema["$schema"], "$ref": f"{schema['$id']}#{kind}"},
        registry=registry,
        format_checker=FORMATS,
    )


@pytest.mark.parametrize(
    ("kind", "file"),
    [
        ("manifest", "manifest.yaml"),
        ("standard", STANDARD_1),
        ("fingerprints", "fingerprints.yaml"),
    ],
)
def test_each_kind_of_standards_file_has_an_anchor(kind: str, file: str) -> None:
    """standards.json#manifest, #standard and #fingerprints each accept their own kind only."""
    validator = one_kind(kind)
    for path in sorted(V1_1.glob("*.yaml")):
        matches = path.name == file or (kind == "standard" and path.name[:2].isdigit())
        assert validator.is_valid(document_of(path)) is matches, path.name


def test_every_problem_in_a_file_is_reported_at_its_place() -> None:
    """Like the loader, the schema reports every problem in a file, each at its path."""
    text = (V1_1 / STANDARD_1).read_text(encoding="utf-8")
    text = text.replace("minimum_percent: 55", "minimum_percent: 155", 1)
    text = text.replace("    title: People report feeling included", "    titel: x", 1)
    text = text.replace("band_upper_percent: 80", "band_upper_percent: 180", 1)
    found = one_kind("standard").iter_errors(parse(text, STANDARD_1).data)
    assert {(error.json_path, error.message) for error in found} == {
        ("$.indicators[0]", "Additional properties are not allowed ('titel' was unexpected)"),
        ("$.indicators[0]", "'title' is a required property"),
        (
            "$.indicators[0].bronze[0].survey.minimum_percent",
            "155 is greater than the maximum of 100",
        ),
        (
            "$.indicators[0].silver[0].survey.band_upper_percent",
            "180 is greater than the maximum of 100",
        ),
    }
