"""A filled-in checklist: an organisation's answers, as a typed `Assessment`.

An assessment answers one version of the standards. Each criterion is
answered `Status.MET`, `Status.NOT_MET` or `Status.NOT_APPLICABLE` (with a
reason), or left unanswered; groups of respondents (staff, service users,
members, carers...) may give their own views beside or instead of an agreed
status. Survey criteria are not answered: the surveys recorded decide them.

>>> import datetime
>>> from coprod_standards import Answer, Assessment, Status, SurveyResponse
>>> assessment = Assessment(
...     version="1.1",
...     organisation="Riverside Community Hub",
...     assessed_on=datetime.date(2026, 9, 30),
...     criteria={"1.2.B1": Answer(Status.MET, evidence="Equality report 2026")},
...     surveys=(SurveyResponse("inclusion", "service_users", 100, agree=61,
...                             conducted_on=datetime.date(2026, 5, 1)),),
... )
>>> assessment.answer("1.2.B1").status
<Status.MET: 'met'>
>>> assessment.answer("1.2.B2").status is None     # not listed: unanswered
True
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from coprod_standards.errors import FieldError, echo

from ._values import a_date, an_optional_date
from .evidence import Evidence
from .models.framework import _brief
from .sign_off import AssessmentStatus, Meeting
from .survey_response import SurveyResponse

__all__ = [
    "Answer",
    "AnswerIndex",
    "Assessment",
    "AssessmentSource",
    "CarriedAnswer",
    "IndicatorNote",
    "Status",
    "SurveyResponse",
    "file_fields",
]

_GROUP = re.compile(r"[a-z][a-z0-9_]*")


class Status(enum.Enum):
    """An answer to a criterion."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"


def _frozen_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    # Most answers have no views and most assessments no notes: they share one
    # empty mapping rather than each holding an empty dict of its own.
    return MappingProxyType(dict(value)) if value else _EMPTY


