"""Saving a loaded assessment: a changed answer stays at its id, comments stay with their key."""

# ruff: noqa: E501 - the example files below keep their long lines as people write them

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest

from coprod_standards import (
    Answer,
    Status,
    SurveyResponse,
    assessment_template,
    dumps_assessment,
    load,
    load_assessment,
    parse_assessment,
    save_assessment,
)
from coprod_standards.core.assessment import CarriedAnswer

FRAMEWORK = load("1.1")
TEMPLATE = assessment_template(FRAMEWORK, assessed_on=datetime.date(2026, 9, 30))


def test_an_answer_that_becomes_a_mapping_stays_under_its_own_comment(tmp_path: Path) -> None:
    """2.4.B3 changed from met to a mapping is written on its own line, above 2.4.S1's text."""
    path = tmp_path / "riverside.yaml"
    path.write_text(TEMPLATE.replace("  2.4.B3:\n", "  2.4.B3: met\n"), encoding="utf-8")
    loaded = load_assessment(path)
    changed = {**loaded.criteria, "2.4.B3": Answer(Status.NOT_MET, comment="Not yet")}
    save_assessment(attrs.evolve(loaded, criteria=changed), path)
    text = path.read_text(encoding="utf-8")
    assert text == TEMPLATE.replace(
        "  2.4.B3:\n", "  2.4.B3: {status: not_met, comment: Not yet}\n"
    )
    start = text.index("  #   Freedom to speak up")
    assert text[start : text.index("  2.4.G1:")].splitlines() == [
        "  #   Freedom to speak up in organisations to foster a transparent culture in the",
        "  #   organisation, so that all concerned can put their views forward safely, without",
        "  #   reprisal.",
        "  2.4.B3: {status: not_met, comment: Not yet}",
        "  # Bronze standard plus Silver standard",
        "  #   Service users involved in monitoring complaints and supporting learning to the",
        "  #   organisation.",
        "  2.4.S1:",
        "  # Bronze and silver standard plus Gold standard",
        "  #   Professionals are held accountable in supervision and appraisals if there is no",
        "  #   evidence of valuing citizen / service user contribution in design and delivery of",
        "  #   services",
    ]


NESTED = """\
version: "1.1"
organisation: Riverside
assessed_on: 2026-09-30
criteria:
  # above 1.2.B1
  1.2.B1:
    status: met
    evidence: Equality report
  # above 1.2.B2
  1.2.B2: met  # beside 1.2.B2
  # above 1.2.G1
  1.2.G1: not_met
# above surveys
surveys: [{metric: inclusion, population: service_users, agree: 61, respondents: 100, conducted_on: 2026-05-01}]
# at the end
"""


def test_a_mapping_that_becomes_an_answer_keeps_the_next_comment() -> None:
    """A block mapping replaced by a status leaves the next key's comment above the next key."""
    loaded = parse_assessment(NESTED, name="riverside.yaml")
    changed = attrs.evolve(loaded, criteria={**loaded.criteria, "1.2.B1": Answer(Status.MET)})
    assert dumps_assessment(changed) == NESTED.replace(
        "  1.2.B1:\n    status: met\n    evidence: Equality report\n", "  1.2.B1: met\n"
    )


def test_a_removed_answer_takes_only_its_own_comment() -> None:
    """Removing an answer removes the comment above it, and the next key keeps its own."""
    loaded = parse_assessment(NESTED, name="riverside.yaml")
    criteria = {id: answer for id, answer in loaded.criteria.items() if id != "1.2.B2"}
    assert dumps_assessment(attrs.evolve(loaded, criteria=criteria)) == NESTED.replace(
        "  # above 1.2.B2\n  1.2.B2: met  # beside 1.2.B2\n", ""
    )


def test_an_answer_added_at_the_end_goes_before_the_next_section() -> None:
    """A new answer follows the last one, above the comment that belongs to the next key."""
    loaded = parse_assessment(NESTED, name="riverside.yaml")
    criteria = {**loaded.criteria, "1.3.B1": Answer(Status.MET)}
    assert dumps_assessment(attrs.evolve(loaded, criteria=criteria)) == NESTED.replace(
        "  1.2.G1: not_met\n", "  1.2.G1: not_met\n  1.3.B1: met\n"
    )


