"""The converter's hooks for plain values: text, numbers, dates, enums, tuples, mappings."""

from __future__ import annotations

import datetime
import enum
import math
import re
import typing
from collections import abc
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from coprod_standards.errors import echo


class WrongTypeError(TypeError):
    """A value of the wrong kind; the message is completed where the place is known."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {describe(value)}")


def describe(value: object) -> str:
    """A value as a person would name it in a message."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {echo(value)}"
    if isinstance(value, datetime.datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, datetime.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, str):
        return f"the text {echo(value, 40)}"
    if isinstance(value, dict):
        return "a mapping of keys to values"
    if isinstance(value, list):
        return "a list"
    return f"a value of type {type(value).__name__}"


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise WrongTypeError("text", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise WrongTypeError("a whole number", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise WrongTypeError("true or false", value)
    return value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: object, _: type) -> datetime.date:
    if type(value) is datetime.date:
        return value
    # Only YYYY-MM-DD: Python 3.11 also reads 20260930 and 2026-W40-3, which
    # a file written for people (or JSON Schema's "date") would not mean.
    if type(value) is str and _DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise WrongTypeError("a real date written YYYY-MM-DD", value) from None
    raise WrongTypeError("a date written YYYY-MM-DD", value)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    choices = ", ".join(repr(member.value) for member in cls)

    def structure(value: object, _: type) -> enum.Enum:
        if type(value) is str:
            for member in cls:
                if member.value == value:
                    return member
        raise WrongTypeError(f"one of {choices}", value)

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(
    converter: cattrs.Converter, type_: Any
) -> Callable[[object, type], tuple[Any, ...]]:
    item_type = typing.get_args(type_)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if type(value) is not list:
            raise WrongTypeError("a list", value)
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as error:  # noqa: BLE001 - collected and re-raised below
                note = IterableValidationNote(f"Structuring @ index {index}", index, item_type)
                # Python 3.10 has no add_note(); cattrs reads __notes__ the same way.
                setattr(error, "__notes__", [*getattr(error, "__notes__", []), note])  # noqa: B010
                errors.append(error)
        if errors:
            raise IterableValidationError("While structuring a list", errors, type_)
        return tuple(items)

    return structure


def _structure_fraction(value: object, _: type) -> Fraction:
    if type(value) is int:
        return Fraction(value)
    if type(value) is float and math.isfinite(value):
        # repr() is the shortest text that reads back as this float: 78.6, not
        # 78.599999999999994315658113919198513031005859375.
        return Fraction(repr(value))
    raise WrongTypeError("a number", value)


def _is_mapping(type_: Any) -> bool:
    origin = typing.get_origin(type_)
    return origin in (Mapping, dict, abc.Mapping) and typing.get_args(type_)[0] is str


def _mapping_hook(
    converter: cattrs.Converter, type_: Any
) -> Callable[[object, type], dict[str, Any]]:
    value_type = typing.get_args(type_)[1]
    structure_value = converter.get_structure_hook(value_type)

    def structure(value: object, _: type) -> dict[str, Any]:
        if type(value) is not dict:
            raise WrongTypeError("a mapping of keys to values", value)
        items: dict[str, Any] = {}
        errors: list[Exception] = []
        for key, item in value.items():
            try:
                items[key] = structure_value(item, value_type)
            except Exception as error:  # noqa: BLE001 - collected and re-raised below
                note = AttributeValidationNote(f"Structuring @ key {key!r}", key, value_type)
                setattr(error, "__notes__", [*getattr(error, "__notes__", []), note])  # noqa: B010
                errors.append(error)
        if errors:
            raise ClassValidationError("While structuring a mapping", errors, dict)
        return items

    return structure
