"""A changelog to publish: the changes between two versions of the standards, in Markdown.

>>> import coprod_standards
>>> from coprod_standards.tooling.changes import diff
>>> v1_1 = coprod_standards.load("1.1")
>>> print(diff_markdown(diff(v1_1, v1_1)).splitlines()[-1])
No changes.
"""

from __future__ import annotations

from coprod_standards.core.changes import Change, ChangeKind, Diff, normalised

from .tables import markdown_text as _md

__all__ = ["diff_markdown"]

_HEADINGS = {
    ChangeKind.STANDARD_ADDED: "Standards added",
    ChangeKind.STANDARD_REMOVED: "Standards removed",
    ChangeKind.STANDARD_RETITLED: "Standards retitled",
    ChangeKind.STANDARD_PROMPT_CHANGED: "Standards' prompts changed",
    ChangeKind.INDICATOR_ADDED: "Quality indicators added",
    ChangeKind.INDICATOR_REMOVED: "Quality indicators removed",
    ChangeKind.INDICATOR_RETITLED: "Quality indicators retitled",
    ChangeKind.CRITERION_ADDED: "Criteria added",
    ChangeKind.CRITERION_REMOVED: "Criteria removed",
    ChangeKind.CRITERION_MOVED_INDICATOR: "Criteria moved to another indicator",
    ChangeKind.CRITERION_MOVED_TIER: "Criteria moved to another tier",
    ChangeKind.CRITERION_REWORDED: "Criteria reworded",
    ChangeKind.CRITERION_REVISED: "Criteria revised",
    ChangeKind.THRESHOLD_CHANGED: "Survey thresholds changed",
    ChangeKind.CRITERION_SPLIT: "Criteria split",
    ChangeKind.CRITERION_MERGED: "Criteria merged",
}


def diff_markdown(result: Diff) -> str:
    """A changelog of *result* for release notes, in Markdown."""
    lines = [
        f"# Changes from version {result.old.version} to {result.new.version}",
        "",
        f"{result.new.name}: what changed since version {result.old.version}.",
    ]
    if not result.changes:
        lines += ["", "No changes."]
    for kind in ChangeKind:
        changes = result.of(kind)
        if not changes:
            continue
        lines += ["", f"## {_HEADINGS[kind]}", ""]
        for change in changes:
            lines.append(f"- {_describe(change)}")
    return "\n".join(lines) + "\n"


def _describe(change: Change) -> str:
    note = f" ({_md(change.note)})" if change.note else ""
    kind = change.kind
    if kind in (ChangeKind.STANDARD_ADDED, ChangeKind.INDICATOR_ADDED, ChangeKind.CRITERION_ADDED):
        return f"**{change.new}**: {_md(change.after)}{note}"
    if kind in (
        ChangeKind.STANDARD_REMOVED,
        ChangeKind.INDICATOR_REMOVED,
        ChangeKind.CRITERION_REMOVED,
    ):
        return f"**{change.old}**: {_md(change.before)}{note}"
    if kind is ChangeKind.CRITERION_SPLIT:
        return (
            f"**{change.old}** became {', '.join(change.new.split())}: {_md(change.before)}{note}"
        )
    if kind is ChangeKind.CRITERION_MERGED:
        return f"{', '.join(change.old.split())} became **{change.new}**: {_md(change.after)}{note}"
    ids = change.old if change.old == change.new else f"{change.old} → {change.new}"
    if kind is ChangeKind.CRITERION_REVISED and normalised(change.before) == normalised(
        change.after
    ):
        return f"**{ids}**: the meaning of “{_md(change.after)}” changed{note}"
    if kind in (
        ChangeKind.CRITERION_REVISED,
        ChangeKind.CRITERION_REWORDED,
        ChangeKind.STANDARD_RETITLED,
        ChangeKind.STANDARD_PROMPT_CHANGED,
        ChangeKind.INDICATOR_RETITLED,
    ):
        return f"**{ids}**: “{_md(change.before)}” is now “{_md(change.after)}”{note}"
    return f"**{ids}**: from {_md(change.before)} to {_md(change.after)}{note}"