def test_a_flow_style_survey_list_stays_in_flow_style() -> None:
    """Surveys written as a flow list stay one, untouched or with a survey added."""
    loaded = parse_assessment(NESTED, name="riverside.yaml")
    renamed = attrs.evolve(loaded, organisation="Riverside Hub")
    assert dumps_assessment(renamed) == NESTED.replace("Riverside\n", "Riverside Hub\n")
    staff = SurveyResponse(
        "communication", "staff", 42, 30, conducted_on=datetime.date(2026, 4, 12)
    )
    added = attrs.evolve(loaded, surveys=(*loaded.surveys, staff))
    assert dumps_assessment(added) == NESTED.replace(
        "conducted_on: 2026-05-01}]",
        "conducted_on: 2026-05-01}, {metric: communication, population: staff, agree: 30, "
        "respondents: 42, conducted_on: 2026-04-12}]",
    )


def test_surveys_added_to_an_empty_list_are_one_a_line() -> None:
    """Surveys recorded in the template's empty list are written one a line, each in flow style."""
    blank = parse_assessment(TEMPLATE, name="template.yaml")
    spring = SurveyResponse(
        "inclusion", "service_users", 100, 61, conducted_on=datetime.date(2026, 5, 1)
    )
    staff = SurveyResponse(
        "communication", "staff", 42, 30, conducted_on=datetime.date(2026, 4, 12)
    )
    text = dumps_assessment(attrs.evolve(blank, surveys=(spring, staff)))
    assert text == TEMPLATE.replace(
        "surveys: []\n",
        "surveys:\n"
        "  - {metric: inclusion, population: service_users, agree: 61, respondents: 100, conducted_on: 2026-05-01}\n"
        "  - {metric: communication, population: staff, agree: 30, respondents: 42, conducted_on: 2026-04-12}\n",
    )


def test_an_unchanged_survey_keeps_its_comment_when_another_is_added() -> None:
    """Surveys left alone keep their comments and layout; the new one follows its neighbours' style."""
    text = NESTED.replace(
        "surveys: [{metric: inclusion, population: service_users, agree: 61, respondents: 100, conducted_on: 2026-05-01}]\n",
        "surveys:\n  # spring\n  - metric: inclusion\n    population: service_users\n    agree: 61\n"
        "    respondents: 100\n    conducted_on: 2026-05-01\n",
    )
    loaded = parse_assessment(text, name="riverside.yaml")
    staff = SurveyResponse(
        "communication", "staff", 42, 30, conducted_on=datetime.date(2026, 4, 12)
    )
    assert dumps_assessment(attrs.evolve(loaded, surveys=(*loaded.surveys, staff))) == text.replace(
        "# at the end\n",
        "  - metric: communication\n    population: staff\n    agree: 30\n    respondents: 42\n"
        "    conducted_on: 2026-04-12\n# at the end\n",
    )


def test_surveys_sharing_one_date_object_are_written_without_aliases() -> None:
    """One date object in two surveys is written out twice, afresh or into a loaded file."""
    may = datetime.date(2026, 5, 1)
    surveys = (
        SurveyResponse("inclusion", "service_users", 100, agree=61, conducted_on=may),
        SurveyResponse("inclusion", "staff", 40, agree=30, conducted_on=may),
    )
    loaded = parse_assessment(TEMPLATE)
    for assessment in (
        attrs.evolve(loaded, surveys=surveys, source=None),
        attrs.evolve(loaded, surveys=surveys),
    ):
        text = dumps_assessment(assessment)
        assert text[text.index("\nsurveys:") :].count("conducted_on: 2026-05-01") == 2
        assert parse_assessment(text) == assessment


def test_text_starting_with_a_colon_keeps_the_comments_of_a_changed_file() -> None:
    """A carried comment ": 0" in a one-line answer is quoted, so the patched file reads back."""
    blank = parse_assessment(TEMPLATE)
    once = parse_assessment(
        dumps_assessment(
            attrs.evolve(blank, criteria={**blank.criteria, "1.2.B1": Answer(comment="0")})
        )
    )
    carried = CarriedAnswer(version="1.0", id="1.1.B1", comment=": 0")
    twice = attrs.evolve(
        once, criteria={**once.criteria, "1.2.B1": Answer(comment="0", previous=carried)}
    )
    text = dumps_assessment(twice)
    assert parse_assessment(text) == twice
    assert "# Bronze standard" in text  # patched, not written afresh without its comments


def test_saving_where_no_file_can_be_is_an_os_error_naming_it(tmp_path: Path) -> None:
    """A missing folder is an OSError that names it and says what to do; nothing is written."""
    assessment = load_assessment(Path(__file__).parents[1] / "examples" / "mixed-tiers.yaml")
    target = tmp_path / "none" / "ours.yaml"
    with pytest.raises(FileNotFoundError) as raised:
        save_assessment(assessment, target)
    assert raised.value.filename == str(target)
    assert (
        raised.value.strerror
        == f"there is no folder {tmp_path / 'none'}; create it first, or write to another folder"
    )
    assert list(tmp_path.iterdir()) == []
