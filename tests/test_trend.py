"""The trend over one organisation's assessments: reports.trend and the trend command.

The three examples in examples/trend/ are Millbrook Tenants' Voice in 2024,
2025 (version 1.1) and 2026 (the draft 1.2 in tests/fixtures/v1_2). Each is
small-organisation-bronze.yaml (every Bronze criterion met, nothing further
but 2.3.S3 and 5.4.S1) with these changes, so their tiers follow by hand:

- 2024: 3.3.B1 not met -> indicator 3.3 and standard 3 reach no tier; every
  other standard Bronze; overall (weakest link) no tier.
- 2025: 3.3.B1 met -> standard 3 Bronze; 9.1.S1, 9.2.S1, 9.3.S1 and 9.4.S1 met
  (9.2.B1 not applicable counts as met) -> every indicator of 9 Silver, so
  standard 9 Silver; every other standard Bronze; overall Bronze in 1.1.
- 2026 (1.2): 5.5.B2 not met -> standard 5 no tier; 10.4.B1 met -> the new
  indicator 10.4 Bronze; 1.2.B2 answered as 1.2.S3, its name in 1.2.

Followed in 1.2, 2024 and 2025 are migrated first. 1.2 rewords 4.1.B1 without
declaring it, so its answer waits for re-confirmation and counts as not met:
4.1, and so standard 4, reach no tier in 2024 and 2025. Those years never
answered 10.4.B1, so standard 10 reaches no tier in them too. Hence, in 1.2:
overall no tier in all three years (2024: 3, 4, 10; 2025: 4, 10; 2026: 5).
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import attrs
import pytest

import coprod_standards
from coprod_standards import Tier
from coprod_standards.cli import run
from coprod_standards.errors import CoprodError
from coprod_standards.reports.trend import trend
from coprod_standards.reports.trend_html import trend_html

ROOT = Path(__file__).resolve().parents[1]
TREND = ROOT / "examples" / "trend"
FILES = [str(TREND / f"millbrook-{year}.yaml") for year in (2024, 2025, 2026)]
DRAFT = str(ROOT / "tests" / "fixtures" / "v1_2")
B, S, N = "bronze", "silver", None


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def _json_trend() -> dict[str, object]:
    status, out, err = call(
        "trend", *reversed(FILES), "--standards-version", DRAFT, "--format", "json"
    )
    assert status == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def test_the_examples_trend_as_worked_out_by_hand() -> None:
    """The three years give the tiers, changes and stuck criteria worked out in the docstring."""
    data = _json_trend()
    assert data["dates"] == ["2024-10-15", "2025-10-15", "2026-10-15"]  # put in date order
    assert data["version"] == "1.2"
    tiers = {s["id"]: s["tiers"] for s in data["standards"]}  # type: ignore[attr-defined]
    assert tiers == {
        "1": [B, B, B], "2": [B, B, B], "3": [N, B, B], "4": [N, N, B], "5": [B, B, N],
        "6": [B, B, B], "7": [B, B, B], "8": [B, B, B], "9": [B, S, S], "10": [N, N, B],
    }  # fmt: skip
    assert data["overall"] == [N, N, N]
    steps = [(s["id"], s["from"][:4], s["old"], s["new"]) for s in data["improved"]]  # type: ignore[attr-defined]
    assert steps == [
        ("3", "2024", N, B),
        ("9", "2024", B, S),
        ("4", "2025", N, B),
        ("10", "2025", N, B),
    ]
    slipped = [(s["id"], s["from"][:4], s["old"], s["new"]) for s in data["slipped"]]  # type: ignore[attr-defined]
    assert slipped == [("5", "2025", B, N)]
    unmet = {u["id"]: (u["cycles"], u["outcome"]) for u in data["unmet"]}  # type: ignore[attr-defined]
    # Not met in all three years, and each Silver criterion of a Bronze indicator.
    assert unmet["1.2.S2"] == (3, "not_met")
    assert unmet["10.2.S1"] == (3, "not_met")
    # Standard 9 is at Silver: its Gold criteria are what hold it back now.
    assert unmet["9.1.G1"] == (3, "unanswered")
    assert "9.1.S1" not in unmet
    # 5.5.B2 has been unmet for one cycle only; 3.3.B1 is met again.
    assert "5.5.B2" not in unmet
    assert "3.3.B1" not in unmet
    # A Gold criterion of an indicator still at Bronze is not yet in the way.
    assert "1.2.G1" not in unmet


def test_migration_is_reported_on_stderr() -> None:
    """The command says which files it migrated and which answers wait to be confirmed."""
    status, _, err = call("trend", *FILES, "--standards-version", DRAFT)
    assert status == 0
    assert "millbrook-2024.yaml (version 1.1) migrated to 1.2" in err
    assert "count as not met: 4.1.B1" in err


def _evaluated(year: int, organisation: str = "") -> coprod_standards.Evaluation:
    framework = coprod_standards.load("1.1")
    assessment = coprod_standards.load_assessment(TREND / f"millbrook-{year}.yaml")
    if organisation:
        assessment = attrs.evolve(assessment, organisation=organisation)
    return coprod_standards.evaluate(framework, assessment)


def test_two_years_in_one_version_need_no_migration() -> None:
    """Within version 1.1, 2024 to 2025 lifts 3 to Bronze, 9 to Silver and the organisation."""
    found = trend([_evaluated(2025), _evaluated(2024)])
    assert found.overall.tiers == (None, Tier.BRONZE)
    assert [(s.id, s.new) for s in found.improved] == [
        ("", Tier.BRONZE), ("3", Tier.BRONZE), ("9", Tier.SILVER),
    ]  # fmt: skip
    assert found.slipped == ()


def test_different_organisations_are_refused() -> None:
    """A trend follows one organisation: two names are refused, each named with its file."""
    with pytest.raises(CoprodError, match="a trend follows one organisation") as caught:
        trend([_evaluated(2024), _evaluated(2025, organisation="Eastgate Trust")])
    assert "'Eastgate Trust' in the assessment of 2025-10-15" in str(caught.value)
    assert "millbrook-2024.yaml" in str(caught.value)


def test_different_services_are_refused() -> None:
    """A trend follows one service: an organisation's two services are refused, each named."""
    day_centre = _evaluated(2025)
    day_centre = coprod_standards.evaluate(
        day_centre.framework, attrs.evolve(day_centre.assessment, service="Day centre")
    )
    with pytest.raises(CoprodError, match="a trend follows one service, and these name 2") as e:
        trend([_evaluated(2024), day_centre])
    assert "no service in the assessment of 2024" in str(e.value)
    assert "'Day centre' in the assessment of 2025-10-15" in str(e.value)


