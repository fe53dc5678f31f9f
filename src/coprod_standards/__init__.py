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

from .assessment import Answer, Assessment, IndicatorNote, Status, SurveyResponse
from .engine import evaluate, evaluate_many
from .errors import (
    CoprodError,
    DataError,
    FieldError,
    Problem,
    UnknownIdError,
    UnknownVersionError,
)
from .loader import available_versions, load, load_path
from .models import (
    Criterion,
    Erratum,
    Framework,
    Frequency,
    Indicator,
    SourceRef,
    Standard,
    SurveyMetric,
    SurveyPopulation,
    SurveyThreshold,
    Tier,
    TierDefinition,
)
from .policy import BandReading, Consensus, Policy, PopulationRule, RollUp
from .results import (
    CriterionResult,
    Evaluation,
    IndicatorResult,
    Outcome,
    PopulationCheck,
    StandardResult,
    SurveyCheck,
)

__all__ = [
    "Answer",
    "Assessment",
    "BandReading",
    "Consensus",
    "CoprodError",
    "Criterion",
    "CriterionResult",
    "DataError",
    "Erratum",
    "Evaluation",
    "FieldError",
    "Framework",
    "Frequency",
    "Indicator",
    "IndicatorNote",
    "IndicatorResult",
    "Outcome",
    "Policy",
    "PopulationCheck",
    "PopulationRule",
    "Problem",
    "RollUp",
    "SourceRef",
    "Standard",
    "StandardResult",
    "Status",
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
    "available_versions",
    "evaluate",
    "evaluate_many",
    "load",
    "load_path",
]

__version__ = "0.1.0"
