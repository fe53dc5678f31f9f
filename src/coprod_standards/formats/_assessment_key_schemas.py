"""The parts the file's keys are declared with: `Key`, `ModelKeys` and schema fragments.

`._assessment_keys` declares each model's keys with these: a key's JSON
Schema fragment, with the words that describe it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import attrs

from coprod_standards.core.assessment import (
    Status,
)
from coprod_standards.core.models import Framework
from coprod_standards.core.organisation_ids import ORGANISATION_ID

from ._schema_parts import CRITERION_ID, INDICATOR_ID, VERSION, ref, string

#: A key's JSON Schema, given the framework the schema is for (or None for any version).
SchemaOf = Callable[[Framework | None], dict[str, Any]]


@attrs.frozen
class Key:
    """One key of an assessment file: a field of a model, as files write and describe it.

    Attributes:
        name: The model's field, which is the key's name in the file.
        schema: The key's JSON Schema, with the words that describe it.
        always: Written even where it holds the field's default (which is
            otherwise left out).
    """

    name: str
    schema: SchemaOf
    always: bool = False


@attrs.frozen
class ModelKeys:
    """The keys of one model in a file.

    Attributes:
        keys: Its keys, in the order files write them.
        alone: A key whose value is written as the whole model where no other
            key is given: an answer that gives only its status is ``met``.
    """

    keys: tuple[Key, ...]
    alone: str | None = None


def _statuses() -> list[str]:
    return [status.value for status in Status]


def _status(description: str) -> SchemaOf:
    return lambda _: {
        "type": ["string", "null"],
        "enum": [*_statuses(), None],
        "description": description,
    }


def _text(description: str) -> SchemaOf:
    return lambda _: string(description)


def _list_of(definition: str, description: str) -> SchemaOf:
    return lambda _: {"type": "array", "items": ref(definition), "description": description}


def _views(value: dict[str, Any], description: str) -> SchemaOf:
    """Answers by respondent group, each described by *value*."""
    return lambda _: {
        "type": "object",
        "propertyNames": ref("group"),
        "additionalProperties": copy.deepcopy(value),
        "description": description,
    }


def _version(framework: Framework | None) -> dict[str, Any]:
    if framework is None:
        return {
            "type": "string",
            "pattern": VERSION,
            "description": 'The version of the standards the assessment answers, quoted: "1.1".',
        }
    return {
        "type": "string",
        "const": framework.version,
        "description": (
            f'The version of the standards the assessment answers: "{framework.version}".'
        ),
    }


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


def _indicators(framework: Framework | None) -> dict[str, Any]:
    return {
        "type": "object",
        "propertyNames": _ids_of(framework, "indicator", INDICATOR_ID),
        "additionalProperties": ref("indicator_note"),
        "description": 'Notes by indicator id, such as "1.2": {comment: ...}.',
    }


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


def _named_ids(kind: str, description: str) -> SchemaOf:
    """A survey *kind* id (metric or population): one of the framework's, named for people."""

    def schema(framework: Framework | None) -> dict[str, Any]:
        if framework is None:
            return string(f"{description}, one of the version's {kind} ids.")
        entries = getattr(framework, f"survey_{kind}s")
        named = "; ".join(f"{entry.id} ({entry.name})" for entry in entries)
        return {
            "type": "string",
            "enum": [entry.id for entry in entries],
            "description": f"{description}: one of version {framework.version}'s {kind}s, {named}.",
        }

    return schema


_EVIDENCE = (
    'What shows it: text, such as "Equality report 2026", or a list of evidence items, each '
    "with its title and, optionally, its link, date and owner."
)


def _evidence(description: str) -> SchemaOf:
    return lambda _: {
        "oneOf": [{"type": "string"}, {"type": "array", "items": ref("evidence_item")}],
        "description": description,
    }


_COMMENT = "Anything else the organisation wants to say."
_EITHER = "Give agree or percent_agree, not both."

#: The assessment file format: each model's keys, in the order files write them.


def _count(description: str) -> dict[str, Any]:
    return {"type": "integer", "minimum": 0, "description": description}


def _service(framework: Framework | None) -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": r"\S",
        "description": (
            "Optional: which of the organisation's services is assessed, where each is "
            'assessed on its own, such as "Day centre".'
        ),
    }


def _organisation_id(framework: Framework | None) -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": ORGANISATION_ID,
        "maxLength": 100,
        "description": (
            "Optional: the organisation's identifier, so that its services roll up to it "
            "(summary --by organisation): an org-id such as GB-CHC-1234567 (GB-CHC, GB-SC, "
            "GB-NIC, GB-COH and GB-NHS identifiers are checked for their shape) or an NHS ODS "
            "code such as RR8. Checked for its form, not looked up."
        ),
    }
