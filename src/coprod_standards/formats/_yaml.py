"""YAML text to plain data, safely: the one module that uses ruamel.yaml to read.

The document is composed into ruamel.yaml's node graph and converted here,
node by node, so that everything the library does not accept is refused
with its place in the file instead of being constructed:

* tags other than YAML's plain types (``!!python/object``, ``!custom``);
* anchors and aliases, which is what makes an alias bomb ("billion laughs")
  harmless: it is refused at its first anchor, never expanded;
* duplicate keys, and keys that are not text (an unquoted ``1.1:``);
* more than one document in a file;
* what passes the limits of `limits`: nesting, entries and values are
  counted as the parser goes (so that a hostile file is refused before it
  is read whole), integers outside their range or written in a form YAML
  1.2 does not have, and escapes that name no character.

The node graph is composed from ruamel.yaml.clib's C parser's events
wherever both parsers are known to agree (`._c_parsing`, which also finds a
limit passed in milliseconds), and by the pure-Python parser elsewhere.
ruamel.yaml is imported on first use only, so that loading the compiled
standards data does not pay for it.
"""

from __future__ import annotations

import functools
import io
import re
from typing import TYPE_CHECKING, Any

from coprod_standards.errors import DataError, Problem, echo, format_path, shorten

from ._c_parsing import LimitReachedError, composed, refuse_past_limits
from ._files import decode as decode  # where it was; reading a file needs no YAML reader
from ._parsed import DocumentPath, Parsed, Span, problem_at
from .limits import (
    Refusal,
    code_point_problem,
    depth_problem,
    entries_problem,
    half_problem,
    integer_problem,
    integer_text_problem,
    values_problem,
)

if TYPE_CHECKING:
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.nodes import Node
    from ruamel.yaml.scanner import Scanner

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(f"{_TAG}{name}" for name in ("str", "int", "float", "bool", "null"))
_TIMESTAMP = f"{_TAG}timestamp"
_INTEGER = f"{_TAG}int"
_HEX = re.compile("[0-9a-fA-F]{8}")
_HALVES = re.compile("[\ud800-\udfff]")
_MAPPING = f"{_TAG}map"
_SEQUENCE = f"{_TAG}seq"


