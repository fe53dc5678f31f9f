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

__all__ = [
    "CoprodError",
    "Criterion",
    "DataError",
    "Erratum",
    "FieldError",
    "Framework",
    "Frequency",
    "Indicator",
    "Problem",
    "SourceRef",
    "Standard",
    "SurveyMetric",
    "SurveyPopulation",
    "SurveyThreshold",
    "Tier",
    "TierDefinition",
    "UnknownIdError",
    "UnknownVersionError",
    "__version__",
    "available_versions",
    "load",
    "load_path",
]

__version__ = "0.1.0"
