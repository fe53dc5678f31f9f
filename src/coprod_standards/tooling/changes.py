"""What changed between two versions of the standards.

Criteria are matched across versions by the decisions the newer manifest
declares (renamed, split, merged, retired...), then by id, then, for an id
that disappeared without a declaration, by identical wording elsewhere (a
move). Each matched pair is then compared: moved to another indicator or
tier, reworded (or, where the manifest declares ``kind: revised``, revised:
its meaning changed), threshold changed. `coprod_standards.reports.changelog`
writes the changes as a changelog to publish.

>>> import coprod_standards
>>> v1_1 = coprod_standards.load("1.1")
>>> diff(v1_1, v1_1).changes
()
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from coprod_standards.core.changes import Change, ChangeKind, Diff, normalised
from coprod_standards.core.models import Criterion, Framework, MigrationEntry, MigrationKind

__all__ = ["Change", "ChangeKind", "Diff", "diff"]


def _threshold(criterion: Criterion) -> str:
    survey = criterion.survey
    if survey is None:
        return "no survey"
    band = f"-{survey.band_upper_percent}" if survey.band_upper_percent is not None else ""
    return (
        f"{survey.minimum_percent}{band}% of {' and '.join(survey.populations)} "
        f"({survey.metric}, {survey.frequency.value})"
    )


#: A criterion of the older version, its match in the newer, the note and the declared kind.
_Pair = tuple[Criterion, Criterion, str, MigrationKind | None]


_REMOVALS_SPLITS_AND_MERGES = (MigrationKind.RETIRED, MigrationKind.SPLIT, MigrationKind.MERGED)


def _declared_changes(
    entry: MigrationEntry, known_old: list[Criterion], targets: list[Criterion]
) -> list[Change]:
    """The changes a declared removal, split or merge makes."""
    if entry.kind is MigrationKind.RETIRED:
        return [
            Change(
                ChangeKind.CRITERION_REMOVED,
                old=criterion.id,
                before=criterion.text,
                note=entry.note,
            )
            for criterion in known_old
        ]
    if entry.kind is MigrationKind.SPLIT:
        return [
            Change(
                ChangeKind.CRITERION_SPLIT,
                old=known_old[0].id,
                new=" ".join(c.id for c in targets),
                before=known_old[0].text,
                note=entry.note,
            )
        ]
    if entry.kind is MigrationKind.MERGED:
        return [
            Change(
                ChangeKind.CRITERION_MERGED,
                old=" ".join(c.id for c in known_old),
                new=" ".join(c.id for c in targets),
                after=targets[0].text if targets else "",
                note=entry.note,
            )
        ]
    return []


@attrs.define
class _Matching:
    """Criteria of two versions as they are matched: the pairs, the changes, the ids used."""

    old_ids: dict[str, Criterion]
    new_ids: dict[str, Criterion]
    pairs: list[_Pair] = attrs.field(factory=list)
    changes: list[Change] = attrs.field(factory=list)
    matched_old: set[str] = attrs.field(factory=set)
    matched_new: set[str] = attrs.field(factory=set)

    def match_declared(self, entry: MigrationEntry) -> None:
        """Match the criteria the manifest's *entry* declares."""
        known_old = [self.old_ids[id] for id in entry.old if id in self.old_ids]
        if not known_old:
            return
        self.matched_old.update(c.id for c in known_old)
        targets = [self.new_ids[id] for id in entry.targets if id in self.new_ids]
        self.matched_new.update(c.id for c in targets)
        if entry.kind in _REMOVALS_SPLITS_AND_MERGES:
            self.changes += _declared_changes(entry, known_old, targets)
        elif targets:
            self.pairs.append((known_old[0], targets[0], entry.note, entry.kind))

    def match_by_id(self) -> None:
        """Match the criteria left whose id both versions have."""
        for id, criterion in self.old_ids.items():
            if id not in self.matched_old and id in self.new_ids and id not in self.matched_new:
                self.pairs.append((criterion, self.new_ids[id], "", None))
                self.matched_old.add(id)
                self.matched_new.add(id)

    def match_moved(self) -> None:
        """Match the criteria left by their wording (a move); the others were removed."""
        by_text = {
            normalised(c.text): c for id, c in self.new_ids.items() if id not in self.matched_new
        }
        for id, criterion in self.old_ids.items():
            if id in self.matched_old:
                continue
            moved = by_text.pop(normalised(criterion.text), None)
            if moved is not None:
                self.pairs.append((criterion, moved, "", None))
                self.matched_new.add(moved.id)
            else:
                self.changes.append(
                    Change(ChangeKind.CRITERION_REMOVED, old=id, before=criterion.text)
                )

    def added(self) -> None:
        """The criteria of the newer version that nothing matched were added."""
        for id, criterion in self.new_ids.items():
            if id not in self.matched_new:
                self.changes.append(
                    Change(ChangeKind.CRITERION_ADDED, new=id, after=criterion.text)
                )


