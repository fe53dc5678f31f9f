"""Plain data read from a document, with where each piece of it came from.

Readers of a format (YAML, JSON) produce a `Parsed`; the converter and the
checks report problems against it by ``$``-path, and it turns a path into a
file, line and column.
"""

from __future__ import annotations

import attrs

from coprod_standards.errors import Problem, format_path

#: A location inside a document: mapping keys and sequence indexes.
PathItem = str | int
DocumentPath = tuple[PathItem, ...]


@attrs.frozen
class Span:
    """Where a node of a document starts and ends (0-based offsets into the text)."""

    line: int
    column: int
    start: int
    end: int


@attrs.frozen
class Parsed:
    """A document's plain data, with the places of its values and keys.

    Attributes:
        name: How to name the document in messages (usually its file path).
        text: The document's text, for showing the offending line.
        data: The plain data: dicts, lists, str, int, float, bool, None, dates.
        values: Where each value starts, by path.
        keys: Where each mapping key starts, by the path of its value.
        cells: In a spreadsheet, the sheet and cell of each value, by path
            (such as ``Criteria!F23``); a problem there names the cell.
    """

    name: str
    text: str
    data: object
    values: dict[DocumentPath, Span] = attrs.field(factory=dict, repr=False)
    keys: dict[DocumentPath, Span] = attrs.field(factory=dict, repr=False)
    cells: dict[DocumentPath, str] = attrs.field(factory=dict, repr=False)
    _lines: dict[int, str] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def raw(self, path: DocumentPath) -> str | None:
        """The source text of the value at *path*, where it is known."""
        span = self.values.get(path)
        return None if span is None else self.text[span.start : span.end]

    def problem(
        self, path: DocumentPath, message: str, *, at_key: bool = False, code: str = ""
    ) -> Problem:
        """A `Problem` at *path*: at its key with *at_key*, else at its value.

        Where the path has no place of its own (a missing key), the nearest
        enclosing value that has one is used.
        """
        if self.cells:
            return self._cell_problem(path, message, code)
        span = self.keys.get(path) if at_key else None
        value = self.values.get(path)
        if span is None and value is not None and value.start == value.end:
            # An empty value has no text of its own: point at its key instead.
            span = self.keys.get(path)
        probe = path
        while span is None:
            span = self.values.get(probe)
            if not probe:
                break
            probe = probe[:-1]
        return problem_at(
            self.name, self.text, span, format_path(path), message, code, lines=self._lines
        )

    def _cell_problem(self, path: DocumentPath, message: str, code: str) -> Problem:
        """A `Problem` at *path* in a spreadsheet, naming the nearest cell that holds it."""
        probe = path
        while probe not in self.cells and probe:
            probe = probe[:-1]
        return Problem(
            message=message,
            file=self.name,
            path=format_path(path),
            code=code,
            cell=self.cells.get(probe),
        )


def problem_at(
    name: str,
    text: str,
    span: Span | None,
    path: str,
    message: str,
    code: str = "",
    *,
    lines: dict[int, str] | None = None,
) -> Problem:
    """A `Problem` in the document *name* at *span* (None where not known).

    *lines* caches the lines of *text* by where they start, so that the
    problems of one long line (thousands, in a pasted one-line blob) share
    one copy of it.
    """
    if span is None:
        return Problem(message=message, file=name, path=path, code=code)
    begin = text.rfind("\n", 0, span.start) + 1
    source_line = None if lines is None else lines.get(begin)
    if source_line is None:
        end = text.find("\n", span.start)
        source_line = text[begin : end if end >= 0 else len(text)].rstrip("\r")
        if lines is not None:
            lines[begin] = source_line
    return Problem(
        message=message,
        file=name,
        line=span.line + 1,
        column=span.column + 1,
        path=path,
        source_line=source_line,
        code=code,
    )
