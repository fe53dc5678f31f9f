"""The assessment file format is declared once; the writer, patcher, schema and template follow."""

from __future__ import annotations

import datetime
import json
import typing
from fractions import Fraction
from typing import Any

import attrs
import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from coprod_standards import (
    Answer,
    Assessment,
    Status,
    SurveyResponse,
    assessment_template,
    dumps_assessment,
    load,
    parse_assessment,
)
from coprod_standards.core.assessment import CarriedAnswer, IndicatorNote, file_fields
from coprod_standards.core.provenance import SurveyProvenance
from coprod_standards.core.sign_off import Meeting
from coprod_standards.formats import template
from coprod_standards.formats._assessment_data import _plain_data
from coprod_standards.formats._assessment_keys import KEYS, Key, ModelKeys, keys_of
from coprod_standards.formats._schema_assessment import model_properties
from coprod_standards.formats._schema_parts import string
from coprod_standards.formats.schema import assessment_schema
from coprod_standards.formats.sign_off import finalised

FRAMEWORK = load("1.1")
DAY = datetime.date(2026, 9, 30)
MAY, JUNE = datetime.date(2026, 5, 1), datetime.date(2026, 6, 1)

#: The name of each model's definition in the assessment schema.
DEFINITIONS = {
    Answer: "answer_details",
    CarriedAnswer: "carried_answer",
    IndicatorNote: "indicator_note",
    SurveyResponse: "survey_response",
    Meeting: "meeting",
}

CARRIED = CarriedAnswer(
    "1.0",
    "1.2.B1",
    Status.NOT_APPLICABLE,
    evidence="Report",
    comment="Then",
    reason="No orders then",
    views={"staff": Status.MET},
)
#: An assessment in which every field of every model holds more than its default.
FULL = Assessment(
    version="1.1",
    organisation="Riverside",
    service="Day centre",
    organisation_id="GB-CHC-1234567",
    assessed_on=DAY,
    completed_by=("staff", "members"),
    criteria={
        "2.3.S3": Answer(
            Status.NOT_APPLICABLE,
            evidence="Register",
            comment="Checked",
            reason="We hold no statutory orders.",
            views={"staff": Status.MET},
            previous=CARRIED,
        )
    },
    indicators={"1.2": IndicatorNote("Census targets agreed")},
    surveys=(
        SurveyResponse(
            "inclusion",
            "service_users",
            100,
            agree=61,
            conducted_on=MAY,
            provenance=SurveyProvenance(
                file="forms.csv",
                sha256="0" * 64,
                layout="microsoft_forms",
                question="I feel included",
                scale="agree-5",
                rows_read=112,
                excluded={"blank": 10, "incomplete": 2},
                counted_no_opinion=3,
            ),
        ),
        SurveyResponse("inclusion", "staff", 40, percent_agree=Fraction(109, 2), conducted_on=JUNE),
    ),
    retired=(CARRIED,),
    meetings=(Meeting(JUNE, {"staff": 3, "members": 4}),),
)
#: FULL, signed off: every key of an assessment holds more than its default.
FULL = finalised(FULL, approved_by="A. Chair", approved_on=datetime.date(2026, 10, 6))


def declared(model: type) -> list[str]:
    return [key.name for key in keys_of(model).keys]


def models_in_files() -> set[type]:
    """Every model an assessment file holds, found through the fields' types from Assessment."""
    found: set[type] = set()
    waiting: list[Any] = [Assessment]
    while waiting:
        kind = waiting.pop()
        if attrs.has(kind) and kind not in found:
            found.add(kind)
            hints = typing.get_type_hints(kind)
            waiting += [hints[field.name] for field in file_fields(kind)]
        waiting += typing.get_args(kind)
    return found


def test_every_field_that_files_hold_is_declared_once() -> None:
    """Each model in a file has one declared key per field it holds, and no other."""
    assert set(KEYS) == models_in_files()
    for model in KEYS:
        names = declared(model)
        assert len(names) == len(set(names)), model
        assert sorted(names) == sorted(field.name for field in file_fields(model)), model


def test_the_writer_writes_every_declared_key_in_the_declared_order() -> None:
    """A model holding more than its defaults is written with each declared key, in order."""
    data = _plain_data(FULL)
    assert list(data) == declared(Assessment)
    answer = data["criteria"]["2.3.S3"]
    assert list(answer) == declared(Answer)
    assert list(answer["previous"]) == declared(CarriedAnswer)
    assert list(data["retired"][0]) == declared(CarriedAnswer)
    assert list(data["indicators"]["1.2"]) == declared(IndicatorNote)
    surveys = declared(SurveyResponse)
    assert [list(survey) for survey in data["surveys"]] == [
        [key for key in surveys if key != "percent_agree"],
        [key for key in surveys if key not in ("agree", "provenance")],
    ]
    assert list(data["surveys"][0]["provenance"]) == declared(SurveyProvenance)
    for format in ("yaml", "json"):  # written faithfully, or dumps_assessment refuses
        assert dumps_assessment(FULL, format=format)


