"""The models: tier order, look-ups, invariants and corrections."""

from __future__ import annotations

import attrs
import pytest

from coprod_standards import Tier, load
from coprod_standards.core.models import Criterion, Erratum, Indicator, SourceRef, SurveyThreshold
from coprod_standards.errors import FieldError, UnknownIdError


def test_tiers_are_ordered() -> None:
    """Bronze < Silver < Gold, with letters and the tiers below each."""
    assert sorted([Tier.GOLD, Tier.BRONZE, Tier.SILVER]) == [Tier.BRONZE, Tier.SILVER, Tier.GOLD]
    assert Tier.GOLD > Tier.SILVER >= Tier.SILVER > Tier.BRONZE
    assert [tier.letter for tier in Tier] == ["B", "S", "G"]
    assert Tier.GOLD.below == (Tier.BRONZE, Tier.SILVER)
    assert Tier.from_letter("S") is Tier.SILVER
    with pytest.raises(ValueError, match="no tier has the letter 'X'"):
        Tier.from_letter("X")


def test_tiers_do_not_compare_with_strings() -> None:
    """Comparing a tier with its value is a type error, not a silent string comparison."""
    with pytest.raises(TypeError):
        assert Tier.BRONZE < "silver"


def test_lookups() -> None:
    """Standards, indicators and criteria are found by their string ids."""
    framework = load()
    assert framework.standard("3").title == "Respect"
    assert framework.indicator("3.1").title == "People feel listened to"
    assert framework.criterion("3.1.B1").tier is Tier.BRONZE
    assert framework.criterion("3.1.B1").indicator_id == "3.1"
    assert framework.indicator("3.1").standard_id == "3"


@pytest.mark.parametrize(
    ("method", "id", "kind"),
    [
        ("standard", "11", "standard"),
        ("indicator", "1.9", "indicator"),
        ("criterion", 1.1, "criterion"),
    ],
)
def test_unknown_ids(method: str, id: object, kind: str) -> None:
    """An unknown id (or a number instead of a string id) raises UnknownIdError."""
    with pytest.raises(UnknownIdError) as caught:
        getattr(load(), method)(id)
    assert caught.value.kind == kind
    assert str(caught.value).startswith(f"version 1.1 has no {kind} with id {id!r}")
    assert isinstance(caught.value, KeyError)


def test_models_are_frozen() -> None:
    """Loaded objects cannot be changed."""
    criterion = load().criterion("1.1.B1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        criterion.text = "changed"  # type: ignore[misc]


def test_survey_threshold_rules() -> None:
    """Thresholds are percentages, bands run low to high, populations are listed once."""
    with pytest.raises(FieldError) as caught:
        SurveyThreshold("inclusion", ("staff",), 101)
    assert caught.value.field == "minimum_percent"
    with pytest.raises(FieldError, match="below its lower bound"):
        SurveyThreshold("inclusion", ("staff",), 80, 70)
    with pytest.raises(FieldError, match="at least one population"):
        SurveyThreshold("inclusion", (), 80)
    with pytest.raises(FieldError, match="listed twice"):
        SurveyThreshold("inclusion", ("staff", "staff"), 80)


def test_indicator_criteria_are_in_tier_order() -> None:
    """An indicator's criteria run Bronze, Silver, Gold."""

    def criterion(tier: Tier) -> Criterion:
        return Criterion(f"1.1.{tier.letter}1", tier, "x", SourceRef(1, 1, tier, 1))

    with pytest.raises(FieldError, match="Bronze, then Silver, then Gold"):
        Indicator("1.1", "t", (criterion(Tier.SILVER), criterion(Tier.BRONZE)))


def test_errata_correct_without_changing_the_text() -> None:
    """corrected_text applies errata; text stays as published."""
    erratum = Erratum("heirachies", "hierarchies")
    assert erratum.apply("levelled off heirachies eg") == "levelled off hierarchies eg"
    standard = load().standard("10")
    assert standard.title == "Raising Awareness and Training Indicator"
    assert standard.corrected_title == "Raising Awareness and Training"


def test_framework_name() -> None:
    """The full name as the checklist's cover gives it."""
    assert load().name == "Co-Production Quality Standards — How are we doing? V1.1"


def test_models_refuse_values_of_the_wrong_kind() -> None:
    """Policy fields must be their enums; an answer's status a Status; a percentage a number."""
    import datetime

    from coprod_standards import Answer, Consensus, Policy, SurveyResponse

    with pytest.raises(
        FieldError, match=r"'all' is not one of Consensus\.ALL, Consensus\.MAJORITY"
    ):
        Policy(consensus="all")  # type: ignore[arg-type]
    assert Policy(consensus=Consensus.MAJORITY).consensus is Consensus.MAJORITY
    with pytest.raises(FieldError, match="'met' is not a Status"):
        Answer("met")  # type: ignore[arg-type]
    with pytest.raises(FieldError, match="nan is not a number"):
        SurveyResponse(
            "inclusion", "staff", 10, percent_agree=float("nan"), conducted_on=datetime.date.today()
        )
