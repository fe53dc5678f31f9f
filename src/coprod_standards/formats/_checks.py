"""The rules a standards directory must keep beyond its shape.

Each check yields ``(code, path, message)`` without knowing which file it is
looking at; `DirectoryChecks` adds the place. The loader refuses a directory
that breaks any of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from coprod_standards.core.models import Erratum, Framework, Tier
from coprod_standards.core.models.framework import _VERSION
from coprod_standards.errors import Problem, echo

from ._format import CriterionEntry, IndicatorEntry, ManifestFile, StandardFile
from ._parsed import DocumentPath, Parsed

#: (the code of the rule broken, where, what to do)
Finding = tuple[str, DocumentPath, str]

_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\.yaml")
_BULLETS = ("•", "▪", "◦", "●")


def is_plain_file_name(name: str) -> bool:
    """Whether *name* names a YAML file in the directory itself (not ``../x.yaml``)."""
    return _FILE_NAME.fullmatch(name) is not None


def check_manifest(manifest: ManifestFile) -> Iterator[Finding]:
    """The manifest's own rules: the three tiers in order, unique ids, safe file names."""
    tiers = tuple(definition.tier for definition in manifest.tiers)
    if tiers != tuple(Tier):
        yield (
            "tier-definitions",
            ("tiers",),
            "list the tiers bronze, silver and gold, once each, in that order",
        )
    for key, entries in (
        ("survey_metrics", manifest.survey_metrics),
        ("survey_populations", manifest.survey_populations),
    ):
        yield from _unique((key,), [entry.id for entry in entries], "id")
    for index, name in enumerate(manifest.standards):
        if not is_plain_file_name(name):
            yield (
                "file-name",
                ("standards", index),
                (
                    f"{echo(name)} is not a plain file name; name a .yaml file in this directory, "
                    "such as 01-equality.yaml"
                ),
            )
    yield from _unique(("standards",), list(manifest.standards), None)
    if not manifest.standards:
        yield ("no-standards", ("standards",), "list the file of at least one standard")
    for key in ("id", "title", "subtitle", "version", "introduction"):
        yield from _text((key,), getattr(manifest, key))
    if manifest.version.strip() and not _VERSION.fullmatch(manifest.version):
        yield (
            "version-format",
            ("version",),
            f"{echo(manifest.version)} is not a version; write it as digits and dots, such as "
            '"1.2" (a local variant may add a name: "1.1-northshire")',
        )


def _unique(path: DocumentPath, values: list[str], field: str | None) -> Iterator[Finding]:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            where = (*path, index, field) if field else (*path, index)
            yield ("duplicate-entry", where, f"{echo(value)} is listed twice; keep one")
        seen.add(value)


def _text(path: DocumentPath, text: str) -> Iterator[Finding]:
    if not text.strip():
        yield ("empty-text", path, "the text is empty; write it out, or remove the entry")
    elif text.lstrip().startswith(_BULLETS):
        yield (
            "leftover-bullet",
            path,
            f"the text starts with a bullet character {echo(text.lstrip()[0])}; drop it",
        )


def _errata(path: DocumentPath, errata: tuple[Erratum, ...], *texts: str) -> Iterator[Finding]:
    for index, erratum in enumerate(errata):
        if not erratum.original.strip():
            yield (
                "empty-text",
                (*path, "errata", index, "original"),
                "an erratum needs the published words it corrects; copy them exactly",
            )
        elif not any(erratum.original in text for text in texts):
            yield (
                "erratum-not-found",
                (*path, "errata", index, "original"),
                (
                    f"{echo(erratum.original)} does not occur in the text it corrects; "
                    "copy the published words exactly"
                ),
            )


