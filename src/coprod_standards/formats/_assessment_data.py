"""An assessment as the plain data its file holds: `assessment_to_data`.

The keys, their order and which are left out at their defaults are those
that ``_assessment_keys`` declares. ``assessment_files`` writes this data as
YAML or JSON, and ``sign_off`` digests it.
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import attrs

from coprod_standards.core.assessment import Assessment, file_fields

from ._assessment_keys import keys_of

__all__ = ["assessment_to_data"]


def assessment_to_data(assessment: Assessment, *, dates_as_text: bool = False) -> dict[str, Any]:
    """The plain data of *assessment*, in the file format's compact form.

    An answer with only a status is written as the status (``met``); one
    with nothing is None; defaults are left out. The keys and their order
    are those that ``_assessment_keys`` declares.
    """
    data: dict[str, Any] = _plain_data(assessment, dates_as_text=dates_as_text)
    return data


def _plain_data(value: object, *, dates_as_text: bool = False) -> Any:
    """*value* (a model, or what its fields hold) as the plain data a file holds.

    A model is a mapping of its declared keys in their order, without the
    defaults that need not be written; an enum is its value, a tuple a list,
    an exact fraction a whole number or a float, and a date stays a date
    unless *dates_as_text* (for JSON, which has none).
    """
    kind: Any = type(value)
    if value is None or kind is str or kind is int:
        return value
    if _is_model(kind):
        return _model_data(value, dates_as_text)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat() if dates_as_text else value
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    if isinstance(value, Mapping):
        return {key: _plain_data(item, dates_as_text=dates_as_text) for key, item in value.items()}
    if isinstance(value, tuple):
        return [_plain_data(item, dates_as_text=dates_as_text) for item in value]
    return value


def _model_data(value: object, dates_as_text: bool) -> Any:
    model: Any = type(value)  # Any: mypy's stubs do not count a class as Hashable
    keys, alone = _layout(model)
    data: dict[str, Any] = {}
    for name, always, default in keys:
        item = getattr(value, name)
        if always or item != default:
            data[name] = _plain_data(item, dates_as_text=dates_as_text)
    if alone is not None and len(data) <= 1 and set(data) <= {alone}:
        return data.get(alone)
    return data


@functools.cache
def _layout(model: type) -> tuple[tuple[tuple[str, bool, object], ...], str | None]:
    """*model*'s declared keys as (name, always written, default), and its key written alone."""
    defaults = {}
    for field in file_fields(model):
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()  # type: ignore[union-attr]
        defaults[field.name] = default
    declared = keys_of(model)
    keys = tuple((key.name, key.always, defaults[key.name]) for key in declared.keys)
    return keys, declared.alone


@functools.cache
def _is_model(kind: type) -> bool:
    return attrs.has(kind)
