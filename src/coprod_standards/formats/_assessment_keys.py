"""The assessment file format, declared once: each model's keys, their writing and their schema.

An assessment file holds the models of `coprod_standards.core.assessment`:
each is a mapping whose keys are the model's fields (those that files hold,
`file_fields`). `KEYS` declares, for each model, its keys in the order files
write them, whether a key is written even where it holds its default, and
its JSON Schema with the words that describe it. Everything else follows:

- `_assessment_data._plain_data` (behind `assessment_to_data`, so the YAML
  and JSON writers) writes the keys in this order and leaves out defaults;
- the YAML patcher (`_assessment_yaml.patched`) rewrites each top-level key
  that changed, a mapping by id entry by entry;
- the JSON Schema (`_schema_assessment`) takes each model's properties from
  here, in the model's field order, required where the field has no default;
- reading needs nothing from here: the converter builds each model from the
  keys its fields name (and reads an answer's status alone, as `ModelKeys.alone`
  writes it, in `_converter._structure_answer`), and the usual file is built
  without the converter (`_fast_structure`, whose top-level keys a test holds
  to these).

A field that files hold but no key declares is refused when a file is
written (`keys_of`). ``tests/test_assessment_keys.py`` checks that every
field of every model is declared here, and that the writer, the patcher, the
schema and the template (``formats/template.py``, which says how a blank
form shows each top-level key) all follow it. ``docs/architecture.md`` says how to add a key.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

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
from coprod_standards.core.provenance import Exclusion, SurveyProvenance
from coprod_standards.core.sign_off import AssessmentStatus, Meeting

from ._assessment_key_schemas import (
    _COMMENT,
    _EITHER,
    _EVIDENCE,
    Key,
    ModelKeys,
    _count,
    _criteria,
    _evidence,
    _indicators,
    _list_of,
    _named_ids,
    _organisation_id,
    _service,
    _status,
    _text,
    _version,
    _views,
)
from ._schema_parts import mapping_or_empty, ref, string

__all__ = ["KEYS", "Key", "ModelKeys", "keys_of"]

#: A key's JSON Schema, given the framework the schema is for (or None for any version).


KEYS: Mapping[type, ModelKeys] = {
    Assessment: ModelKeys(
        (
            Key("version", _version, always=True),
            Key("organisation", _text("Who is assessed."), always=True),
            Key("service", _service),
            Key("organisation_id", _organisation_id),
            Key(
                "assessed_on",
                lambda _: ref("date", "The date of the assessment: YYYY-MM-DD."),
                always=True,
            ),
            Key(
                "completed_by",
                lambda _: {
                    "type": "array",
                    "items": ref("group"),
                    "description": "Optional: the respondent groups who filled it in.",
                },
            ),
            Key("criteria", _criteria, always=True),
            Key("indicators", _indicators),
            Key(
                "surveys",
                _list_of("survey_response", "Survey results, which decide the survey criteria."),
            ),
            Key(
                "retired",
                _list_of(
                    "carried_answer",
                    "Answers and notes from an earlier version for criteria and indicators "
                    "this version no longer has, kept for reference.",
                ),
            ),
            Key(
                "meetings",
                _list_of(
                    "meeting",
                    "Optional: the meetings where it was filled in, with how many people of "
                    "each group were there.",
                ),
            ),
            Key(
                "status",
                lambda _: {
                    "type": "string",
                    "enum": [status.value for status in AssessmentStatus],
                    "description": (
                        "draft (the default), in_review, or final: signed off with "
                        "coprod-standards finalise, which records approved_by, approved_on "
                        "and digest."
                    ),
                },
            ),
            Key("approved_by", _text("Who signed the final assessment off.")),
            Key(
                "approved_on",
                lambda _: ref(
                    "date",
                    "When it was signed off: not before the assessment or its last meeting.",
                ),
            ),
            Key(
                "digest",
                lambda _: {
                    "type": "string",
                    "pattern": "^[0-9a-f]{64}$",
                    "description": (
                        "The SHA-256 of the assessment's content when it was signed off "
                        "(docs/format.md says what it covers); written by finalise."
                    ),
                },
            ),
        )
    ),
    Meeting: ModelKeys(
        (
            Key("held_on", lambda _: ref("date", "When the meeting was held."), always=True),
            Key(
                "attendance",
                lambda _: {
                    "type": "object",
                    "propertyNames": ref("group"),
                    "additionalProperties": {"type": "integer", "minimum": 1},
                    "minProperties": 1,
                    "description": (
                        "How many people of each respondent group were there, such as "
                        "{staff: 3, service_users: 5}."
                    ),
                },
                always=True,
            ),
        )
    ),
    Answer: ModelKeys(
        (
            Key(
                "status",
                _status(
                    "The agreed answer; leave it out where views decide the criterion or it is "
                    "unanswered."
                ),
            ),
            Key("evidence", _evidence(_EVIDENCE)),
            Key("comment", _text(_COMMENT)),
            Key(
                "reason",
                _text(
                    "Why the criterion does not apply: required for not_applicable, and only "
                    "for it."
                ),
            ),
            Key(
                "views",
                _views(
                    {"type": "string", "enum": [Status.MET.value, Status.NOT_MET.value]},
                    "Separate answers of respondent groups, by group: met or not_met. Where "
                    "completed_by lists groups, each group here must be one of them.",
                ),
            ),
            Key(
                "previous",
                lambda _: {
                    **mapping_or_empty("carried_answer"),
                    "description": (
                        "The answer given under an earlier version whose wording or meaning "
                        "changed; it awaits re-confirmation until a status or views are given."
                    ),
                },
            ),
        ),
        alone="status",
    ),
    CarriedAnswer: ModelKeys(
        (
            Key(
                "version",
                _text('The version the answer was given under, quoted: "1.1".'),
                always=True,
            ),
            Key(
                "id",
                _text(
                    "The criterion's id in that version (or, for an indicator's note, the "
                    "indicator's id)."
                ),
                always=True,
            ),
            Key("status", _status("The answer given then.")),
            Key("evidence", _evidence("The evidence given then: text, or a list of items.")),
            Key("comment", _text("The comment given then.")),
            Key("reason", _text("The not-applicable reason given then.")),
            Key("views", _views(ref("status"), "The respondent groups' views given then.")),
        )
    ),
    EvidenceItem: ModelKeys(
        (
            Key(
                "title",
                lambda _: {
                    "type": "string",
                    "pattern": r"\S",
                    "description": 'What it is, such as "Equality report 2026".',
                },
                always=True,
            ),
            Key(
                "link",
                lambda _: {
                    "type": "string",
                    # http(s) with a host, or a relative name: no other scheme, no leading / or \.
                    "pattern": r"^(?=.*\S)(?:[Hh][Tt][Tt][Pp][Ss]?://[^/\s]|(?![A-Za-z][A-Za-z0-9+.\-]*:)"
                    r"[^/\\\x00-\x1f\x7f])[^\x00-\x1f\x7f]*$",
                    "description": (
                        "Where it is: an http or https address, or a file name relative to the "
                        "assessment, such as reports/equality.pdf."
                    ),
                },
            ),
            Key(
                "date",
                lambda _: ref(
                    "date",
                    "When it was produced or last confirmed; not after the assessment's date.",
                ),
            ),
            Key("owner", _text("Who keeps it.")),
        )
    ),
    IndicatorNote: ModelKeys(
        (
            Key(
                "comment",
                _text(
                    'What the organisation wrote in the "Examples/ Comments/ Areas to improve" '
                    "column."
                ),
                always=True,
            ),
        )
    ),
    SurveyResponse: ModelKeys(
        (
            Key("metric", _named_ids("metric", "What the survey asked about"), always=True),
            Key("population", _named_ids("population", "Who was asked"), always=True),
            Key(
                "agree",
                lambda _: {
                    "type": ["integer", "null"],
                    "minimum": 0,
                    "description": (
                        "How many agreed or strongly agreed: a whole number, 0 or more, and "
                        f"not more than respondents. {_EITHER}"
                    ),
                },
            ),
            Key(
                "percent_agree",
                lambda _: {
                    "type": ["number", "null"],
                    "minimum": 0,
                    "maximum": 100,
                    "description": (
                        "The share that agreed, in percent (0 to 100), where the count is not "
                        f"known. {_EITHER}"
                    ),
                },
            ),
            Key(
                "respondents",
                lambda _: {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many people answered: a whole number, 0 or more.",
                },
                always=True,
            ),
            Key(
                "conducted_on",
                lambda _: ref("date", "When the survey closed; not after the assessment's date."),
                always=True,
            ),
            Key(
                "provenance",
                lambda _: ref(
                    "survey_provenance",
                    "Optional: the export the count was tallied from (survey tally --into).",
                ),
            ),
        )
    ),
    SurveyProvenance: ModelKeys(
        (
            Key("file", lambda _: string("The export's file name."), always=True),
            Key(
                "sha256",
                lambda _: {
                    "type": "string",
                    "pattern": "^[0-9a-f]{64}$",
                    "description": "The SHA-256 of the export's bytes, in lower-case hex.",
                },
                always=True,
            ),
            Key(
                "layout",
                lambda _: string("The layout recognised, such as microsoft_forms or plain."),
                always=True,
            ),
            Key(
                "question",
                lambda _: string("The question whose answers were counted."),
                always=True,
            ),
            Key("scale", lambda _: string("The response scale, such as agree-5."), always=True),
            Key(
                "rows_read",
                lambda _: _count("How many respondents' rows were read."),
                always=True,
            ),
            Key(
                "excluded",
                lambda _: {
                    "type": "object",
                    "propertyNames": {"enum": [reason.value for reason in Exclusion]},
                    "additionalProperties": {"type": "integer", "minimum": 0},
                    "description": "How many rows were left out, by reason.",
                },
            ),
            Key(
                "counted_no_opinion",
                lambda _: _count('Answers such as "Don\'t know" counted in the denominator.'),
            ),
        )
    ),
}


@functools.cache
def keys_of(model: type) -> ModelKeys:
    """The declared keys of *model* (or of the model it derives from).

    Raises:
        TypeError: *model* is not a model of assessment files, or a field of
            it that files hold has no key declared (a fault of this library).
    """
    declared = next((KEYS[cls] for cls in model.__mro__ if cls in KEYS), None)
    if declared is None:
        raise TypeError(f"{model.__name__} is not a model of assessment files")
    names = [key.name for key in declared.keys]
    fields = [field.name for field in file_fields(model)]
    if sorted(names) != sorted(fields):
        raise TypeError(
            f"the keys declared for {model.__name__} ({', '.join(names)}) are not its "
            f"fields ({', '.join(fields)}): declare one Key for each field in "
            f"{__name__}.KEYS"
        )
    return declared
