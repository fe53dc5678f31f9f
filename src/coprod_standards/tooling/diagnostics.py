"""What `coprod_standards.tooling.validation.validate` reports: diagnostics and their places.

A `Diagnostic` carries a stable code, a `Severity`, and the file, line,
column and ``$``-path of what it is about.
"""

from __future__ import annotations

import enum

import attrs

from coprod_standards.errors import Problem, visible
from coprod_standards.formats._parsed import DocumentPath, Parsed

__all__ = ["Diagnostic", "Places", "Severity"]


class Severity(enum.Enum):
    """How serious a diagnostic is: an error stops publication, a warning asks for a look."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Diagnostic:
    """One finding of `validate`.

    Attributes:
        code: A stable name for the rule, such as ``changed-meaning``.
        severity: Error or warning.
        message: What is wrong and what to do.
        file: The file it is in.
        line: The 1-based line, where known.
        column: The 1-based column, where known.
        path: The ``$``-path inside the file.
    """

    code: str
    severity: Severity
    message: str
    file: str
    line: int | None = None
    column: int | None = None
    path: str = "$"

    @classmethod
    def from_problem(cls, problem: Problem, severity: Severity = Severity.ERROR) -> Diagnostic:
        """The diagnostic that reports *problem*."""
        return cls(
            code=problem.code or "invalid",
            severity=severity,
            message=problem.message,
            file=problem.file,
            line=problem.line,
            column=problem.column,
            path=problem.path,
        )

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}:{self.column}"
        text = f"{where}: {self.severity.value} {self.code}: at {self.path}: {self.message}"
        return visible(text)

    def to_dict(self) -> dict[str, object]:
        """The diagnostic as plain data for JSON."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
        }


@attrs.define
class Places:
    """Where each id of a directory is written, to point diagnostics at it."""

    manifest: Parsed
    ids: dict[str, tuple[Parsed, DocumentPath]] = attrs.field(factory=dict)

    @classmethod
    def of(cls, manifest: Parsed, files: list[Parsed]) -> Places:
        """The places of the ids written in *files*, and the manifest's."""
        places = cls(manifest)
        for parsed in files:
            for path in parsed.values:
                if path and path[-1] == "id":
                    value = parsed.data
                    for item in path:
                        value = value[item]  # type: ignore[index]
                    if isinstance(value, str):
                        places.ids.setdefault(value, (parsed, path))
        return places

    def at(self, id: str, code: str, message: str, severity: Severity) -> Diagnostic:
        """A diagnostic at the place *id* is written (the manifest, where it is written nowhere)."""
        parsed, path = self.ids.get(id, (self.manifest, ()))
        return Diagnostic.from_problem(parsed.problem(path, message, code=code), severity)

    def in_manifest(
        self, path: DocumentPath, code: str, message: str, severity: Severity
    ) -> Diagnostic:
        """A diagnostic at *path* in the manifest."""
        return Diagnostic.from_problem(self.manifest.problem(path, message, code=code), severity)
