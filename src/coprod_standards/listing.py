"""The standards listed for people and programs: text, Markdown or JSON.

>>> from coprod_standards import load
>>> print(listing_text(load("1.1"), standard="3").splitlines()[0])
3. Respect
"""

from __future__ import annotations

import textwrap
from typing import Any

from .models import Framework, Standard
from .tables import markdown_text as _md

__all__ = ["listing_data", "listing_markdown", "listing_text"]

_WIDTH = 88


def _chosen(framework: Framework, standard: str | None) -> tuple[Standard, ...]:
    return framework.standards if standard is None else (framework.standard(standard),)


def listing_text(framework: Framework, standard: str | None = None) -> str:
    """The standards (or the one with id *standard*) with their indicators and criteria."""
    headings = {definition.tier: definition.heading for definition in framework.tiers}
    lines: list[str] = []
    if standard is None:
        lines += [framework.name, ""]
    for chosen in _chosen(framework, standard):
        lines.append(f"{chosen.number}. {chosen.title}")
        lines += textwrap.wrap(chosen.prompt, _WIDTH, initial_indent="   ", subsequent_indent="   ")
        for indicator in chosen.indicators:
            lines += ["", f"  {indicator.id} {indicator.title}"]
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
        lines.append("")
    return "\n".join(lines)


def listing_markdown(framework: Framework, standard: str | None = None) -> str:
    """The standards as Markdown: a heading per standard, a table per indicator."""
    headings = {definition.tier: definition.heading for definition in framework.tiers}
    lines: list[str] = []
    if standard is None:
        lines += [f"# {_md(framework.name)}", "", _md(framework.introduction), ""]
    for chosen in _chosen(framework, standard):
        lines += [
            f"## {chosen.number}. {_md(chosen.title)}",
            "",
            f"*{_md(chosen.prompt)}*",
            "",
        ]
        for indicator in chosen.indicators:
            lines += [
                f"### {indicator.id} {_md(indicator.title)}",
                "",
                "| Id | Tier | Criterion |",
                "| --- | --- | --- |",
            ]
            lines += [
                f"| {c.id} | {_md(headings[c.tier])} | {_md(c.text)} |" for c in indicator.criteria
            ]
            lines.append("")
    return "\n".join(lines)


def listing_data(framework: Framework, standard: str | None = None) -> dict[str, Any]:
    """The standards as plain data for JSON, in the models' shape."""
    from ._converter import converter

    data: dict[str, Any] = converter.unstructure(framework)
    if standard is not None:
        chosen = framework.standard(standard)
        data["standards"] = [converter.unstructure(chosen)]
    return data
