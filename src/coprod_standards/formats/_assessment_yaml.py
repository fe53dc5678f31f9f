"""Writing an assessment file as YAML: afresh, or into the file it was loaded from.

`dumps` writes an assessment's data as a new YAML document; `patched` rewrites,
in the text an assessment was loaded from, only what changed, so that its
comments, key order and formatting stay; which top-level keys it rewrites whole, and
which entry by entry, follows their declaration (`_assessment_keys`).
`coprod_standards.formats.assessment_files`
imports this module when it writes YAML, so that reading needs no ruamel.yaml
writer.
"""

from __future__ import annotations

import datetime
import functools
import io
import re
from collections.abc import Mapping
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter

from coprod_standards.core.assessment import Assessment, AssessmentSource
from coprod_standards.errors import DataError

from ._assessment_keys import keys_of
from ._assessment_read import structured
from ._round_trip import attach_comments_to_keys, end_with, remove, update

__all__ = ["dumps", "patched"]


def _yaml() -> Any:
    """ruamel.yaml's round-trip reader and writer, set up as assessment files are laid out."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Representer = _representer()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


# Line breaks that YAML 1.2 reads as ordinary characters but ruamel.yaml's
# writer lays out as breaks, so that they come back as spaces: text holding one
# is written double-quoted, where they are escaped (\N, \L, \P).
_OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")


@functools.cache
def _representer() -> type[Any]:
    """ruamel.yaml's round-trip representer, writing text so that it reads back the same.

    Text holding other line breaks is quoted, and nothing is written as an
    alias. A subclass, so that the representers of other users of ruamel.yaml in the
    same process are left as they are.
    """

    class Representer(RoundTripRepresenter):
        def ignore_aliases(self, data: Any) -> bool:
            # One date object in two surveys is written out twice, never as an
            # anchor and an alias, which the reader refuses. (Containers are
            # never shared: the written data builds a new one for each place.)
            return isinstance(data, datetime.date) or bool(super().ignore_aliases(data))

    def text(representer: Any, data: str) -> Any:
        # ruamel.yaml writes ": 0" unquoted inside a flow mapping ({comment: : 0}),
        # which no reader reads: text that starts with ":" or "?" is quoted.
        if _OTHER_BREAKS.search(data) or data[:1] in (":", "?"):
            return representer.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return representer.represent_str(data)

    Representer.add_representer(str, text)
    return Representer


def dumps(data: Mapping[str, Any]) -> str:
    """An assessment's *data* (as `assessment_to_data` gives it) as a new YAML document.

    A list of plain values (``completed_by``) is written on one line.
    """
    document = CommentedMap(data)
    for key, value in list(document.items()):
        if isinstance(value, list) and not any(isinstance(item, Mapping) for item in value):
            one_line = CommentedSeq(value)
            one_line.fa.set_flow_style()
            document[key] = one_line
    stream = io.StringIO()
    _yaml().dump(document, stream)
    return stream.getvalue()


def _patch_whole(
    document: Any, data: Mapping[str, Any], original: Assessment, assessment: Assessment
) -> None:
    """Rewrite in *document* the top-level keys that differ between the two assessments.

    A key that holds a mapping by id (``criteria``, ``indicators``) is left
    for `_patch_entries`; every other declared key is rewritten whole.
    """
    for key in _keys(assessment, by_id=False):
        if getattr(original, key) != getattr(assessment, key):
            if key in data:
                update(document, key, data[key])
            elif key in document:
                remove(document, key)


def _keys(assessment: Assessment, *, by_id: bool) -> list[str]:
    """The declared top-level keys whose value is (or, not *by_id*, is not) a mapping by id."""
    return [
        key.name
        for key in keys_of(Assessment).keys
        if isinstance(getattr(assessment, key.name), Mapping) is by_id
    ]


def _patch_entries(
    document: Any,
    key: str,
    data: Mapping[str, Any],
    old: Mapping[str, object],
    new: Mapping[str, object],
) -> None:
    """Rewrite in *document* the entries of the mapping *key* (answers or notes) that changed."""
    if old == new:
        return
    entries = document.get(key)
    if entries is None:
        document[key] = entries = CommentedMap()
    if not entries:
        entries.fa.set_block_style()
    for entry in [entry for entry in entries if entry not in new]:
        remove(entries, entry)
    for entry, value in data.get(key, {}).items():
        if entry not in old or old[entry] != new[entry]:
            update(entries, entry, value)
    if not entries and key not in data:
        remove(document, key)


def patched(
    source: AssessmentSource, assessment: Assessment, data: Mapping[str, Any]
) -> str | None:
    """The source text with what changed rewritten, or None where that cannot be done."""
    # The source was checked when it was loaded; read it again strictly for its
    # meaning, and round-trip for its comments and layout.
    original = structured(source.text, "yaml", source.name)
    if original == assessment:
        return source.text
    yaml = _yaml()
    document = yaml.load(source.text)
    end = attach_comments_to_keys(document)
    _patch_whole(document, data, original, assessment)
    for key in _keys(assessment, by_id=True):
        _patch_entries(document, key, data, getattr(original, key), getattr(assessment, key))
    end_with(document, end)
    stream = io.StringIO()
    yaml.dump(document, stream)
    text = stream.getvalue()
    if "\r\n" in source.text:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    try:
        written = structured(text, "yaml", source.name)
    except DataError:
        return None
    return text if written == assessment else None
