"""Shared fixtures: the shipped data, and editable copies of it for error cases."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, settings

from coprod_standards import DataError, Framework, load_path

# Hypothesis settings, in one place. Machines here are small and shared: a test
# must not fail because another process took the CPU, so no profile has a
# deadline or the too_slow health check. "ci" (chosen by Hypothesis itself when
# the CI variable is set) is derandomised, so a red run repeats; "thorough" is
# for a long run by hand: HYPOTHESIS_PROFILE=thorough pytest tests/property.
_UNTIMED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("default", _UNTIMED, max_examples=100)
settings.register_profile("ci", _UNTIMED, max_examples=100, derandomize=True, database=None)
settings.register_profile("thorough", _UNTIMED, max_examples=2_000)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)

DATA = Path(__file__).resolve().parents[1] / "data"
V1_1 = DATA / "v1_1"


@attrs.define
class Draft:
    """A copy of the V1.1 YAML in a temporary directory, to break on purpose."""

    root: Path

    def text(self, name: str) -> str:
        return (self.root / name).read_text(encoding="utf-8")

    def write(self, name: str, text: str | bytes) -> None:
        path = self.root / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")

    def replace(self, name: str, old: str, new: str, count: int = 1) -> None:
        """Replace *old* by *new* in a file; *old* must be there."""
        text = self.text(name)
        assert old in text, f"{old!r} is not in {name}"
        self.write(name, text.replace(old, new, count))

    def load(self) -> Framework:
        return load_path(self.root)

    def error(self) -> DataError:
        """The DataError that loading the draft raises."""
        with pytest.raises(DataError) as caught:
            self.load()
        return caught.value


@pytest.fixture
def draft(tmp_path: Path) -> Draft:
    """An editable copy of the shipped V1.1 standards (YAML only)."""
    root = tmp_path / "draft"
    root.mkdir()
    for path in V1_1.glob("*.yaml"):
        shutil.copy(path, root / path.name)
    return Draft(root)


# The offline form's browser (tests marked browser).
from .form_browser import blank_form, browser  # noqa: E402, F401
