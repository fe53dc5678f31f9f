"""The assessment schema's parts: the top-level keys of an assessment file, and its ``$defs``.

Given a `Framework`, the parts are that version's: its version, criterion and
indicator ids, survey metrics and populations are the only ones allowed, and
the criteria its surveys decide take no status. Without one, ids are checked
by their form only.
"""

from __future__ import annotations

from typing import Any

from coprod_standards.core.assessment import Status
from coprod_standards.core.models import Framework
from coprod_standards.core.provenance import Exclusion

from ._schema_parts import (
    CRITERION_ID,
    DATE,
    GROUP,
    INDICATOR_ID,
    NOT_BLANK,
    VERSION,
    closed_object,
    mapping_or_empty,
    ref,
    string,
)


def assessment_properties(framework: Framework | None) -> dict[str, Any]:
    """The keys of an assessment file, each with its schema (see `assessment_definitions`)."""
    if framework is None:
        version: dict[str, Any] = {
            "type": "string",
            "pattern": VERSION,
            "description": 'The version of the standards the assessment answers, quoted: "1.1".',
        }
    else:
        version = {
            "type": "string",
            "const": framework.version,
            "description": (
                f'The version of the standards the assessment answers: "{framework.version}".'
            ),
        }
    return {
        "version": version,
        "organisation": string("Who is assessed."),
        "assessed_on": ref("date", "The date of the assessment: YYYY-MM-DD."),
        "completed_by": {
            "type": "array",
            "items": ref("group"),
            "description": "Optional: the respondent groups who filled it in.",
        },
        "criteria": _criteria(framework),
        "indicators": {
            "type": "object",
            "propertyNames": _ids_of(framework, "indicator", INDICATOR_ID),
            "additionalProperties": ref("indicator_note"),
            "description": 'Notes by indicator id, such as "1.2": {comment: ...}.',
        },
        "surveys": {
            "type": "array",
            "items": ref("survey_response"),
            "description": "Survey results, which decide the survey criteria.",
        },
        "retired": {
            "type": "array",
            "items": ref("carried_answer"),
            "description": (
                "Answers and notes from an earlier version for criteria and indicators "
                "this version no longer has, kept for reference."
            ),
        },
    }


def assessment_definitions(framework: Framework | None) -> dict[str, Any]:
    """The ``$defs`` of the assessment schema, by name: dates, groups, answers and surveys."""
    statuses = [status.value for status in Status]
    views = [Status.MET.value, Status.NOT_MET.value]
    answer_texts = {
        "evidence": string('What shows it, such as "Equality report 2026".'),
        "comment": string("Anything else the organisation wants to say."),
    }
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
            {
                "status": {
                    "type": ["string", "null"],
                    "enum": [*statuses, None],
                    "description": (
                        "The agreed answer; leave it out where views decide the criterion or "
                        "it is unanswered."
                    ),
                },
                **answer_texts,
                "reason": string(
                    "Why the criterion does not apply: required for not_applicable, and only "
                    "for it."
                ),
                "views": _views(
                    {"type": "string", "enum": views},
                    (
                        "Separate answers of respondent groups, by group: met or not_met. Where "
                        "completed_by lists groups, each group here must be one of them."
                    ),
                ),
                "previous": {
                    **mapping_or_empty("carried_answer"),
                    "description": (
                        "The answer given under an earlier version whose wording or meaning "
                        "changed; it awaits re-confirmation until a status or views are given."
                    ),
                },
            },
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
            {
                "version": string('The version the answer was given under, quoted: "1.1".'),
                "id": string(
                    "The criterion's id in that version (or, for an indicator's note, the "
                    "indicator's id)."
                ),
                "status": {
                    "type": ["string", "null"],
                    "enum": [*statuses, None],
                    "description": "The answer given then.",
                },
                **{key: string(f"The {key} given then.") for key in answer_texts},
                "reason": string("The not-applicable reason given then."),
                "views": _views(ref("status"), "The respondent groups' views given then."),
            },
            ("version", "id"),
            description="An answer given under an earlier version, kept for reference.",
        ),
        "indicator_note": closed_object(
            {
                "comment": string(
                    'What the organisation wrote in the "Examples/ Comments/ Areas to improve" '
                    "column."
                )
            },
            description="The organisation's note on an indicator.",
        ),
        "survey_response": closed_object(
            {
                "metric": _named_ids(framework, "metric", "What the survey asked about"),
                "population": _named_ids(framework, "population", "Who was asked"),
                "respondents": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many people answered: a whole number, 0 or more.",
                },
                "agree": {
                    "type": ["integer", "null"],
                    "minimum": 0,
                    "description": (
                        "How many agreed or strongly agreed: a whole number, 0 or more, and "
                        "not more than respondents. Give agree or percent_agree, not both."
                    ),
                },
                "percent_agree": {
                    "type": ["number", "null"],
                    "minimum": 0,
                    "maximum": 100,
                    "description": (
                        "The share that agreed, in percent (0 to 100), where the count is not "
                        "known. Give agree or percent_agree, not both."
                    ),
                },
                "conducted_on": ref(
                    "date", "When the survey closed; not after the assessment's date."
                ),
                "provenance": ref(
                    "survey_provenance",
                    "Optional: the export the count was tallied from (survey tally --into).",
                ),
            },
            ("metric", "population", "respondents", "conducted_on"),
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
        "survey_provenance": _survey_provenance(),
    }


