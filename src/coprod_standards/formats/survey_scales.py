"""Response scales: the shipped ones (``data/scales/*.yaml``) and a user's own scale file.

A scale file is a small YAML mapping, read as strictly as the standards are::

    name: agree-4
    title: Four-point agreement, no middle
    agree: [Strongly agree, Agree]
    not_agree: [Disagree, Strongly disagree]
    excluded: [Don't know]        # optional
    count_excluded: false         # optional: count the excluded in the denominator
    codes: {"1": Strongly agree}  # optional: numeric codes to labels (a codebook)

>>> shipped_scales()
('agree-5', 'agree-7', 'fft', 'satisfaction-5', 'yes-no')
>>> load_scale("fft").count_excluded
True
"""

from __future__ import annotations

import functools
from pathlib import Path

from coprod_standards.core.scales import Scale
from coprod_standards.errors import CoprodError

from ._files import read_bytes
from .loader import _data_root

__all__ = ["load_scale", "shipped_scales"]


def _scales_root() -> Path:
    return _data_root() / "scales"


@functools.cache
def shipped_scales() -> tuple[str, ...]:
    """The names of the scales shipped with the library."""
    root = _scales_root()
    return tuple(sorted(path.stem for path in root.glob("*.yaml")))


def load_scale(name_or_file: str | Path) -> Scale:
    """The shipped scale named *name_or_file*, or else the scale in that YAML file.

    Raises:
        DataError: The scale file has problems, each with its line and column.
        CoprodError: There is no such scale and no such file.
    """
    text = str(name_or_file)
    if text in shipped_scales():
        return _shipped(text)
    path = Path(name_or_file)
    # An empty name is no file: as a path it would be the current folder.
    if text.strip() and (path.suffix.lower() in (".yaml", ".yml") or path.exists()):
        return _read(path, text)
    raise CoprodError(
        f"there is no scale {text!r}; use one of {', '.join(shipped_scales())}, or name a "
        "scale file (.yaml) of your own"
    )


@functools.cache
def _shipped(name: str) -> Scale:
    return _read(_scales_root() / f"{name}.yaml", f"data/scales/{name}.yaml")


def _read(path: Path, name: str) -> Scale:
    from ._converter import structure
    from ._yaml import decode, parse

    parsed = parse(decode(read_bytes(path, name), name), name)
    return structure(parsed, Scale)
