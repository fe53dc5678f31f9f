"""The exceptions of coprod-standards: one family, rooted at `CoprodError`.

Every error says where the problem is and what to do about it. Problems in a
file are collected and raised together as one `DataError`, so that a person
fixing a file sees all of them at once rather than one per run.
"""

from __future__ import annotations

import re

import attrs

__all__ = [
    "CoprodError",
    "DataError",
    "FieldError",
    "Problem",
    "SignOffWarning",
    "UnknownIdError",
    "UnknownVersionError",
]

#: The most characters of a value that a message repeats.
ECHO_LIMIT = 60
#: The most characters of a source line that a printed problem quotes.
EXCERPT_LIMIT = 120
#: The most problems of one file that a printed `DataError` lists.
PROBLEMS_SHOWN = 50

# C0 and C1 controls, DEL, and the characters that reorder or break lines
# (U+2028, U+2029, and the bidirectional embeddings, overrides and isolates):
# printed raw, they would let a file drive the terminal that shows its errors.
#: The characters that can drive a terminal or reorder what it shows, as a
#: regular expression's character ranges: C0 and C1 controls, DEL, the line and
#: paragraph separators, and the bidirectional embeddings, overrides and isolates.
CONTROL_CHARACTERS = "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")
_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    code = ord(char)
    return _ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str) -> str:
    r"""*text* with its control characters written as escapes, as ``\x1b`` or ``\u202e``.

    >>> print(visible("red\x1b[31m and \u202eright-to-left"))
    red\x1b[31m and \u202eright-to-left
    """
    return _CONTROL.sub(_escape, text)


def shorten(text: str, limit: int = ECHO_LIMIT) -> str:
    """*text* cut to at most *limit* characters, ending with an ellipsis where cut.

    >>> shorten("x" * 100, 10)
    'xxxxxxxxx…'
    """
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def shorten_path(path: str, limit: int = EXCERPT_LIMIT) -> str:
    r"""*path* made visible and cut to *limit* characters, keeping its end (the file's name).

    >>> print(shorten_path("/tmp/" + "deep/" * 30 + "a\x00b.yaml", 22))
    …deep/deep/a\x00b.yaml
    """
    shown = visible(path)
    return shown if len(shown) <= limit else "…" + shown[-(limit - 1) :]


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """*value* as a message repeats it: its ``repr``, cut to about *limit* characters.

    >>> echo("titel")
    "'titel'"
    >>> echo("k" * 100, 12)
    "'kkkkkkkkk…'"
    """
    if isinstance(value, str):
        return repr(shorten(value, max(limit - 2, 1)))
    try:
        text = repr(value)
    except ValueError:  # an integer with more digits than Python will print
        return "a number too long to show"
    return shorten(text, limit)


