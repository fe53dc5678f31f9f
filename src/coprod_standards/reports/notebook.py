"""Evaluations as tables in Jupyter: ``%load_ext coprod_standards``.

The core's `Evaluation` holds data and no markup; this IPython extension
registers the table a notebook shows for it. (A `Summary` displays as a
table without it: it is the reports' own object.)
"""

from __future__ import annotations

from typing import Any

from coprod_standards.core.results import Evaluation

from .labels import assessed_name, tier_label
from .tables import records_html

__all__ = ["evaluation_table", "load_ipython_extension"]


def evaluation_table(evaluation: Evaluation) -> str:
    """A captioned HTML table of *evaluation*'s standards and its overall tier."""
    assessment = evaluation.assessment
    who = assessed_name(assessment.organisation, assessment.service)
    rows = [
        {"standard": f"{r.standard.number}. {r.standard.title}", "tier": tier_label(r.achieved)}
        for r in evaluation.standards
    ]
    rows.append({"standard": "Overall", "tier": tier_label(evaluation.overall)})
    caption = f"{who}, {assessment.assessed_on.isoformat()}: {evaluation.framework.name}"
    return records_html(rows, caption, headings={"standard": "Standard", "tier": "Tier"})


def load_ipython_extension(ipython: Any) -> None:
    """Show every `Evaluation` as `evaluation_table` in this IPython session."""
    ipython.display_formatter.formatters["text/html"].for_type(Evaluation, evaluation_table)
