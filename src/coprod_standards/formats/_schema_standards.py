"""The standards schema's definitions: a standard's file, ``fingerprints.yaml``, and the manifest's.

A standard's file holds its heading, prompt and table: indicators, each with
the criteria of its three tier columns, some decided by a survey, and
errata beside the published wording. The manifest's definitions live in
`coprod_standards.formats._schema_manifest`.
"""

from __future__ import annotations

from typing import Any

from coprod_standards.core.models import Frequency, Tier

from ._schema_manifest import manifest_definitions
from ._schema_parts import (
    BULLETS,
    CRITERION_ID,
    FINGERPRINT,
    INDICATOR_ID,
    NOT_BLANK,
    NUMBER,
    STANDARD_ID,
    TEXT,
    VERSION,
    closed_object,
    mapping_or_empty,
    percent,
    ref,
    string,
    text,
)


def standards_definitions() -> dict[str, Any]:
    """Every ``$defs`` entry of the standards schema, by name.

    ``manifest``, ``standard`` and ``fingerprints`` are the three kinds of
    file; the rest are their parts.
    """
    return {
        **manifest_definitions(),
        **_standard_definitions(),
        "fingerprints": _fingerprints(),
        "text": {
            "type": "string",
            "pattern": TEXT,
            "description": (
                f"Text that is not blank and does not start with a bullet character "
                f"({', '.join(BULLETS)})."
            ),
        },
    }


def _fingerprints() -> dict[str, Any]:
    """The fingerprints file (anchor ``fingerprints``)."""
    return closed_object(
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
                        "16 lower-case hex digits, quoted (digits alone would read as a number)."
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
    )


def _tier_criteria(tier: Tier) -> dict[str, Any]:
    """The criteria of *tier*'s column: at least one, each id with the tier's letter."""
    pattern = rf"^{NUMBER}\.{NUMBER}\.{tier.letter}{NUMBER}$"
    return {
        "type": "array",
        "minItems": 1,
        "description": (
            f"The criteria the {tier.value} column adds, in bullet order: at least one. "
            "The tiers are cumulative, so each column lists only its own criteria."
        ),
        "items": {
            "$ref": "#/$defs/criterion",
            "properties": {
                "id": {
                    "pattern": pattern,
                    "description": (
                        f"A {tier.value} criterion's id ends in {tier.letter} and its bullet "
                        f'number: the second {tier.value} bullet of indicator 1.2 is "1.2.'
                        f'{tier.letter}2".'
                    ),
                }
            },
        },
    }


def _standard_definitions() -> dict[str, Any]:
    """A standard's file (anchor ``standard``) and its parts, down to errata."""
    errata = ref(
        "errata",
        "Optional: corrections of the published wording, kept beside it. Default: none.",
    )
    return {
        "standard": closed_object(
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
                "title": text("The heading, verbatim, without its number."),
                "prompt": text("The italic questions under the heading, verbatim."),
                "indicators": {
                    "type": "array",
                    "minItems": 1,
                    "items": ref("indicator"),
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
        "indicator": closed_object(
            {
                "id": {
                    "type": "string",
                    "pattern": INDICATOR_ID,
                    "description": (
                        'The indicator\'s id, quoted: "<standard>.<row>", such as "1.2"; it '
                        "starts with its standard's number and counts rows from 1."
                    ),
                },
                "title": text('The row\'s title in the "Quality indicator" column, verbatim.'),
                "bronze": _tier_criteria(Tier.BRONZE),
                "silver": _tier_criteria(Tier.SILVER),
                "gold": _tier_criteria(Tier.GOLD),
                "errata": errata,
            },
            ("id", "title", "bronze", "silver", "gold"),
            description="A quality indicator: one row of a standard's table.",
        ),
        "criterion": closed_object(
            {
                "id": {
                    "type": "string",
                    "pattern": CRITERION_ID,
                    "description": (
                        '"<indicator>.<B|S|G><bullet>": 1.2.G3 is the third bullet of indicator '
                        "1.2's Gold column. Unique in the whole directory."
                    ),
                },
                "text": text('The bullet, verbatim, typos included, without the leading "•".'),
                "survey": {
                    **mapping_or_empty("survey_threshold"),
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
        "survey_threshold": closed_object(
            {
                "metric": string(
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
                "minimum_percent": percent(
                    'The least share that must agree, a whole number from 0 to 100: "at least '
                    '55%" is 55.'
                ),
                "band_upper_percent": percent(
                    'Optional: the top of a published band, so "70-80%" is minimum_percent 70 '
                    "and band_upper_percent 80. Not below minimum_percent (the loader checks "
                    "that, not this schema). Default: none.",
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
        ),
        "errata": {
            "type": "array",
            "items": ref("erratum"),
            "description": "Corrections of the published wording; the text itself stays verbatim.",
        },
        "erratum": closed_object(
            {
                "original": {
                    "type": "string",
                    "pattern": NOT_BLANK,
                    "description": (
                        "The words as published, not blank; they must occur in the text corrected."
                    ),
                },
                "correction": string("What they should read."),
                "note": string("Optional: why, where it is not obvious."),
            },
            ("original", "correction"),
            description="A correction of the published wording.",
        ),
    }
