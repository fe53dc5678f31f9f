"""The limits on what the library reads, each in one place, and the checks that apply them.

A file from an unknown hand can be huge, deeply nested, or written to make a
reader slow; these limits refuse such a file quickly, each with its own
problem code, long before it could exhaust time or memory. They are far
above anything a real file needs (the largest shipped file has 569 values,
237 entries in one mapping and is 7 levels deep), and ``docs/security.md``
lists them.

>>> MAX_FILE_BYTES, MAX_DEPTH, MAX_ENTRIES, MAX_VALUES
(10485760, 32, 1000, 20000)
>>> integer_text_problem("0b101")[0]
'integer-form'
>>> integer_problem(2**60)[0]
'integer-range'
>>> integer_problem(61) is None
True

Every check is a small function that returns None, or the problem's code
and message, so that each reader (a YAML parser, a JSON parser) can apply it
as it goes and place the problem where it found it.
"""

from __future__ import annotations

import re

from coprod_standards.errors import echo, shorten

__all__ = [
    "MAX_DEPTH",
    "MAX_ENTRIES",
    "MAX_EXPORT_BYTES",
    "MAX_FILE_BYTES",
    "MAX_INTEGER",
    "MAX_VALUES",
    "code_point_problem",
    "depth_problem",
    "entries_problem",
    "file_limit",
    "half_problem",
    "integer_problem",
    "integer_text_problem",
    "size_problem",
    "values_problem",
]

#: The most bytes of one file (an assessment, a standards file, a manifest): 10 MiB.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: The most bytes of a survey platform's export: 50 MiB, about half a million
#: responses to a short survey (a whole export is held in memory to be counted).
MAX_EXPORT_BYTES = 50 * 1024 * 1024
#: The most levels of nested mappings and lists in one document.
MAX_DEPTH = 32
#: The most entries of one mapping (its keys) or one list (its items).
MAX_ENTRIES = 1000
#: The most values (mappings, lists, keys and scalars) in one document.
MAX_VALUES = 20_000
#: The largest whole number a document may hold (and the smallest is its
#: negative): 2**53 - 1, the largest that every JSON reader keeps exact.
MAX_INTEGER = 2**53 - 1
#: The largest Unicode code point, which an escape such as ``\U0010FFFF`` may name.
MAX_CODE_POINT = 0x10FFFF

#: A problem found by a check: its code, and its message.
Refusal = tuple[str, str]

# Longer than any integer within MAX_INTEGER in any form YAML 1.2 allows (a
# sign, "0o" and 18 octal digits); refused before Python reads it.
_LONGEST_INTEGER_TEXT = 24
_RANGE = f"a whole number here is from -{MAX_INTEGER} to {MAX_INTEGER}"


def file_limit(*, export: bool = False) -> int:
    """The most bytes read of one file: `MAX_EXPORT_BYTES` of an *export*, else `MAX_FILE_BYTES`."""
    return MAX_EXPORT_BYTES if export else MAX_FILE_BYTES


def size_problem(size: int, *, export: bool = False) -> Refusal | None:
    """A file of *size* bytes, or more, is too large to read; *export*: a survey export."""
    most = file_limit(export=export)
    if size <= most:
        return None
    if export:
        advice = (
            " of a survey export; export only the responses and the columns to count (the "
            "question's, and the ids and dates)"
        )
    else:
        advice = "; an assessment or standards file is far smaller: check that it is the right file"
    mebibytes = most // (1024 * 1024)
    return (
        "file-too-large",
        f"this file is larger than {mebibytes} MiB, the most this library reads{advice}",
    )


def depth_problem(depth: int) -> Refusal | None:
    """A value nested *depth* levels deep (the top-level mapping's values are at 1)."""
    if depth <= MAX_DEPTH:
        return None
    return (
        "too-deep",
        f"mappings and lists are nested more than {MAX_DEPTH} levels deep here; "
        "no document of this library needs that many: flatten it",
    )


def entries_problem(count: int) -> Refusal | None:
    """A mapping or list with *count* entries so far."""
    if count <= MAX_ENTRIES:
        return None
    return (
        "too-many-entries",
        f"this mapping or list has more than {MAX_ENTRIES} entries, more than any document of "
        "this library needs; check that it is the right file",
    )


def values_problem(count: int) -> Refusal | None:
    """A document with *count* values so far (mappings, lists, keys and scalars)."""
    if count <= MAX_VALUES:
        return None
    return (
        "too-many-values",
        f"this document holds more than {MAX_VALUES} values, more than any document of this "
        "library needs; check that it is the right file",
    )


# The forms of YAML 1.2's core schema: decimal, 0o octal and 0x hexadecimal.
_INTEGER_FORMS = re.compile(r"[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)")


def integer_text_problem(text: str) -> Refusal | None:
    """The written form of an integer, *text*, is not YAML 1.2's, or too long to be in range.

    Checked before the text is read as a number, so that a number of
    thousands of digits costs nothing.
    """
    if not _INTEGER_FORMS.fullmatch(text):
        return (
            "integer-form",
            f"the number {shorten(text, 30)} is written in a form YAML 1.2 does not have "
            "(binary 0b, or digits grouped with _); write it in decimal",
        )
    if len(text) > _LONGEST_INTEGER_TEXT:
        digits = len(text.lstrip("+-").removeprefix("0x").removeprefix("0o"))
        return (
            "integer-range",
            f"the number {shorten(text, 30)} ({digits} digits) is out of range; {_RANGE}",
        )
    return None


def integer_problem(value: int) -> Refusal | None:
    """The integer *value* is out of range."""
    if -MAX_INTEGER <= value <= MAX_INTEGER:
        return None
    # echo: an integer of thousands of digits (from data, not a file) cannot be printed.
    return ("integer-range", f"the number {echo(value, 30)} is out of range; {_RANGE}")


#: The halves of UTF-16 surrogate pairs, which are no characters.
_HALVES = re.compile("[\ud800-\udfff]")


def half_problem(text: str) -> tuple[int, Refusal] | None:
    r"""The first half of a UTF-16 surrogate pair in *text*, its index and the problem.

    Python text may hold one (``errors="surrogateescape"`` decodes each byte
    that is not UTF-8 into one), but no file can, and UTF-8 cannot write it.

    >>> half_problem("River\udcc3side")[0]
    5
    """
    found = _HALVES.search(text)
    if found is None:
        return None
    message = (
        f"the character U+{ord(found[0]):04X} is half of a UTF-16 surrogate pair, not a "
        "character (text decoded with errors='surrogateescape' holds one for each byte that "
        "was not UTF-8); remove it, or decode the text as its encoding"
    )
    return found.start(), ("bad-character", message)


def code_point_problem(code: int) -> Refusal | None:
    r"""An escape (``\U0011FFFF``) names *code*, which is no Unicode character."""
    if 0 <= code <= MAX_CODE_POINT:
        return None
    return (
        "bad-escape",
        f"the escape \\U{code:08X} names no character (Unicode ends at U+10FFFF); "
        "correct the escape",
    )
