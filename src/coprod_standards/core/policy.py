"""How an assessment is judged where the checklist leaves room: one typed `Policy`.

The defaults are the library's reading of the checklist:

>>> from coprod_standards import Policy
>>> Policy()
Policy(band=<BandReading.AT_LEAST: 'at_least'>, populations=<PopulationRule.EACH: 'each'>, \
minimum_respondents=10, max_survey_age_months=12, consensus=<Consensus.ALL: 'all'>, \
roll_up=<RollUp.WEAKEST_LINK: 'weakest_link'>, max_evidence_age_months=None, \
stale_evidence_unmeets=False)

Every rule is described, with worked examples, in ``docs/evaluation.md``.

Each field carries its help text as metadata, so that the command line's
options are built from the fields (`policy_options`, `policy_from_options`):
a new field is one edit here, and the command line follows.

>>> [option.flag for option in policy_options()][:2]
['--band', '--populations']
>>> policy_from_options({"consensus": "majority"}).consensus
<Consensus.MAJORITY: 'majority'>
>>> policy_to_options(Policy())["roll_up"]
'weakest_link'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from coprod_standards.errors import FieldError, echo

__all__ = [
    "BandReading",
    "Consensus",
    "Policy",
    "PolicyOption",
    "PopulationRule",
    "RollUp",
    "policy_from_options",
    "policy_options",
    "policy_to_options",
]


class BandReading(enum.Enum):
    """How a published band such as "70-80%" is read."""

    #: As "at least 70%": more agreement never lowers a tier (85% meets it). The default.
    AT_LEAST = "at_least"
    #: As the band itself: 70% to 80% inclusive, so 85% does not meet it.
    STRICT = "strict"


class PopulationRule(enum.Enum):
    """How a criterion that names several populations (6.2: service users and staff) is met."""

    #: Each population's own survey must reach the threshold. The default.
    EACH = "each"
    #: The populations' counts are added together and the total must reach it.
    POOLED = "pooled"


class Consensus(enum.Enum):
    """How respondent groups' views decide a criterion that has no agreed status."""

    #: Met only if every group that gave a view says met. The default.
    ALL = "all"
    #: Met if more than half of the groups that gave a view say met.
    MAJORITY = "majority"


class RollUp(enum.Enum):
    """How indicators' tiers make a standard's tier, and standards' tiers the organisation's."""

    #: The lowest tier below: one indicator without a tier leaves its standard without one.
    WEAKEST_LINK = "weakest_link"
    #: The lower median of the tiers below (not the checklist's reading; for summaries).
    LOWER_MEDIAN = "lower_median"