def excerpt(line: str, column: int, limit: int = EXCERPT_LIMIT) -> tuple[str, int]:
    """At most about *limit* characters of *line* around the 1-based *column*, made visible.

    Returns the excerpt and the 0-based offset in it of the character at
    *column*; an ellipsis marks where the line was cut.
    """
    index = min(max(column - 1, 0), len(line))
    start = max(0, min(index - limit // 2, len(line) - limit))
    end = min(len(line), start + limit)
    # Escapes are wider than the characters they stand for: trim the window
    # until it fits, keeping the column inside it.
    pieces = [visible(char) for char in line[start:end]]
    at = index - start
    width = sum(map(len, pieces))
    while width > limit and len(pieces) > 1:
        if at > len(pieces) // 2:
            width -= len(pieces.pop(0))
            start += 1
            at -= 1
        else:
            width -= len(pieces.pop())
            end -= 1
    head = "…" if start > 0 else ""
    tail = "…" if end < len(line) else ""
    offset = len(head) + sum(len(piece) for piece in pieces[:at])
    return head + "".join(pieces) + tail, offset


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def format_path(path: tuple[str | int, ...]) -> str:
    """A path as ``$.indicators[0].bronze[2]``; odd keys are quoted: ``$.criteria['1.2.B1']``."""
    parts = ["$"]
    for item in path:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif _PLAIN_KEY.fullmatch(item):
            parts.append(f".{item}")
        else:
            parts.append(f"[{item!r}]")
    return "".join(parts)


class CoprodError(Exception):
    """The root of every error that coprod-standards raises on purpose.

    Catch this to handle any problem with input the library was given, such as
    a malformed file, an unknown version or an unknown id.
    """


@attrs.frozen
class Problem:
    """One problem in a document, with where it is and what to do.

    Attributes:
        message: What is wrong and how to put it right.
        file: The file (or other source) the problem is in.
        line: The 1-based line, or None where the source has no lines.
        column: The 1-based column, or None where the source has no lines.
        path: Where in the document, as a ``$``-path such as
            ``$.indicators[0].bronze[1].text``.
        source_line: The text of that line, shown with a caret under the column.
        code: A stable name for the rule broken, such as ``unknown-key`` or
            ``duplicate-id``, for programs that act on problems.
        cell: In a spreadsheet, the sheet and cell, such as ``Criteria!F23``
            (then *line* and *column* are None); None elsewhere.
    """

    message: str
    file: str
    line: int | None = None
    column: int | None = None
    path: str = "$"
    source_line: str | None = attrs.field(default=None, repr=False)
    code: str = ""
    cell: str | None = None

    @property
    def location(self) -> str:
        """``file:line:column`` (``file:Sheet!F23`` in a spreadsheet), or as much as is known."""
        if self.cell is not None:
            return f"{self.file}:{self.cell}"
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"

    def __str__(self) -> str:
        # Printed for a person, from a file nobody has checked: long values are
        # cut, and control characters cannot reach the terminal.
        # A long file name loses its start, never its end or the line and column.
        file = shorten_path(self.file)
        if self.cell is not None:
            location = f"{file}:{visible(shorten(self.cell, EXCERPT_LIMIT))}"
        elif self.line is None:
            location = file
        else:
            location = f"{file}:{self.line}:{self.column}"
        path = visible(shorten(self.path, EXCERPT_LIMIT))
        text = f"{location}: at {path}: {visible(shorten(self.message, 4 * EXCERPT_LIMIT))}"
        if self.source_line is not None and self.column is not None:
            quoted, offset = excerpt(self.source_line, self.column)
            text += f"\n    {quoted}\n    {' ' * offset}^"
        return text


class DataError(CoprodError, ValueError):
    """A document (a standards file, an assessment) has one or more problems.

    Attributes:
        problems: Every problem found, in document order.
    """

    def __init__(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        if not problems:
            raise ValueError("a DataError needs at least one problem")
        self.problems = tuple(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        by_file: dict[str, list[Problem]] = {}
        for problem in self.problems:
            by_file.setdefault(problem.file, []).append(problem)
        where = next(iter(by_file)) if len(by_file) == 1 else f"{len(by_file)} files"
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count > 1 else ''} in {visible(shorten(where, 200))}:"]
        # A file with thousands of problems (a pasted blob) would bury the first
        # ones: print some of each file's, and count the rest; all are in .problems.
        for file, problems in by_file.items():
            lines += (str(problem) for problem in problems[:PROBLEMS_SHOWN])
            if len(problems) > PROBLEMS_SHOWN:
                more = len(problems) - PROBLEMS_SHOWN
                lines.append(
                    f"... and {more} more problem{'s' if more > 1 else ''} in "
                    f"{visible(shorten(file, 200))} (all are listed in the error's problems)"
                )
        return "\n".join(lines)


class FieldError(CoprodError, ValueError):
    """A model was given a value that breaks one of its rules.

    Attributes:
        field: The name of the offending field, so that a loader can point at
            the key in the file.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class UnknownVersionError(CoprodError, LookupError):
    """A standards version was asked for that is not available.

    Attributes:
        version: The version asked for, as given.
        available: The versions that are available.
    """

    def __init__(self, version: str, available: tuple[str, ...]) -> None:
        self.version = version
        self.available = available
        super().__init__(version, available)

    def __str__(self) -> str:
        offer = ", ".join(repr(version) for version in self.available) or "none"
        return (
            f"no standards version {self.version!r} is available; "
            f"use one of {offer}, or name a draft's directory "
            "(coprod_standards.load_path in Python)"
        )


class UnknownIdError(CoprodError, KeyError):
    """An id was looked up that the framework does not have.

    Attributes:
        kind: What was looked for: "standard", "indicator" or "criterion".
        id: The id asked for.
        version: The framework's version.
    """

    def __init__(self, kind: str, id: str, version: str) -> None:
        self.kind = kind
        self.id = id
        self.version = version
        super().__init__(kind, id, version)

    def __str__(self) -> str:
        return (
            f"version {self.version} has no {self.kind} with id {self.id!r}; ids are "
            'strings such as "1" (standard), "1.2" (indicator) or "1.2.G3" (criterion)'
        )


class SignOffWarning(UserWarning):
    """A final assessment no longer matches the digest recorded when it was signed off.

    Reading it still works (what it says is reported as it is); the warning
    says that it was edited after sign-off, so that the record is not the one
    approved. Reopen it and finalise it again (``coprod-standards reopen``,
    then ``finalise``) to sign the edit off.
    """
