"""Response scales: which answers count as agreeing, which do not, and which are left out.

A `Scale` is data (the shipped ones are ``data/scales/*.yaml``, read by
`coprod_standards.formats.survey_scales`); labels are compared ignoring case,
spacing and the shape of apostrophes, and an answer that is no label of the
scale has no meaning, never a guessed one.

>>> scale = Scale("agree-3", "Three-point", agree=("Agree",),
...               not_agree=("Neutral", "Disagree"), excluded=("Don't know",))
>>> scale.meaning(" AGREE "), scale.meaning("Don’t know"), scale.meaning("Somewhat agree")
(<Meaning.AGREE: 'agree'>, <Meaning.EXCLUDED: 'excluded'>, None)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from coprod_standards.errors import FieldError, echo

__all__ = ["Meaning", "Scale", "normalise_label"]


def normalise_label(text: str) -> str:
    """*text* as labels are compared: case, spacing and the apostrophe's shape ignored.

    >>> normalise_label("  Neither  Agree nor disagree ")
    'neitheragreenordisagree'

    >>> normalise_label("Don’t know") == normalise_label("DON'T KNOW")
    True
    """
    return "".join(text.replace("’", "'").replace("‘", "'").casefold().split())


class Meaning(enum.Enum):
    """What an answer on a scale counts as."""

    AGREE = "agree"
    NOT_AGREE = "not_agree"
    #: "Don't know", "Prefer not to say", "Not applicable": the scale's rule decides.
    EXCLUDED = "excluded"


def _labels(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _codes(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


def _code_meanings(codes: Mapping[str, str], labels: Mapping[str, Meaning]) -> dict[str, Meaning]:
    """What each of *codes* means, given the meanings of the scale's *labels*.

    A code that is also a label (other than the one it stands for), or another
    code, would give one answer two meanings: it is refused, not one dropped.
    """
    meanings: dict[str, Meaning] = {}
    for code, label in codes.items():
        key, target = normalise_label(code), normalise_label(label)
        if target not in labels:
            raise FieldError(
                "codes",
                f"code {echo(code)} stands for {echo(label)}, which is not a label "
                "of the scale; list it under agree, not_agree or excluded",
            )
        if key in meanings:
            raise FieldError(
                "codes",
                f"code {echo(code)} is listed twice (codes are compared ignoring case and "
                "spacing); list each code once",
            )
        if key in labels and key != target:
            raise FieldError(
                "codes",
                f"code {echo(code)} is also a label of the scale (compared ignoring case and "
                f"spacing), so it cannot stand for {echo(label)}; remove the code or the label",
            )
        meanings[key] = labels[target]
    return meanings


@attrs.frozen
class Scale:
    """A response scale: which answers count as agreeing, which not, and which are left out.

    Attributes:
        name: The scale's name, such as ``agree-5``.
        title: What it is, for people.
        agree: The labels that count as agreeing (the numerator).
        not_agree: The labels that count in the denominator only.
        excluded: Labels such as "Don't know", left out of the count unless
            `count_excluded` says otherwise.
        count_excluded: Whether the excluded labels count in the denominator
            (as not agreeing), as the Friends and Family Test counts "Don't know".
        codes: Numeric codes an export may hold instead of labels, to the labels
            they stand for (a codebook), such as ``{"5": "Strongly agree"}``.
    """

    name: str
    title: str
    agree: tuple[str, ...] = attrs.field(converter=_labels)
    not_agree: tuple[str, ...] = attrs.field(converter=_labels)
    excluded: tuple[str, ...] = attrs.field(default=(), converter=_labels)
    count_excluded: bool = False
    codes: Mapping[str, str] = attrs.field(factory=dict, converter=_codes)
    _meanings: Mapping[str, Meaning] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.agree:
            raise FieldError("agree", "a scale needs at least one label that counts as agreeing")
        meanings: dict[str, Meaning] = {}
        for meaning in Meaning:
            for label in getattr(self, meaning.value):
                key = normalise_label(label)
                if not key:
                    raise FieldError(meaning.value, "a label is blank; give its text")
                if key in meanings:
                    raise FieldError(
                        meaning.value,
                        f"{echo(label)} is listed twice (labels are compared ignoring case and "
                        "spacing); list each label once, under agree, not_agree or excluded",
                    )
                meanings[key] = meaning
        meanings.update(_code_meanings(self.codes, meanings))
        object.__setattr__(self, "_meanings", MappingProxyType(meanings))

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label of the scale, agreeing first."""
        return (*self.agree, *self.not_agree, *self.excluded)

    def meaning(self, answer: str) -> Meaning | None:
        """What *answer* counts as, ignoring case and spacing; None for a label not on the scale."""
        return self._meanings.get(normalise_label(answer))
