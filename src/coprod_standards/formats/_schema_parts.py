"""What the JSON Schemas share: their dialect and base URI, patterns, and small builders.

The patterns are the library's own where it has one (groups, versions, file
names, bullets), anchored, since the library matches them whole. The builders
return plain dicts, the JSON form of a schema.
"""

from __future__ import annotations

from typing import Any

from coprod_standards.core.assessment import _GROUP
from coprod_standards.core.models.framework import _VERSION

from ._checks import _BULLETS, _FILE_NAME

DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: Where the schemas' ids live: the reserved .invalid domain, since no host serves them.
BASE_URI = "https://coprod-standards.invalid/schema/"

#: A number counted from 1, without leading zeros; unanchored, for building ids.
NUMBER = "[1-9][0-9]*"
STANDARD_ID = f"^{NUMBER}$"
INDICATOR_ID = rf"^{NUMBER}\.{NUMBER}$"
CRITERION_ID = rf"^{NUMBER}\.{NUMBER}\.[BSG]{NUMBER}$"
DATE = r"^\d{4}-\d{2}-\d{2}$"
# The library's own expressions, anchored: they are matched whole there.
GROUP = f"^{_GROUP.pattern}$"
VERSION = f"^{_VERSION.pattern}$"
FILE_NAME = f"^{_FILE_NAME.pattern}$"
BULLETS = _BULLETS
# Not blank, and the first character that is not white space is not a bullet.
TEXT = rf"^\s*[^\s{''.join(BULLETS)}]"
#: Not blank: at least one character that is not white space.
NOT_BLANK = r"\S"
FINGERPRINT = "^[0-9a-f]{16}$"


def ref(name: str, description: str | None = None) -> dict[str, Any]:
    """A reference to the definition *name* in the schema's ``$defs``."""
    schema: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
    if description is not None:
        schema["description"] = description
    return schema


def closed_object(
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


def text(description: str) -> dict[str, Any]:
    """Text that is not blank and does not start with a bullet (the ``text`` definition)."""
    return ref("text", description)


def string(description: str) -> dict[str, Any]:
    """Any text."""
    return {"type": "string", "description": description}


def percent(description: str, *, optional: bool = False) -> dict[str, Any]:
    """A whole number from 0 to 100; *optional* also allows nothing (null)."""
    return {
        "type": ["integer", "null"] if optional else "integer",
        "minimum": 0,
        "maximum": 100,
        "description": description,
    }


def mapping_or_empty(name: str) -> dict[str, Any]:
    """A mapping described by the definition *name*, or nothing (an empty value)."""
    # if/then/else rather than anyOf, so that a problem inside the mapping is reported
    # at its own place instead of as "not valid under any of the given schemas".
    return {
        "if": {"type": "object"},
        "then": ref(name),
        "else": {"type": ["object", "null"]},
    }
