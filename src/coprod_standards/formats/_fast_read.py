"""Plain data from JSON and YAML text, fast, for documents that have no problems.

The locating reader (`._yaml.parse`) records the place of every value so that
a problem can name its line and column; that bookkeeping, in ruamel.yaml's
pure-Python composer, costs far more than reading. Most documents have no
problem, so they are read here first, without places:

* JSON through the `json` module;
* YAML through ruamel.yaml.clib's C parser, whose events are built into
  plain data here (its C-backed composer resolves every scalar in Python and
  keeps anchors it has already expanded, so it is both slower and less safe
  than building from the events).

Either reader raises `Unusual` at the first thing the locating reader would
report or read differently: a syntax error, a duplicate key, a key that is
not text, a tag, an anchor or alias (so an alias bomb is never expanded), a
second document, a character the YAML reader treats specially, a document
nested too deeply. The caller then reads the document again with the
locating reader, which reports exactly what it always has. Every YAML scalar
passes through `scalar_value`, every JSON integer through `integer_value`,
and every mapping of either through `mapping_of`: limits on what a document
may hold (such as the locating reader's) belong there too, raising `Unusual`,
so that the fast readers never accept what the locating reader refuses.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from typing import Any

from .limits import MAX_DEPTH, MAX_ENTRIES, MAX_VALUES, integer_problem, integer_text_problem

__all__ = ["Unusual", "integer_value", "json_data", "mapping_of", "scalar_value", "yaml_data"]


class Unusual(Exception):  # noqa: N818 - a signal to read again, not an error to report
    """The document needs the locating reader: it has a problem, or something rare."""


#: Characters the YAML reader refuses or takes for line breaks, control characters
#: (a tab is allowed by YAML only in some places), UTF-16 halves (which Python text
#: may hold, but not a file), and escapes of UTF-16 halves.
_UNUSUAL_YAML = re.compile(
    r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
_UNUSUAL_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_HALF_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_HALVES = re.compile("[\ud800-\udfff]")


def mapping_of(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The mapping of *pairs*, which must have no key twice.

    Short keys are interned: criterion ids and field names recur in every
    file, and a thousand assessments held then share one copy of each.
    """
    result = {_interned(key): value for key, value in pairs}
    if len(result) != len(pairs):
        raise Unusual("duplicate key")
    return result


def _interned(key: str) -> str:
    return sys.intern(key) if len(key) <= 16 else key


def _refuse_constant(name: str) -> Any:
    raise Unusual(f"{name} is not JSON")


def json_data(text: str) -> Any:
    """The plain data of the JSON *text*.

    Raises:
        Unusual: The text is not plain JSON the locating reader reads alike.
    """
    if _UNUSUAL_JSON.search(text) or ("\\u" in text and _HALF_ESCAPE.search(text)):
        raise Unusual("a character the YAML reader reads differently")
    try:
        data = json.loads(
            text,
            object_pairs_hook=mapping_of,
            parse_constant=_refuse_constant,
            parse_int=integer_value,
        )
    except (ValueError, RecursionError) as error:  # JSONDecodeError; too many digits
        raise Unusual(str(error)) from None
    return within_limits(data)


def yaml_data(text: str) -> Any:
    """The plain data of the YAML *text*, read by ruamel.yaml.clib's C parser.

    Raises:
        Unusual: The text has a problem or anything rare (see the module's
            docstring), or the C parser is not installed.
    """
    if _UNUSUAL_YAML.search(text):
        raise Unusual("a character the readers may read differently")
    # ruamel.yaml imports ruamel.yaml.clib's parser where it is installed.
    from ruamel.yaml import events, main

    CParser = getattr(main, "CParser", None)  # noqa: N806 - a class
    if CParser is None:  # no wheel for this platform: the pure-Python reader reads it
        raise Unusual("no C parser")

    builder = _EventBuilder(CParser(text).get_event, events)
    try:
        return within_limits(builder.document())
    except Unusual:
        raise
    except RecursionError:
        raise Unusual("nested too deeply") from None
    except Exception as error:  # noqa: BLE001 - the C parser's syntax errors
        raise Unusual(str(error)) from None


