"""The compiled form of a shipped standards directory.

Parsing the YAML of a whole version costs more than importing the library's
dependencies, so each shipped directory also carries ``compiled.py``: a
generated Python module that constructs the same `Framework` with the
models' own constructors (their validators run), so that neither
ruamel.yaml nor cattrs is needed to load it.

Its first line records a CRC-32 of the YAML files it was compiled from and
of the models' fields; `read` uses it only while that checksum matches, so
the compiled form cannot disagree with the YAML beside it or outlive a change
to the models: a stale one is ignored and the YAML is parsed instead (and a
test fails until it is regenerated). The checksum guards against edits, not
against an attacker (who could edit compiled.py itself), so CRC-32 does:
importing zlib measured 0.6 ms, hashlib (which loads OpenSSL) 5.2 ms, and
every command loads the standards.

Only directories shipped inside the package are ever read this way; a draft
passed to `load_path` is always parsed from its YAML.

Maintainers regenerate it after editing the data::

    python scripts/compile_data.py
"""

from __future__ import annotations

import enum
import importlib.machinery
import zlib
from pathlib import Path

import attrs

from coprod_standards.core import models
from coprod_standards.core.models import Framework

from ._files import write_text

COMPILED = "compiled.py"
_HEADER = "# sources-crc32: "
_MODELS = (
    models.Framework,
    models.TierDefinition,
    models.SurveyMetric,
    models.SurveyPopulation,
    models.Standard,
    models.Indicator,
    models.Criterion,
    models.SourceRef,
    models.SurveyThreshold,
    models.Erratum,
    models.Migration,
    models.MigrationEntry,
)
_ENUMS = (models.Tier, models.Frequency, models.MigrationKind)
FORMAT = "1"


def _signature() -> str:
    parts = [FORMAT]
    for cls in _MODELS:
        # The annotations as written: attrs.fields() types change once cattrs resolves them.
        annotations = cls.__annotations__
        fields = ",".join(f"{field.name}:{annotations[field.name]}" for field in attrs.fields(cls))
        parts.append(f"{cls.__name__}({fields})")
    for enum_class in _ENUMS:
        parts.append(f"{enum_class.__name__}({','.join(m.value for m in enum_class)})")
    return ";".join(parts)


def digest(root: Path) -> str:
    """The CRC-32, in hex, of the YAML files in *root* and of the models' fields."""
    checksum = zlib.crc32(_signature().encode() + b"\0")
    for entry in sorted(root.glob("*.yaml")):
        checksum = zlib.crc32(entry.name.encode() + b"\0", checksum)
        checksum = zlib.crc32(entry.read_bytes() + b"\0", checksum)
    return f"{checksum:08x}"


def read(root: Path) -> Framework | None:
    """The framework compiled in *root*, or None where it is missing or stale."""
    compiled = root / COMPILED
    try:
        with compiled.open(encoding="utf-8") as stream:
            first_line = stream.readline()
    except OSError:
        return None
    if first_line.rstrip("\n") != _HEADER + digest(root):
        return None
    # The import system's loader compiles the module once and reuses the cached
    # bytecode (pip writes it at install time), which is what makes this fast.
    loader = importlib.machinery.SourceFileLoader(f"{__name__}.{root.name}", str(compiled))
    code = loader.get_code(loader.name)
    if code is None:
        return None
    namespace: dict[str, object] = {}
    exec(code, namespace)
    framework = namespace.get("FRAMEWORK")
    return framework if isinstance(framework, Framework) else None


def render(root: Path, framework: Framework) -> str:
    """The source of the compiled form of *framework*, read from *root*."""
    names = sorted(cls.__name__ for cls in (*_MODELS, *_ENUMS))
    lines = [
        _HEADER + digest(root),
        '"""The compiled form of the YAML files beside it. Generated: do not edit.',
        "",
        "Regenerate with: python scripts/compile_data.py",
        '"""',
        "",
        f"from coprod_standards.core.models import {', '.join(names)}",
        "",
        f"FRAMEWORK = {_emit(framework, 0)}",
        "",
    ]
    return "\n".join(lines)


def _emit(value: object, depth: int) -> str:
    indent = "    " * (depth + 1)
    if isinstance(value, _MODELS):
        # Fields at their defaults are left out: less source compiles faster.
        arguments = "".join(
            f"{indent}{field.name}={_emit(getattr(value, field.name), depth + 1)},\n"
            for field in attrs.fields(type(value))
            if field.init and getattr(value, field.name) != field.default
        )
        return f"{type(value).__name__}(\n{arguments}{indent[4:]})"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, tuple):
        if not value:
            return "()"
        items = "".join(f"{indent}{_emit(item, depth + 1)},\n" for item in value)
        return f"(\n{items}{indent[4:]})"
    if value is None or isinstance(value, (str, int)):
        return repr(value)
    raise TypeError(f"cannot compile a value of type {type(value).__name__}")


def write(root: Path, framework: Framework) -> Path:
    """Compile *framework*, loaded from the standards directory *root*, in place.

    Returns the file written, whole or not at all. The caller loads the
    directory first (`coprod_standards.load_path`), so that nothing is written
    where it has problems.
    """
    target = root / COMPILED
    write_text(target, render(root, framework))
    return target