_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _check_groups(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    groups = list(value) if isinstance(value, (Mapping, tuple)) else [value]
    for group in groups:
        if not isinstance(group, str) or not _GROUP.fullmatch(group):
            raise FieldError(
                attribute.name,
                f"{echo(group)} is not a respondent group name; use lower-case words joined "
                "by underscores, such as service_users",
            )


@attrs.frozen(hash=False)
class CarriedAnswer:
    """An answer given under an earlier version of the standards, kept for reference.

    Migration to a new version leaves one of these on a criterion whose
    meaning changed (the answer needs re-confirmation), and in the
    assessment's `retired` list for a criterion or indicator the new version
    no longer has, so that no comment or evidence is lost.

    Attributes:
        version: The version the answer was given under.
        id: The criterion's (or, for a note, the indicator's) id in that version.
        status: The answer given then.
        evidence: The evidence given then.
        comment: The comment (or indicator note) given then.
        reason: The not-applicable reason given then.
        views: The respondent groups' views given then.
    """

    version: str
    id: str
    status: Status | None = None
    evidence: Evidence = ""
    comment: str = ""
    reason: str = ""
    views: Mapping[str, Status] = attrs.field(
        factory=dict, converter=_frozen_mapping, validator=_check_groups
    )

    @classmethod
    def of(cls, answer: Answer, *, version: str, id: str) -> CarriedAnswer:
        """*answer*, given under *version* to the criterion *id*, kept for reference."""
        return cls(
            version=version,
            id=id,
            status=answer.status,
            evidence=answer.evidence,
            comment=answer.comment,
            reason=answer.reason,
            views=answer.views,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # A mappingproxy cannot be pickled: pickle its dict, which __init__ freezes again.
        return _rebuilt, (CarriedAnswer, _pickled_fields(self))


@attrs.frozen(hash=False)
class Answer:
    """The answer to one criterion.

    Attributes:
        status: The agreed answer, or None where there is none (the criterion
            is unanswered, unless `views` decide it).
        evidence: What shows it: text, such as "Equality report 2026", or a
            tuple of `EvidenceItem` (each with its title, link, date and owner).
        comment: Anything else the organisation wants to say.
        reason: Why the criterion does not apply; required for
            `Status.NOT_APPLICABLE`.
        views: Separate answers of respondent groups, by group name
            (``staff``, ``service_users``, ``members``...): met or not met.
        previous: The answer carried from an earlier version whose wording or
            meaning changed; while there is no new status or view, the
            criterion needs re-confirmation (and counts as unanswered).
    """

    status: Status | None = None
    evidence: Evidence = ""
    comment: str = ""
    reason: str = ""
    views: Mapping[str, Status] = attrs.field(
        factory=dict, converter=_frozen_mapping, validator=_check_groups
    )
    previous: CarriedAnswer | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuilt, (Answer, _pickled_fields(self))

    @property
    def needs_reconfirmation(self) -> bool:
        """Whether an earlier version's answer awaits confirmation under this version."""
        return self.previous is not None and self.status is None and not self.views

    def __attrs_post_init__(self) -> None:
        if self.status is not None and not isinstance(self.status, Status):
            raise FieldError(
                "status",
                f"{self.status!r} is not a Status; use Status.MET, NOT_MET or NOT_APPLICABLE",
            )
        if self.status is Status.NOT_APPLICABLE and not self.reason.strip():
            raise FieldError(
                "reason", "not_applicable needs a reason: say why the criterion does not apply"
            )
        if self.reason and self.status is not Status.NOT_APPLICABLE:
            raise FieldError("reason", "a reason is only for not_applicable answers")
        for group, view in self.views.items():
            if view is Status.NOT_APPLICABLE:
                raise FieldError(
                    "views",
                    f"the view of {group} is not_applicable; a group's view is met or not_met, "
                    "and not_applicable is an agreed status with a reason",
                )


@attrs.frozen
class IndicatorNote:
    """The organisation's note on an indicator.

    Attributes:
        comment: What it wrote in the "Examples/ Comments/ Areas to improve" column.
    """

    comment: str = ""


NOT_IN_FILES = "coprod_standards.not_in_files"


def file_fields(model: type) -> tuple[attrs.Attribute[Any], ...]:
    """The fields of the attrs class *model* that files hold, in order.

    They are the fields given when it is made, but not those marked `NOT_IN_FILES`.
    The formats declare how each is written (``formats/_assessment_keys.py``).
    """
    return tuple(
        field
        for field in attrs.fields(model)
        if field.init and not field.metadata.get(NOT_IN_FILES)
    )


@attrs.frozen
class AssessmentSource:
    """The text an assessment was read from.

    Attributes:
        name: How messages name it (its path).
        text: The whole text.
        format: ``"yaml"`` or ``"json"``.
    """

    name: str
    text: str = attrs.field(repr=False)
    format: str = "yaml"


class AnswerIndex(NamedTuple):
    """An assessment's criterion ids grouped as each evaluation needs them.

    Every assessment held keeps its index, so it keeps one set of ids, the
    met ones; `met` and `others` together are the ids listed.
    """

    #: Answered met or not applicable.
    met: frozenset[str]
    #: Given views but no agreed status: the consensus policy decides them.
    by_views: tuple[str, ...]
    #: Every respondent group that gave a view.
    view_groups: frozenset[str]
    #: Every other id listed: not met, decided by views, or with no answer.
    others: tuple[str, ...]
    #: The criteria whose evidence has a dated item (which the checks and the
    #: evidence-age policy look at), in order; usually none.
    dated_evidence: tuple[str, ...] = ()


@attrs.frozen(hash=False)
class Assessment:
    """An organisation's filled-in checklist for one version of the standards.

    Attributes:
        version: The version of the standards it answers, such as ``"1.1"``.
        organisation: Who is assessed.
        service: Which of the organisation's services is assessed, where each
            is assessed on its own; None where the assessment is of the whole.
        organisation_id: The organisation's identifier, an org-id such as
            ``GB-CHC-1234567`` or an NHS ODS code such as ``RR8``
            (`core.organisation_ids` says which forms are accepted), so that
            its services' assessments roll up to it; None where not given.
        assessed_on: The date of the assessment.
        completed_by: The respondent groups who filled it in, where recorded.
        criteria: Answers by criterion id; a criterion not listed is unanswered.
        indicators: Notes by indicator id.
        surveys: Survey results, which decide the survey criteria.
        retired: Answers and notes from an earlier version for criteria and
            indicators this version no longer has, kept for reference.
        meetings: The meetings where it was filled in, with who was there.
        status: Draft, in review or final (`core.sign_off.AssessmentStatus`).
        approved_by: Who signed it off (a final assessment names them).
        approved_on: When it was signed off.
        digest: The SHA-256 of its content when it was signed off.
        source: The text this assessment was loaded from, if it was: saving
            it (or an `attrs.evolve` of it) then keeps the file's comments,
            key order and formatting. Not part of the assessment's value.
    """

    version: str
    organisation: str
    # Keyword-only, so that the positional order of the fields before them
    # is kept; files write them after organisation.
    service: str | None = attrs.field(default=None, kw_only=True)
    organisation_id: str | None = attrs.field(default=None, kw_only=True)
    assessed_on: datetime.date = attrs.field(validator=a_date)
    completed_by: tuple[str, ...] = attrs.field(default=(), validator=_check_groups)
    criteria: Mapping[str, Answer] = attrs.field(factory=dict, converter=_frozen_mapping)
    indicators: Mapping[str, IndicatorNote] = attrs.field(factory=dict, converter=_frozen_mapping)
    surveys: tuple[SurveyResponse, ...] = ()
    retired: tuple[CarriedAnswer, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    status: AssessmentStatus = AssessmentStatus.DRAFT
    approved_by: str = ""
    approved_on: datetime.date | None = attrs.field(default=None, validator=an_optional_date)
    digest: str = ""
    source: AssessmentSource | None = attrs.field(
        default=None, kw_only=True, eq=False, repr=False, metadata={NOT_IN_FILES: True}
    )
    _index: AnswerIndex = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Computed once here, since an assessment cannot change, so that each
        # evaluation of it works with sets rather than a loop over every answer.
        met: list[str] = []
        others: list[str] = []
        by_views: list[str] = []
        groups: set[str] = set()
        dated: list[str] = []
        counts_as_met = (Status.MET, Status.NOT_APPLICABLE)
        for criterion_id, answer in self.criteria.items():
            status = answer.status
            if status in counts_as_met:
                met.append(criterion_id)
            else:
                others.append(criterion_id)
            views = answer.views
            evidence = answer.evidence
            if not isinstance(evidence, str) and any(item.date for item in evidence):
                dated.append(criterion_id)
            if views:
                groups.update(views)
                if status is None:
                    by_views.append(criterion_id)
        index = AnswerIndex(
            frozenset(met) if met else _NO_IDS,
            tuple(by_views),
            frozenset(groups) if groups else _NO_IDS,
            tuple(others),
            tuple(dated),
        )
        object.__setattr__(self, "_index", index)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (for a process pool) as its fields; the index is worked out again.
        return _rebuilt, (Assessment, _pickled_fields(self))

    def __repr__(self) -> str:
        return (
            f"<Assessment of {_brief(self.organisation)} on {self.assessed_on.isoformat()} "
            f"for {self.version}: {len(self.criteria)} criteria answered, "
            f"{len(self.indicators)} indicator notes, {len(self.surveys)} surveys>"
        )

    def answer(self, criterion_id: str) -> Answer:
        """The answer to a criterion; an empty `Answer` where it is not listed."""
        return self.criteria.get(criterion_id, _UNANSWERED)

    def note(self, indicator_id: str) -> IndicatorNote:
        """The note on an indicator; an empty one where there is none."""
        return self.indicators.get(indicator_id, _NO_NOTE)


def _pickled_fields(instance: Any) -> dict[str, Any]:
    """The fields of *instance* that its class takes, mappings as plain dicts."""
    fields = {}
    for field in attrs.fields(type(instance)):
        if field.init:
            value = getattr(instance, field.name)
            fields[field.alias] = dict(value) if isinstance(value, MappingProxyType) else value
    return fields


def _rebuilt(cls: type[Any], fields: dict[str, Any]) -> Any:
    """An instance of *cls* built from its pickled *fields*."""
    return cls(**fields)


_UNANSWERED = Answer()
_NO_NOTE = IndicatorNote()
_NO_IDS: frozenset[str] = frozenset()


def answer_index(assessment: Assessment) -> AnswerIndex:
    """*assessment*'s criterion ids grouped for evaluation (built once, with the assessment)."""
    return assessment._index
