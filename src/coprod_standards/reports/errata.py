"""What published words with a typo probably mean, for every output to show beside them.

The standards keep their published text verbatim, typos included; an
`Erratum` records the correction. Wherever the text is shown, the corrected
reading is shown after it.

>>> from coprod_standards import load
>>> criterion = load("1.1").criterion("5.5.B2")
>>> criterion.text
'All building used are easily reached via transportation.'
>>> corrected_reading(criterion.text, criterion.errata)
Reading(text='All buildings used are easily reached via transportation.', notes=())
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from coprod_standards.core.models import Erratum

from .labels import CORRECTED_READING

__all__ = ["Reading", "corrected_reading", "reading_line"]


class Reading(NamedTuple):
    """Published words as corrected, with why where that is not obvious."""

    text: str
    notes: tuple[str, ...]


def corrected_reading(text: str, errata: tuple[Erratum, ...]) -> Reading | None:
    """*text* with those of *errata* made that occur in it; None where none does."""
    applying = [erratum for erratum in errata if erratum.original in text]
    if not applying:
        return None
    corrected = text
    for erratum in applying:
        corrected = erratum.apply(corrected)
    return Reading(corrected, tuple(erratum.note for erratum in applying if erratum.note))


def reading_line(text: str, errata: tuple[Erratum, ...], escape: Callable[[str], str] = str) -> str:
    """``Corrected reading: …`` for *text*, with any notes; empty where no erratum applies.

    The reading and its notes pass through *escape*, which makes them safe for
    the output at hand (Markdown, HTML); the label is the library's own.

    >>> from coprod_standards import load
    >>> criterion = load("1.1").criterion("6.2.S2")
    >>> reading_line(criterion.text, criterion.errata)[-46:]
    'feel communication is. 75% report satisfaction'
    """
    reading = corrected_reading(text, errata)
    if reading is None:
        return ""
    notes = "".join(f" ({escape(note)})" for note in reading.notes)
    return f"{CORRECTED_READING}: {escape(reading.text)}{notes}"