def test_the_same_date_twice_is_refused() -> None:
    """Two assessments of one date are refused: a trend takes one a cycle."""
    twin = _evaluated(2024)
    with pytest.raises(CoprodError, match="have the same date"):
        trend([twin, _evaluated(2024)])


def test_different_versions_are_refused_by_the_report() -> None:
    """The report takes one version; migrating is the caller's step."""
    draft = coprod_standards.load_path(Path(DRAFT))
    newer = coprod_standards.load_assessment(TREND / "millbrook-2026.yaml", framework=draft)
    with pytest.raises(CoprodError, match="migrate the older assessments"):
        trend([_evaluated(2024), coprod_standards.evaluate(draft, newer)])


def test_command_refuses_two_organisations(tmp_path: Path) -> None:
    """The command gives the organisations' error in one line, not a traceback."""
    other = tmp_path / "other.yaml"
    text = Path(FILES[1]).read_text(encoding="utf-8")
    other.write_text(text.replace("Millbrook Tenants' Voice", "Eastgate Trust"), encoding="utf-8")
    status, out, err = call("trend", FILES[0], str(other))
    assert status != 0
    assert out == ""
    assert "a trend follows one organisation, and these name 2" in err
    assert "Traceback" not in err


def test_text_and_markdown_tables() -> None:
    """Text and Markdown show a column per date and a row per standard, then the changes."""
    status, text, _ = call("trend", *FILES, "--standards-version", DRAFT)
    assert status == 0
    assert "9. Confidentiality" in text
    assert "Bronze      Silver      Silver" in text
    assert "  - 5. Accessibility: Bronze to No tier (2025-10-15 to 2026-10-15)" in text
    status, markdown, _ = call(
        "trend", *FILES, "--standards-version", DRAFT, "--format", "markdown"
    )
    assert "| 9. Confidentiality | Bronze | Silver | Silver |" in markdown


def test_html_has_a_chart_and_escapes(tmp_path: Path) -> None:
    """The HTML page draws a bar per year and standard, and escapes the organisation's name."""
    evaluations = [_evaluated(2024, "<b>Mill</b>"), _evaluated(2025, "<b>Mill</b>")]
    page = trend_html(trend(evaluations))
    assert "<b>Mill" not in page
    assert "&lt;b&gt;Mill&lt;/b&gt;" in page
    assert page.count("<svg") == 1
    # 2024: nine Bronze standards; 2025: nine Bronze and one Silver; overall: one Bronze.
    assert page.count("<rect") == 9 + 10 + 1
    output = tmp_path / "trend.html"
    status, out, _ = call(
        "trend", *FILES, "--standards-version", DRAFT, "--format", "html", "-o", str(output)
    )
    assert (status, out) == (0, f"wrote {output}\n")
    assert "9. Confidentiality: 2024-10-15 Bronze, 2025-10-15 Silver" in output.read_text()


def test_html_needs_an_output_file() -> None:
    """HTML is not written to the terminal."""
    status, _, err = call("trend", *FILES, "--format", "html")
    assert status != 0
    assert "name the file with -o" in err


def test_a_date_order_not_the_argument_order() -> None:
    """The files may be given in any order."""
    found = trend([_evaluated(2025), _evaluated(2024)])
    assert found.dates == (datetime.date(2024, 10, 15), datetime.date(2025, 10, 15))


def test_command_does_not_write_over_an_assessment_it_reads(tmp_path: Path) -> None:
    """Even with --force, -o naming one of the assessments is refused and the file kept."""
    copy = tmp_path / "millbrook-2024.yaml"
    copy.write_text(Path(FILES[0]).read_text(encoding="utf-8"), encoding="utf-8")
    before = copy.read_text(encoding="utf-8")
    status, _, err = call("trend", str(copy), FILES[1], "-o", str(copy), "--force")
    assert status != 0
    assert "is also a file being read" in err
    assert copy.read_text(encoding="utf-8") == before
