"""A version of the standards: its standards, indicators and criteria, as frozen data.

>>> from coprod_standards import load
>>> framework = load("1.1")
>>> framework.criterion("1.2.G3").text
'Relevant action plans in place.'
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterator

import attrs

from coprod_standards.errors import FieldError, UnknownIdError, echo

from .migrations import Migration
from .surveys import SurveyMetric, SurveyPopulation, SurveyThreshold
from .tiers import Tier

__all__ = [
    "Criterion",
    "Erratum",
    "Framework",
    "Indicator",
    "SourceRef",
    "Standard",
    "TierDefinition",
]


_BRIEF = reprlib.Repr()
_BRIEF.maxstring = 48


def _brief(text: str) -> str:
    """*text* quoted for a repr, cut short in the middle where it is long."""
    return _BRIEF.repr(text)


@attrs.frozen
class Erratum:
    """A correction of the published wording, kept apart from the text itself.

    The text of a criterion, indicator or standard is transcribed verbatim,
    typos included; an erratum records what the text probably means.

    Attributes:
        original: The words as published; they occur in the text.
        correction: What they should read.
        note: Why, where that is not obvious.
    """

    original: str
    correction: str
    note: str = ""

    def apply(self, text: str) -> str:
        """*text* with this correction made."""
        return text.replace(self.original, self.correction)


def _corrected(text: str, errata: tuple[Erratum, ...]) -> str:
    for erratum in errata:
        text = erratum.apply(text)
    return text


@attrs.frozen
class SourceRef:
    """Where in the published checklist a criterion comes from.

    Attributes:
        standard: The standard's number (1-10).
        row: The quality indicator's row within that standard's table, from 1.
        tier: The tier column.
        bullet: The bullet's position within that cell, from 1.
    """

    standard: int
    row: int
    tier: Tier
    bullet: int

    def __str__(self) -> str:
        return (
            f"standard {self.standard}, row {self.row}, "
            f"{self.tier.value} column, bullet {self.bullet}"
        )


@attrs.frozen
class Criterion:
    """One bullet of the checklist: a statement to meet at a tier.

    Attributes:
        id: The stable id ``"<indicator>.<B|S|G><k>"``, such as ``"1.2.G3"``.
        tier: The tier whose column the bullet is in.
        text: The published wording, verbatim.
        survey: The survey threshold that decides it, or None for a statement
            of evidence.
        errata: Corrections of the published wording.
        source: Where in the published checklist it comes from.
    """

    id: str
    tier: Tier
    text: str
    source: SourceRef
    survey: SurveyThreshold | None = None
    errata: tuple[Erratum, ...] = ()

    def __repr__(self) -> str:
        return f"<Criterion {self.id} {self.tier.value} {_brief(self.text)}>"

    @property
    def corrected_text(self) -> str:
        """The text with its errata applied; the same as `text` where there are none."""
        return _corrected(self.text, self.errata)

    @property
    def indicator_id(self) -> str:
        """The id of the indicator this criterion belongs to."""
        return self.id.rpartition(".")[0]


@attrs.frozen
class Indicator:
    """A quality indicator: one row of a standard's table.

    Attributes:
        id: The stable id ``"<standard>.<n>"``, such as ``"8.3"``.
        title: The row's title, verbatim.
        criteria: Every criterion, Bronze first, then Silver, then Gold, each
            tier in bullet order.
        errata: Corrections of the published title.
    """

    id: str
    title: str
    criteria: tuple[Criterion, ...]
    errata: tuple[Erratum, ...] = ()

    def __attrs_post_init__(self) -> None:
        tiers = [criterion.tier for criterion in self.criteria]
        if tiers != sorted(tiers):
            raise FieldError("criteria", "criteria must be listed Bronze, then Silver, then Gold")

    def __repr__(self) -> str:
        return f"<Indicator {self.id} {_brief(self.title)}: {len(self.criteria)} criteria>"

    def criteria_for(self, tier: Tier) -> tuple[Criterion, ...]:
        """The criteria of one tier, in bullet order.

        >>> from coprod_standards import Tier, load
        >>> print(*(c.id for c in load().indicator("1.2").criteria_for(Tier.GOLD)))
        1.2.G1 1.2.G2 1.2.G3
        """
        return tuple(criterion for criterion in self.criteria if criterion.tier is tier)

    @property
    def standard_id(self) -> str:
        """The id of the standard this indicator belongs to."""
        return self.id.partition(".")[0]


@attrs.frozen
class Standard:
    """One of the checklist's standards, such as "3. Respect".

    Attributes:
        id: The stable id, the standard's number as a string: ``"1"`` to ``"10"``.
        number: The standard's number.
        title: Its heading, verbatim.
        prompt: The italic questions under the heading, verbatim.
        indicators: Its quality indicators in the table's row order.
        errata: Corrections of the published heading or prompt.
    """

    id: str
    number: int
    title: str
    prompt: str
    indicators: tuple[Indicator, ...]
    errata: tuple[Erratum, ...] = ()

    def __repr__(self) -> str:
        criteria = sum(len(indicator.criteria) for indicator in self.indicators)
        return (
            f"<Standard {self.id} {_brief(self.title)}: {len(self.indicators)} indicators, "
            f"{criteria} criteria>"
        )

    @property
    def corrected_title(self) -> str:
        """The title with its errata applied."""
        return _corrected(self.title, self.errata)


@attrs.frozen
class TierDefinition:
    """A tier as the checklist defines it.

    Attributes:
        tier: The tier.
        heading: The published column heading, such as "Bronze standard plus
            Silver standard".
    """

    tier: Tier
    heading: str


#: "1.1", or a registered local variant such as "1.1-northshire".
_VERSION = re.compile(r"[0-9]+(\.[0-9]+)*(-[a-z0-9]+)*")


@attrs.frozen(cache_hash=True)
class Framework:
    """One version of the Co-Production Quality Standards, complete.

    Attributes:
        id: The framework's id, ``co-production-quality-standards``.
        title: "Co-Production Quality Standards".
        subtitle: "How are we doing?".
        version: The version, such as ``"1.1"``.
        introduction: The checklist's introduction, verbatim.
        tiers: The tier definitions, lowest first.
        survey_metrics: What survey criteria measure.
        survey_populations: Whom surveys ask.
        standards: The standards in the checklist's order.
        migration: How its criteria relate to the previous version's, for a
            version that has one.
    """

    id: str
    title: str
    subtitle: str
    version: str
    introduction: str
    tiers: tuple[TierDefinition, ...]
    survey_metrics: tuple[SurveyMetric, ...]
    survey_populations: tuple[SurveyPopulation, ...]
    standards: tuple[Standard, ...]
    migration: Migration | None = None
    _standards_by_id: dict[str, Standard] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _indicators_by_id: dict[str, Indicator] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _criteria_by_id: dict[str, Criterion] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _indicators: tuple[Indicator, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _criteria: tuple[Criterion, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if not _VERSION.fullmatch(self.version):
            raise FieldError(
                "version",
                f"{echo(self.version)} is not a version such as '1.1' (or, for a local variant, "
                "'1.1-northshire')",
            )
        standards = {standard.id: standard for standard in self.standards}
        indicators = {
            indicator.id: indicator
            for standard in self.standards
            for indicator in standard.indicators
        }
        criteria = {
            criterion.id: criterion
            for indicator in indicators.values()
            for criterion in indicator.criteria
        }
        counts = (
            (standards, len(self.standards)),
            (indicators, sum(len(s.indicators) for s in self.standards)),
            (criteria, sum(len(i.criteria) for i in indicators.values())),
        )
        for index, count in counts:
            if len(index) != count:
                raise FieldError("standards", "ids must be unique within a framework")
        object.__setattr__(self, "_standards_by_id", standards)
        object.__setattr__(self, "_indicators_by_id", indicators)
        object.__setattr__(self, "_criteria_by_id", criteria)
        object.__setattr__(self, "_indicators", tuple(indicators.values()))
        object.__setattr__(self, "_criteria", tuple(criteria.values()))

    def __repr__(self) -> str:
        return (
            f"<Framework {self.id} {self.version}: {len(self.standards)} standards, "
            f"{len(self._indicators)} indicators, {len(self._criteria)} criteria>"
        )

    @property
    def name(self) -> str:
        """The full name, as the checklist's cover gives it.

        >>> from coprod_standards import load
        >>> load("1.1").name
        'Co-Production Quality Standards — How are we doing? V1.1'
        """
        return f"{self.title} — {self.subtitle} V{self.version}"

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """Every indicator, standard by standard."""
        return self._indicators

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        """Every criterion, indicator by indicator."""
        return self._criteria

    def iter_criteria(self) -> Iterator[tuple[Standard, Indicator, Criterion]]:
        """Every criterion with the standard and indicator it belongs to."""
        for standard in self.standards:
            for indicator in standard.indicators:
                for criterion in indicator.criteria:
                    yield standard, indicator, criterion

    def standard(self, id: str) -> Standard:
        """The standard with this id, such as ``"3"``.

        Raises:
            UnknownIdError: There is no such standard.
        """
        try:
            return self._standards_by_id[id]
        except (KeyError, TypeError):
            raise UnknownIdError("standard", id, self.version) from None

    def indicator(self, id: str) -> Indicator:
        """The indicator with this id, such as ``"8.3"``.

        Raises:
            UnknownIdError: There is no such indicator.
        """
        try:
            return self._indicators_by_id[id]
        except (KeyError, TypeError):
            raise UnknownIdError("indicator", id, self.version) from None

    def criterion(self, id: str) -> Criterion:
        """The criterion with this id, such as ``"1.2.G3"``.

        Raises:
            UnknownIdError: There is no such criterion.
        """
        try:
            return self._criteria_by_id[id]
        except (KeyError, TypeError):
            raise UnknownIdError("criterion", id, self.version) from None