def _survey_provenance() -> dict[str, Any]:
    """Where a tallied survey's count came from; rows_read less the excluded is respondents."""
    count = {"type": "integer", "minimum": 0}
    return closed_object(
        {
            "file": string("The export's file name."),
            "sha256": {
                "type": "string",
                "pattern": "^[0-9a-f]{64}$",
                "description": "The SHA-256 of the export's bytes, in lower-case hex.",
            },
            "layout": string("The layout recognised, such as microsoft_forms or plain."),
            "question": string("The question whose answers were counted."),
            "scale": string("The response scale, such as agree-5."),
            "rows_read": {**count, "description": "How many respondents' rows were read."},
            "excluded": {
                "type": "object",
                "propertyNames": {"enum": [reason.value for reason in Exclusion]},
                "additionalProperties": count,
                "description": "How many rows were left out, by reason.",
            },
            "counted_no_opinion": {
                **count,
                "description": 'Answers such as "Don\'t know" counted in the denominator.',
            },
        },
        ("file", "sha256", "layout", "question", "scale", "rows_read"),
        description="The export a survey was tallied from, and how it was counted.",
    )


def _criteria(framework: Framework | None) -> dict[str, Any]:
    """The answers by criterion id; with *framework*, its survey criteria take no status."""
    schema: dict[str, Any] = {
        "type": "object",
        "description": (
            "Answers by criterion id; a criterion not listed is unanswered. Survey criteria "
            "are decided by the surveys recorded, not answered here."
        ),
        "propertyNames": _ids_of(framework, "criterion", CRITERION_ID),
    }
    if framework is not None:
        schema["properties"] = {
            criterion.id: ref(
                "survey_decided",
                (
                    f"{criterion.id} is decided by a survey of "
                    f"{' and '.join(criterion.survey.populations)} about "
                    f"{criterion.survey.metric}; record the survey under surveys instead of "
                    "giving a status or views."
                ),
            )
            for criterion in framework.criteria
            if criterion.survey is not None
        }
    schema["additionalProperties"] = ref("answer")
    return schema


def _ids_of(framework: Framework | None, kind: str, pattern: str) -> dict[str, Any]:
    """A *kind* id (criterion or indicator): of *framework*, or else of the form *pattern*."""
    if framework is None:
        return {
            "pattern": pattern,
            "description": f"A {kind} id; the version the file names must have it.",
        }
    items = framework.criteria if kind == "criterion" else framework.indicators
    return {
        "enum": [item.id for item in items],
        "description": f"A {kind} id of version {framework.version}.",
    }


def _named_ids(framework: Framework | None, kind: str, description: str) -> dict[str, Any]:
    """A survey *kind* id (metric or population): one of *framework*'s, named for people."""
    if framework is None:
        return string(f"{description}, one of the version's {kind} ids.")
    entries = getattr(framework, f"survey_{kind}s")
    named = "; ".join(f"{entry.id} ({entry.name})" for entry in entries)
    return {
        "type": "string",
        "enum": [entry.id for entry in entries],
        "description": f"{description}: one of version {framework.version}'s {kind}s, {named}.",
    }


def _views(value: dict[str, Any], description: str) -> dict[str, Any]:
    """Answers by respondent group, each described by *value*."""
    return {
        "type": "object",
        "propertyNames": ref("group"),
        "additionalProperties": value,
        "description": description,
    }
