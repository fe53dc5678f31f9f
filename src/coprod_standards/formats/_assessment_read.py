"""Reading an assessment fast, and re-reading it with places where it has problems.

`fast` reads a document without recording where its values are
(`._fast_read`), structures it and checks it against the standards; it
returns None at the first sign of a problem, and the caller reads the
document again with the locating reader, which reports every problem with its
line and column. So the same text gives the same assessment, or the same
problems, whichever reader reads it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from coprod_standards.core.assessment import Assessment
from coprod_standards.core.models import Framework
from coprod_standards.errors import CoprodError, Problem

from ._fast_read import Unusual, json_data, yaml_data

if TYPE_CHECKING:
    from ._parsed import Parsed

__all__ = ["fast", "json_syntax_problem"]


def fast(text: str, format: str, framework: Framework | None) -> Assessment | None:
    """The assessment in *text*, or None where the locating reader must read it.

    None means that the text has a problem, or something rare that only the
    locating reader reads (see `._fast_read`); never that it is wrong.
    """
    from coprod_standards.core._assessment_checks import check_assessment

    from ._converter import converter
    from .loader import load

    try:
        data = json_data(text) if format == "json" else yaml_data(text)
    except Unusual:
        return None
    if framework is None:
        version = data.get("version") if type(data) is dict else None
        if type(version) is not str:
            return None
        try:
            framework = load(version)
        except CoprodError:
            return None
    try:
        assessment = converter.structure(data, Assessment)
    except Exception:  # noqa: BLE001 - the locating reader reports it
        return None
    for _finding in check_assessment(framework, assessment):
        return None
    return assessment


def json_syntax_problem(text: str, name: str, parsed: Parsed) -> Problem | None:
    """What makes *text* not JSON though the YAML reader read it (as *parsed*), if anything.

    JSON is YAML's flow style, so the YAML reader also reads what JSON does
    not allow: comments, single quotes, keys without quotes, trailing commas,
    NaN. A file declared JSON is refused for them, at the place the `json`
    module names.
    """
    from ._parsed import Span, problem_at

    constants: list[str] = []

    def refuse(constant: str) -> object:
        constants.append(constant)
        raise ValueError(constant)

    try:
        json.loads(text, parse_constant=refuse)
    except json.JSONDecodeError as error:
        line, column = error.lineno - 1, error.colno - 1
        span = Span(line, column, error.pos, error.pos)
        message = (
            f"this is not valid JSON: {error.msg}; the file is read as JSON because of its "
            "name (.json): write it as JSON, or save it as .yaml"
        )
        return problem_at(name, text, span, "$", message, "json-syntax")
    except ValueError:
        if not constants:
            return None  # a number too long to read, which the checks report
        for path, span in parsed.values.items():
            if text[span.start : span.end] == constants[0]:
                message = f"{constants[0]} is not a JSON value; write a number, or a text in quotes"
                return parsed.problem(path, message, code="json-syntax")
    except RecursionError:
        return None  # the YAML reader has read it, and the checks report what it holds
    return None
