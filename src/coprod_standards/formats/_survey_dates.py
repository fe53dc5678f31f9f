"""When a survey closed: the latest response's date in a platform's export, or the date given.

The platforms write dates in several forms: ``2026-09-30 14:03``, ``2026/09/30
2:03 PM``, and ``30/09/2026`` or ``9/30/26``, day or month first, which the
whole column decides (a number above 12); a column that could be either is
an error, not a guess. A date that cannot be read, or is not a real one, is
refused at its line and column.
"""

from __future__ import annotations

import datetime
import re
from typing import NoReturn, cast

from coprod_standards.errors import CoprodError, DataError, Problem, echo

from ._survey_layouts import Layout
from ._survey_tables import Table

__all__ = ["closed_on"]

# Dates as the platforms write them: 2026-09-30 14:03, 2026/09/30 2:03 PM, and
# 30/09/2026 or 9/30/26 (day or month first: decided by the whole column).
_ISO = re.compile(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")
_SLASHED = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")


def closed_on(
    given: datetime.date | None, table: Table, layout: Layout, file: str
) -> datetime.date | None:
    """When the survey closed: *given*, where it is no earlier than the latest response."""
    if given is None:
        return _latest(table, layout, file)
    try:
        latest = _latest(table, layout, file)
    except CoprodError:  # dates it cannot read or order: the date given is why it was given
        return given
    if latest is not None and given < latest:
        raise CoprodError(
            f"{file}: the survey is said to have closed on {given.isoformat()}, before the "
            f"export's latest response ({latest.isoformat()}); give the date it closed, on "
            "or after that"
        )
    return given


def _latest(table: Table, layout: Layout, file: str) -> datetime.date | None:
    """The latest response's date, from the layout's date column; None where it has none."""
    if layout.date is None:
        return None
    index = layout.date
    body = table.rows[layout.header_rows :]
    # Each distinct date is read once: the first ten characters hold it in every form
    # the platforms write, and an export repeats a few hundred dates many times.
    cells = {row[index] if index < len(row) else "" for row in body}
    days = [cell for cell in cells if isinstance(cell, datetime.date)]
    texts = {cell[:10] for cell in cells if isinstance(cell, str) and cell.strip()}
    slashed: dict[tuple[int, int], int] = {}
    for text in texts:
        iso = _ISO.match(text)
        if iso:
            days.append(_day(int(iso[1]), int(iso[2]), int(iso[3]), file, table, layout, text))
            continue
        match = _SLASHED.match(text)
        if match is None:
            _unreadable(text, file, table, layout)
        year = _full_year(int(match[3]))
        slashed[int(match[1]), int(match[2])] = max(
            year, slashed.get((int(match[1]), int(match[2])), 0)
        )
    if slashed:
        day_first = _day_first(set(slashed), file)
        for (first, second), year in slashed.items():
            month, day = (second, first) if day_first else (first, second)
            days.append(_day(year, month, day, file, table, layout, (first, second)))
    return max((d.date() if isinstance(d, datetime.datetime) else d for d in days), default=None)


def _full_year(year: int) -> int:
    """A year written with two digits in full, as POSIX reads them: 69 to 99 are 19xx."""
    if year >= 100:
        return year
    return year + (1900 if year >= 69 else 2000)


def _located(table: Table, layout: Layout, written: str | tuple[int, int]) -> tuple[str, int, int]:
    """The first date in the date column written as *written*, with its line and column.

    *written* is a date's first ten characters, or a slashed date's first two numbers.
    """
    index = cast(int, layout.date)
    for number, row in enumerate(table.rows[layout.header_rows :]):
        cell = row[index] if index < len(row) else ""
        if isinstance(cell, str) and (
            cell[:10] == written if isinstance(written, str) else _pair(cell) == written
        ):
            return cell, table.lines[layout.header_rows + number], index + 1
    raise AssertionError(f"{written!r} was read from the date column, so it is there")


def _pair(cell: str) -> tuple[int, int] | None:
    """The first two numbers of a slashed date such as ``14/05/2026``."""
    match = _SLASHED.match(cell[:10])
    return None if match is None else (int(match[1]), int(match[2]))


def _unreadable(text: str, file: str, table: Table, layout: Layout) -> NoReturn:
    cell, line, column = _located(table, layout, text)
    raise DataError(
        [
            Problem(
                f"the date {echo(cell)} cannot be read; give --conducted-on instead",
                file,
                line,
                column,
                code="date",
            )
        ]
    )


def _day_first(pairs: set[tuple[int, int]], file: str) -> bool:
    """Whether the column's slashed dates put the day first: a number above 12 decides."""
    day_first = any(first > 12 for first, _ in pairs)
    month_first = any(second > 12 for _, second in pairs)
    if day_first == month_first:
        reason = "mixes day-first and month-first" if day_first else "could be day or month first"
        raise CoprodError(
            f"{file}: the export's dates {reason} (such as "
            f"{'/'.join(map(str, min(pairs)))}); say when the survey closed "
            "(--conducted-on YYYY-MM-DD) rather than have it guessed"
        )
    return day_first


def _day(
    year: int,
    month: int,
    day: int,
    file: str,
    table: Table,
    layout: Layout,
    written: str | tuple[int, int],
) -> datetime.date:
    """The date *year*-*month*-*day*; not a real one, a problem at the first cell so written."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        cell, line, column = _located(table, layout, written)
        raise DataError(
            [
                Problem(
                    f"the date {echo(cell)} is not a real date ({year}-{month:02d}-{day:02d}); "
                    "correct it, or give --conducted-on",
                    file,
                    line,
                    column,
                    code="date",
                )
            ]
        ) from None
