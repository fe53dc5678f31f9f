"""The typed model of a version of the Co-Production Quality Standards.

A `Framework` holds ten `Standard` objects, each with its quality `Indicator`
rows, each with `Criterion` bullets graded by `Tier`. Every class is frozen
and hashable; the objects a loader returns can be shared freely.

The models read nothing and write nothing: loading them from files is the
job of `coprod_standards.load` and friends. Their modules: `tiers`,
`framework` (the standards, indicators, criteria and their errata),
`surveys` (what the standards ask of surveys) and `migrations` (what a
version declares about the previous version's criteria); every public name
is importable from here.

>>> from coprod_standards import Tier, load
>>> framework = load("1.1")
>>> framework.criterion("1.2.G3").text
'Relevant action plans in place.'
>>> Tier.BRONZE < Tier.SILVER < Tier.GOLD
True
"""

from .framework import (
    Criterion,
    Erratum,
    Framework,
    Indicator,
    SourceRef,
    Standard,
    TierDefinition,
)
from .migrations import Migration, MigrationEntry, MigrationKind
from .surveys import Frequency, SurveyMetric, SurveyPopulation, SurveyThreshold
from .tiers import Tier

__all__ = [
    "Criterion",
    "Erratum",
    "Framework",
    "Frequency",
    "Indicator",
    "Migration",
    "MigrationEntry",
    "MigrationKind",
    "SourceRef",
    "Standard",
    "SurveyMetric",
    "SurveyPopulation",
    "SurveyThreshold",
    "Tier",
    "TierDefinition",
]
