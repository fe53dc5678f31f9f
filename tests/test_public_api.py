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
