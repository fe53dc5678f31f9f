"""The policy's options: the command line and the docs follow `Policy`'s fields."""

from __future__ import annotations

import datetime
import io
import json
import re
from pathlib import Path

import attrs
import pytest

from coprod_standards import (
    Assessment,
    BandReading,
    Consensus,
    Policy,
    RollUp,
    evaluate,
    load,
)
from coprod_standards.cli import run
from coprod_standards.core.policy import (
    PolicyOption,
    policy_from_options,
    policy_options,
    policy_to_options,
)
from coprod_standards.errors import FieldError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = str(ROOT / "examples" / "joint-assessment.yaml")
DAY = datetime.date(2026, 9, 30)


def test_the_options_keep_their_flags_and_defaults() -> None:
    """The flags and defaults are a contract: one per field, in the fields' order."""
    assert [(o.flag, o.choices, o.default) for o in policy_options()] == [
        ("--band", ("at_least", "strict"), "at_least"),
        ("--populations", ("each", "pooled"), "each"),
        ("--minimum-respondents", None, 10),
        ("--max-survey-age-months", None, 12),
        ("--consensus", ("all", "majority"), "all"),
        ("--roll-up", ("weakest_link", "lower_median"), "weakest_link"),
        ("--max-evidence-age-months", None, None),
        ("--stale-evidence-unmeets", None, False),
    ]
    assert [o.flag for o in policy_options() if o.switch] == ["--stale-evidence-unmeets"]
    assert [o.field for o in policy_options()] == [f.name for f in attrs.fields(Policy)]


def test_every_option_has_help_in_plain_words() -> None:
    """Each field's metadata gives its help: text, with no argparse formatting in it."""
    for option in policy_options():
        assert isinstance(option, PolicyOption)
        assert option.help, option.field
        assert "%(" not in option.help, option.field


def test_every_option_reaches_the_policy_the_command_uses() -> None:
    """Each option given on the command line is the policy the evaluation records."""
    status, out, err = _call(
        "evaluate",
        EXAMPLE,
        "--format",
        "json",
        "--band",
        "strict",
        "--populations",
        "pooled",
        "--minimum-respondents",
        "3",
        "--max-survey-age-months",
        "24",
        "--consensus",
        "majority",
        "--roll-up",
        "lower_median",
        "--max-evidence-age-months",
        "18",
        "--stale-evidence-unmeets",
    )
    assert (status, err) == (0, "")
    assert json.loads(out)["policy"] == {
        "band": "strict",
        "populations": "pooled",
        "minimum_respondents": 3,
        "max_survey_age_months": 24,
        "consensus": "majority",
        "roll_up": "lower_median",
        "max_evidence_age_months": 18,
        "stale_evidence_unmeets": True,
    }


def test_policy_from_options_takes_members_values_and_keeps_defaults() -> None:
    """Named fields take their values; the rest keep their defaults; other keys are ignored."""
    policy = policy_from_options({"roll_up": "lower_median", "format": "json"})
    assert policy == Policy(roll_up=RollUp.LOWER_MEDIAN)
    assert policy_from_options({}) == Policy()
    assert policy_from_options({"consensus": "majority"}).consensus is Consensus.MAJORITY


def test_policy_from_options_refuses_a_value_no_member_has() -> None:
    """A value that is no member's is a FieldError naming the choices, not a ValueError."""
    with pytest.raises(FieldError, match=r"'most' is not one of 'all', 'majority'"):
        policy_from_options({"consensus": "most"})


def test_policy_to_options_gives_each_field_as_the_command_line_writes_it() -> None:
    """Every field by name, an enum as its value; read back, it is the same policy."""
    policy = Policy(band=BandReading.STRICT, minimum_respondents=3, roll_up=RollUp.LOWER_MEDIAN)
    options = policy_to_options(policy)
    assert list(options) == [field.name for field in attrs.fields(Policy)]
    assert (options["band"], options["minimum_respondents"]) == ("strict", 3)
    assert policy_from_options(options) == policy


@attrs.frozen
class WiderPolicy(Policy):
    """A throwaway policy with one more field."""

    quorum: int = attrs.field(default=2, metadata={"help": "how many groups must give a view"})


def test_the_export_records_each_field_of_the_policy() -> None:
    """to_dict's policy follows the policy's fields: a new field is exported with no edit there."""
    assessment = Assessment(version="1.1", organisation="Riverside", assessed_on=DAY)
    exported = evaluate(load("1.1"), assessment, WiderPolicy(quorum=3)).to_dict()["policy"]
    assert exported == {**policy_to_options(Policy()), "quorum": 3}


def test_the_docs_list_every_option() -> None:
    """docs/cli.md names each flag; docs/evaluation.md's table has each field's row."""
    cli = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    listed = re.search(r"take the evaluation policy's options:\n(.*?)\(see", cli, re.DOTALL)
    assert listed is not None
    assert re.findall(r"`(--[a-z-]+)`", listed[1]) == [o.flag for o in policy_options()]
    evaluation = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \| `([^`]+)` \| [^|]+ \| `([^`]+)` \|", evaluation, re.M)
    expected = []
    for option in policy_options():
        default = getattr(Policy(), option.field)
        shown = (
            str(default) if option.choices is None else f"{type(default).__name__}.{default.name}"
        )
        usage = "N" if option.choices is None else "{" + ",".join(option.choices) + "}"
        expected.append(
            (option.field, shown, option.flag if option.switch else f"{option.flag} {usage}")
        )
    assert rows == expected
    exported = re.search(r"^\| `policy` \| (.*) \|$", evaluation, re.M)
    assert exported is not None
    assert re.findall(r"`([a-z_]+)`", exported[1]) == [o.field for o in policy_options()]


def _call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()
