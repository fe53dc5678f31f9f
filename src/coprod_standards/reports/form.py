"""An offline form to fill in an assessment together: one self-contained HTML file.

The page holds the standards (every standard, indicator and criterion with
its published text) and the scripts and style that make it a form: answers,
evidence, comments, groups' views, indicator notes and surveys; progress
and the tier reached so far; the work kept in the browser's local storage;
"Save assessment" downloads a JSON assessment file that `load_assessment`
reads; a saved JSON or YAML file can be opened to carry on. It makes no
network request and loads nothing from anywhere: it opens from a USB stick
or an email.

It is built from the framework, so each version of the standards gets its
own form. Text is placed in the page as data and shown with ``textContent``,
never as markup.

>>> from coprod_standards import load
>>> page = assessment_form(load("1.1"))
>>> page.startswith("<!DOCTYPE html>"), "1.2.B1" in page, "://" in page
(True, True, False)
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Mapping
from typing import Any

from coprod_standards.core.models import Criterion, Framework

from .labels import (
    AREAS_TO_IMPROVE,
    COMMENT,
    EVIDENCE,
    EVIDENCE_ITEMS,
    NO_TIER,
    OUTCOMES,
    REASON,
    TIERS,
    people,
)

__all__ = ["assessment_form", "form_data"]

#: The form's scripts, in the order the page runs them, in ``form_assets/`` beside this module:
#: the evaluator, the file reader and writer, the page, its display and its state.
_SCRIPTS = ("evaluator.js", "files.js", "page.js", "ui.js", "form.js")

# Nothing from anywhere: scripts and styles are the page's own, and it connects to nothing.
_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"


def _criterion(criterion: Criterion) -> dict[str, Any]:
    survey = criterion.survey
    return {
        "id": criterion.id,
        "tier": criterion.tier.value,
        "text": criterion.text,
        "survey": None
        if survey is None
        else {
            "metric": survey.metric,
            "populations": list(survey.populations),
            "minimum_percent": survey.minimum_percent,
            "band_upper_percent": survey.band_upper_percent,
        },
    }


def form_data(framework: Framework) -> dict[str, Any]:
    """What the form's scripts know of *framework*: its text, ids, survey thresholds and labels.

    >>> from coprod_standards import load
    >>> form_data(load("1.1"))["standards"][0]["indicators"][1]["criteria"][0]["id"]
    '1.2.B1'
    """
    return {
        "id": framework.id,
        "title": framework.title,
        "subtitle": framework.subtitle,
        "version": framework.version,
        "introduction": framework.introduction,
        "metrics": [{"id": m.id, "name": m.name} for m in framework.survey_metrics],
        "populations": [
            {"id": p.id, "name": p.name or people(p.id)} for p in framework.survey_populations
        ],
        "standards": [
            {
                "id": standard.id,
                "title": standard.title,
                "prompt": standard.prompt,
                "indicators": [
                    {
                        "id": indicator.id,
                        "title": indicator.title,
                        "criteria": [_criterion(c) for c in indicator.criteria],
                    }
                    for indicator in standard.indicators
                ],
            }
            for standard in framework.standards
        ],
        "labels": {
            "tiers": TIERS,
            "no_tier": NO_TIER,
            "outcomes": OUTCOMES,
            "evidence": EVIDENCE,
            "evidence_items": EVIDENCE_ITEMS,
            "comment": COMMENT,
            "reason": REASON,
            "areas": AREAS_TO_IMPROVE,
        },
    }


def _script_data(value: object) -> str:
    """*value* as JSON that cannot end its script element or start markup."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    for character in "<>&\u2028\u2029":
        text = text.replace(character, f"\\u{ord(character):04x}")
    return text


def assessment_form(framework: Framework, assessment: Mapping[str, Any] | None = None) -> str:
    """The offline form for *framework* as one HTML page, filled in with *assessment* where given.

    *assessment* is an assessment's plain data in the file format, as
    ``assessment_to_data(assessment, dates_as_text=True)`` gives it; without
    it the form starts blank, dated the day it is opened.
    """
    title = f"{framework.title}: {framework.subtitle} V{framework.version}, an assessment form"
    scripts = "\n".join(_asset(name) for name in _SCRIPTS)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_escape(title)}</title>\n<style>{_asset('form.css')}</style>\n</head>\n<body>\n"
        '<div id="form-root"></div>\n'
        "<noscript><p>This form needs JavaScript, which this browser has turned off. "
        "Print the checklist from the coprod-standards documentation instead.</p></noscript>\n"
        '<script type="application/json" id="coprod-framework">'
        f"{_script_data(form_data(framework))}</script>\n"
        f'<script type="application/json" id="coprod-assessment">{_script_data(assessment)}'
        "</script>\n"
        f"<script>{scripts}</script>\n</body>\n</html>\n"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.cache
def _asset(name: str) -> str:
    """The text of one of the form's scripts or its style sheet."""
    return (
        importlib.resources.files(__package__)
        .joinpath("form_assets")
        .joinpath(name)
        .read_text("utf-8")
    )
