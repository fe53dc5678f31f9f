"""Changing a YAML document loaded for its layout, so that comments stay where they were.

ruamel.yaml's round-trip loader keeps a comment line that stands above a key
with whatever comes before it: the end of the previous value (or, when that
value is a block mapping or sequence, of its last item). Replacing or
removing that value would carry the comment away: a criterion's published
text, written above its id, would end up above the next id or be lost.
`attach_comments_to_keys` moves each such comment to the key or item below
it, once, before anything is changed; `update` then changes values in place,
keeping the style (flow or block) and the comments of whatever did not
change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

__all__ = ["attach_comments_to_keys", "end_with", "remove", "update"]

# ruamel.yaml keeps a mapping entry's comments in ca.items[key] as
# [after key, before key, after value, ...] and a sequence item's as
# [after value, before item, ...].
_AFTER = {CommentedMap: 2, CommentedSeq: 0}
_BEFORE = 1


def _block(node: object) -> bool:
    return isinstance(node, CommentedMap | CommentedSeq) and bool(node) and not node.fa.flow_style()


def _keys(node: CommentedMap | CommentedSeq) -> list[Any]:
    return list(node) if isinstance(node, CommentedMap) else list(range(len(node)))


def _lines_after(container: CommentedMap | CommentedSeq, key: Any) -> list[CommentToken]:
    """Take the whole lines that follow ``container[key]`` off it, as comments before a key."""
    value = container[key]
    if _block(value):
        return _attach(value)
    slots = container.ca.items.get(key)
    token = None if slots is None else slots[_AFTER[type(container)]]
    if not isinstance(token, CommentToken):
        return []
    # The token holds the rest of the value's own line (a comment beside it,
    # or nothing), then the whole lines up to the next key.
    own, newline, rest = token.value.partition("\n")
    if not rest:
        return []
    token.value = own + newline
    lines = []
    for line in rest.splitlines(keepends=True):
        text = line.lstrip(" ")
        if text.startswith("#"):
            lines.append(CommentToken(text, CommentMark(len(line) - len(text))))
        else:
            lines.append(CommentToken("\n", CommentMark(0)))
    return lines


def _attach(node: CommentedMap | CommentedSeq) -> list[CommentToken]:
    """Attach the comment lines between *node*'s entries to the entry below them.

    Returns the lines after its last entry, taken off it, for whatever
    follows *node*.
    """
    lines: list[CommentToken] = []
    for key in _keys(node):
        if lines:
            slots = node.ca.items.setdefault(key, [None, None, None, None])
            slots[_BEFORE] = lines + (slots[_BEFORE] or [])
        lines = _lines_after(node, key)
    return lines


def attach_comments_to_keys(document: CommentedMap) -> list[CommentToken]:
    """Make each comment line in *document* belong to the key or item below it.

    Returns the comment lines after the last key, taken off it: give them
    to `end_with` once the document is changed.
    """
    return _attach(document) if _block(document) else []


def end_with(document: CommentedMap, lines: list[CommentToken]) -> None:
    """Put comment *lines* after the last thing in *document*.

    Where nothing else changed, the document dumps as it was loaded.
    """
    if not lines:
        return
    container: CommentedMap | CommentedSeq = document
    while container:
        key = _keys(container)[-1]
        if not _block(container[key]):
            break
        container = container[key]
    else:
        return  # an empty document: ruamel.yaml keeps no comments for it
    slots = container.ca.items.setdefault(key, [None, None, None, None])
    slot = _AFTER[type(container)]
    text = "".join(" " * line.start_mark.column + line.value for line in lines)
    token = slots[slot]
    if isinstance(token, CommentToken):
        token.value = token.value + text
    else:
        slots[slot] = CommentToken("\n" + text, CommentMark(0))


def update(container: CommentedMap | CommentedSeq, key: Any, value: Any) -> None:
    """Set ``container[key]`` to the plain data *value*, keeping what did not change.

    A mapping is changed key by key and a list item by item, so that the
    comments and style of the entries left alone stay; a new mapping where
    there was none is written in flow style, on its key's line.
    """
    old = container[key] if _has(container, key) else None
    if isinstance(value, Mapping) and isinstance(old, CommentedMap) and old:
        for entry in [entry for entry in old if entry not in value]:
            remove(old, entry)
        for entry, item in value.items():
            if entry not in old or old[entry] != item:
                update(old, entry, item)
    elif isinstance(value, list) and isinstance(old, CommentedSeq) and old:
        _refill(old, value)
    else:
        container[key] = _styled(value, like=old)


def remove(container: CommentedMap, key: Any) -> None:
    """Remove *key* from *container*, with the comments above and beside it."""
    del container[key]
    container.ca.items.pop(key, None)


def _has(container: CommentedMap | CommentedSeq, key: Any) -> bool:
    if isinstance(container, CommentedMap):
        return key in container
    return isinstance(key, int) and 0 <= key < len(container)


def _refill(old: CommentedSeq, value: Sequence[Any]) -> None:
    """Make *old* hold *value*, reusing its items that are still there (with their comments)."""
    items = list(old)
    slots = dict(old.ca.items)
    old.clear()
    old.ca.items.clear()
    sibling = next(iter(items), None)
    for item in value:
        index = next((i for i, was in enumerate(items) if was is not None and was == item), None)
        if index is None:
            old.append(_styled(item, like=sibling))
            continue
        old.append(items[index])
        if index in slots:
            old.ca.items[len(old) - 1] = slots[index]
        items[index] = None


def _styled(value: Any, like: object) -> Any:
    """*value* as a node written in the style of *like*, the node it replaces or sits beside.

    Without a collection to follow, a mapping or a list of plain values is
    written on one line, and a list of mappings one mapping a line.
    """
    if isinstance(like, CommentedMap | CommentedSeq) and like:
        flow = not _block(like)
    else:
        flow = not (isinstance(value, list) and any(isinstance(item, Mapping) for item in value))
    if isinstance(value, Mapping):
        node: CommentedMap | CommentedSeq = CommentedMap(
            (key, _styled(item, like=None)) for key, item in value.items()
        )
    elif isinstance(value, list):
        node = CommentedSeq(_styled(item, like=None) for item in value)
    else:
        return value
    if flow:
        node.fa.set_flow_style()
    else:
        node.fa.set_block_style()
    return node
