"""The layers of the package: what each may import (import-linter checks the rest in CI)."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import coprod_standards

LAYERS = ("core", "formats", "reports", "tooling", "cli")


def core_modules() -> list[str]:
    package = importlib.import_module("coprod_standards.core")
    return [
        module.name for module in pkgutil.iter_modules(package.__path__, "coprod_standards.core.")
    ]


def test_the_core_loads_no_file_format_or_command_line_library() -> None:
    """Importing the whole core in a fresh interpreter loads no ruamel, cattrs or argparse."""
    modules = core_modules()
    assert "coprod_standards.core.engine" in modules
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in modules)
        + "loaded = {m.split('.')[0] for m in sys.modules}\n"
        + "print(sorted(loaded & {'ruamel', 'cattrs', 'argparse'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_says_what_it_holds_and_may_import(layer: str) -> None:
    """Every subpackage's docstring names what it may import."""
    package = importlib.import_module(f"coprod_standards.{layer}")
    assert package.__doc__ is not None
    assert "May import" in package.__doc__ or layer == "cli"


def test_the_layers_are_the_whole_package() -> None:
    """Besides the layers, the package holds its facade, errors, strategies and __main__."""
    names = {module.name for module in pkgutil.iter_modules(coprod_standards.__path__)}
    assert names == {*LAYERS, "__main__", "errors", "testing"}


def test_no_module_passes_400_lines() -> None:
    """Every module of the package fits in 400 lines, so that each reads in one sitting."""
    package = Path(coprod_standards.__file__).parent
    long = {
        str(path.relative_to(package)): count
        for path in package.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
