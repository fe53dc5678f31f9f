"""Carrying an assessment to a new version of the standards without changing what it says.

The new version's manifest declares what became of each criterion of the
previous version (see `coprod_standards.Migration`). An answer is carried
over where the meaning is unchanged: the id and its fingerprint are the same,
or the change is declared kept, reworded or renamed. Where the meaning
changed (declared revised, split or merged, or changed without a
declaration), the new criterion is left unanswered, with the old answer kept
beside it for reference: it needs re-confirmation. Answers to criteria that
are gone, and notes on indicators that are gone, are kept in the
assessment's ``retired`` list. No answer's comment or evidence is lost.

The migrated assessment is the new version's blank template with the
carried answers filled in: saved, it is a complete assessment of the new
version, with the new version's header and wording in its comments and every
new criterion listed, unanswered. The old file's own YAML comments are not
carried over.
"""

from __future__ import annotations

import attrs

from coprod_standards.core.assessment import (
    Answer,
    Assessment,
    AssessmentSource,
    CarriedAnswer,
    IndicatorNote,
    SurveyResponse,
)
from coprod_standards.core.models import Framework, MigrationEntry, MigrationKind
from coprod_standards.errors import CoprodError
from coprod_standards.formats.template import assessment_template

from .fingerprints import fingerprint

__all__ = ["MigrationResult", "migrate"]


@attrs.frozen(hash=False)
class MigrationResult:
    """An assessment carried to a new version, and what happened to each answer.

    Attributes:
        assessment: The assessment in the new version.
        carried: Old id to new id, for answers carried over as they were.
        reconfirm: New ids whose carried answer needs re-confirmation.
        retired: Old ids (criteria, or indicators with notes) the new version
            no longer has; their answers are in ``assessment.retired``.
        dropped_surveys: Surveys of a metric or population the new version
            does not use.
    """

    assessment: Assessment
    carried: dict[str, str]
    reconfirm: tuple[str, ...]
    retired: tuple[str, ...]
    dropped_surveys: tuple[SurveyResponse, ...]


def _decision(
    id: str, old: Framework, new: Framework, declared: dict[str, MigrationEntry]
) -> MigrationEntry:
    entry = declared.get(id)
    if entry is not None:
        return entry
    try:
        kept = new.criterion(id)
    except LookupError:
        return MigrationEntry(MigrationKind.RETIRED, old=id)
    if fingerprint(kept) == fingerprint(old.criterion(id)):
        return MigrationEntry(MigrationKind.KEPT, old=id)
    # Changed without a declaration (validate reports it): the safe reading is
    # that the meaning changed, so the answer is confirmed again.
    return MigrationEntry(MigrationKind.REVISED, old=id, new=id)


def _template(framework: Framework, assessment: Assessment) -> AssessmentSource:
    """*framework*'s blank template, as the text a migrated *assessment* is saved into."""
    # The name is left for saving to write: the template takes only a printable
    # name, and an assessment may hold any text the file format can.
    text = assessment_template(framework, assessed_on=assessment.assessed_on)
    return AssessmentSource(name=f"the template of version {framework.version}", text=text)


def _versions(
    assessment: Assessment, to: str | Framework, from_framework: Framework | None
) -> tuple[Framework, Framework]:
    """The assessment's version and the version it is carried to, checked to follow it."""
    from coprod_standards.formats.loader import load

    new = load(to) if isinstance(to, str) else to
    old = load(assessment.version) if from_framework is None else from_framework
    if old.version != assessment.version:
        raise CoprodError(f"the assessment answers version {assessment.version}, not {old.version}")
    migration = new.migration
    if migration is None or migration.previous_version != old.version:
        follows = "no previous version" if migration is None else migration.previous_version
        raise CoprodError(
            f"version {new.version} declares how to migrate from {follows}, not from "
            f"{old.version}; migrate through each version in turn"
        )
    return old, new


#: An answer on its way: the old criterion's id, its answer and what became of it.
_Arrival = tuple[str, Answer, MigrationEntry]


@attrs.define
class _Leftovers:
    """What a migration keeps aside: the retired answers and the ids they had."""

    answers: list[CarriedAnswer]
    ids: list[str] = attrs.field(factory=list)

    def retire(self, version: str, id: str, answer: Answer) -> None:
        """Keep *answer* to the old criterion *id* among the retired ones."""
        self.answers.append(CarriedAnswer.of(answer, version=version, id=id))


def _landings(
    assessment: Assessment, old: Framework, new: Framework, leftovers: _Leftovers
) -> dict[str, list[_Arrival]]:
    """Where each answer lands, by new criterion, in the old version's order.

    Gathered first, so that a merge treats its answers alike whatever order
    the file lists them in. Answers to retired criteria go to *leftovers*.
    """
    assert new.migration is not None  # _versions checked that it declares one
    declared = {id: entry for entry in new.migration.criteria for id in entry.old}
    landing: dict[str, list[_Arrival]] = {}
    for criterion in old.criteria:
        answer = assessment.criteria.get(criterion.id)
        if answer is None:
            continue
        entry = _decision(criterion.id, old, new, declared)
        if entry.kind is MigrationKind.RETIRED or not entry.targets:
            if answer != Answer():
                leftovers.retire(old.version, criterion.id, answer)
            leftovers.ids.append(criterion.id)
            continue
        if answer.previous is not None and not entry.kind.keeps_meaning:
            leftovers.answers.append(answer.previous)  # an older carried answer, kept too
        for target in entry.targets:
            landing.setdefault(target, []).append((criterion.id, answer, entry))
    return landing