class _EventBuilder:
    """Builds plain data from the C parser's events, refusing anything rare."""

    def __init__(self, get_event: Any, events: Any) -> None:
        self.get = get_event
        self.scalar = events.ScalarEvent
        self.mapping_start = events.MappingStartEvent
        self.mapping_end = events.MappingEndEvent
        self.sequence_start = events.SequenceStartEvent
        self.sequence_end = events.SequenceEndEvent
        self.document_start = events.DocumentStartEvent
        self.document_end = events.DocumentEndEvent
        self.stream_end = events.StreamEndEvent
        # Counted as `within_limits` counts, to give up as soon as it would.
        self.values = 0

    def document(self) -> Any:
        self.get()  # the stream's start
        start = self.get()
        # An empty stream, or a %YAML or %TAG directive (which change how
        # scalars resolve): the locating reader reports or reads them.
        if type(start) is not self.document_start or start.version or start.tags:
            raise Unusual("an empty stream or a directive")
        data = self.node(self.get())
        if type(self.get()) is not self.document_end or type(self.get()) is not self.stream_end:
            raise Unusual("more than one document")
        return data

    def node(self, event: Any) -> Any:
        self.values += 1
        if self.values > _HALF_VALUES:
            raise Unusual("past a limit")
        kind = type(event)
        if event.anchor is not None or getattr(event, "tag", None) is not None:
            raise Unusual("an anchor, alias or tag")
        if kind is self.scalar:
            return scalar_value(event.value, plain=not event.style)
        if kind is self.mapping_start:
            return self.mapping()
        if kind is self.sequence_start:
            items = []
            event = self.get()
            while type(event) is not self.sequence_end:
                items.append(self.node(event))
                if len(items) > _HALF_ENTRIES:
                    raise Unusual("past a limit")
                event = self.get()
            return items
        raise Unusual("an alias")

    def mapping(self) -> dict[str, Any]:
        pairs = []
        event = self.get()
        while type(event) is not self.mapping_end:
            if type(event) is not self.scalar or event.anchor is not None or event.tag is not None:
                raise Unusual("a key that is not plain text")
            key = event.value
            if not event.style and _resolution(key)[0] != "str":
                raise Unusual("a key that is not text")
            self.values += 1  # the key
            pairs.append((key, self.node(self.get())))
            if len(pairs) > _HALF_ENTRIES:
                raise Unusual("past a limit")
            event = self.get()
        return mapping_of(pairs)


_HALF_VALUES, _HALF_ENTRIES = MAX_VALUES // 2, MAX_ENTRIES // 2


def integer_value(digits: str) -> int:
    """The value of a JSON integer (YAML's go through `scalar_value`), within the limits."""
    if integer_text_problem(digits) is not None:
        raise Unusual("an integer the limits refuse")
    value = int(digits)
    if integer_problem(value) is not None:
        raise Unusual("an integer the limits refuse")
    return value


def within_limits(data: Any) -> Any:
    """*data*, where it keeps well within the limits on nesting, entries and values.

    Half of each limit (`.limits`): a document nearer them is read again by
    the locating reader, which counts exactly as it goes.
    """
    count = 0
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        count += 1
        kind = type(value)
        if kind is dict or kind is list:
            if depth >= MAX_DEPTH // 2 or len(value) > MAX_ENTRIES // 2:
                raise Unusual("past a limit")
            items = value.values() if kind is dict else value
            stack.extend((item, depth + 1) for item in items)
            count += len(value) if kind is dict else 0  # keys are values too
    if count > MAX_VALUES // 2:
        raise Unusual("past a limit")
    return data


def scalar_value(value: str, *, plain: bool) -> Any:
    """The value of a scalar: resolved as the locating reader does if *plain*, else text."""
    if not plain:
        if _HALVES.search(value):
            raise Unusual("half of a UTF-16 surrogate pair")
        return value
    return _resolution(value)[1]


def _resolution(value: str) -> tuple[str, Any]:
    """`_resolve`, remembered for short texts: keys, ids and statuses recur in every file."""
    return _resolved(value) if len(value) <= 32 else _resolve(value)


def _resolve(value: str) -> tuple[str, Any]:
    """The type ("str", "int"...) and value of a plain scalar, as ruamel.yaml reads it."""
    from ruamel.yaml.nodes import ScalarNode

    tag = str(_resolver().resolve(ScalarNode, value, (True, False)))
    kind = tag.rpartition(":")[2]
    if kind == "str":
        return kind, value
    if kind not in ("int", "float", "bool", "null", "timestamp"):
        raise Unusual(f"a scalar read as {kind}")  # a merge key, say
    if kind == "int" and integer_text_problem(value) is not None:
        raise Unusual("an integer the limits refuse")  # before reading thousands of digits
    constructor = _constructor()
    try:
        result = constructor.yaml_constructors[tag](constructor, ScalarNode(tag, value))
    except (ValueError, OverflowError, ArithmeticError) as error:
        raise Unusual(str(error)) from None
    if kind == "int" and integer_problem(result) is not None:
        raise Unusual("an integer the limits refuse")
    return kind, result


#: Short scalars' values, cached: they are immutable, and files repeat them
#: (``met``, ids, dates); long texts are not kept.
_resolved = functools.lru_cache(maxsize=4096)(_resolve)


@functools.cache
def _resolver() -> Any:
    from ruamel.yaml.resolver import VersionedResolver

    return VersionedResolver()


@functools.cache
def _constructor() -> Any:
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).constructor
