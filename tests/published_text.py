"""An independent reading of the published checklist, to check the transcription.

The published text (``../shared/source/*.txt`` beside the checkout) is the
checklist's tables as tab-separated rows with HTML lists inside the cells and
the page header repeated on every page. This module reads it into standards,
rows and tier cells, applying the transcription rules the project follows:

* a row whose title cell is empty continues the row above across a page break;
* text at the start of such a continuation cell that is not a list item
  continues the sentence of the cell's last bullet (joined with one space);
* list items on the continuation page are further bullets of the same cell;
* empty bullets and the leading "•" characters are dropped, inline markup
  (``<b>``, ``<u>``, ``<p>``) is removed, and every other character is kept.

It shares no code with the library, so that a mistake in one shows up as a
difference against the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_DIRECTORY = Path(__file__).resolve().parents[2] / "shared" / "source"
TIER_COLUMNS = ("bronze", "silver", "gold")

_HEADING = re.compile(r"^#+ (\d+)\. (.+?)\s*$")
_PROMPT = re.compile(r"^\*(.+)\*\s*$")
_FRAGMENT = re.compile(r"<li>(.*?)</li>|<p>(.*?)</p>|([^<>]+)", re.DOTALL)
_INLINE_TAG = re.compile(r"</?(?:b|u|p)>")
_LIST_TAG = re.compile(r"</?ul[^>]*>")


@dataclass
class Row:
    """One quality-indicator row: its title and the bullets of each tier cell."""

    title: str
    cells: dict[str, list[str]] = field(default_factory=lambda: {tier: [] for tier in TIER_COLUMNS})


@dataclass
class PublishedStandard:
    """One standard's heading, italic prompt and table rows."""

    number: int
    title: str
    prompt: str = ""
    rows: list[Row] = field(default_factory=list)


@dataclass
class PublishedText:
    """The whole published checklist as read from its text."""

    raw: str
    title: str
    subtitle: str
    introduction: str
    standards: list[PublishedStandard]


def source_file() -> Path | None:
    """The published text beside the checkout, or None where it is absent."""
    if not SOURCE_DIRECTORY.is_dir():
        return None
    candidates = sorted(SOURCE_DIRECTORY.glob("*.txt"))
    return candidates[0] if candidates else None


def _clean(text: str) -> str:
    text = _INLINE_TAG.sub("", text).strip()
    return text.lstrip("•").strip()


def _fragments(cell: str) -> list[tuple[bool, str]]:
    """A cell's pieces in order, each flagged True when it is a list item."""
    cell = _LIST_TAG.sub("", cell)
    pieces: list[tuple[bool, str]] = []
    for match in _FRAGMENT.finditer(cell):
        item, paragraph, bare = match.groups()
        if item is not None:
            pieces.append((True, _clean(item)))
        else:
            text = _clean(paragraph if paragraph is not None else bare)
            if text:
                pieces.append((False, text))
    return pieces


def _add_cell(bullets: list[str], cell: str, *, continuation: bool) -> None:
    for is_item, text in _fragments(cell):
        if not is_item and continuation and bullets:
            bullets[-1] = f"{bullets[-1]} {text}"
        elif text:
            bullets.append(text)
        continuation = False


def read(path: Path) -> PublishedText:
    """Read the published text at *path* into standards, rows and cells."""
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    title = next(line[2:].strip() for line in lines if line.startswith("# "))
    subtitle_line = next(line.strip("# ").strip() for line in lines if line.startswith("## How"))
    subtitle = subtitle_line.rsplit(" V", 1)[0]
    introduction = next(line.strip() for line in lines if line.startswith("This checklist"))
    standards: list[PublishedStandard] = []
    for line in lines:
        heading = _HEADING.match(line)
        if heading:
            standards.append(PublishedStandard(int(heading[1]), heading[2]))
            continue
        prompt = _PROMPT.match(line)
        if prompt and standards and not standards[-1].prompt:
            standards[-1].prompt = prompt[1]
            continue
        if "\t" not in line or line.startswith("Quality indicator"):
            continue
        cells = line.split("\t")
        row_title = _clean(cells[0])
        tier_cells = cells[1:4]
        if not row_title and not any("<" in cell or len(cell.strip()) > 1 for cell in tier_cells):
            continue  # the row of stars under a heading row
        rows = standards[-1].rows
        continuation = not row_title
        if not continuation:
            rows.append(Row(row_title))
        for tier, cell in zip(TIER_COLUMNS, tier_cells, strict=True):
            _add_cell(rows[-1].cells[tier], cell, continuation=continuation)
    return PublishedText(raw, title, subtitle, introduction, standards)
