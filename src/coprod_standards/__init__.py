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
"""

from typing import TYPE_CHECKING, Any

from .core.models import (
    Criterion,
    Erratum,
    Framework,
    Frequency,
    Indicator,
    Migration,
    MigrationEntry,
    MigrationKind,
    SourceRef,
    Standard,
    SurveyMetric,
    SurveyPopulation,
    SurveyThreshold,
    Tier,
    TierDefinition,
)
from .errors import (
    CoprodError,
    DataError,
    FieldError,
    Problem,
    UnknownIdError,
    UnknownVersionError,
)
from .formats.loader import available_versions, load, load_path

if TYPE_CHECKING:
    from .core.assessment import (
        Answer,
        AnswerIndex,
        Assessment,
        AssessmentSource,
        CarriedAnswer,
        IndicatorNote,
        Status,
        SurveyResponse,
    )
    from .core.engine import evaluate, evaluate_many
    from .core.policy import BandReading, Consensus, Policy, PopulationRule, RollUp
    from .core.results import (
        CriterionResult,
        Evaluation,
        IndicatorResult,
        Outcome,
        PopulationCheck,
        StandardResult,
        SurveyCheck,
    )
    from .formats.assessment_files import (
        assessment_to_data,
        dumps_assessment,
        load_assessment,
        parse_assessment,
        save_assessment,
    )
    from .reports.html_report import evaluation_html
    from .reports.plan import PlanItem, PlanPhase, action_plan
    from .reports.progress import Comparison, compare
    from .reports.summary import Summary, summarise
    from .reports.template import assessment_template
    from .tooling.changes import Change, ChangeKind, Diff, diff
    from .tooling.fingerprints import fingerprint
    from .tooling.migration import MigrationResult, migrate
    from .tooling.validation import Diagnostic, Severity, validate

# Assessments and evaluation are imported on first use (PEP 562), so that a
# program that only loads the standards does not pay for them: importing the
# package and loading a version stays within the cost of its dependencies'
# imports (benchmarks/bench_load.py).
_LAZY = {
    **dict.fromkeys(
        (
            "Answer",
            "AnswerIndex",
            "Assessment",
            "AssessmentSource",
            "CarriedAnswer",
            "IndicatorNote",
            "Status",
            "SurveyResponse",
        ),
        "core.assessment",
    ),
    **dict.fromkeys(
        (
            "assessment_to_data",
            "dumps_assessment",
            "load_assessment",
            "parse_assessment",
            "save_assessment",
        ),
        "formats.assessment_files",
    ),
    **dict.fromkeys(("evaluate", "evaluate_many"), "core.engine"),
    **dict.fromkeys(
        ("BandReading", "Consensus", "Policy", "PopulationRule", "RollUp"), "core.policy"
    ),
    **dict.fromkeys(
        (
            "CriterionResult",
            "Evaluation",
            "IndicatorResult",
            "Outcome",
            "PopulationCheck",
            "StandardResult",
            "SurveyCheck",
        ),
        "core.results",
    ),
    "assessment_template": "reports.template",
    "Comparison": "reports.progress",
    "compare": "reports.progress",
    "evaluation_html": "reports.html_report",
    "PlanItem": "reports.plan",
    "PlanPhase": "reports.plan",
    "action_plan": "reports.plan",
    "Summary": "reports.summary",
    "summarise": "reports.summary",
    **dict.fromkeys(("Change", "ChangeKind", "Diff", "diff"), "tooling.changes"),
    "fingerprint": "tooling.fingerprints",
    **dict.fromkeys(("MigrationResult", "migrate"), "tooling.migration"),
    **dict.fromkeys(("Diagnostic", "Severity", "validate"), "tooling.validation"),
}


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
    "AnswerIndex",
    "Assessment",
    "AssessmentSource",
    "BandReading",
    "CarriedAnswer",
    "Change",
    "ChangeKind",
    "Comparison",
    "Consensus",
    "CoprodError",
    "Criterion",
    "CriterionResult",
    "DataError",
    "Diagnostic",
    "Diff",
    "Erratum",
    "Evaluation",
    "FieldError",
    "Framework",
    "Frequency",
    "Indicator",
    "IndicatorNote",
    "IndicatorResult",
    "Migration",
    "MigrationEntry",
    "MigrationKind",
    "MigrationResult",
    "Outcome",
    "PlanItem",
    "PlanPhase",
    "Policy",
    "PopulationCheck",
    "PopulationRule",
    "Problem",
    "RollUp",
    "Severity",
    "SourceRef",
    "Standard",
    "StandardResult",
    "Status",
    "Summary",
    "SurveyCheck",
    "SurveyMetric",
    "SurveyPopulation",
    "SurveyResponse",
    "SurveyThreshold",
    "Tier",
    "TierDefinition",
    "UnknownIdError",
    "UnknownVersionError",
    "__version__",
    "action_plan",
    "assessment_template",
    "assessment_to_data",
    "available_versions",
    "compare",
    "diff",
    "dumps_assessment",
    "evaluate",
    "evaluate_many",
    "evaluation_html",
    "fingerprint",
    "load",
    "load_assessment",
    "load_path",
    "migrate",
    "parse_assessment",
    "save_assessment",
    "summarise",
    "validate",
]

__version__ = "0.1.0"
