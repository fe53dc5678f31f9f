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

What the schemas express, as the library does: every key, its type and
whether it is required, with no other keys allowed; enumerations (tiers,
statuses, frequencies, migration kinds); percentages 0 to 100 and counts of 0
or more; the forms of ids, versions, dates, respondent groups and file names;
texts that are not blank and do not start with a bullet; an erratum's
original words not blank; a criterion's tier letter matching its column; at
least one indicator and one criterion per tier; the tiers in order; no file
or population listed twice; a not-applicable answer's reason (so
``not_applicable`` is never a status alone), and a reason only for one; a
view of met or not_met only; exactly one of ``agree`` and
``percent_agree``; a migration entry's ids by its kind; and, for a given
version, its ids, metrics, populations and the criteria a survey decides.

What they cannot express, for the loader to check: anything below the data
(YAML syntax, tabs, encoding, duplicate keys, tags, anchors and aliases,
more than one document, keys that are not text); whole numbers written as
``55.0``, which JSON's data model does not tell from ``55``; a property
unique across objects or files (ids, metric ids, one survey per metric,
population and date, one migration decision per old id); one value that must
equal, differ from, contain, start with or not exceed another, since JSON
Schema has no keyword that compares two values of a document (a standard's
id is its number; an indicator's id starts with its standard's; an
erratum's words occur in the text; a band's upper bound is not below its
lower bound; a version does not follow itself; ``agree`` is at most
``respondents``; no survey is dated after the assessment; views come from
the groups in ``completed_by``); and what lies in other files (declared
metrics and populations, existing standard files, migration targets).

To validate a YAML file, read it with dates kept as text (as editors'
YAML language server and ``check-jsonschema`` do; ``docs/maintaining.md``
shows how in Python): a reader that builds ``datetime.date`` objects makes
every date fail ``type: string``.

A date is checked as a real date (not 2026-02-30) only by a validator that
asserts formats, such as ``jsonschema.Draft202012Validator(schema,
format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)``.

The schemas are built in private modules: ``_schema_parts`` (patterns and
builders they share), ``_schema_manifest`` and ``_schema_standards`` (the
standards files) and ``_schema_assessment``, which takes the properties of an
assessment's models from the declaration of its keys (``_assessment_keys``).
tests/test_schema.py checks that the shipped files are what `schema_text`
gives, and says how to rewrite them when they are not.

Examples:
    >>> from coprod_standards import load
    >>> standards_schema()["$id"]
    'https://coprod-standards.invalid/schema/standards.json'
    >>> assessment_schema(load("1.1"))["properties"]["version"]["const"]
    '1.1'
"""

from __future__ import annotations

import json
from typing import Any, Literal

from coprod_standards.core.assessment import Assessment
from coprod_standards.core.models import Framework

from ._schema_assessment import assessment_definitions, assessment_properties, required_keys
from ._schema_parts import BASE_URI, DIALECT, ref
from ._schema_standards import standards_definitions

__all__ = ["SchemaKind", "assessment_schema", "schema_text", "standards_schema"]

#: The JSON Schemas there are: of a standards directory's files, or of an assessment file.
SchemaKind = Literal["standards", "assessment"]


def standards_schema() -> dict[str, Any]:
    """The JSON Schema of a file of a standards directory.

    It accepts a ``manifest.yaml``, a standard's file or a
    ``fingerprints.yaml`` (``oneOf`` the three), in the format that
    ``docs/format.md`` describes. Each of the three also has an anchor, so
    that a tool can check one kind of file alone, with more precise messages:
    ``standards.json#manifest``, ``#standard`` and ``#fingerprints``.
    """
    return {
        "$schema": DIALECT,
        "$id": BASE_URI + "standards.json",
        "title": "A file of the Co-Production Quality Standards",
        "description": (
            "One file of a directory holding a version of the Co-Production Quality Standards: "
            "its manifest.yaml, one standard's file, or its fingerprints.yaml. Ids unique "
            "across the directory, ids that fit their place, errata that quote the text, "
            "bands whose upper bound is not below their lower bound, declared survey metrics "
            "and populations, and files that exist are checked by the library's loader, not "
            "by this schema."
        ),
        "oneOf": [ref("manifest"), ref("standard"), ref("fingerprints")],
        "$defs": standards_definitions(),
    }


def assessment_schema(framework: Framework | None = None) -> dict[str, Any]:
    """The JSON Schema of an assessment file.

    Without *framework*, ids are checked by their form only, and metrics and
    populations not at all. With it, the schema is that version's: its
    version, criterion and indicator ids, metrics and populations are the
    only ones allowed, and the criteria its surveys decide take no status.
    """
    if framework is None:
        id_, title = "assessment.json", "An assessment against the Co-Production Quality Standards"
    else:
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
        "required": list(required_keys(Assessment)),
        "properties": assessment_properties(framework),
        "additionalProperties": False,
        "$defs": assessment_definitions(framework),
    }


def schema_text(kind: SchemaKind, framework: Framework | None = None) -> str:
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
