"""The rules of a version against the previous one: kept meanings, declared changes.

An id the new version keeps must keep its meaning unless the manifest
declares the change; an id it drops must be declared retired; every
declaration must name criteria that exist.
"""

from __future__ import annotations

from coprod_standards.core.changes import normalised
from coprod_standards.core.models import Criterion, Framework, MigrationEntry, MigrationKind
from coprod_standards.errors import echo

from .diagnostics import Diagnostic, Places, Severity

__all__ = ["against_previous"]


def _changes(old: Criterion, new: Criterion) -> list[str]:
    found = []
    if normalised(old.text) != normalised(new.text):
        found.append("text")
    if old.tier is not new.tier:
        found.append("tier")
    if old.survey != new.survey:
        found.append("survey threshold")
    return found


#: What a declaration allows to change: a kept criterion nothing, a reworded one its
#: text, a renamed one its place (indicator and tier) but not what it says.
_ALLOWED = {
    MigrationKind.KEPT: set(),
    MigrationKind.REWORDED: {"text"},
    MigrationKind.RENAMED: {"tier"},
}


def _declared(
    entry: MigrationEntry,
    old: Criterion,
    new: Criterion | None,
    framework: Framework,
    places: Places,
) -> list[Diagnostic]:
    """A declaration that does not match what the new version did."""
    found: list[Diagnostic] = []
    if entry.kind is MigrationKind.RETIRED and new is not None:
        found.append(
            places.at(
                old.id,
                "retired-reused",
                f"{old.id} is declared retired but this version still has it; an id is never "
                "reused: give the criterion a new id, or declare what became of it",
                Severity.ERROR,
            )
        )
    allowed = _ALLOWED.get(entry.kind)
    if allowed is None:
        return found
    for target in entry.targets:
        try:
            now = framework.criterion(target)
        except LookupError:
            continue  # reported by the loader as migration-target
        changed = [change for change in _changes(old, now) if change not in allowed]
        if changed:
            found.append(
                places.at(
                    target,
                    "changed-meaning",
                    f"{old.id} is declared {entry.kind.value}, but its {' and '.join(changed)} "
                    f"changed in {target}; declare it revised (answers are confirmed again), "
                    "or keep what it says",
                    Severity.ERROR,
                )
            )
    return found


def against_previous(framework: Framework, previous: Framework, places: Places) -> list[Diagnostic]:
    """The problems of *framework* against *previous*, the version it follows."""
    found: list[Diagnostic] = []
    migration = framework.migration
    declared = (
        {}
        if migration is None
        else {old: entry for entry in migration.criteria for old in entry.old}
    )
    if migration is None or migration.previous_version != previous.version:
        said = (
            "no migration"
            if migration is None
            else f"previous_version {echo(migration.previous_version)}"
        )
        found.append(
            places.in_manifest(
                ("version",) if migration is None else ("migration", "previous_version"),
                "migration-previous",
                f"the manifest declares {said}, but is checked against version "
                f"{previous.version}; declare migration: previous_version: "
                f'"{previous.version}" with the changes',
                Severity.ERROR if declared else Severity.WARNING,
            )
        )
    for old in previous.criteria:
        entry = declared.get(old.id)
        try:
            new: Criterion | None = framework.criterion(old.id)
        except LookupError:
            new = None
        if entry is None:
            if new is None:
                found.append(
                    places.in_manifest(
                        ("migration",) if migration is not None else ("version",),
                        "undeclared-removal",
                        f"{old.id} of version {previous.version} is gone; declare it in the "
                        "manifest's migration: retired, or renamed/split/merged into what "
                        "replaces it",
                        Severity.ERROR,
                    )
                )
            elif changed := _changes(old, new):
                found.append(
                    places.at(
                        old.id,
                        "changed-meaning",
                        f"{old.id} keeps its id from version {previous.version} but its "
                        f"{' and '.join(changed)} changed; give it a new id, or declare the "
                        "change in the manifest's migration (reworded: the meaning is the same; "
                        "revised: answers must be confirmed again)",
                        Severity.ERROR,
                    )
                )
        else:
            found += _declared(entry, old, new, framework, places)
    for index, entry in enumerate(() if migration is None else migration.criteria):
        for old_id in entry.old:
            try:
                previous.criterion(old_id)
            except LookupError:
                found.append(
                    places.in_manifest(
                        ("migration", "criteria", index, "old"),
                        "migration-unknown",
                        f"version {previous.version} has no criterion {echo(old_id)}; a migration "
                        "names the previous version's ids under old",
                        Severity.ERROR,
                    )
                )
    return found
