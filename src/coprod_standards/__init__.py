"""coprod-standards: the Co-Production Quality Standards as typed, versioned data.

The checklist "Co-Production Quality Standards — How are we doing? V1.1"
as a library: its ten standards, 36 quality indicators and their Bronze,
Silver and Gold criteria, transcribed verbatim and loaded as frozen models.

>>> import coprod_standards
>>> framework = coprod_standards.load()
>>> framework.name
'Co-Production Quality Standards — How are we doing? V1.1'
>>> framework.indicator("8.3").title
'Empowerment and Involvement of Service Users and Experts by Experience (EEs), including staff'

This package's names are the ones a user needs: load the standards, read,
write and evaluate an assessment, report on it, and check a new version.
Everything else is importable from the module that defines it (each declares
its ``__all__``): the results' parts from `coprod_standards.core.results`,
the models' smaller parts from `coprod_standards.core.models`, the plan's
items from `coprod_standards.reports.plan`, and so on.
"""

from typing import TYPE_CHECKING, Any

from .core.models import Framework, Tier
from .errors import CoprodError, DataError, Problem
from .formats.loader import available_versions, load, load_path

if TYPE_CHECKING:
    from .core.assessment import Answer, Assessment, Status, SurveyResponse
    from .core.engine import evaluate, evaluate_many
    from .core.policy import BandReading, Consensus, Policy, PopulationRule, RollUp
    from .core.results import Evaluation, Outcome
    from .formats.assessment_batches import load_assessments
    from .formats.assessment_files import (
        assessment_from_data,
        dumps_assessment,
        load_assessment,
        parse_assessment,
        save_assessment,
    )
    from .formats.survey_exports import tally_survey
    from .formats.template import assessment_template
    from .reports.dataframe import to_dataframe
    from .reports.explanations import explain
    from .reports.html_report import evaluation_html
    from .reports.plan import action_plan
    from .reports.progress import compare
    from .reports.summary import summarise
    from .tooling.changes import diff
    from .tooling.migration import migrate
    from .tooling.validation import validate

# Assessments and evaluation are imported on first use (PEP 562), so that a
# program that only loads the standards does not pay for them: importing the
# package and loading a version stays within the cost of its dependencies'
# imports (benchmarks/bench_load.py).
_LAZY = {
    **dict.fromkeys(("Answer", "Assessment", "Status", "SurveyResponse"), "core.assessment"),
    **dict.fromkeys(
        (
            "assessment_from_data",
            "dumps_assessment",
            "load_assessment",
            "parse_assessment",
            "save_assessment",
        ),
        "formats.assessment_files",
    ),
    "load_assessments": "formats.assessment_batches",
    **dict.fromkeys(("evaluate", "evaluate_many"), "core.engine"),
    **dict.fromkeys(
        ("BandReading", "Consensus", "Policy", "PopulationRule", "RollUp"), "core.policy"
    ),
    **dict.fromkeys(("Evaluation", "Outcome"), "core.results"),
    "assessment_template": "formats.template",
    "compare": "reports.progress",
    "evaluation_html": "reports.html_report",
    "explain": "reports.explanations",
    "action_plan": "reports.plan",
    "summarise": "reports.summary",
    "to_dataframe": "reports.dataframe",
    "tally_survey": "formats.survey_exports",
    "diff": "tooling.changes",
    "migrate": "tooling.migration",
    "validate": "tooling.validation",
}


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext coprod_standards``: evaluations display as tables in Jupyter."""
    from .reports.notebook import load_ipython_extension as register

    register(ipython)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Answer",
    "Assessment",
    "BandReading",
    "Consensus",
    "CoprodError",
    "DataError",
    "Evaluation",
    "Framework",
    "Outcome",
    "Policy",
    "PopulationRule",
    "Problem",
    "RollUp",
    "Status",
    "SurveyResponse",
    "Tier",
    "__version__",
    "action_plan",
    "assessment_from_data",
    "assessment_template",
    "available_versions",
    "compare",
    "diff",
    "dumps_assessment",
    "evaluate",
    "evaluate_many",
    "evaluation_html",
    "explain",
    "load",
    "load_assessment",
    "load_assessments",
    "load_path",
    "migrate",
    "parse_assessment",
    "save_assessment",
    "summarise",
    "tally_survey",
    "to_dataframe",
    "validate",
]

__version__ = "0.1.0"
