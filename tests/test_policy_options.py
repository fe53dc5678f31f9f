"""The policy's options: the command line and the docs follow `Policy`'s fields."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import attrs
import pytest

from coprod_standards import Consensus, Policy, RollUp
from coprod_standards.cli import run
from coprod_standards.core.policy import PolicyOption, policy_from_options, policy_options
from coprod_standards.errors import FieldError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = str(ROOT / "examples" / "joint-assessment.yaml")


def test_the_options_keep_their_flags_and_defaults() -> None:
    """The flags and defaults are a contract: one per field, in the fields' order."""
    assert [(o.flag, o.choices, o.default) for o in policy_options()] == [
        ("--band", ("at_least", "strict"), "at_least"),
        ("--populations", ("each", "pooled"), "each"),
        ("--minimum-respondents", None, 10),
        ("--max-survey-age-months", None, 12),
        ("--consensus", ("all", "majority"), "all"),
        ("--roll-up", ("weakest_link", "lower_median"), "weakest_link"),
    ]
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
    )
    assert (status, err) == (0, "")
    assert json.loads(out)["policy"] == {
        "band": "strict",
        "populations": "pooled",
        "minimum_respondents": 3,
        "max_survey_age_months": 24,
        "consensus": "majority",
        "roll_up": "lower_median",
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
        expected.append((option.field, shown, f"{option.flag} {usage}"))
    assert rows == expected


def _call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()
