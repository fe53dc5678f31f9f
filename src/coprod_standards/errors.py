"""The exceptions of coprod-standards: one family, rooted at `CoprodError`.

Every error says where the problem is and what to do about it. Problems in a
file are collected and raised together as one `DataError`, so that a person
fixing a file sees all of them at once rather than one per run.
"""

from __future__ import annotations

import attrs

__all__ = [
    "CoprodError",
    "DataError",
    "FieldError",
    "Problem",
    "UnknownIdError",
    "UnknownVersionError",
]


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
    """

    message: str
    file: str
    line: int | None = None
    column: int | None = None
    path: str = "$"
    source_line: str | None = attrs.field(default=None, repr=False)
    code: str = ""

    @property
    def location(self) -> str:
        """``file:line:column``, or as much of it as is known."""
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"

    def __str__(self) -> str:
        text = f"{self.location}: at {self.path}: {self.message}"
        if self.source_line is not None and self.column is not None:
            caret = " " * (self.column - 1) + "^"
            text += f"\n    {self.source_line}\n    {caret}"
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
        files = sorted({problem.file for problem in self.problems})
        where = files[0] if len(files) == 1 else f"{len(files)} files"
        count = len(self.problems)
        heading = f"{count} problem{'s' if count > 1 else ''} in {where}:"
        return "\n".join([heading, *(str(problem) for problem in self.problems)])


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
            f"use one of {offer}, or coprod_standards.load_path() for a draft directory"
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
