"""Many services, one organisation: the service and identifier keys, and the roll-up.

The example's expected roll-up (examples/services/) is worked out by hand
from the rules, not copied from the library's output:

- eastgate-housing.yaml has the answers and surveys of
  small-organisation-bronze.yaml, which reaches Bronze in every standard and
  overall (tests/test_examples.py);
- eastgate-day-centre.yaml differs in two places. 2.1.B3 is not met: a Bronze
  criterion unmet leaves indicator 2.1 with no tier, so standard 2 (weakest
  link) and the day centre overall have none. 8.1.S1, 8.2.S1 and 8.3.S1 are
  met: they were each indicator of standard 8's one unmet Silver criterion,
  so every indicator of standard 8, and standard 8, reach Silver;
- the weakest rule then gives Eastgate: standard 2 no tier (the day
  centre's), standard 8 Bronze (the housing service's, below the day
  centre's Silver), every other standard Bronze (both services'), and no
  tier overall (the day centre's).
"""

from __future__ import annotations

import datetime
import io
import json
import re
import shutil
from pathlib import Path

import attrs
import pytest

import coprod_standards
from coprod_standards import Assessment, Tier, evaluate, load, load_assessment, parse_assessment
from coprod_standards.cli import run
from coprod_standards.core.organisation_ids import ORGANISATION_ID, organisation_id_problem
from coprod_standards.errors import CoprodError, DataError
from coprod_standards.formats.template import next_assessment
from coprod_standards.reports.organisation_roll_up import (
    WEAKEST,
    WHOLE_ORGANISATION,
    _weakest,
    roll_up,
    roll_up_data,
)
from coprod_standards.reports.summary import summarise

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "examples" / "services"
FRAMEWORK = load("1.1")
B, S = Tier.BRONZE, Tier.SILVER
HEADER = 'version: "1.1"\norganisation: Riverside\nassessed_on: 2026-09-30\n'


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


# The identifier's forms


@pytest.mark.parametrize(
    "identifier",
    [
        "GB-CHC-1234567",  # a charity in England and Wales: 7 digits
        "GB-CHC-202918",  # or 6
        "GB-SC-SC012345",  # a Scottish charity: SC and 6 digits
        "GB-NIC-100123",  # a Northern Irish charity: 6 digits
        "GB-COH-01234567",  # a company: 8 digits
        "GB-COH-SC123456",  # or 2 letters and 6 digits
        "GB-NHS-RR8",  # an ODS code as an org-id
        "RR8",  # an NHS trust
        "RR801",  # one of its sites
        "B82005",  # a GP practice
        "K81003001",  # a branch surgery: 9 characters
        "US-EIN-12-3456789",  # any other register: its form only
        "XI-IATI-XX.1/2",
    ],
)
def test_the_accepted_forms_are_accepted(identifier: str) -> None:
    """Each form the docs list is accepted, by the check and by the schema's pattern alike."""
    assert organisation_id_problem(identifier) is None
    assert re.search(ORGANISATION_ID, identifier)


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        ("GB-CHC-12345", "its identifier is 6 or 7 digits, such as GB-CHC-1234567"),
        ("GB-CHC-SC012345", "its identifier is 6 or 7 digits"),
        ("GB-SC-012345", "its identifier is SC and 6 digits, such as GB-SC-SC012345"),
        ("GB-NIC-NIC100123", "6 digits (without the letters NIC), such as GB-NIC-100123"),
        ("GB-COH-1234567", "8 characters: 8 digits, or 2 capital letters and 6 digits"),
        ("GB-NHS-12345", "an ODS code: 3 to 9 capital letters and digits, at least one a letter"),
        ("RR8012345X", "give an org-id such as GB-CHC-1234567"),  # 10 characters
        ("rr8", "write it in capitals, RR8"),
        ("gb-chc-1234567", "write it in capitals, GB-CHC-1234567"),
        (" GB-CHC-1234567", "write it without spaces around it, GB-CHC-1234567"),
        ("1234567", "add the register's org-id code before it, such as GB-CHC-1234567"),
        ("Riverside Trust", "the organisation's name goes in organisation"),
        ("GB-XYZ-a b", "letters, digits, dots, slashes and hyphens"),
        ("G-CHC-1234567", "give an org-id such as GB-CHC-1234567"),
        ("GB-CHC-" + "1" * 100, "100 characters at most"),
    ],
)
def test_a_malformed_identifier_is_refused_with_a_right_form(identifier: str, message: str) -> None:
    """Each malformed identifier is refused, with the shape it should take; the schema agrees."""
    problem = organisation_id_problem(identifier)
    assert problem is not None
    assert message in problem
    assert not re.search(ORGANISATION_ID, identifier)