def _member_of(kind: type[enum.Enum]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            choices = ", ".join(f"{kind.__name__}.{member.name}" for member in kind)
            raise FieldError(attribute.name, f"{echo(value)} is not one of {choices}")

    return check


def _between(minimum: int, maximum: int) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
        if type(value) is not int or not minimum <= value <= maximum:
            raise FieldError(
                attribute.name,
                f"{attribute.name} must be a whole number from {minimum} to {maximum}",
            )

    return check


def _yes_or_no(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        raise FieldError(attribute.name, f"{attribute.name} must be True or False")


def _help(text: str) -> dict[str, str]:
    """A field's metadata: its help text, in plain words (no formatting codes)."""
    return {"help": text}


@attrs.frozen
class Policy:
    """The rules of evaluation that the checklist leaves open, with their defaults.

    Attributes:
        band: How a band such as "70-80%" is read.
        populations: How a criterion over several populations is met.
        minimum_respondents: Fewer respondents than this is "insufficient data".
        max_survey_age_months: How old a survey may be, in months before the
            assessment date (12: the same calendar date a year earlier counts).
        consensus: How respondent groups' views decide a criterion.
        roll_up: How tiers combine from indicators to standards to the organisation.
        max_evidence_age_months: How old dated evidence may be, in months before
            the assessment date; None (the default) does not judge evidence by age.
        stale_evidence_unmeets: Whether a criterion answered met whose evidence
            is all out of date counts as not met (out of date); off by default,
            when out-of-date evidence is only reported.
    """

    band: BandReading = attrs.field(
        default=BandReading.AT_LEAST,
        validator=_member_of(BandReading),
        metadata=_help('how a band such as "70-80%" is read'),
    )
    populations: PopulationRule = attrs.field(
        default=PopulationRule.EACH,
        validator=_member_of(PopulationRule),
        metadata=_help("each population must reach a threshold, or their counts pooled"),
    )
    minimum_respondents: int = attrs.field(
        default=10,
        validator=_between(1, 1_000_000),
        metadata=_help("fewer respondents is insufficient data"),
    )
    max_survey_age_months: int = attrs.field(
        default=12, validator=_between(0, 1200), metadata=_help("how old a survey may be")
    )
    consensus: Consensus = attrs.field(
        default=Consensus.ALL,
        validator=_member_of(Consensus),
        metadata=_help("how respondent groups' views decide a criterion"),
    )
    roll_up: RollUp = attrs.field(
        default=RollUp.WEAKEST_LINK,
        validator=_member_of(RollUp),
        metadata=_help("how tiers combine upwards"),
    )
    max_evidence_age_months: int | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(_between(0, 1200)),
        metadata=_help("how old dated evidence may be; not judged by age unless given"),
    )
    stale_evidence_unmeets: bool = attrs.field(
        default=False,
        validator=_yes_or_no,
        metadata=_help("a criterion whose evidence is all out of date counts as not met"),
    )


# The fields' types are written as text (PEP 563); resolved once, they are the classes.
attrs.resolve_types(Policy)


@attrs.frozen
class PolicyOption:
    """One field of `Policy` as an option of the command line: plain data, no parser.

    Attributes:
        field: The field's name, such as ``"roll_up"``.
        flag: The option, the field's name with dashes: ``"--roll-up"``.
        help: What the option decides, in plain words.
        choices: The values an enum's option accepts (its members' values), or
            ``None`` for a whole number (or a switch, where `switch`).
        default: The default, as written on the command line (None: not given).
        switch: The option takes no value: given, it turns the field on.
    """

    field: str
    flag: str
    help: str
    choices: tuple[str, ...] | None
    default: str | int | None
    switch: bool = False


def policy_options() -> tuple[PolicyOption, ...]:
    """The command line's options of the policy, one for each field of `Policy`, in order."""
    defaults = Policy()
    options = []
    for field in attrs.fields(Policy):
        default = getattr(defaults, field.name)
        choices = None
        if isinstance(default, enum.Enum):
            choices = tuple(member.value for member in type(default))
            default = default.value
        flag = "--" + field.name.replace("_", "-")
        switch = isinstance(default, bool)
        options.append(
            PolicyOption(field.name, flag, field.metadata["help"], choices, default, switch)
        )
    return tuple(options)


def policy_from_options(values: Mapping[str, object]) -> Policy:
    """The `Policy` that *values* (field names to the options' values) describe.

    A field that *values* leaves out keeps its default; an enum's field takes its
    member's value (``"majority"``). Other keys are ignored, so that a command
    line's parsed arguments can be given as they are.

    Raises:
        FieldError: A value is not one the field accepts.
    """
    given: dict[str, Any] = {}
    for field in attrs.fields(Policy):
        if field.name not in values:
            continue
        value = values[field.name]
        kind = field.type
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            try:
                value = kind(value)
            except ValueError:
                choices = ", ".join(repr(member.value) for member in kind)
                raise FieldError(field.name, f"{echo(value)} is not one of {choices}") from None
        given[field.name] = value
    return Policy(**given)


def policy_to_options(policy: Policy) -> dict[str, str | int | bool | None]:
    """Each field of *policy* by name, as the command line writes it: an enum as its value.

    The inverse of `policy_from_options`; exports record the policy this way.
    """
    values: dict[str, str | int | bool | None] = {}
    for field in attrs.fields(type(policy)):
        value = getattr(policy, field.name)
        values[field.name] = value.value if isinstance(value, enum.Enum) else value
    return values
