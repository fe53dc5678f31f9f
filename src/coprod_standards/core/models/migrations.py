"""What a version's manifest declares about the criteria of the previous version.

Each `MigrationEntry` says what became of one criterion (or, for a merge,
several): kept, reworded, renamed, revised, split, merged or retired.
`coprod_standards.tooling.migration` carries assessments by these
declarations; `coprod_standards.tooling.changes` reports them.
"""

from __future__ import annotations

import enum

import attrs

from coprod_standards.errors import FieldError

__all__ = ["ONE_OR_MORE_IDS", "Migration", "MigrationEntry", "MigrationKind"]


class MigrationKind(enum.Enum):
    """What became of a criterion of the previous version."""

    #: The same id and meaning: answers carry over. The default for an unchanged id.
    KEPT = "kept"
    #: The wording changed but the meaning did not: answers carry over.
    REWORDED = "reworded"
    #: A new id (another place, indicator or tier) for the same statement: answers carry over.
    RENAMED = "renamed"
    #: The meaning changed: carried answers need re-confirmation.
    REVISED = "revised"
    #: One criterion became several: each needs re-confirmation.
    SPLIT = "split"
    #: Several criteria became one: it needs re-confirmation.
    MERGED = "merged"
    #: The criterion was dropped: answers are kept for reference only.
    RETIRED = "retired"

    @property
    def keeps_meaning(self) -> bool:
        """Whether answers carry over as they are."""
        return self in (MigrationKind.KEPT, MigrationKind.REWORDED, MigrationKind.RENAMED)


#: Field metadata: in files, the field is one id or a list of ids.
ONE_OR_MORE_IDS = "coprod_standards.one_or_more_ids"


def _ids(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen
class MigrationEntry:
    """A declared decision about criteria of the previous version.

    Attributes:
        kind: What became of them.
        old: The id (or, for a merge, ids) in the previous version.
        new: The id (or, for a split, ids) in this version; empty for a
            retirement, and the old id where a kept or reworded criterion keeps it.
        note: Why, for the people who read the changelog.
    """

    kind: MigrationKind
    # In files one id is written as itself and several as a list.
    old: tuple[str, ...] = attrs.field(converter=_ids, metadata={ONE_OR_MORE_IDS: True})
    new: tuple[str, ...] = attrs.field(default=(), converter=_ids, metadata={ONE_OR_MORE_IDS: True})
    note: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.old:
            raise FieldError("old", "name the criterion (or criteria) of the previous version")
        if self.kind is MigrationKind.RETIRED and self.new:
            raise FieldError("new", "a retired criterion has no new id; remove new")
        if (
            self.kind in (MigrationKind.RENAMED, MigrationKind.SPLIT, MigrationKind.MERGED)
            and not self.new
        ):
            raise FieldError("new", f"a {self.kind.value} criterion needs its new id (new)")
        if self.kind is not MigrationKind.MERGED and len(self.old) > 1:
            raise FieldError("old", "only a merge names several old criteria")
        if self.kind is not MigrationKind.SPLIT and len(self.new) > 1:
            raise FieldError("new", "only a split names several new criteria")

    @property
    def targets(self) -> tuple[str, ...]:
        """The ids in this version: `new`, or the old id where it is kept."""
        if self.new or self.kind is MigrationKind.RETIRED:
            return self.new
        return self.old


@attrs.frozen
class Migration:
    """How a version's criteria relate to the previous version's.

    Attributes:
        previous_version: The version it follows, such as ``"1.1"``.
        criteria: The declared decisions; an id of the previous version that
            this version keeps unchanged needs none.
    """

    previous_version: str
    criteria: tuple[MigrationEntry, ...] = ()