def test_a_malformed_identifier_in_a_file_is_placed_at_its_value() -> None:
    """The file's problem names line, column, $.organisation_id, its code and a right form."""
    text = HEADER + "organisation_id: GB-SC-12345\n"
    with pytest.raises(DataError) as caught:
        parse_assessment(text, name="ours.yaml")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == ("ours.yaml", 4, 18)
    assert (problem.path, problem.code) == ("$.organisation_id", "organisation-id")
    assert "such as GB-SC-SC012345" in problem.message


def test_a_malformed_identifier_in_json_is_placed_too() -> None:
    """The JSON reader places it as well: the fast reader hands it to the locating one."""
    text = json.dumps(
        {"version": "1.1", "organisation": "R", "organisation_id": "gb-coh-01234567",
         "assessed_on": "2026-09-30", "criteria": {}}
    )  # fmt: skip
    with pytest.raises(DataError) as caught:
        parse_assessment(text, format="json")
    (problem,) = caught.value.problems
    assert (problem.line, problem.path) == (1, "$.organisation_id")
    assert "GB-COH-01234567" in problem.message


def test_a_blank_service_is_refused() -> None:
    """A service given but blank is refused: name it, or leave the key out."""
    with pytest.raises(DataError, match=r"\$\.service: the service is blank"):
        parse_assessment(HEADER + 'service: "  "\n')


def test_the_engine_refuses_a_malformed_identifier_built_in_code() -> None:
    """An assessment built in code with a malformed identifier is refused when evaluated."""
    assessment = Assessment("1.1", "R", datetime.date(2026, 9, 30), organisation_id="SC012345")
    assert evaluate(FRAMEWORK, attrs.evolve(assessment, organisation_id="GB-SC-SC012345"))
    with pytest.raises(CoprodError, match="organisation_id"):
        evaluate(FRAMEWORK, attrs.evolve(assessment, organisation_id="12"))


def test_the_keys_are_written_after_the_organisation_and_read_back() -> None:
    """Saved, the service and identifier follow the organisation's name, and read back."""
    assessment = parse_assessment(HEADER + "organisation_id: RR8\nservice: Day centre\n")
    assert (assessment.service, assessment.organisation_id) == ("Day centre", "RR8")
    written = coprod_standards.dumps_assessment(attrs.evolve(assessment, source=None))
    assert written.splitlines()[1:4] == [
        "organisation: Riverside",
        "service: Day centre",
        "organisation_id: RR8",
    ]
    assert parse_assessment(written) == assessment


def test_the_form_checks_the_identifier_by_the_library_s_pattern() -> None:
    """The offline form's script holds the library's pattern, so the two accept the same."""
    script = (ROOT / "src/coprod_standards/reports/form_assets/form.js").read_text("utf-8")
    assert f"const ORGANISATION_ID = /{ORGANISATION_ID}/;" in script


def test_template_from_keeps_the_service_and_identifier(tmp_path: Path) -> None:
    """Next year's assessment of a service is of the same service of the same organisation."""
    last = load_assessment(SERVICES / "eastgate-day-centre.yaml")
    new = next_assessment(last, FRAMEWORK, assessed_on=datetime.date(2027, 9, 30))
    assert (new.service, new.organisation_id) == ("Day centre", "GB-CHC-1234567")
    output = tmp_path / "next.yaml"
    status, _, err = call(
        "template", "--from", str(SERVICES / "eastgate-day-centre.yaml"), "-o", str(output),
        "--date", "2027-09-30",
    )  # fmt: skip
    assert (status, err) == (0, "")
    again = load_assessment(output)
    assert (again.service, again.organisation_id) == ("Day centre", "GB-CHC-1234567")


# The roll-up


def test_weakest_takes_the_lowest_tier_and_no_tier_is_lowest() -> None:
    """The weakest of Silver and Bronze is Bronze; of Bronze and no tier, no tier."""
    assert _weakest([S, B, S]) is B
    assert _weakest([S, None, B]) is None
    assert _weakest([Tier.GOLD]) is Tier.GOLD


def _summary(*paths: Path) -> coprod_standards.Summary:
    assessments = [load_assessment(path) for path in paths]
    return summarise(evaluate(load(a.version), a) for a in assessments)


EXAMPLE = (SERVICES / "eastgate-housing.yaml", SERVICES / "eastgate-day-centre.yaml")


def test_the_example_rolls_up_to_its_weakest_service() -> None:
    """Eastgate's two services roll up as worked out by hand in this module's docstring."""
    (eastgate,) = roll_up(_summary(*EXAMPLE))
    assert eastgate.organisation_id == "GB-CHC-1234567"
    assert eastgate.names == ("Eastgate Community Trust",)
    assert eastgate.services == ("Housing support", "Day centre")
    assert (eastgate.assessments, eastgate.rule) == (2, WEAKEST)
    assert eastgate.overall is None
    expected = {str(n): B for n in range(1, 11)} | {"2": None}
    assert dict(zip(expected, eastgate.standards, strict=True)) == expected


