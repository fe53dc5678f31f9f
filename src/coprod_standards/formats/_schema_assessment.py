"""The assessment schema's parts: the top-level keys of an assessment file, and its ``$defs``.

Each model's properties are its keys' schemas as `_assessment_keys` declares
them; this module adds what is about a model as a whole: its definition's
name and description, and the rules between its keys.

Given a `Framework`, the parts are that version's: its version, criterion and
indicator ids, survey metrics and populations are the only ones allowed, and
the criteria its surveys decide take no status. Without one, ids are checked
by their form only.
"""

from __future__ import annotations

from typing import Any

import attrs

from coprod_standards.core.assessment import (
    Answer,
    Assessment,
    CarriedAnswer,
    IndicatorNote,
    Status,
    SurveyResponse,
    file_fields,
)
from coprod_standards.core.evidence import EvidenceItem
from coprod_standards.core.models import Framework
from coprod_standards.core.provenance import SurveyProvenance
from coprod_standards.core.sign_off import Meeting

from ._assessment_keys import keys_of
from ._schema_parts import DATE, GROUP, NOT_BLANK, closed_object, ref


def assessment_properties(framework: Framework | None) -> dict[str, Any]:
    """The keys of an assessment file, each with its schema (see `assessment_definitions`)."""
    return model_properties(Assessment, framework)


def model_properties(model: type, framework: Framework | None) -> dict[str, Any]:
    """The properties of *model*'s mapping: its declared keys' schemas, in its fields' order."""
    declared = {key.name: key.schema for key in keys_of(model).keys}
    return {field.name: declared[field.name](framework) for field in file_fields(model)}


def required_keys(model: type) -> tuple[str, ...]:
    """The keys *model*'s mapping requires: its fields without a default, in order."""
    return tuple(field.name for field in file_fields(model) if field.default is attrs.NOTHING)


def assessment_definitions(framework: Framework | None) -> dict[str, Any]:
    """The ``$defs`` of the assessment schema, by name: dates, groups, answers and surveys."""
    statuses = [status.value for status in Status]
    return {
        "date": {
            "type": "string",
            "format": "date",
            "pattern": DATE,
            "description": "A date written YYYY-MM-DD, such as 2026-09-30.",
        },
        "group": {
            "type": "string",
            "pattern": GROUP,
            "description": (
                "A respondent group: lower-case words joined by underscores, such as staff, "
                "service_users, members or carers."
            ),
        },
        "status": {
            "type": "string",
            "enum": statuses,
            "description": (
                "met, not_met, or not_applicable (which needs a reason): the agreed answer."
            ),
        },
        "answer": {
            "description": (
                "The answer to a criterion: met or not_met alone, nothing (an empty value) "
                "for unanswered, or a mapping with the status and what supports it; "
                "not_applicable needs a reason, so only the mapping can give it: "
                '{status: not_applicable, reason: "..."}.'
            ),
            "if": {"type": "object"},
            "then": ref("answer_details"),
            # A status alone has no room for the reason that not_applicable requires.
            "else": {"enum": [None, *(s for s in statuses if s != Status.NOT_APPLICABLE.value)]},
        },
        "answer_details": closed_object(
            model_properties(Answer, framework),
            required_keys(Answer),
            description="An answer with more than its status.",
            allOf=[
                {
                    "if": {
                        "required": ["status"],
                        "properties": {"status": {"const": Status.NOT_APPLICABLE.value}},
                    },
                    "then": {
                        "required": ["reason"],
                        "properties": {"reason": {"pattern": NOT_BLANK}},
                    },
                },
                {
                    "if": {"required": ["reason"], "properties": {"reason": {"minLength": 1}}},
                    "then": {
                        "required": ["status"],
                        "properties": {"status": {"const": Status.NOT_APPLICABLE.value}},
                    },
                },
            ],
        ),
        "survey_decided": {
            "description": (
                "A criterion that a survey decides: record the survey under surveys. It may be "
                "listed with evidence, a comment or an earlier version's answer, but it has no "
                "status and no views."
            ),
            "allOf": [
                ref("answer"),
                {
                    "type": ["null", "object"],
                    "properties": {
                        "status": {
                            "type": "null",
                            "description": "No status: the survey decides the criterion.",
                        },
                        "views": {
                            "maxProperties": 0,
                            "description": "No views: the survey decides the criterion.",
                        },
                    },
                },
            ],
        },
        "carried_answer": closed_object(
            model_properties(CarriedAnswer, framework),
            required_keys(CarriedAnswer),
            description="An answer given under an earlier version, kept for reference.",
        ),
        "evidence_item": closed_object(
            model_properties(EvidenceItem, framework),
            required_keys(EvidenceItem),
            description="One piece of evidence: its title and, optionally, link, date and owner.",
        ),
        "indicator_note": closed_object(
            model_properties(IndicatorNote, framework),
            required_keys(IndicatorNote),
            description="The organisation's note on an indicator.",
        ),
        "survey_response": closed_object(
            model_properties(SurveyResponse, framework),
            required_keys(SurveyResponse),
            description=(
                "The result of one survey: how many of a population agreed, and when. One "
                "survey per metric, population and date."
            ),
            oneOf=[
                {"required": ["agree"], "properties": {"agree": {"type": "integer"}}},
                {
                    "required": ["percent_agree"],
                    "properties": {"percent_agree": {"type": "number"}},
                },
            ],
        ),
        "survey_provenance": _survey_provenance(framework),
        "meeting": closed_object(
            model_properties(Meeting, framework),
            required_keys(Meeting),
            description="A meeting where the assessment was filled in, and who was there.",
        ),
    }


def _survey_provenance(framework: Framework | None) -> dict[str, Any]:
    """Where a tallied survey's count came from; rows_read less the excluded is respondents."""
    return closed_object(
        model_properties(SurveyProvenance, framework),
        required_keys(SurveyProvenance),
        description="The export a survey was tallied from, and how it was counted.",
    )
