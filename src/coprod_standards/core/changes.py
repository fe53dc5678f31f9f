"""The changes between two versions of the standards, as data.

`coprod_standards.tooling.changes.diff` finds them; the reports write them
(`coprod_standards.reports.changelog`, a changelog to publish).

>>> normalised("  Relevant  action plans\u00a0in place. ")
'Relevant action plans in place.'
"""

from __future__ import annotations

import enum
import unicodedata
from typing import Any

import attrs

from .models import Framework

__all__ = ["Change", "ChangeKind", "Diff", "normalised"]


def normalised(text: str) -> str:
    """*text* in Unicode NFC with each run of whitespace made one space, trimmed.

    Two wordings that normalise alike say the same: the fingerprints and the
    diff compare criteria's texts this way.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


class ChangeKind(enum.Enum):
    """A kind of change between versions."""

    STANDARD_ADDED = "standard-added"
    STANDARD_REMOVED = "standard-removed"
    STANDARD_RETITLED = "standard-retitled"
    STANDARD_PROMPT_CHANGED = "standard-prompt-changed"
    INDICATOR_ADDED = "indicator-added"
    INDICATOR_REMOVED = "indicator-removed"
    INDICATOR_RETITLED = "indicator-retitled"
    CRITERION_ADDED = "criterion-added"
    CRITERION_REMOVED = "criterion-removed"
    CRITERION_MOVED_INDICATOR = "criterion-moved-indicator"
    CRITERION_MOVED_TIER = "criterion-moved-tier"
    #: The wording changed and the meaning did not (or was not declared to).
    CRITERION_REWORDED = "criterion-reworded"
    #: The manifest declares ``kind: revised``: the meaning changed, answers need re-confirmation.
    CRITERION_REVISED = "criterion-revised"
    THRESHOLD_CHANGED = "threshold-changed"
    CRITERION_SPLIT = "criterion-split"
    CRITERION_MERGED = "criterion-merged"


@attrs.frozen
class Change:
    """One change between two versions.

    Attributes:
        kind: What changed.
        old: The id in the older version ("" for an addition).
        new: The id in the newer version ("" for a removal).
        before: The older wording, title or threshold, where it matters.
        after: The newer one.
        note: The maintainer's note from the migration declaration, if any.
    """

    kind: ChangeKind
    old: str = ""
    new: str = ""
    before: str = ""
    after: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, str]:
        """The change as plain data for JSON."""
        return {
            "kind": self.kind.value,
            "old": self.old,
            "new": self.new,
            "before": self.before,
            "after": self.after,
            "note": self.note,
        }


@attrs.frozen
class Diff:
    """Every change from one version to the next, in a stable order."""

    old: Framework
    new: Framework
    changes: tuple[Change, ...]

    def of(self, kind: ChangeKind) -> tuple[Change, ...]:
        """The changes of one kind."""
        return tuple(change for change in self.changes if change.kind is kind)

    def to_dict(self) -> dict[str, Any]:
        """The diff as plain data for JSON."""
        return {
            "old": self.old.version,
            "new": self.new.version,
            "changes": [change.to_dict() for change in self.changes],
        }
