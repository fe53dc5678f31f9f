"""Checking a version of the standards before it is published.

`validate` reports every problem in a standards directory as a `Diagnostic`
with a stable code, a severity, and the file, line, column and ``$``-path:
what the loader refuses, and the rules a maintainer must keep on top of
that. Against the previous version, it also catches a criterion whose
meaning changed under an id it kept, and a criterion removed without a
declared retirement. The codes are listed in ``docs/maintaining.md``.

Examples:
    >>> from pathlib import Path
    >>> import coprod_standards
    >>> shipped = Path(coprod_standards.__file__).parent / "data" / "v1_1"
    >>> shipped = shipped if shipped.is_dir() else Path("data/v1_1")
    >>> [d for d in validate(shipped) if d.severity is Severity.ERROR]
    []
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from coprod_standards.core.models import Criterion, Framework, MigrationKind
from coprod_standards.errors import DataError, echo

from .diagnostics import Diagnostic, Places, Severity
from .fingerprints import FINGERPRINTS, fingerprint
from .previous_version import against_previous

__all__ = ["Diagnostic", "Severity", "validate"]

_VERSION_DIRECTORY = re.compile(r"v([0-9]+(?:_[0-9]+)*)")


def validate(directory: str | Path, against: Framework | None = None) -> list[Diagnostic]:
    """Every problem in the standards directory *directory*, errors and warnings.

    Args:
        directory: A directory in the standards format.
        against: The previous version; where given, ids kept from it must
            keep their meaning unless the manifest declares the change, and
            ids removed from it must be declared retired.
    """
    from coprod_standards.formats._files import is_directory
    from coprod_standards.formats.loader import read_documents

    root = Path(directory)
    try:
        found_directory = is_directory(root, str(root))
    except DataError as error:  # a name that cannot be a directory's
        return [Diagnostic.from_problem(problem) for problem in error.problems]
    if not found_directory:
        what = "this is a file, not a directory" if root.exists() else "there is no such directory"
        message = f"{what}; name a directory that holds manifest.yaml"
        return [Diagnostic("missing-directory", Severity.ERROR, message, str(root))]
    documents = read_documents(root, str(root))
    found = [Diagnostic.from_problem(problem) for problem in documents.problems]
    framework = documents.framework
    if framework is None or documents.manifest is None:
        return found
    # Where some files (or parts of them) did not build, the rules that look at
    # one standard or indicator still run on those that did; the rules about
    # what is missing wait until nothing is.
    places = Places.of(documents.manifest, documents.standards)
    found += _version_directory(root, framework, places)
    found += _numbering(framework, places, None if documents.whole else documents.complete)
    found += _threshold_order(framework, places)
    if documents.whole:
        found += _fingerprints(root, framework, places)
        if against is not None:
            found += against_previous(framework, against, places)
    return found


def _version_directory(root: Path, framework: Framework, places: Places) -> Iterator[Diagnostic]:
    match = _VERSION_DIRECTORY.fullmatch(root.name)
    expected = "v" + framework.version.replace(".", "_")
    if match is None:
        yield places.in_manifest(
            ("version",),
            "directory-name",
            f"the directory is named {echo(root.name)}; name it {expected!r} after the version it "
            "holds before publishing",
            Severity.WARNING,
        )
    elif match[1].replace("_", ".") != framework.version:
        yield places.in_manifest(
            ("version",),
            "version-directory",
            f"the manifest says version {echo(framework.version)}, but the directory "
            f"{echo(root.name)} holds version {match[1].replace('_', '.')!r}; make them agree",
            Severity.ERROR,
        )


def _numbers(ids: list[str]) -> list[int] | None:
    """The number that ends each id; None where one does not end in a number.

    An id that does not fit its pattern has its own problem (``id-pattern``),
    and numbering among such ids means nothing: the caller skips the group.
    """
    found = [re.search(r"[0-9]+$", id) for id in ids]
    return [int(match[0]) for match in found if match] if all(found) else None


def _gaps(
    ids: list[str], what: str, retired: set[str], places: Places, make: Callable[[int], str]
) -> Iterator[Diagnostic]:
    numbers = _numbers(ids)
    if numbers is None:
        return
    for expected, (id, number) in enumerate(zip(ids, numbers, strict=True), start=1):
        if number != expected:
            missing = make(expected)
            if missing in retired:
                continue
            yield places.at(
                id,
                "numbering-gap",
                f"{what} are numbered with a gap or out of order here: {id} comes where "
                f"{missing} would; number them 1, 2, 3... or declare the missing one retired",
                Severity.WARNING,
            )
            return


def _named(prefix: str) -> Callable[[int], str]:
    return lambda number: f"{prefix}{number}"


def _numbering(
    framework: Framework, places: Places, complete: frozenset[str] | None = None
) -> Iterator[Diagnostic]:
    """Gaps in numbering; only in the standards of *complete* where some did not build whole."""
    retired: set[str] = set()
    if framework.migration is not None:
        for entry in framework.migration.criteria:
            if entry.kind is MigrationKind.RETIRED or (entry.new and entry.new != entry.old):
                retired.update(entry.old)
    if complete is None:
        standards = [s.id for s in framework.standards]
        yield from _gaps(standards, "standards", retired, places, _named(""))
    for standard in framework.standards:
        if complete is not None and standard.id not in complete:
            continue
        yield from _gaps(
            [i.id for i in standard.indicators],
            f"the indicators of standard {standard.id}",
            retired,
            places,
            _named(f"{standard.id}."),
        )
        for indicator in standard.indicators:
            for tier_criteria in _by_tier(indicator.criteria):
                if not tier_criteria:
                    continue
                letter = tier_criteria[0].tier.letter
                yield from _gaps(
                    [c.id for c in tier_criteria],
                    f"the {tier_criteria[0].tier.value} criteria of {indicator.id}",
                    retired,
                    places,
                    _named(f"{indicator.id}.{letter}"),
                )


def _by_tier(criteria: tuple[Criterion, ...]) -> list[list[Criterion]]:
    groups: dict[object, list[Criterion]] = {}
    for criterion in criteria:
        groups.setdefault(criterion.tier, []).append(criterion)
    return list(groups.values())


def _threshold_order(framework: Framework, places: Places) -> Iterator[Diagnostic]:
    for indicator in framework.indicators:
        # The highest minimum asked so far, by (metric, population), with the tier
        # it was asked at: a criterion must ask for more than every lower tier.
        highest: dict[tuple[str, str], list[tuple[int, Criterion]]] = {}
        for criterion in indicator.criteria:  # Bronze, then Silver, then Gold
            survey = criterion.survey
            if survey is None:
                continue
            for population in survey.populations:
                key = (survey.metric, population)
                lower = [asked for asked in highest.get(key, []) if asked[1].tier < criterion.tier]
                before = max(lower, key=lambda asked: asked[0], default=None)
                if before is not None and survey.minimum_percent <= before[0]:
                    yield places.at(
                        criterion.id,
                        "threshold-order",
                        f"{criterion.id} ({criterion.tier.value}) asks for "
                        f"{survey.minimum_percent}% of {population} about {survey.metric}, "
                        f"no more than {before[1].id} ({before[1].tier.value}) asks "
                        f"({before[0]}%); a higher tier must ask for more",
                        Severity.ERROR,
                    )
                highest.setdefault(key, []).append((survey.minimum_percent, criterion))


def _fingerprints(root: Path, framework: Framework, places: Places) -> Iterator[Diagnostic]:
    from coprod_standards.formats._converter_hooks import WrongTypeError
    from coprod_standards.formats.loader import _read_yaml

    file = root / FINGERPRINTS
    if not os.path.lexists(file):
        return
    try:
        parsed = _read_yaml(file, str(file), inside=root)
    except DataError as error:
        yield from (Diagnostic.from_problem(problem) for problem in error.problems)
        return
    data = parsed.data
    recorded = data.get("fingerprints") if isinstance(data, dict) else None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(recorded, dict) or not all(
        isinstance(value, str) for value in recorded.values()
    ):
        message = str(WrongTypeError("a mapping of criterion ids to fingerprints", recorded))
        problem = parsed.problem(("fingerprints",), message, code="fingerprints-file")
        yield Diagnostic.from_problem(problem)
        return
    if version != framework.version:
        message = (
            f"these fingerprints were recorded for version {echo(version)}, not "
            f"{echo(framework.version)}; a draft has none: delete the file, and record the "
            "fingerprints when the version is published"
        )
        problem = parsed.problem(("version",), message, code="fingerprints-version")
        yield Diagnostic.from_problem(problem)
        return
    for id, value in recorded.items():
        try:
            criterion = framework.criterion(id)
        except LookupError:
            problem = parsed.problem(
                ("fingerprints", id),
                f"{id} was published in this version but is no longer in it; restore it",
                code="fingerprint-removed",
            )
            yield Diagnostic.from_problem(problem)
            continue
        if fingerprint(criterion) != value:
            yield places.at(
                id,
                "fingerprint-changed",
                f"{id} no longer says what it said when version {framework.version} was "
                "published (its text, tier or threshold changed); restore it, or make the "
                "change in a new version under a new id",
                Severity.ERROR,
            )
    for criterion in framework.criteria:
        if criterion.id not in recorded:
            yield places.at(
                criterion.id,
                "fingerprint-unrecorded",
                f"{criterion.id} has no recorded fingerprint; record the fingerprints again "
                "when publishing",
                Severity.WARNING,
            )