def _pairs(old: Framework, new: Framework) -> tuple[list[_Pair], list[Change]]:
    """Matched (old, new, note, kind) criteria, and the split, merge and removal changes."""
    matching = _Matching({c.id: c for c in old.criteria}, {c.id: c for c in new.criteria})
    for entry in () if new.migration is None else new.migration.criteria:
        matching.match_declared(entry)
    matching.match_by_id()
    matching.match_moved()
    matching.added()
    return matching.pairs, matching.changes


def _titled(
    old: dict[str, str],
    new: dict[str, str],
    added: ChangeKind,
    removed: ChangeKind,
    retitled: ChangeKind,
) -> Iterator[Change]:
    """Standards or indicators, by id to title: added, retitled, removed."""
    for id, title in new.items():
        if id not in old:
            yield Change(added, new=id, after=title)
        elif old[id] != title:
            yield Change(retitled, old=id, new=id, before=old[id], after=title)
    for id, title in old.items():
        if id not in new:
            yield Change(removed, old=id, before=title)


def diff(old: Framework, new: Framework) -> Diff:
    """Every change from version *old* to version *new*."""
    changes = [
        *_titled(
            {s.id: s.title for s in old.standards},
            {s.id: s.title for s in new.standards},
            ChangeKind.STANDARD_ADDED,
            ChangeKind.STANDARD_REMOVED,
            ChangeKind.STANDARD_RETITLED,
        ),
        *_titled(
            {i.id: i.title for i in old.indicators},
            {i.id: i.title for i in new.indicators},
            ChangeKind.INDICATOR_ADDED,
            ChangeKind.INDICATOR_REMOVED,
            ChangeKind.INDICATOR_RETITLED,
        ),
    ]
    old_prompts = {s.id: s.prompt for s in old.standards}
    changes += [
        Change(ChangeKind.STANDARD_PROMPT_CHANGED, s.id, s.id, old_prompts[s.id], s.prompt)
        for s in new.standards
        if s.id in old_prompts and normalised(old_prompts[s.id]) != normalised(s.prompt)
    ]
    pairs, criterion_changes = _pairs(old, new)
    changes += criterion_changes
    for before, after, note, declared in pairs:
        if before.indicator_id != after.indicator_id:
            changes.append(
                Change(
                    ChangeKind.CRITERION_MOVED_INDICATOR,
                    before.id,
                    after.id,
                    before.indicator_id,
                    after.indicator_id,
                    note,
                )
            )
        if before.tier is not after.tier:
            changes.append(
                Change(
                    ChangeKind.CRITERION_MOVED_TIER,
                    before.id,
                    after.id,
                    before.tier.value,
                    after.tier.value,
                    note,
                )
            )
        # A declared revision is reported as one, whether or not its words changed.
        revised = declared is MigrationKind.REVISED
        if revised or normalised(before.text) != normalised(after.text):
            changes.append(
                Change(
                    ChangeKind.CRITERION_REVISED if revised else ChangeKind.CRITERION_REWORDED,
                    before.id,
                    after.id,
                    before.text,
                    after.text,
                    note,
                )
            )
        if before.survey != after.survey:
            changes.append(
                Change(
                    ChangeKind.THRESHOLD_CHANGED,
                    before.id,
                    after.id,
                    _threshold(before),
                    _threshold(after),
                    note,
                )
            )
    order = list(ChangeKind)
    changes.sort(key=lambda change: (order.index(change.kind), _id_key(change.new or change.old)))
    return Diff(old, new, tuple(changes))


def _id_key(id: str) -> tuple[int, ...]:
    # "1.2.S3" sorts as (1, 2, 1, 3): Bronze, Silver, Gold in the checklist's order.
    key: list[int] = []
    for part in id.split()[0].split(".") if id else []:
        if part.isdigit():
            key.append(int(part))
        else:
            key += ["BSG".find(part[0]), int(part[1:] or 0)]
    return tuple(key)