@attrs.define
class DirectoryChecks:
    """Checks the standard files of one directory, remembering ids across files."""

    manifest: ManifestFile
    _seen: dict[str, str] = attrs.field(factory=dict)

    def check(self, parsed: Parsed, document: StandardFile) -> list[Problem]:
        """Every problem in one standard's file, each at its place."""
        problems = [
            parsed.problem(path, message, code=code)
            for code, path, message in self.findings(parsed, document)
        ]
        return sorted(problems, key=lambda problem: (problem.line or 0, problem.column or 0))

    def findings(self, parsed: Parsed, document: StandardFile) -> Iterator[Finding]:
        """Every way one standard's file breaks the rules, by path."""
        return self._standard(document, parsed)

    def _claim(self, path: DocumentPath, id: str, parsed: Parsed) -> Iterator[Finding]:
        if id in self._seen:
            yield (
                "duplicate-id",
                path,
                f"the id {echo(id)} is already used at {self._seen[id]}; ids must be unique",
            )
        else:
            self._seen[id] = parsed.problem(path, "").location

    def _standard(self, document: StandardFile, file: Parsed) -> Iterator[Finding]:
        if document.id != str(document.number):
            yield (
                "id-pattern",
                ("id",),
                (
                    f"the id {echo(document.id)} does not fit its place: a standard's id is its "
                    f'number as text, here "{document.number}"'
                ),
            )
        if document.number < 1:
            yield ("standard-number", ("number",), "a standard's number counts from 1")
        yield from self._claim(("id",), document.id, file)
        yield from _text(("title",), document.title)
        yield from _text(("prompt",), document.prompt)
        yield from _errata((), document.errata, document.title, document.prompt)
        prefix = str(document.number)
        pattern = re.compile(re.escape(prefix) + r"\.[1-9][0-9]*")
        for index, indicator in enumerate(document.indicators):
            path: DocumentPath = ("indicators", index)
            if not pattern.fullmatch(indicator.id):
                yield (
                    "id-pattern",
                    (*path, "id"),
                    (
                        f"the id {echo(indicator.id)} does not fit its place: indicators of "
                        f'standard {prefix} have ids "{prefix}.1", "{prefix}.2", ...'
                    ),
                )
            yield from self._claim((*path, "id"), indicator.id, file)
            yield from _text((*path, "title"), indicator.title)
            yield from _errata(path, indicator.errata, indicator.title)
            yield from self._indicator(path, indicator, file, pattern.fullmatch(indicator.id))
        if not document.indicators:
            yield ("no-indicators", ("indicators",), "a standard needs at least one indicator")

    def _indicator(
        self, path: DocumentPath, indicator: IndicatorEntry, file: Parsed, id_fits: object
    ) -> Iterator[Finding]:
        for tier, entries in indicator.tiers():
            if not entries:
                yield (
                    "empty-tier",
                    (*path, tier.value),
                    (
                        f"the {tier.value} tier has no criteria; every tier of an indicator needs "
                        "at least one"
                    ),
                )
            pattern = re.compile(re.escape(indicator.id) + r"\." + tier.letter + r"[1-9][0-9]*")
            for index, entry in enumerate(entries):
                entry_path: DocumentPath = (*path, tier.value, index)
                # Where the indicator's own id is wrong, that one problem is reported
                # rather than one for each of its criteria.
                if id_fits and not pattern.fullmatch(entry.id):
                    yield (
                        "id-pattern",
                        (*entry_path, "id"),
                        (
                            f"the id {echo(entry.id)} does not fit its place: {tier.value} "
                            f"criteria of indicator {indicator.id} have ids "
                            f'"{indicator.id}.{tier.letter}1", "{indicator.id}.{tier.letter}2", ...'
                        ),
                    )
                yield from self._claim((*entry_path, "id"), entry.id, file)
                yield from _text((*entry_path, "text"), entry.text)
                yield from _errata(entry_path, entry.errata, entry.text)
                yield from self._survey(entry_path, entry)

    def _survey(self, path: DocumentPath, entry: CriterionEntry) -> Iterator[Finding]:
        survey = entry.survey
        if survey is None:
            return
        metrics = [metric.id for metric in self.manifest.survey_metrics]
        if survey.metric not in metrics:
            yield (
                "undeclared-metric",
                (*path, "survey", "metric"),
                (
                    f"the metric {echo(survey.metric)} is not declared in the manifest's "
                    f"survey_metrics ({', '.join(metrics) or 'none'}); declare it or correct it"
                ),
            )
        populations = [population.id for population in self.manifest.survey_populations]
        for index, population in enumerate(survey.populations):
            if population not in populations:
                yield (
                    "undeclared-population",
                    (*path, "survey", "populations", index),
                    (
                        f"the population {echo(population)} is not declared in the manifest's "
                        f"survey_populations ({', '.join(populations) or 'none'}); declare it or "
                        "correct it"
                    ),
                )


def check_migration(framework: Framework) -> Iterator[Finding]:
    """A migration's new ids exist in this version, and no old id is declared twice."""
    migration = framework.migration
    if migration is None:
        return
    if migration.previous_version == framework.version:
        yield (
            "migration-previous",
            ("migration", "previous_version"),
            (f"a version cannot follow itself; name the version before {framework.version}"),
        )
    seen: set[str] = set()
    for index, entry in enumerate(migration.criteria):
        path: DocumentPath = ("migration", "criteria", index)
        for old in entry.old:
            if old in seen:
                yield (
                    "migration-duplicate",
                    (*path, "old"),
                    f"{echo(old)} is declared twice; give one decision per criterion",
                )
            seen.add(old)
        for new in entry.targets:
            try:
                framework.criterion(new)
            except LookupError:
                yield (
                    "migration-target",
                    (*path, "new" if entry.new else "old"),
                    (
                        f"this version has no criterion {echo(new)}; a {entry.kind.value} "
                        "criterion must name one that exists here"
                    ),
                )
