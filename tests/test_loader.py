"""Loading: versions, caching, the compiled form, and drafts on disk."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_standards import DataError, available_versions, load, load_path
from coprod_standards.errors import UnknownVersionError
from coprod_standards.formats import _compiled

from .conftest import V1_1, Draft


def test_available_versions() -> None:
    """V1.1 is shipped, and is the default."""
    assert available_versions() == ("1.1",)
    assert load().version == "1.1"


def test_load_is_cached() -> None:
    """Repeated loads return the very same immutable object."""
    assert load() is load("1.1") is load()


@pytest.mark.parametrize("version", ["9.9", "1.1.0", "../../etc", "v1_1", "", "1_1"])
def test_unknown_versions(version: str) -> None:
    """Only shipped versions load; paths and look-alikes are refused."""
    with pytest.raises(UnknownVersionError) as caught:
        load(version)
    assert str(caught.value) == (
        f"no standards version {version!r} is available; use one of '1.1', "
        "or name a draft's directory (coprod_standards.load_path in Python)"
    )


def test_version_must_be_a_string() -> None:
    """A number such as 1.1 is not taken for the version "1.1"."""
    with pytest.raises(UnknownVersionError):
        load(1.1)  # type: ignore[arg-type]


def test_load_path_reads_a_draft(draft: Draft) -> None:
    """A directory in the same format loads to an equal framework."""
    assert draft.load() == load()


def test_load_path_of_a_missing_directory(tmp_path: Path) -> None:
    """A directory that does not exist is a DataError naming it."""
    with pytest.raises(DataError) as caught:
        load_path(tmp_path / "nowhere")
    assert caught.value.problems[0].message.startswith("there is no such directory")


def test_load_path_without_a_manifest(tmp_path: Path) -> None:
    """A directory without manifest.yaml says so."""
    with pytest.raises(DataError) as caught:
        load_path(tmp_path)
    (problem,) = caught.value.problems
    assert problem.file.endswith("manifest.yaml")
    assert problem.message == "there is no such file; check the name and the directory"


def test_compiled_form_is_fresh_and_identical_to_the_yaml() -> None:
    """The shipped compiled.py matches its YAML and builds an equal framework.

    If this fails after editing data/, run: python scripts/compile_data.py
    """
    compiled = _compiled.read(V1_1)
    assert compiled is not None, "data/v1_1/compiled.py is stale: run scripts/compile_data.py"
    assert compiled == load_path(V1_1)
    assert (V1_1 / _compiled.COMPILED).read_text(encoding="utf-8") == _compiled.render(
        V1_1, compiled
    )


def test_stale_compiled_form_is_ignored(tmp_path: Path) -> None:
    """After a YAML edit the old compiled form is not used."""
    root = tmp_path / "v1_1"
    shutil.copytree(V1_1, root)
    assert _compiled.read(root) is not None
    manifest = root / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _compiled.read(root) is None


def test_write_compiles_a_directory(draft: Draft) -> None:
    """write() produces a compiled form that read() accepts."""
    _compiled.write(draft.root, load_path(draft.root))
    assert _compiled.read(draft.root) == load()


def test_loading_needs_neither_ruamel_nor_cattrs() -> None:
    """Importing the package and loading V1.1 imports neither ruamel.yaml nor cattrs."""
    code = (
        "import sys, coprod_standards\n"
        "coprod_standards.load()\n"
        "print(sorted(m for m in ('ruamel.yaml', 'cattrs') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
