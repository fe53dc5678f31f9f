"""The standards schema's definitions of ``manifest.yaml``: the framework and its migration.

The manifest names the framework and its version, defines the tiers, declares
the survey metrics and populations, lists the standards' files and, for a
version that follows another, says what became of the previous criteria.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coprod_standards.core.models import MigrationKind, Tier

from ._schema_parts import (
    CRITERION_ID,
    FILE_NAME,
    VERSION,
    closed_object,
    mapping_or_empty,
    ref,
    string,
    text,
)


def manifest_definitions() -> dict[str, Any]:
    """The ``$defs`` that describe a manifest, by name; ``manifest`` is the file itself."""
    return {
        "manifest": _manifest(),
        "tier_definition": closed_object(
            {
                "tier": {
                    "type": "string",
                    "enum": [tier.value for tier in Tier],
                    "description": "The tier: bronze, silver or gold.",
                },
                "heading": string(
                    'The published column heading, such as "Bronze standard plus Silver standard".'
                ),
            },
            ("tier", "heading"),
            description="A tier as the checklist defines it.",
        ),
        "survey_metric": closed_object(
            {
                "id": string("The id criteria and assessments use, such as inclusion."),
                "name": string("A label for people; the library's, not the checklist's words."),
            },
            ("id", "name"),
            description="Something a survey criterion measures.",
        ),
        "survey_population": closed_object(
            {
                "id": string("The id criteria and assessments use, such as service_users."),
                "name": string("A label for people."),
            },
            ("id", "name"),
            description="A group of people a survey asks.",
        ),
        **_migration_definitions(),
    }


def _manifest() -> dict[str, Any]:
    """The manifest file itself (anchor ``manifest``)."""
    return closed_object(
        {
            "id": text("The framework's id: co-production-quality-standards."),
            "title": text('The checklist\'s title, verbatim: "Co-Production Quality Standards".'),
            "subtitle": text('Its subtitle, verbatim: "How are we doing?".'),
            "version": {
                "type": "string",
                "pattern": VERSION,
                "description": 'The version, quoted, such as "1.1".',
            },
            "introduction": text(
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
                "items": ref("survey_metric"),
                "description": (
                    "What survey criteria measure: each an id (used by criteria and "
                    "assessments, each once) and a name for people."
                ),
            },
            "survey_populations": {
                "type": "array",
                "items": ref("survey_population"),
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
                **mapping_or_empty("migration"),
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


def _ids(description: str, pattern: str | None = None) -> dict[str, Any]:
    """One id, or a list of at least one, each of the form *pattern* where given."""
    one: dict[str, Any] = {"type": "string"}
    if pattern is not None:
        one["pattern"] = pattern
    return {
        "description": description,
        "anyOf": [one, {"type": "array", "minItems": 1, "items": one}],
    }


def _migration_definitions() -> dict[str, Any]:
    """A migration, and its entries: which ids each kind of decision takes."""
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
        "migration": closed_object(
            {
                "previous_version": string(
                    'The version this one follows, quoted, such as "1.1"; not this version.'
                ),
                "criteria": {
                    "type": "array",
                    "items": ref("migration_entry"),
                    "description": (
                        "What became of the previous version's criteria: one decision per old "
                        "id. An id this version keeps unchanged needs none. Default: none."
                    ),
                },
            },
            ("previous_version",),
            description="How this version's criteria relate to the previous version's.",
        ),
        "migration_entry": closed_object(
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
                "note": string("Why, for the people who read the changelog."),
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
