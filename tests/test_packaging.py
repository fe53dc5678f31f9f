"""The built sdist and wheel carry the data, and an installed copy loads it.

Slow (it builds, creates a virtual environment and installs into it), so it
is marked ``packaging``: deselect it with ``-m "not packaging"``. CI runs it.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.packaging


def _run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist, and a wheel built from it, in a temporary directory."""
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=ROOT)
    return out


def test_sdist_carries_the_data(built: Path) -> None:
    """The sdist holds data/v1_1: manifest, standards, fingerprints, compiled form, fixtures."""
    (sdist,) = built.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert _shipped(names, "data/v1_1/")


def test_wheel_carries_the_data(built: Path) -> None:
    """The wheel holds the data (the standards and the scales), the JSON Schemas, py.typed."""
    (wheel,) = built.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "coprod_standards/py.typed" in names
    assert "coprod_standards/schemas/assessment.schema.json" in names
    assert _shipped(names, "coprod_standards/data/v1_1/")
    assert "coprod_standards/data/scales/agree-5.yaml" in names


def _shipped(names: set[str], prefix: str) -> bool:
    """The manifest, the ten standards, the fingerprints, the compiled form, the fixtures."""
    files = {name[len(prefix) :] for name in names if name.startswith(prefix)}
    standards = [name for name in files if name[:2].isdigit() and name.endswith(".yaml")]
    expected = {"manifest.yaml", "fingerprints.yaml", "compiled.py", "golden/README.md"}
    assert expected <= files, expected - files
    assert len(standards) == 10, standards
    assert any(name.startswith("golden/") and name.endswith(".expected.yaml") for name in files)
    return True


def test_installed_wheel_loads_from_elsewhere(built: Path, tmp_path: Path) -> None:
    """Pip install of the wheel into a fresh venv, then load() from outside the checkout."""
    (wheel,) = built.glob("*.whl")
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import pathlib, coprod_standards\n"
        "from coprod_standards.formats import _compiled, loader\n"
        "framework = coprod_standards.load()\n"
        "print(framework.version, len(framework.indicators))\n"
        "print(pathlib.Path(coprod_standards.__file__).is_relative_to(pathlib.Path.cwd()))\n"
        "print(_compiled.read(loader._shipped()['1.1']) == framework)\n"
    )
    out = _run(python, "-c", code, cwd=elsewhere)
    assert out.split() == ["1.1", "36", "False", "True"]
    summary = _run(python, "-m", "coprod_standards", cwd=elsewhere)
    assert summary.startswith("Co-Production Quality Standards — How are we doing? V1.1\n")