def parse(text: str, name: str) -> Parsed:
    """Parse YAML *text* into plain data with places.

    Args:
        text: The document.
        name: How messages should name it, usually its path.

    Raises:
        DataError: The text is not YAML the library accepts; every problem
            found is listed with its line and column.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    half = half_problem(text)
    if half is not None:  # text only: a file's bytes are decoded strictly
        index, (code, message) = half
        line = text.count("\n", 0, index)
        span = Span(line, index - (text.rfind("\n", 0, index) + 1), index, index)
        raise DataError([problem_at(name, text, span, "$", message, code)])
    yaml = YAML(typ="safe", pure=True)
    yaml.Scanner, yaml.Composer = _limited_parts()
    try:
        # The C parser's events, where they can tell: in milliseconds, not seconds.
        by_c = refuse_past_limits(text, _limited_parts()) and composed(text)
        root = by_c or yaml.compose(io.StringIO(text))
    except LimitReachedError as error:
        (code, message), (line, column, index) = error.refusal, error.mark
        span = Span(line, column, index, index)
        raise DataError([problem_at(name, text, span, "$", message, code)]) from None
    except MarkedYAMLError as error:
        raise DataError([_syntax_problem(error, text, name)]) from None
    except ReaderError as error:
        position = min(int(error.position), len(text))
        before = text[:position]
        line = before.count("\n")
        span = Span(line, position - (before.rfind("\n") + 1), position, position)
        message = (
            f"the character U+{int(error.character):04X} cannot appear in YAML; remove it "
            "(it is a control character, often pasted in by accident)"
        )
        raise DataError([problem_at(name, text, span, "$", message, "bad-character")]) from None
    except YAMLError as error:  # pragma: no cover - ruamel marks its syntax errors
        raise DataError(
            [problem_at(name, text, None, "$", f"this is not valid YAML: {error}", "yaml-syntax")]
        ) from None
    except (ValueError, OverflowError) as error:  # pragma: no cover - a parser's fault
        message = f"this is not valid YAML: {shorten(str(error), 120)}"
        raise DataError([problem_at(name, text, None, "$", message, "yaml-syntax")]) from None
    except RecursionError:
        message = "the document is nested too deeply to read; flatten it"
        raise DataError([problem_at(name, text, None, "$", message, "yaml-depth")]) from None
    if root is None:
        message = "the file is empty; it should hold a mapping of keys to values"
        raise DataError([problem_at(name, text, None, "$", message, "empty-file")])
    builder = _Builder(name, text, yaml.constructor)
    data = builder.convert(root, ())
    if builder.problems:
        raise DataError(builder.problems)
    return Parsed(name=name, text=text, data=data, values=builder.values, keys=builder.keys)


@functools.cache
def _limited_parts() -> tuple[type[Scanner], type[Composer]]:
    """ruamel.yaml's scanner and composer, stopping at the limits as they go.

    The scanner counts brackets before it has read what is inside them (its
    look-ahead for keys in ``[[[[…`` grows with the nesting, so that a deep
    file would take seconds to refuse afterwards); the composer counts every
    value and each mapping's and list's entries as it builds them. The
    scanner also turns an escape beyond Unicode (which chr() refuses with a
    ValueError) into a problem at the escape.
    """
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.scanner import Scanner

    class LimitedScanner(Scanner):
        def fetch_flow_collection_start(self, TokenClass: Any, to_push: str) -> None:  # noqa: N803
            refusal = depth_problem(self.flow_level)
            if refusal is not None:
                raise LimitReachedError(refusal, self.reader.get_mark())
            super().fetch_flow_collection_start(TokenClass, to_push)

        def scan_yaml_directive_value(self, start_mark: Any) -> Any:
            # ruamel.yaml reads 1.1 and 1.2 only, and asserts on any other 1.x.
            version = super().scan_yaml_directive_value(start_mark)
            if version[0] == 1 and version[1] not in (1, 2):
                shown = f"{version[0]}.{version[1]}"
                message = (
                    f"this file says it is YAML {shown} (its %YAML line), a version this "
                    "library does not read; remove the line: the file is read as YAML 1.2"
                )
                raise LimitReachedError(("yaml-version", message), start_mark)
            return version

        def scan_flow_scalar_non_spaces(self, double: Any, start_mark: Any) -> Any:
            try:
                return super().scan_flow_scalar_non_spaces(double, start_mark)
            except (ValueError, OverflowError):
                # chr() refused an escape such as \U00110000; the reader is at its digits.
                digits = self.reader.prefix(8)
                refusal = code_point_problem(int(digits, 16)) if _HEX.fullmatch(digits) else None
                if refusal is None:
                    raise
                raise LimitReachedError(refusal, self.reader.get_mark(), back=2) from None

    class LimitedComposer(Composer):
        def __init__(self, loader: Any = None) -> None:
            super().__init__(loader=loader)
            self.nesting = 0
            self.values = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            self.values += 1
            refusal = (
                values_problem(self.values)
                or depth_problem(self.nesting)
                or (parent is not None and entries_problem(len(parent.value) + 1))
                or None
            )
            if refusal is not None:
                raise LimitReachedError(refusal, self.parser.peek_event().start_mark)
            self.nesting += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.nesting -= 1

    return LimitedScanner, LimitedComposer


def _syntax_problem(error: Any, text: str, name: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    span = None if mark is None else Span(mark.line, mark.column, mark.index, mark.index)
    problem = str(error.problem or error.context or "this is not valid YAML")
    code = "yaml-syntax"
    if "'\\t'" in problem:
        code = "yaml-tab"
        message = "a tab character cannot indent YAML or start a value; use spaces instead"
    elif "expected a single document" in str(error.context):
        code = "yaml-documents"
        message = "the file holds more than one YAML document (a '---' line); keep one"
    else:
        message = f"this is not valid YAML: {problem}"
        context = error.context_mark
        if error.context and error.problem and context is not None:
            message += f" ({error.context} that starts on line {context.line + 1})"
        elif error.context and error.problem:
            message += f" ({error.context})"
        message += "; check the indentation, quotes and brackets here and above"
    return problem_at(name, text, span, "$", message, code)


class _Builder:
    """Converts a composed node graph into plain data, collecting problems."""

    def __init__(self, name: str, text: str, constructor: Any) -> None:
        self.name = name
        self.text = text
        self.constructor = constructor
        self.values: dict[DocumentPath, Span] = {}
        self.keys: dict[DocumentPath, Span] = {}
        self.problems: list[Problem] = []
        self.anchored: set[int] = set()
        self.lines: dict[int, str] = {}
        self.count = 0

    def _span(self, node: Node) -> Span:
        start, end = node.start_mark, node.end_mark
        return Span(start.line, start.column, start.index, end.index)

    def _problem(self, node: Node, path: DocumentPath, code: str, message: str) -> None:
        span = self._span(node)
        self.problems.append(
            problem_at(
                self.name, self.text, span, format_path(path), message, code, lines=self.lines
            )
        )

    def _limit(self, node: Node, path: DocumentPath, refusal: Refusal | None) -> None:
        """Refuse the document at once where *refusal* says a limit is passed."""
        if refusal is not None:
            code, message = refusal
            self._problem(node, path, code, message)
            raise DataError(self.problems[-1:])

    def convert(self, node: Node, path: DocumentPath) -> object:
        # The parser counts these as it goes; checked again here for any parser.
        self.count += 1
        self._limit(node, path, values_problem(self.count) or depth_problem(len(path)))
        self.values[path] = self._span(node)
        if node.anchor is not None:
            if id(node) in self.anchored:
                # An alias: the composer keeps no place for it, so point at its key.
                span = self.keys.get(path) or self._span(node)
                message = (
                    f"this is an alias (*{shorten(node.anchor)}); anchors and aliases are not "
                    "allowed: write the value out in full"
                )
                problem = problem_at(
                    self.name,
                    self.text,
                    span,
                    format_path(path),
                    message,
                    "yaml-alias",
                    lines=self.lines,
                )
                self.problems.append(problem)
                return None
            self.anchored.add(id(node))
            self._problem(
                node,
                path,
                "yaml-alias",
                f"anchors and aliases (&{shorten(node.anchor)}, *{shorten(node.anchor)}) are "
                "not allowed; write the value out in full",
            )
            return None
        tag = str(node.tag)
        plain = tag in (_MAPPING, _SEQUENCE, _TIMESTAMP) or tag in _SCALAR_TAGS
        if self._tagged(node) or not plain:
            self._problem(
                node,
                path,
                "yaml-tag",
                f"the YAML tag {shorten(tag.replace(_TAG, '!!'))} is not allowed; remove it and "
                "write the value as plain text, a number, a list or a mapping",
            )
            return None
        if tag == _MAPPING:
            return self._mapping(node, path)
        if tag == _SEQUENCE:
            self._limit(node, path, entries_problem(len(node.value)))
            return [self.convert(item, (*path, index)) for index, item in enumerate(node.value)]
        if tag == _INTEGER:
            return self._integer(node, path)
        return self._scalar(node, path)

    def _tagged(self, node: Node) -> bool:
        # A node's start mark is at its tag where it has one, and the composer
        # keeps no other trace of it: an explicit "!!str" looks like a plain string.
        return self.text.startswith("!", node.start_mark.index)

    def _scalar(self, node: Node, path: DocumentPath) -> object:
        value = node.value
        if isinstance(value, str) and _HALVES.search(value):
            # JSON writes a character beyond U+FFFF as a pair of escapes, which the
            # YAML reader leaves apart: join them; a lone half is not a character.
            try:
                node.value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            except UnicodeDecodeError:
                self._problem(
                    node,
                    path,
                    "bad-character",
                    "this text holds half of a UTF-16 surrogate pair (an escape such as "
                    "\\ud800), which is not a character; correct the escape",
                )
                return None
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError, ArithmeticError) as error:
            if str(node.tag) == _TIMESTAMP:
                message = (
                    f"{shorten(node.value)} is not a real date ({error}); "
                    "write a date as YYYY-MM-DD"
                )
            else:
                message = f"cannot read {echo(node.value)}: {shorten(str(error), 120)}"
            self._problem(node, path, "bad-value", message)
            return None

    def _integer(self, node: Node, path: DocumentPath) -> int | None:
        # The written form is checked first, so that a number of thousands of
        # digits is never read.
        refusal = integer_text_problem(str(node.value))
        if refusal is not None:
            self._problem(node, path, *refusal)
            return None
        value = self._scalar(node, path)
        if not isinstance(value, int):
            return None  # refused by its form, or by the constructor
        refusal = integer_problem(value)
        if refusal is not None:
            self._problem(node, path, *refusal)
            return None
        return value

    def _mapping(self, node: Node, path: DocumentPath) -> dict[str, object]:
        self._limit(node, path, entries_problem(len(node.value)))
        self.count += len(node.value)  # the keys, which are values too
        result: dict[str, object] = {}
        first_seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node, path)
            if key is None:
                continue
            if key in first_seen:
                line = first_seen[key].start_mark.line + 1
                self._problem(
                    key_node,
                    (*path, key),
                    "duplicate-key",
                    f"the key {echo(key)} appears twice in this mapping (first on line {line}); "
                    "keep one",
                )
                continue
            first_seen[key] = key_node
            key_path = (*path, key)
            self.keys[key_path] = self._span(key_node)
            result[key] = self.convert(value_node, key_path)
        return result

    def _key(self, node: Node, path: DocumentPath) -> str | None:
        if self._tagged(node):
            self._problem(node, path, "yaml-tag", "a key cannot have a YAML tag; remove it")
            return None
        if node.anchor is not None or str(node.tag) != f"{_TAG}str":
            raw = shorten(self.text[node.start_mark.index : node.end_mark.index])
            if str(node.tag) in _SCALAR_TAGS or str(node.tag) == _TIMESTAMP:
                message = (
                    f'the key {raw} is read as a number or other non-text value; quote it: "{raw}"'
                )
            else:
                message = "a key must be plain text; write it as a quoted string"
            self._problem(node, path, "key-type", message)
            return None
        value = node.value
        assert isinstance(value, str)
        return value
