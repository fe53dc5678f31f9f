"""Validators of the plain values the models hold: a date, a count.

Files are checked before a model is built (with line and column); these
catch the same mistakes in a model built in Python, where a date given as
text or a count given as ``10.0`` would otherwise be kept and fail later,
far from where it was made, or be written to a file as it is.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from coprod_standards.errors import FieldError, echo

__all__ = ["a_count", "a_date", "an_optional_count", "an_optional_date"]


def a_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """*value* is a `datetime.date`, not text or a date and time."""
    if type(value) is not datetime.date:
        hint = (
            "its .date()" if isinstance(value, datetime.datetime) else "datetime.date(2026, 9, 30)"
        )
        raise FieldError(
            attribute.name, f"{attribute.name} is {echo(value)}; give a date, such as {hint}"
        )


def an_optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """*value* is None or a `datetime.date`."""
    if value is not None:
        a_date(instance, attribute, value)


def a_count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """*value* is a whole number, 0 or more (an `int`, not a bool or a float)."""
    if type(value) is not int:
        raise FieldError(attribute.name, f"{attribute.name} is {echo(value)}; give a whole number")
    if value < 0:
        raise FieldError(attribute.name, f"{echo(value)} is negative; a count is 0 or more")


def an_optional_count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """*value* is None or a count."""
    if value is not None:
        a_count(instance, attribute, value)
