"""The package's public names: declared, sorted, and all importable."""

from __future__ import annotations

import subprocess
import sys

import pytest

import coprod_standards


def test_all_is_sorted_and_every_name_resolves() -> None:
    """Every name in __all__ can be imported from the package."""
    assert coprod_standards.__all__ == sorted(coprod_standards.__all__)
    for name in coprod_standards.__all__:
        assert getattr(coprod_standards, name) is not None, name


def test_unknown_attribute() -> None:
    """An unknown name is an AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        getattr(coprod_standards, "no_such_name")  # noqa: B009


def test_evaluation_names_load_on_first_use() -> None:
    """Loading the standards does not import the engine; asking for evaluate does."""
    code = (
        "import sys, coprod_standards\n"
        "coprod_standards.load()\n"
        "print('coprod_standards.core.engine' in sys.modules)\n"
        "from coprod_standards import evaluate\n"
        "print('coprod_standards.core.engine' in sys.modules, evaluate.__module__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True", "coprod_standards.core.engine"]


def test_no_public_name_is_shadowed_by_a_submodule() -> None:
    """Importing every submodule leaves each public name the object it names, not a module."""
    import importlib
    import pkgutil
    import types

    for module in pkgutil.walk_packages(coprod_standards.__path__, "coprod_standards."):
        importlib.import_module(module.name)
    for name in coprod_standards.__all__:
        assert not isinstance(getattr(coprod_standards, name), types.ModuleType), name


#: The package's names: what a user needs to load the standards, read, write and
#: evaluate an assessment, report on it and check a new version. A name joins this
#: list only on purpose; everything else stays in the module that defines it.
PUBLIC_NAMES = [
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


def test_the_public_names_are_the_ones_a_user_needs() -> None:
    """The package exports exactly the user's names; internals are not among them."""
    assert coprod_standards.__all__ == PUBLIC_NAMES
    for internal in ("AnswerIndex", "AssessmentSource", "CarriedAnswer", "assessment_to_data"):
        assert not hasattr(coprod_standards, internal), internal


def test_names_that_left_the_package_stay_importable_from_their_modules() -> None:
    """The results' parts, the errors' family and the tooling's types have a module each."""
    from coprod_standards.core.assessment import AnswerIndex, AssessmentSource, CarriedAnswer
    from coprod_standards.core.models import Erratum, Frequency, SourceRef, TierDefinition
    from coprod_standards.core.results import CriterionResult, IndicatorResult, StandardResult
    from coprod_standards.errors import FieldError, UnknownIdError, UnknownVersionError
    from coprod_standards.formats.assessment_files import assessment_to_data
    from coprod_standards.reports.plan import PlanItem, PlanPhase
    from coprod_standards.tooling.changes import Change, ChangeKind, Diff
    from coprod_standards.tooling.fingerprints import fingerprint
    from coprod_standards.tooling.migration import MigrationResult
    from coprod_standards.tooling.validation import Diagnostic, Severity

    names = [
        AnswerIndex,
        AssessmentSource,
        CarriedAnswer,
        Erratum,
        Frequency,
        SourceRef,
        TierDefinition,
        CriterionResult,
        IndicatorResult,
        StandardResult,
        FieldError,
        UnknownIdError,
        UnknownVersionError,
        assessment_to_data,
        PlanItem,
        PlanPhase,
        Change,
        ChangeKind,
        Diff,
        fingerprint,
        MigrationResult,
        Diagnostic,
        Severity,
    ]
    assert all(callable(name) for name in names)


def _isort_order(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps __all__ in: CONSTANTS, then Classes, then the rest."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def test_every_module_declares_a_sorted_all_of_names_it_has() -> None:
    """Each module of the package lists its public names, sorted as ruff sorts, each resolving."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(coprod_standards.__path__, "coprod_standards."):
        private = any(part.startswith("_") for part in info.name.split("."))
        if private or info.name.startswith("coprod_standards.cli."):
            continue  # internals, and the command line's (its interface is cli.run and main)
        module = importlib.import_module(info.name)
        declared = getattr(module, "__all__", None)
        assert declared is not None, f"{info.name} declares no __all__"
        assert declared == sorted(declared, key=_isort_order), info.name
        for name in declared:
            assert hasattr(module, name) or importlib.util.find_spec(f"{info.name}.{name}"), (
                f"{info.name}.{name}"
            )


def test_each_public_name_is_in_its_modules_all() -> None:
    """A name the package exports is public in the module that defines it too."""
    import importlib

    for name in coprod_standards.__all__:
        if name == "__version__":
            continue
        value = getattr(coprod_standards, name)
        module = importlib.import_module(value.__module__)
        assert name in module.__all__, f"{value.__module__} does not list {name}"
