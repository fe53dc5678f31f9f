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

from .assessment import (
    Answer,
    AnswerIndex,
    Assessment,
    AssessmentSource,
    IndicatorNote,
    Status,
    SurveyResponse,
)
from .assessment_files import (
    assessment_to_data,
    dumps_assessment,
    load_assessment,
    parse_assessment,
    save_assessment,
)
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
from .template import assessment_template

__all__ = [
    "Answer",
    "AnswerIndex",
    "Assessment",
    "AssessmentSource",
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
    "assessment_template",
    "assessment_to_data",
    "available_versions",
    "dumps_assessment",
    "evaluate",
    "evaluate_many",
    "load",
    "load_assessment",
    "load_path",
    "parse_assessment",
    "save_assessment",
]

__version__ = "0.1.0"