def _edited(tmp_path: Path, name: str, *changes: tuple[str, str]) -> Path:
    """A copy of an example service's file in *tmp_path*, with text replaced."""
    text = (SERVICES / name).read_text("utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / f"{len(list(tmp_path.iterdir()))}-{name}"
    path.write_text(text, "utf-8")
    return path


def test_the_latest_assessment_of_a_service_counts(tmp_path: Path) -> None:
    """The day centre assessed again, with 2.1.B3 now met: that later assessment counts."""
    later = _edited(
        tmp_path,
        "eastgate-day-centre.yaml",
        ("assessed_on: 2026-09-30", "assessed_on: 2026-12-01"),
        ("  2.1.B3: {status: not_met,", "  2.1.B3: {status: met,"),
        # the staff survey of 2025-09-30 would be over 12 months old: a newer one
        ("conducted_on: 2025-09-30", "conducted_on: 2026-11-30"),
    )
    # Given before the earlier file, the later one still wins: by date, not order.
    (eastgate,) = roll_up(_summary(later, *EXAMPLE))
    assert eastgate.assessments == 3
    assert eastgate.services == ("Day centre", "Housing support")
    assert eastgate.assessed_on == datetime.date(2026, 12, 1)
    # The later day centre: Bronze everywhere but standard 8 (Silver); housing: Bronze.
    assert (eastgate.overall, eastgate.standards) == (B, (B,) * 10)


def test_same_identifier_different_names_are_one_organisation(tmp_path: Path) -> None:
    """Files with one identifier are one organisation, whatever their names; both are named."""
    renamed = _edited(
        tmp_path,
        "eastgate-day-centre.yaml",
        ("organisation: Eastgate Community Trust", "organisation: Eastgate Trust"),
    )
    (eastgate,) = roll_up(_summary(EXAMPLE[0], renamed))
    assert eastgate.names == ("Eastgate Community Trust", "Eastgate Trust")


def test_without_identifiers_files_group_by_name(tmp_path: Path) -> None:
    """No identifier: grouped by the organisation's name; a file naming no service is the whole."""
    whole = _edited(
        tmp_path,
        "eastgate-housing.yaml",
        ("service: Housing support\norganisation_id: GB-CHC-1234567\n", ""),
    )
    other = _edited(
        tmp_path,
        "eastgate-day-centre.yaml",
        ("organisation: Eastgate Community Trust", "organisation: Westgate"),
        ("organisation_id: GB-CHC-1234567\n", ""),
    )
    by_id, westgate, eastgate = roll_up(_summary(EXAMPLE[1], other, whole))
    assert (by_id.organisation_id, by_id.services) == ("GB-CHC-1234567", ("Day centre",))
    assert (westgate.organisation_id, westgate.names) == (None, ("Westgate",))
    assert eastgate.services == (WHOLE_ORGANISATION,)
    assert (eastgate.overall, westgate.overall) == (B, None)


def test_an_unknown_rule_is_refused() -> None:
    """Only the rules listed roll services up."""
    with pytest.raises(ValueError, match="'best' is not a rule"):
        roll_up(_summary(*EXAMPLE), "best")


def test_summary_by_organisation_states_the_rule(tmp_path: Path) -> None:
    """The command's Markdown, CSV and JSON each state the rule and give Eastgate's tiers."""
    for path in EXAMPLE:
        shutil.copy(path, tmp_path / path.name)
    status, markdown, err = call("summary", str(tmp_path), "--by", "organisation")
    assert (status, err) == (0, "")
    assert markdown.startswith("# 1 organisation (2 assessments): ")
    assert "Rolled up by the rule 'weakest': each organisation's tier" in markdown
    _, csv, _ = call("summary", str(tmp_path), "--by", "organisation", "--format", "csv")
    header, row = csv.splitlines()
    assert header.startswith("organisation_id,organisation,services,assessments,assessed_on,rule,")
    assert row.startswith(
        "GB-CHC-1234567,Eastgate Community Trust,Day centre; Housing support,2,2026-09-30,"
        "weakest,,bronze,,bronze,"
    )
    _, data, _ = call("summary", str(tmp_path), "--by", "organisation", "--format", "json")
    rolled = json.loads(data)["rolled_up"]
    assert rolled == json.loads(json.dumps(roll_up_data(_summary(*sorted(EXAMPLE)))))
    assert rolled["rule"] == WEAKEST
    assert rolled["organisations"][0]["standards"]["8"] == "bronze"