def test_defaults_are_left_out_unless_a_key_is_always_written() -> None:
    """Only the keys declared `always` are written for a model at its defaults."""
    bare = Assessment(version="1.1", organisation="Riverside", assessed_on=DAY)
    assert _plain_data(bare) == {
        "version": "1.1",
        "organisation": "Riverside",
        "assessed_on": DAY,
        "criteria": {},
    }
    assert _plain_data(Answer()) is None
    assert _plain_data(Answer(Status.MET)) == "met"
    assert _plain_data(IndicatorNote()) == {"comment": ""}


@pytest.mark.parametrize("framework", [None, FRAMEWORK], ids=["any version", "1.1"])
def test_the_schema_has_every_declared_key_and_accepts_what_is_written(framework: Any) -> None:
    """Each model's schema lists its fields, requires those with no default, accepts the writer."""
    schema = assessment_schema(framework)
    assert list(schema["properties"]) == [field.name for field in file_fields(Assessment)]
    assert schema["required"] == ["version", "organisation", "assessed_on"]
    for model, name in DEFINITIONS.items():
        definition = schema["$defs"][name]
        assert list(definition["properties"]) == [field.name for field in file_fields(model)]
        required = [f.name for f in file_fields(model) if f.default is attrs.NOTHING]
        assert definition.get("required", []) == required
        for key, property_ in definition["properties"].items():
            assert property_["description"], (name, key)
    data = json.loads(dumps_assessment(FULL, format="json"))
    assert not list(Draft202012Validator(schema).iter_errors(data))


SOURCE = """\
# kept: a comment at the top
version: "1.1"
organisation: Riverside
assessed_on: 2026-09-30
criteria:
  1.2.B1: met
"""


@pytest.mark.parametrize("key", declared(Assessment))
def test_the_patcher_rewrites_each_declared_top_level_key(key: str) -> None:
    """Changing any top-level key of a loaded file keeps its comments: the patcher handles it."""
    loaded = parse_assessment(SOURCE, framework=FRAMEWORK)
    other = attrs.evolve(
        FULL, version="1.2", organisation="Elsewhere", assessed_on=datetime.date(2027, 1, 1)
    )
    changed = attrs.evolve(loaded, **{key: getattr(other, key)})
    text = dumps_assessment(changed)
    assert text != SOURCE
    assert text.startswith("# kept: a comment at the top\n")


def test_the_template_shows_every_declared_top_level_key() -> None:
    """The blank form says how it shows each key, in the model's order; a draft's keys appear."""
    assert list(template._KEYS) == [field.name for field in file_fields(Assessment)]
    assert sorted(template._KEYS) == sorted(declared(Assessment))
    text = assessment_template(FRAMEWORK, assessed_on=DAY)
    keys = [line.split(":")[0] for line in text.splitlines() if line[:1].isalpha()]
    # A blank form carries nothing retired, and is a draft: no meetings, no sign-off yet.
    # Its service and identifier are optional: shown as comments.
    unwritten = {"retired", "meetings", "status", "approved_by", "approved_on", "digest"}
    unwritten |= {"service", "organisation_id"}
    assert keys == [key for key in declared(Assessment) if key not in unwritten]


@attrs.frozen
class Note:
    """A throwaway model: an indicator's note with a new field."""

    comment: str = ""
    owner: str = ""


@attrs.frozen
class UndeclaredNote(IndicatorNote):
    """A throwaway model: a new field that no key declares."""

    owner: str = ""


def test_a_new_field_needs_only_its_declared_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added to a model and declared once is written and described; undeclared, refused."""
    owner = Key("owner", lambda _: string("Who follows the note up."))
    keys = ModelKeys((*keys_of(IndicatorNote).keys, owner))
    monkeypatch.setitem(KEYS, Note, keys)
    assert _plain_data(Note("Census", owner="Ann")) == {"comment": "Census", "owner": "Ann"}
    assert _plain_data(Note("Census")) == {"comment": "Census"}
    properties = model_properties(Note, None)
    assert properties["owner"] == {"type": "string", "description": "Who follows the note up."}
    assert list(properties) == ["comment", "owner"]
    with pytest.raises(TypeError, match=r"not its fields \(comment, owner\)"):
        _plain_data(UndeclaredNote("Census", owner="Ann"))
