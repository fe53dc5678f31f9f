"""The locating reader's work done on ruamel.yaml.clib's C parser's events, where they agree.

The locating reader (`._yaml.parse`) records where every value is, and
counts values, entries and nesting as its composer builds each node,
stopping at the first node past a limit. ruamel.yaml's pure-Python scanner
and parser cost some 70 microseconds a value: a document refused at its
20,001st value took over a second. The C parser's events carry the same
marks (line, column and character index), so:

* `refuse_past_limits` replays the composer's count over them and raises
  `LimitReachedError` at the node where the composer would stop: the same
  problem, in milliseconds;
* `composed` builds from them the node graph the locating reader's
  composer builds on the pure parser, some ten times faster.

Where the two parsers could disagree, both give up and the pure parser
reads the document as before: a character the readers treat specially, an
escape that names no character (the pure scanner refuses it, perhaps ahead
of the node), a directive, an undefined alias, a syntax error the C parser
meets, and, for `composed`, an empty value (the parsers place it
differently) and anchors and aliases.

Two limits passed are placed by the pure parser, on a shortened text. An
empty value at the limit, which the parsers place differently. A node too
deep inside a flow collection, a race: the pure scanner's own depth check,
which reads ahead of the composer, may stop first, at a later bracket. The
pure parser decides both, but reads a shortened text: the
entries that end more than 4,096 characters before the node (far beyond
the scanner's reach ahead) are blanked out with spaces, line breaks kept so
that every place stays where it was, and the composer counts their values
as read. ``tests/property/test_c_parsing_differential.py`` compares all of
this with the pure parser on shipped, mutated and limit-passing files.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from ._fast_read import _UNUSUAL_YAML
from .limits import MAX_CODE_POINT, Refusal, depth_problem, entries_problem, values_problem

if TYPE_CHECKING:
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.nodes import Node
    from ruamel.yaml.scanner import Scanner

__all__ = ["LimitReachedError", "composed", "refuse_past_limits"]

_LONG_ESCAPE = re.compile(r"\\U([0-9a-fA-F]{8})")


class LimitReachedError(Exception):
    """A limit reached as the parser goes: what it refuses, and where.

    *back* moves the place that many characters back from the mark, on its line.
    """

    def __init__(self, refusal: Refusal, mark: Any, back: int = 0) -> None:
        super().__init__(refusal)
        self.refusal = refusal
        self.mark = (mark.line, mark.column - back, mark.index - back)


class _GiveUp(Exception):  # noqa: N818 - a signal to leave the document to the locating reader
    """The parsers may disagree here: the locating reader decides."""


class _Shortened(_GiveUp):
    """Only the pure parser can place this problem, but it needs to read only *text*.

    *text* is the document with whole entries blanked out (spaces, its line
    breaks kept, so that every place is where it was), and *values* is how
    many values they held.
    """

    def __init__(self, text: str, values: int) -> None:
        super().__init__()
        self.text = text
        self.values = values


#: Entries ending this many characters before the problem are blanked out: the pure
#: scanner reads ahead at most 1,024 characters of a line past a possible key.
_MARGIN = 4096
_NOT_A_BREAK = re.compile(r"[^\r\n]")


def refuse_past_limits(text: str, parts: tuple[type[Scanner], type[Composer]]) -> bool:
    """Raise `LimitReachedError` where the locating reader would stop *text* at a limit.

    *parts* are the locating reader's scanner and composer. Returns whether
    the C parser may compose the document: False where only the pure-Python
    parser can tell (see the module's docstring).
    """
    parser = _c_parser(text)
    if parser is None:
        return False
    from ruamel.yaml import events

    counter = _Counter(parser, events, text)
    try:
        counter.document()
    except LimitReachedError:
        raise
    except _Shortened as short:
        _read_shortened(short, parts)
        return False
    except Exception:  # noqa: BLE001 - _GiveUp, or the C parser's syntax errors
        return False
    return True


def _read_shortened(short: _Shortened, parts: tuple[type[Scanner], type[Composer]]) -> None:
    """Raise the `LimitReachedError` the pure parser meets in the shortened text, if any.

    Nested past the depth limit in a flow collection, a document is refused
    where the pure scanner, which reads ahead of the composer, or the
    composer stops first; an empty value is placed by the tokens after it.
    The entries blanked out, long before, take no part in either; the
    composer counts their values as read.
    """
    import io

    from ruamel.yaml import YAML

    scanner, composer = parts

    class Counted(composer):  # type: ignore[valid-type, misc]
        def __init__(self, loader: Any = None) -> None:
            super().__init__(loader=loader)
            self.values = short.values

    yaml = YAML(typ="safe", pure=True)
    yaml.Scanner, yaml.Composer = scanner, Counted
    try:
        yaml.compose(io.StringIO(short.text))
    except LimitReachedError:
        raise
    except Exception:  # noqa: BLE001 - anything else: the whole text is read
        pass


def _c_parser(text: str) -> Any:
    """The C parser of *text*, or None where the parsers may read it differently."""
    if _UNUSUAL_YAML.search(text) or any(
        int(digits, 16) > MAX_CODE_POINT for digits in _LONG_ESCAPE.findall(text)
    ):
        return None
    from ruamel.yaml import main

    CParser = getattr(main, "CParser", None)  # noqa: N806 - a class
    return None if CParser is None else CParser(text)


def composed(text: str) -> Node | None:
    """*text*'s node graph, built from the C parser's events; None where it cannot tell.

    The graph is the one the locating reader's composer builds on the
    pure-Python parser: the same nodes, tags and marks, built some ten times
    faster. None (the pure parser then reads it) where the parsers may
    disagree (see the module's docstring), at an anchor or alias (which the
    locating reader refuses anyway), and where a limit is reached at all
    (`refuse_past_limits` has placed any that the pure parser would).
    """
    parser = _c_parser(text)
    if parser is None:
        return None
    from ruamel.yaml import events, nodes
    from ruamel.yaml.resolver import VersionedResolver

    class Loader:
        _scanner = SimpleNamespace(yaml_version=None)  # for the resolver: YAML 1.2

    builder = _Composer(parser, events, nodes, VersionedResolver(loader=Loader()))
    try:
        return builder.document()
    except Exception:  # noqa: BLE001 - _GiveUp, a syntax error: the pure parser tells
        return None


class _Composer:
    """Builds ruamel.yaml's nodes from the C parser's events, as its composer does."""

    def __init__(self, parser: Any, events: Any, nodes: Any, resolver: Any) -> None:
        self.get = parser.get_event
        self.peek = parser.peek_event
        self.events = events
        self.nodes = nodes
        self.resolve = resolver.resolve
        self.values = 0

    def document(self) -> Node:
        self.get()  # the stream's start
        if type(self.peek()) is not self.events.DocumentStartEvent or self.peek().version:
            raise _GiveUp  # an empty stream, or a directive
        self.get()
        root = self.node(0, 0)
        self.get()  # the document's end
        if type(self.get()) is not self.events.StreamEndEvent:
            raise _GiveUp  # a second document
        return root

    def node(self, entries: int, nesting: int) -> Node:
        """The node that starts with the next event, its *entries*-th in its parent."""
        self.values += 1
        if values_problem(self.values) or depth_problem(nesting) or entries_problem(entries + 1):
            raise _GiveUp
        event = self.get()
        kind, tag, nodes = type(event), event.ctag, self.nodes
        if kind is self.events.AliasEvent or event.anchor is not None:
            raise _GiveUp
        if kind is self.events.ScalarEvent:
            if not event.value and not event.style:
                raise _GiveUp  # an empty value, which the parsers place apart
            if tag is None or str(tag) == "!":
                tag = self.resolve(nodes.ScalarNode, event.value, event.implicit)
            return cast(
                "Node",
                nodes.ScalarNode(
                    tag, event.value, event.start_mark, event.end_mark, style=event.style
                ),
            )
        sequence = kind is self.events.SequenceStartEvent
        cls = nodes.SequenceNode if sequence else nodes.MappingNode
        if tag is None or str(tag) == "!":
            tag = self.resolve(cls, None, event.implicit)
        node = cls(tag, [], event.start_mark, None, flow_style=event.flow_style)
        end = self.events.SequenceEndEvent if sequence else self.events.MappingEndEvent
        items, count = node.value, 0
        while type(self.peek()) is not end:
            item = self.node(count, nesting + 1)
            items.append(item if sequence else (item, self.node(count, nesting + 1)))
            count += 1
        node.end_mark = self.get().end_mark
        return cast("Node", node)


class _Counter:
    """Counts the C parser's events as `._yaml`'s composer counts its nodes."""

    def __init__(self, parser: Any, events: Any, text: str) -> None:
        self.peek = parser.peek_event
        self.get = parser.get_event
        self.events = events
        self.text = text
        self.values = 0
        self.flow = 0  # flow collections open around the node
        self.anchors: set[str] = set()
        self.aliased = False  # whether an alias has been read
        # For each collection open around the node, where each of its entries
        # starts and the values before it (None in a block sequence, whose
        # entries' dashes come before their starts).
        self.open: list[list[tuple[int, int]] | None] = []

    def document(self) -> None:
        self.get()  # the stream's start
        start = self.get()
        if type(start) is not self.events.DocumentStartEvent or start.version or start.tags:
            raise _GiveUp
        self.node(None, 0)

    def node(self, entries: int | None, nesting: int) -> None:
        """Count the node that starts with the next event, its *entries*-th in its parent."""
        self.values += 1
        refusal = (
            values_problem(self.values)
            or depth_problem(nesting)
            or (entries is not None and entries_problem(entries + 1))
            or None
        )
        event = self.get()
        if refusal is not None:
            self.refuse(refusal, event)
        kind = type(event)
        if kind is self.events.AliasEvent:
            if event.anchor not in self.anchors:
                raise _GiveUp  # the composer refuses an undefined alias
            self.aliased = True
            return
        if event.anchor is not None:
            self.anchors.add(event.anchor)
        if kind is self.events.ScalarEvent:
            return
        flow = 1 if event.flow_style else 0
        self.flow += flow
        sequence = kind is self.events.SequenceStartEvent
        starts: list[tuple[int, int]] | None = None if sequence and not flow else []
        self.open.append(starts)
        end = self.events.SequenceEndEvent if sequence else self.events.MappingEndEvent
        count = 0
        while type(following := self.peek()) is not end:
            if starts is not None:
                starts.append((following.start_mark.index, self.values))
            self.node(count, nesting + 1)  # an item, or a key
            if not sequence:
                self.node(count, nesting + 1)  # its value
            count += 1
        self.get()
        self.open.pop()
        self.flow -= flow

    def refuse(self, refusal: Refusal, event: Any) -> None:
        empty = type(event) is self.events.ScalarEvent and not event.value and not event.style
        too_deep = refusal[0] == "too-deep"
        if empty or (too_deep and (self.flow or getattr(event, "flow_style", False))):
            if self.aliased:
                raise _GiveUp  # an alias read may name an anchor blanked out
            raise _Shortened(*self.shortened(event.start_mark.index))
        raise LimitReachedError(refusal, event.start_mark)

    def shortened(self, problem: int) -> tuple[str, int]:
        """The text with the entries that end well before *problem* blanked out, and their values.

        In each collection open around the problem, its first entries are
        blanked, up to the last entry that starts at least `_MARGIN`
        characters before it (an entry's separator goes with it).
        """
        text, values = self.text, 0
        for starts in self.open:
            kept = [start for start in (starts or ()) if start[0] <= problem - _MARGIN]
            if len(kept) < 2:
                continue  # nothing whole to blank
            (begin, before), (end, after) = kept[0], kept[-1]
            mark = end - 1
            while mark > begin and text[mark] == " ":
                mark -= 1
            if text[mark] == "?":
                continue  # an explicit key's "?", which is not its entry's to blank
            text = text[:begin] + _NOT_A_BREAK.sub(" ", text[begin:end]) + text[end:]
            values += after - before
        return text, values