@attrs.define
class _Landed:
    """The answers of the new version, as the carried ones land."""

    criteria: dict[str, Answer] = attrs.field(factory=dict)
    carried: dict[str, str] = attrs.field(factory=dict)
    reconfirm: list[str] = attrs.field(factory=list)


def _land(
    target: str,
    arrivals: list[_Arrival],
    new: Framework,
    old_version: str,
    landed: _Landed,
    leftovers: _Leftovers,
) -> None:
    """Answer the new criterion *target* from the old answers that arrive there."""
    given = [(id, answer) for id, answer, _ in arrivals if answer != Answer()]
    if new.criterion(target).survey is not None:
        # Surveys decide it, so there is nothing to confirm: keep the notes.
        first = given[0][1] if given else Answer()
        landed.criteria[target] = Answer(evidence=first.evidence, comment=first.comment)
        for id, answer in given:
            if answer.status is not None or answer.views or answer is not first:
                leftovers.retire(old_version, id, answer)
        landed.carried.update((id, target) for id, _, _ in arrivals)
    elif len(arrivals) == 1 and arrivals[0][2].kind.keeps_meaning:
        id, answer, _ = arrivals[0]
        landed.criteria[target] = answer
        landed.carried[id] = target
    elif not given:
        landed.criteria[target] = Answer()  # nothing was answered, nothing to confirm
    else:
        # The meaning changed, or several answers meet here (a merge): the
        # first waits for re-confirmation, the others are kept for reference.
        (id, answer), *others = given
        landed.criteria[target] = Answer(
            previous=CarriedAnswer.of(answer, version=old_version, id=id)
        )
        landed.reconfirm.append(target)
        for other_id, other in others:
            leftovers.retire(old_version, other_id, other)
            leftovers.ids.append(other_id)


def _indicator_notes(
    assessment: Assessment, old_version: str, new: Framework, leftovers: _Leftovers
) -> dict[str, IndicatorNote]:
    """The notes on indicators the new version still has; the others go to *leftovers*."""
    indicators: dict[str, IndicatorNote] = {}
    for id, note in assessment.indicators.items():
        try:
            new.indicator(id)
        except LookupError:
            leftovers.answers.append(CarriedAnswer(old_version, id, comment=note.comment))
            leftovers.ids.append(id)
        else:
            indicators[id] = note
    return indicators


def _kept_surveys(assessment: Assessment, new: Framework) -> tuple[SurveyResponse, ...]:
    """The surveys of a metric and population the new version still uses."""
    metrics = {metric.id for metric in new.survey_metrics}
    populations = {population.id for population in new.survey_populations}
    return tuple(
        s for s in assessment.surveys if s.metric in metrics and s.population in populations
    )


def migrate(
    assessment: Assessment, to: str | Framework, *, from_framework: Framework | None = None
) -> MigrationResult:
    """Carry *assessment* to version *to* (a version string, or a framework such as a draft).

    Args:
        assessment: An assessment of the previous version.
        to: The version to carry it to; its manifest must declare a migration
            from the assessment's version.
        from_framework: The assessment's version of the standards (such as a
            draft); by default the shipped version it names.

    Raises:
        CoprodError: The target version does not follow the assessment's version.
    """
    old, new = _versions(assessment, to, from_framework)
    leftovers = _Leftovers(list(assessment.retired))
    landed = _Landed()
    for target, arrivals in _landings(assessment, old, new, leftovers).items():
        _land(target, arrivals, new, old.version, landed, leftovers)
    indicators = _indicator_notes(assessment, old.version, new, leftovers)
    surveys = _kept_surveys(assessment, new)
    # Every criterion the template lists, answered or not, so that saving
    # fills in the template instead of taking the unanswered ones out of it.
    blank = {
        c.id: Answer() for c in new.criteria if c.survey is None and c.id not in landed.criteria
    }
    migrated = Assessment(
        version=new.version,
        organisation=assessment.organisation,
        service=assessment.service,
        organisation_id=assessment.organisation_id,
        assessed_on=assessment.assessed_on,
        completed_by=assessment.completed_by,
        criteria={**blank, **landed.criteria},
        indicators=indicators,
        surveys=surveys,
        retired=tuple(leftovers.answers),
        # How it was made stays; a sign-off does not: the migrated answers need approving.
        meetings=assessment.meetings,
        source=_template(new, assessment),
    )
    return MigrationResult(
        assessment=migrated,
        carried=landed.carried,
        reconfirm=tuple(landed.reconfirm),
        retired=tuple(leftovers.ids),
        dropped_surveys=tuple(s for s in assessment.surveys if s not in surveys),
    )
