"""Text strategies: every character a YAML or JSON file can hold, and markup."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["EMPTY_OR_TEXT", "FREE_TEXT", "TEXT", "free_texts", "markup_texts", "texts"]

# Every character a YAML or JSON file can hold, written raw or escaped: the
# whole of Unicode but the surrogates (which UTF-8 cannot carry). Line breaks
# (\n, \r, NEL U+0085, U+2028, U+2029), "#", ": ", quotes, bidi controls and
# emoji all come up, and the edge cases are drawn often on purpose.
_ANY_CHARACTER = st.characters(codec="utf-8")
_AWKWARD = st.sampled_from(
    [
        "\n",
        "\r",
        "\r\n",
        "\t",
        "\x85",
        "\u2028",
        "\u2029",
        "\u200f",
        "\u202e",
        "\ufeff",
        "#",
        ": ",
        " #",
        "'",
        '"',
        "\\",
        "- ",
        "&",
        "*",
        "!",
        "%",
        "@",
        "`",
        "{",
        "[",
        "|",
        ">",
        "\U0001f600",
        "\x00",
        "\x1b",
        "\x7f",
        "\x9b",
        " ",
        "~",
        "null",
        "yes",
        "1.5",
        "0x1F",
    ]
)
_SHORT = st.text(_ANY_CHARACTER, max_size=4)
#: Any text, empty and blank included: what `free_texts()` draws.
FREE_TEXT = st.text(_ANY_CHARACTER, max_size=12) | st.builds(
    lambda head, awkward, tail: head + awkward + tail, _SHORT, _AWKWARD, _SHORT
)
# A character that is not whitespace to str.strip(): whitespace is in Zs, Zl, Zp
# or Cc, so excluding those needs no filter.
_SOLID_CHARACTER = st.characters(codec="utf-8", exclude_categories=("Zs", "Zl", "Zp", "Cc"))
#: Text that is not blank: what `texts()` draws.
TEXT = st.builds(lambda head, solid, tail: head + solid + tail, _SHORT, _SOLID_CHARACTER, FREE_TEXT)
#: Empty text, drawn often, or any text: an optional note's.
EMPTY_OR_TEXT = st.just("") | FREE_TEXT


#: Pieces of text that Markdown or HTML would read as markup, and some that look so.
_MARKUP = (
    *"#>-+*_`[]()!<&;:/\\|~=.) \n\t",
    *("1. ", "&amp;", "&#60;", "<b>", "</b>", "<!--", "https://t.example", "a", "é", "9"),
)


def markup_texts() -> st.SearchStrategy[str]:
    """Text dense with the characters that Markdown and HTML treat as markup."""
    return st.lists(st.sampled_from(_MARKUP), min_size=1, max_size=16).map("".join)


def texts() -> st.SearchStrategy[str]:
    """Text that is not blank, as a criterion's wording or a reason might be.

    Any character a YAML or JSON file can hold may appear, with line breaks,
    quotes, "#", ": ", bidi controls and leading or trailing spaces drawn
    often; at least one character is not whitespace.
    """
    return TEXT


def free_texts() -> st.SearchStrategy[str]:
    """Any text a YAML or JSON file can hold, empty and blank included: a comment's."""
    return FREE_TEXT
