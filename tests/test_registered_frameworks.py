"""Frameworks registered by other packages through the coprod_standards.frameworks entry points."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_standards import CoprodError, DataError, available_versions, load
from coprod_standards.errors import UnknownVersionError
from coprod_standards.formats import loader

from .conftest import V1_1


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A package on sys.path that registers a local variant "1.1-northshire" of V1.1."""
    data = tmp_path / "northshire_standards" / "v1_1_northshire"
    data.mkdir(parents=True)
    for path in V1_1.glob("*.yaml"):
        if path.name != "fingerprints.yaml":
            shutil.copy(path, data / path.name)
    manifest = data / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('version: "1.1"', 'version: "1.1-northshire"'), "utf-8")
    (tmp_path / "northshire_standards" / "__init__.py").write_text(
        textwrap.dedent(
            """\
            from pathlib import Path

            def directory():
                return Path(__file__).parent / "v1_1_northshire"

            def broken():
                raise RuntimeError("the data is on a network drive")

            NOT_A_PATH = 42
            """
        ),
        encoding="utf-8",
    )
    info = tmp_path / "northshire_standards-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: northshire-standards\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[coprod_standards.frameworks]\n"
        "1.1-northshire = northshire_standards:directory\n"
        "1.1-broken = northshire_standards:broken\n"
        "1.1-odd = northshire_standards:NOT_A_PATH\n"
        "1.1-misnamed = northshire_standards:directory\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    loader._registered.cache_clear()
    loader._load_registered.cache_clear()
    yield data
    loader._registered.cache_clear()
    loader._load_registered.cache_clear()


def test_registered_versions_are_listed_after_the_shipped_ones(installed: Path) -> None:
    """available_versions() lists the shipped versions, then the registered ones."""
    assert available_versions() == (
        "1.1",
        "1.1-broken",
        "1.1-misnamed",
        "1.1-northshire",
        "1.1-odd",
    )


def test_load_a_registered_framework(installed: Path) -> None:
    """load() finds a registered framework by its name, once, from its YAML."""
    framework = load("1.1-northshire")
    assert framework.version == "1.1-northshire"
    assert framework.criterion("1.2.G3").text == "Relevant action plans in place."
    assert load("1.1-northshire") is framework
    assert load() is load("1.1")  # the default stays the latest shipped version


def test_a_registered_framework_that_fails(installed: Path) -> None:
    """A registration that raises, or names no directory, is a clear CoprodError."""
    with pytest.raises(CoprodError, match="could not be loaded: RuntimeError: the data is on"):
        load("1.1-broken")
    with pytest.raises(CoprodError, match="gave 42; the entry point must name a directory"):
        load("1.1-odd")


def test_a_registered_framework_under_another_name(installed: Path) -> None:
    """The name a framework is registered under must be the version its manifest gives."""
    with pytest.raises(DataError, match=r"registered as '1\.1-misnamed'"):
        load("1.1-misnamed")


def test_unknown_versions_still_refused(installed: Path) -> None:
    """A version neither shipped nor registered is refused, listing both kinds."""
    with pytest.raises(UnknownVersionError) as caught:
        load("2.0")
    assert "'1.1-northshire'" in str(caught.value)


def test_help_lists_the_registered_versions_too(installed: Path) -> None:
    """--help names every available version, the registered ones found when help is shown."""
    import io

    from coprod_standards.cli import run

    stdout = io.StringIO()
    run(["evaluate", "--help"], stdout, io.StringIO())
    assert "1.1-northshire" in " ".join(stdout.getvalue().split())
