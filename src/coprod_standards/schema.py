"""JSON Schemas (draft 2020-12) for the standards files and for assessment files.

The schemas describe the *JSON form* of the files: what a file holds once
read, with dates written as ``"YYYY-MM-DD"`` text (YAML's unquoted dates are
read as dates, JSON has none). Editors and other tools can use them to check
a file while it is written; the library's loader stays the authority, since
some of its rules are beyond what a JSON Schema can say.

`standards_schema` accepts any one file of a standards directory: its
``manifest.yaml``, a standard's file, or ``fingerprints.yaml``.
`assessment_schema` describes an assessment file; given a `Framework`, it
also knows that version's criterion and indicator ids, metrics, populations
and survey criteria. The package ships both, for the latest version, in
``coprod_standards/schemas/``; `schema_text` gives the same text.

>>> from coprod_standards import load
>>> standards_schema()["$id"]
'https://coprod-standards.invalid/schema/standards.json'
>>> assessment_schema(load("1.1"))["properties"]["version"]["const"]
'1.1'

What the schemas express, as the library does: every key, its type and
whether it is required, with no other keys allowed; enumerations (tiers,
statuses, frequencies, migration kinds); percentages 0 to 100 and counts of 0
or more; the forms of ids, versions, dates, respondent groups and file names;
texts that are not blank and do not start with a bullet; a criterion's tier
letter matching its column; at least one indicator and one criterion per
tier; the tiers in order; no file or population listed twice; a band's upper
bound not below its lower bound (both are whole numbers from 0 to 100, so the
pairs can be enumerated); a not-applicable answer's reason, and a reason only
for one; a view of met or not_met only; exactly one of ``agree`` and
``percent_agree``; a migration entry's ids by its kind; and, for a given
version, its ids, metrics, populations and the criteria a survey decides.

What they cannot express, for the loader to check: anything below the data
(YAML syntax, tabs, encoding, duplicate keys, tags, anchors and aliases,
more than one document, keys that are not text); whole numbers written as
``55.0``, which JSON's data model does not tell from ``55``; a property
unique across objects or files (ids, metric ids, one survey per metric,
population and date, one migration decision per old id); one value that must
equal, differ from, contain, start with or not exceed another, where the
values are not from a small fixed range (a standard's id is its number; an
indicator's id starts with its standard's; an erratum's words occur in the
text; a version does not follow itself; ``agree`` is at most
``respondents``; no survey is dated after the assessment; views come from
the groups in ``completed_by``); and what lies in other files (declared
metrics and populations, existing standard files, migration targets).

A date is checked as a real date (not 2026-02-30) only by a validator that
asserts formats, such as ``jsonschema.Draft202012Validator(schema,
format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)``.

tests/test_schema.py checks that the shipped files are what `schema_text`
gives, and says how to rewrite them when they are not.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ._checks import _BULLETS, _FILE_NAME
from .assessment import _GROUP, Status
from .models import _VERSION, Framework, Frequency, MigrationKind, Tier

__all__ = ["assessment_schema", "schema_text", "standards_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: Where the schemas' ids live: the reserved .invalid domain, since no host serves them.
BASE_URI = "https://coprod-standards.invalid/schema/"

_NUMBER = "[1-9][0-9]*"
STANDARD_ID = f"^{_NUMBER}$"
INDICATOR_ID = rf"^{_NUMBER}\.{_NUMBER}$"
CRITERION_ID = rf"^{_NUMBER}\.{_NUMBER}\.[BSG]{_NUMBER}$"
DATE = r"^\d{4}-\d{2}-\d{2}$"
# The library's own expressions, anchored: they are matched whole there.
GROUP = f"^{_GROUP.pattern}$"
VERSION = f"^{_VERSION.pattern}$"
FILE_NAME = f"^{_FILE_NAME.pattern}$"
# Not blank, and the first character that is not white space is not a bullet.
TEXT = rf"^\s*[^\s{''.join(_BULLETS)}]"
FINGERPRINT = "^[0-9a-f]{16}$"


def _ref(name: str, description: str | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
    if description is not None:
        schema["description"] = description
    return schema


def _object(
    properties: dict[str, Any],
    required: tuple[str, ...] = (),
    *,
    anchor: str | None = None,
    **more: Any,
) -> dict[str, Any]:
    """A mapping with exactly these keys, the *required* ones required."""
    schema: dict[str, Any] = {} if anchor is None else {"$anchor": anchor}
    schema["type"] = "object"
    schema.update(more)
    if required:
        schema["required"] = list(required)
    schema["properties"] = properties
    schema["additionalProperties"] = False
    return schema


def _text(description: str) -> dict[str, Any]:
    return _ref("text", description)


def _string(description: str) -> dict[str, Any]:
    return {"type": "string", "description": description}


def _percent(description: str, *, optional: bool = False) -> dict[str, Any]:
    return {
        "type": ["integer", "null"] if optional else "integer",
        "minimum": 0,
        "maximum": 100,
        "description": description,
    }


def _tier_criteria(tier: Tier) -> dict[str, Any]:
    pattern = rf"^{_NUMBER}\.{_NUMBER}\.{tier.letter}{_NUMBER}$"
    return {
        "type": "array",
        "minItems": 1,
        "description": (
            f"The criteria the {tier.label} column adds, in bullet order: at least one. "
            "The tiers are cumulative, so each column lists only its own criteria."
        ),
        "items": {
            "$ref": "#/$defs/criterion",
            "properties": {
                "id": {
                    "pattern": pattern,
                    "description": (
                        f"A {tier.label} criterion's id ends in {tier.letter} and its bullet "
                        f'number: the second {tier.label} bullet of indicator 1.2 is "1.2.'
                        f'{tier.letter}2".'
                    ),
                }
            },
        },
    }


def _band_rules() -> dict[str, Any]:
    # JSON Schema cannot compare two values, but both bounds are whole numbers from
    # 0 to 100, so "upper >= lower" is one rule for each lower bound (0 needs none).
    return {
        "description": (
            "A band's upper bound is not below its lower bound. JSON Schema cannot compare "
            "two values, but both are whole numbers from 0 to 100, so the rule is spelt out "
            "for each lower bound: where minimum_percent is m, band_upper_percent is at least m."
        ),
        "allOf": [
            {
                "if": {
                    "required": ["minimum_percent"],
                    "properties": {"minimum_percent": {"const": m}},
                },
                "then": {"properties": {"band_upper_percent": {"minimum": m}}},
            }
            for m in range(1, 101)
        ],
    }


def _or_empty(name: str) -> dict[str, Any]:
    """A mapping described by the definition *name*, or nothing (an empty value)."""
    # if/then/else rather than anyOf, so that a problem inside the mapping is reported
    # at its own place instead of as "not valid under any of the given schemas".
    return {
        "if": {"type": "object"},
        "then": _ref(name),
        "else": {"type": ["object", "null"]},
    }


def _ids(description: str, pattern: str | None = None) -> dict[str, Any]:
    one: dict[str, Any] = {"type": "string"}
    if pattern is not None:
        one["pattern"] = pattern
    return {
        "description": description,
        "anyOf": [one, {"type": "array", "minItems": 1, "items": one}],
    }


def _migration_defs() -> dict[str, Any]:
    kinds = [kind.value for kind in MigrationKind]
    needs_new = [
        kind.value for kind in (MigrationKind.RENAMED, MigrationKind.SPLIT, MigrationKind.MERGED)
    ]

    def when(of_kinds: Sequence[str], then: dict[str, Any]) -> dict[str, Any]:
        return {
            "if": {"required": ["kind"], "properties": {"kind": {"enum": list(of_kinds)}}},
            "then": then,
        }

    return {
        "migration": _object(
            {
                "previous_version": _string(
                    'The version this one follows, quoted, such as "1.1"; not this version.'
                ),
                "criteria": {
                    "type": "array",
                    "items": _ref("migration_entry"),
                    "description": (
                        "What became of the previous version's criteria: one decision per old "
                        "id. An id this version keeps unchanged needs none. Default: none."
                    ),
                },
            },
            ("previous_version",),
            description="How this version's criteria relate to the previous version's.",
        ),
        "migration_entry": _object(
            {
                "kind": {
                    "type": "string",
                    "enum": kinds,
                    "description": (
                        "What became of the criterion: kept, reworded or renamed (answers carry "
                        "over); revised, split or merged (answers need re-confirmation); or "
                        "retired (answers are kept for reference only)."
                    ),
                },
                "old": _ids(
                    "The id in the previous version; for a merge, a list of the ids merged."
                ),
                "new": _ids(
                    "The id in this version; for a split, a list of the new ids. Required for "
                    "renamed, split and merged criteria, not allowed for a retired one, and "
                    "otherwise the old id by default. Each must be a criterion of this version.",
                    CRITERION_ID,
                ),
                "note": _string("Why, for the people who read the changelog."),
            },
            ("kind", "old"),
            description="A declared decision about criteria of the previous version.",
            allOf=[
                when([MigrationKind.RETIRED.value], {"not": {"required": ["new"]}}),
                when(needs_new, {"required": ["new"]}),
                when(
                    [kind for kind in kinds if kind != MigrationKind.MERGED.value],
                    {"properties": {"old": {"maxItems": 1}}},
                ),
                when(
                    [kind for kind in kinds if kind != MigrationKind.SPLIT.value],
                    {"properties": {"new": {"maxItems": 1}}},
                ),
            ],
        ),
    }


def _manifest() -> dict[str, Any]:
    return _object(
        {
            "id": _text("The framework's id: co-production-quality-standards."),
            "title": _text('The checklist\'s title, verbatim: "Co-Production Quality Standards".'),
            "subtitle": _text('Its subtitle, verbatim: "How are we doing?".'),
            "version": {
                "type": "string",
                "pattern": VERSION,
                "description": 'The version, quoted, such as "1.1".',
            },
            "introduction": _text(
                "The introduction printed at the head of the checklist, verbatim."
            ),
            "tiers": {
                "type": "array",
                "description": (
                    "The three tiers, bronze, silver and gold, in that order, each with its "
                    "published column heading."
                ),
                "prefixItems": [
                    {
                        "$ref": "#/$defs/tier_definition",
                        "properties": {
                            "tier": {
                                "const": tier.value,
                                "description": f"Tier {index} is {tier.value}.",
                            }
                        },
                    }
                    for index, tier in enumerate(Tier, start=1)
                ],
                "minItems": len(Tier),
                "items": False,
            },
            "survey_metrics": {
                "type": "array",
                "items": _ref("survey_metric"),
                "description": (
                    "What survey criteria measure: each an id (used by criteria and "
                    "assessments, each once) and a name for people."
                ),
            },
            "survey_populations": {
                "type": "array",
                "items": _ref("survey_population"),
                "description": "Whom surveys ask: each an id (each once) and a name for people.",
            },
            "standards": {
                "type": "array",
                "uniqueItems": True,
                "items": {
                    "type": "string",
                    "pattern": FILE_NAME,
                    "description": (
                        "A plain .yaml file name in the manifest's own directory, such as "
                        "01-equality.yaml: no folders, no leading dot."
                    ),
                },
                "description": (
                    "The file of each standard, in the checklist's order, each once. Each file "
                    "must exist beside the manifest."
                ),
            },
            "migration": {
                **_or_empty("migration"),
                "description": (
                    "Optional: how this version's criteria relate to the previous version's. "
                    "Default: none."
                ),
            },
        },
        (
            "id",
            "title",
            "subtitle",
            "version",
            "introduction",
            "tiers",
            "survey_metrics",
            "survey_populations",
            "standards",
        ),
        title="manifest.yaml",
        anchor="manifest",
        description="The manifest: what the framework is, and which files hold its standards.",
    )


def _standard_defs() -> dict[str, Any]:
    errata = _ref(
        "errata",
        "Optional: corrections of the published wording, kept beside it. Default: none.",
    )
    return {
        "standard": _object(
            {
                "id": {
                    "type": "string",
                    "pattern": STANDARD_ID,
                    "description": (
                        'The standard\'s number as text, quoted: "1". It must be the same number '
                        "as number."
                    ),
                },
                "number": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "The standard's number, from 1.",
                },
                "title": _text("The heading, verbatim, without its number."),
                "prompt": _text("The italic questions under the heading, verbatim."),
                "indicators": {
                    "type": "array",
                    "minItems": 1,
                    "items": _ref("indicator"),
                    "description": (
                        "The quality indicators, in the table's row order: at least one."
                    ),
                },
                "errata": errata,
            },
            ("id", "number", "title", "prompt", "indicators"),
            title="A standard's file",
            anchor="standard",
            description="One standard of the checklist: its heading, prompt and table rows.",
        ),
        "indicator": _object(
            {
                "id": {
                    "type": "string",
                    "pattern": INDICATOR_ID,
                    "description": (
                        'The indicator\'s id, quoted: "<standard>.<row>", such as "1.2"; it '
                        "starts with its standard's number and counts rows from 1."
                    ),
                },
                "title": _text('The row\'s title in the "Quality indicator" column, verbatim.'),
                "bronze": _tier_criteria(Tier.BRONZE),
                "silver": _tier_criteria(Tier.SILVER),
                "gold": _tier_criteria(Tier.GOLD),
                "errata": errata,
            },
            ("id", "title", "bronze", "silver", "gold"),
            description="A quality indicator: one row of a standard's table.",
        ),
        "criterion": _object(
            {
                "id": {
                    "type": "string",
                    "pattern": CRITERION_ID,
                    "description": (
                        '"<indicator>.<B|S|G><bullet>": 1.2.G3 is the third bullet of indicator '
                        "1.2's Gold column. Unique in the whole directory."
                    ),
                },
                "text": _text('The bullet, verbatim, typos included, without the leading "•".'),
                "survey": {
                    **_or_empty("survey_threshold"),
                    "description": (
                        "Optional: the survey that decides the criterion, where one does. "
                        "Default: none."
                    ),
                },
                "errata": errata,
            },
            ("id", "text"),
            description="One bullet of the checklist: a statement to meet at a tier.",
        ),
        "survey_threshold": _object(
            {
                "metric": _string(
                    "What the survey asks about: a metric id declared in the manifest's "
                    "survey_metrics, such as inclusion."
                ),
                "populations": {
                    "type": "array",
                    "minItems": 1,
                    "uniqueItems": True,
                    "items": {"type": "string"},
                    "description": (
                        "Whom it asks: one or more population ids declared in the manifest's "
                        "survey_populations, each once."
                    ),
                },
                "minimum_percent": _percent(
                    'The least share that must agree, a whole number from 0 to 100: "at least '
                    '55%" is 55.'
                ),
                "band_upper_percent": _percent(
                    'Optional: the top of a published band, so "70-80%" is minimum_percent 70 '
                    "and band_upper_percent 80. Not below minimum_percent. Default: none.",
                    optional=True,
                ),
                "frequency": {
                    "type": "string",
                    "enum": [frequency.value for frequency in Frequency],
                    "description": "How often the survey must run. Default: annually.",
                },
            },
            ("metric", "populations", "minimum_percent"),
            description="Where a survey decides a criterion: at least a share of people agree.",
            allOf=[_ref("band_order")],
        ),
        "band_order": _band_rules(),
        "errata": {
            "type": "array",
            "items": _ref("erratum"),
            "description": "Corrections of the published wording; the text itself stays verbatim.",
        },
        "erratum": _object(
            {
                "original": _string(
                    "The words as published; they must occur in the text corrected."
                ),
                "correction": _string("What they should read."),
                "note": _string("Optional: why, where it is not obvious."),
            },
            ("original", "correction"),
            description="A correction of the published wording.",
        ),
    }


def standards_schema() -> dict[str, Any]:
    """The JSON Schema of a file of a standards directory.

    It accepts a ``manifest.yaml``, a standard's file or a
    ``fingerprints.yaml`` (``oneOf`` the three), in the format that
    ``docs/format.md`` describes. Each of the three also has an anchor, so
    that a tool can check one kind of file alone, with more precise messages:
    ``standards.json#manifest``, ``#standard`` and ``#fingerprints``.
    """
    defs: dict[str, Any] = {
        "manifest": _manifest(),
        **_standard_defs(),
        "fingerprints": _object(
            {
                "version": {
                    "type": "string",
                    "pattern": VERSION,
                    "description": 'The version the fingerprints record, quoted: "1.1".',
                },
                "fingerprints": {
                    "type": "object",
                    "propertyNames": {"pattern": CRITERION_ID},
                    "additionalProperties": {
                        "type": "string",
                        "pattern": FINGERPRINT,
                        "description": (
                            "16 lower-case hex digits, quoted (digits alone would read as a "
                            "number)."
                        ),
                    },
                    "description": (
                        "Each criterion's fingerprint by id: a hash of its normalised text, "
                        "tier and survey threshold as published. Generated; do not edit."
                    ),
                },
            },
            ("version", "fingerprints"),
            title="fingerprints.yaml",
            anchor="fingerprints",
            description="The fingerprints of a version's criteria as published.",
        ),
        "text": {
            "type": "string",
            "pattern": TEXT,
            "description": (
                f"Text that is not blank and does not start with a bullet character "
                f"({', '.join(_BULLETS)})."
            ),
        },
        "tier_definition": _object(
            {
                "tier": {
                    "type": "string",
                    "enum": [tier.value for tier in Tier],
                    "description": "The tier: bronze, silver or gold.",
                },
                "heading": _string(
                    'The published column heading, such as "Bronze standard plus Silver standard".'
                ),
            },
            ("tier", "heading"),
            description="A tier as the checklist defines it.",
        ),
        "survey_metric": _object(
            {
                "id": _string("The id criteria and assessments use, such as inclusion."),
                "name": _string("A label for people; the library's, not the checklist's words."),
            },
            ("id", "name"),
            description="Something a survey criterion measures.",
        ),
        "survey_population": _object(
            {
                "id": _string("The id criteria and assessments use, such as service_users."),
                "name": _string("A label for people."),
            },
            ("id", "name"),
            description="A group of people a survey asks.",
        ),
        **_migration_defs(),
    }
    return {
        "$schema": DIALECT,
        "$id": BASE_URI + "standards.json",
        "title": "A file of the Co-Production Quality Standards",
        "description": (
            "One file of a directory holding a version of the Co-Production Quality Standards: "
            "its manifest.yaml, one standard's file, or its fingerprints.yaml. Ids unique "
            "across the directory, ids that fit their place, errata that quote the text, "
            "declared survey metrics and populations, and files that exist are checked by "
            "the library's loader, not by this schema."
        ),
        "oneOf": [_ref("manifest"), _ref("standard"), _ref("fingerprints")],
        "$defs": defs,
    }


def _ids_of(framework: Framework | None, kind: str, pattern: str) -> dict[str, Any]:
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
    if framework is None:
        return _string(f"{description}, one of the version's {kind} ids.")
    entries = getattr(framework, f"survey_{kind}s")
    named = "; ".join(f"{entry.id} ({entry.name})" for entry in entries)
    return {
        "type": "string",
        "enum": [entry.id for entry in entries],
        "description": f"{description}: one of version {framework.version}'s {kind}s, {named}.",
    }


def _views(value: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "propertyNames": _ref("group"),
        "additionalProperties": value,
        "description": description,
    }


def _assessment_defs(framework: Framework | None) -> dict[str, Any]:
    statuses = [status.value for status in Status]
    views = [Status.MET.value, Status.NOT_MET.value]
    answer_texts = {
        "evidence": _string('What shows it, such as "Equality report 2026".'),
        "comment": _string("Anything else the organisation wants to say."),
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
                "The answer to a criterion: a status alone (met, not_met, not_applicable), "
                "nothing (an empty value) for unanswered, or a mapping with the status and "
                "what supports it."
            ),
            "if": {"type": "object"},
            "then": _ref("answer_details"),
            "else": {"enum": [None, *statuses]},
        },
        "answer_details": _object(
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
                "reason": _string(
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
                    **_or_empty("carried_answer"),
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
                    "then": {"required": ["reason"], "properties": {"reason": {"pattern": r"\S"}}},
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
                _ref("answer"),
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
        "carried_answer": _object(
            {
                "version": _string('The version the answer was given under, quoted: "1.1".'),
                "id": _string(
                    "The criterion's id in that version (or, for an indicator's note, the "
                    "indicator's id)."
                ),
                "status": {
                    "type": ["string", "null"],
                    "enum": [*statuses, None],
                    "description": "The answer given then.",
                },
                **{key: _string(f"The {key} given then.") for key in answer_texts},
                "reason": _string("The not-applicable reason given then."),
                "views": _views(_ref("status"), "The respondent groups' views given then."),
            },
            ("version", "id"),
            description="An answer given under an earlier version, kept for reference.",
        ),
        "indicator_note": _object(
            {
                "comment": _string(
                    'What the organisation wrote in the "Examples/ Comments/ Areas to improve" '
                    "column."
                )
            },
            description="The organisation's note on an indicator.",
        ),
        "survey_response": _object(
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
                "conducted_on": _ref(
                    "date", "When the survey closed; not after the assessment's date."
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
    }


def _criteria(framework: Framework | None) -> dict[str, Any]:
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
            criterion.id: _ref(
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
    schema["additionalProperties"] = _ref("answer")
    return schema


def assessment_schema(framework: Framework | None = None) -> dict[str, Any]:
    """The JSON Schema of an assessment file.

    Without *framework*, ids are checked by their form only, and metrics and
    populations not at all. With it, the schema is that version's: its
    version, criterion and indicator ids, metrics and populations are the
    only ones allowed, and the criteria its surveys decide take no status.
    """
    if framework is None:
        version: dict[str, Any] = {
            "type": "string",
            "pattern": VERSION,
            "description": 'The version of the standards the assessment answers, quoted: "1.1".',
        }
        id_, title = "assessment.json", "An assessment against the Co-Production Quality Standards"
    else:
        version = {
            "type": "string",
            "const": framework.version,
            "description": (
                f'The version of the standards the assessment answers: "{framework.version}".'
            ),
        }
        id_ = f"assessment-{framework.version}.json"
        title = f"An assessment against {framework.name}"
    return {
        "$schema": DIALECT,
        "$id": BASE_URI + id_,
        "title": title,
        "description": (
            "An organisation's filled-in checklist: its answer to each criterion, its notes on "
            "indicators and its survey results. Dates are YYYY-MM-DD. Views only from the "
            "groups in completed_by, agree not above respondents, surveys not dated after the "
            "assessment and not recorded twice are checked by the library, not by this schema."
        ),
        "type": "object",
        "required": ["version", "organisation", "assessed_on"],
        "properties": {
            "version": version,
            "organisation": _string("Who is assessed."),
            "assessed_on": _ref("date", "The date of the assessment: YYYY-MM-DD."),
            "completed_by": {
                "type": "array",
                "items": _ref("group"),
                "description": "Optional: the respondent groups who filled it in.",
            },
            "criteria": _criteria(framework),
            "indicators": {
                "type": "object",
                "propertyNames": _ids_of(framework, "indicator", INDICATOR_ID),
                "additionalProperties": _ref("indicator_note"),
                "description": 'Notes by indicator id, such as "1.2": {comment: ...}.',
            },
            "surveys": {
                "type": "array",
                "items": _ref("survey_response"),
                "description": "Survey results, which decide the survey criteria.",
            },
            "retired": {
                "type": "array",
                "items": _ref("carried_answer"),
                "description": (
                    "Answers and notes from an earlier version for criteria and indicators "
                    "this version no longer has, kept for reference."
                ),
            },
        },
        "additionalProperties": False,
        "$defs": _assessment_defs(framework),
    }


def schema_text(kind: str, framework: Framework | None = None) -> str:
    """The schema of *kind* (``"standards"`` or ``"assessment"``) as JSON text.

    *framework* is for the assessment schema only (see `assessment_schema`);
    the standards schema is the same for every version. The text is the one
    the package ships in ``coprod_standards/schemas/``.

    Raises:
        ValueError: *kind* is neither, or a framework was given for the
            standards schema.
    """
    if kind == "standards":
        if framework is not None:
            raise ValueError(
                "the standards schema is the same for every version; give no framework"
            )
        schema = standards_schema()
    elif kind == "assessment":
        schema = assessment_schema(framework)
    else:
        raise ValueError(f"kind must be 'standards' or 'assessment', not {kind!r}")
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
