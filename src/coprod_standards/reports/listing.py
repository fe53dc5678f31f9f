"""The standards listed for people and programs: text, Markdown or JSON.

>>> from coprod_standards import load
>>> print(listing_text(load("1.1"), standard="3").splitlines()[0])
3. Respect
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from coprod_standards.core.models import Erratum, Framework, Standard

from .errata import corrected_reading, reading_line
from .labels import CORRECTED_READING, in_sentence
from .tables import markdown_text as _md

__all__ = ["listing_data", "listing_markdown", "listing_text"]

_WIDTH = 88


def _chosen(framework: Framework, standard: str | None) -> tuple[Standard, ...]:
    return framework.standards if standard is None else (framework.standard(standard),)


def _reading(text: str, errata: tuple[Erratum, ...]) -> str:
    """The corrected reading of *text* as a sentence; empty where no erratum applies."""
    return reading_line(text, errata)


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, _WIDTH, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def listing_text(framework: Framework, standard: str | None = None) -> str:
    """The standards (or the one with id *standard*) with their indicators and criteria."""
    headings = {definition.tier: definition.heading for definition in framework.tiers}
    lines: list[str] = []
    if standard is None:
        lines += [framework.name, ""]
    for chosen in _chosen(framework, standard):
        lines.append(f"{chosen.number}. {chosen.title}")
        lines += _wrapped(_reading(chosen.title, chosen.errata), "   ")
        lines += textwrap.wrap(chosen.prompt, _WIDTH, initial_indent="   ", subsequent_indent="   ")
        lines += _wrapped(_reading(chosen.prompt, chosen.errata), "   ")
        for indicator in chosen.indicators:
            lines += ["", f"  {indicator.id} {indicator.title}"]
            lines += _wrapped(_reading(indicator.title, indicator.errata), "    ")
            tier = None
            for criterion in indicator.criteria:
                if criterion.tier is not tier:
                    tier = criterion.tier
                    lines.append(f"    {headings[tier]}")
                head = f"      {criterion.id:<8} "
                lines += textwrap.wrap(
                    criterion.text,
                    _WIDTH,
                    initial_indent=head,
                    subsequent_indent=" " * len(head),
                    break_on_hyphens=False,
                )
                lines += _wrapped(_reading(criterion.text, criterion.errata), " " * len(head))
        lines.append("")
    return "\n".join(lines)


def listing_markdown(framework: Framework, standard: str | None = None) -> str:
    """The standards as Markdown: a heading per standard, a table per indicator."""
    headings = {definition.tier: definition.heading for definition in framework.tiers}
    lines: list[str] = []
    if standard is None:
        lines += [f"# {_md(framework.name)}", "", _md(framework.introduction), ""]
    for chosen in _chosen(framework, standard):
        lines += [f"## {chosen.number}. {_md(chosen.title)}", ""]
        for text in (chosen.title, chosen.prompt):
            if text is chosen.prompt:
                lines += [f"*{_md(chosen.prompt)}*", ""]
            if reading := _reading(text, chosen.errata):
                lines += [_md(reading), ""]
        for indicator in chosen.indicators:
            lines += [f"### {indicator.id} {_md(indicator.title)}", ""]
            if reading := _reading(indicator.title, indicator.errata):
                lines += [_md(reading), ""]
            lines += ["| Id | Tier | Criterion |", "| --- | --- | --- |"]
            for c in indicator.criteria:
                text = c.text
                if corrected := corrected_reading(c.text, c.errata):
                    text += f" ({in_sentence(CORRECTED_READING)}: {corrected.text})"
                lines.append(f"| {c.id} | {_md(headings[c.tier])} | {_md(text)} |")
            lines.append("")
    return "\n".join(lines)


def listing_data(
    framework: Framework,
    standard: str | None = None,
    *,
    unstructure: Callable[[object], Any],
) -> dict[str, Any]:
    """The standards as plain data for JSON, in the models' shape.

    *unstructure* turns a model into plain data in the shape of its file (the
    formats' ``converter.unstructure``: the reports know no file format).
    Beside each published wording (a standard's ``title`` and ``prompt``, an
    indicator's ``title``, a criterion's ``text``) stands its corrected
    reading (``corrected_title``, ``corrected_prompt``, ``corrected_text``):
    the same words where no erratum applies.
    """
    chosen = _chosen(framework, standard)
    data: dict[str, Any] = unstructure(framework)
    data["standards"] = [unstructure(s) for s in chosen]
    for standard_data, model in zip(data["standards"], chosen, strict=True):
        _add_readings(standard_data, model.errata, "title", "prompt")
        for indicator_data, indicator in zip(
            standard_data["indicators"], model.indicators, strict=True
        ):
            _add_readings(indicator_data, indicator.errata, "title")
            for criterion_data, criterion in zip(
                indicator_data["criteria"], indicator.criteria, strict=True
            ):
                _add_readings(criterion_data, criterion.errata, "text")
    return data


def _add_readings(data: dict[str, Any], errata: tuple[Erratum, ...], *keys: str) -> None:
    for key in keys:
        reading = corrected_reading(data[key], errata)
        data[f"corrected_{key}"] = data[key] if reading is None else reading.text
