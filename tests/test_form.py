"""The offline form as written: one self-contained page, built from the framework, safe to open."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import load, load_assessment
from coprod_standards.cli import run
from coprod_standards.formats.assessment_files import assessment_to_data
from coprod_standards.reports.form import assessment_form, form_data

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ASSETS = (
    Path(__file__).resolve().parents[1] / "src" / "coprod_standards" / "reports" / "form_assets"
)


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def embedded(page: str, element_id: str) -> object:
    """The JSON in the page's script element *element_id*."""
    match = re.search(f'<script type="application/json" id="{element_id}">(.*?)</script>', page)
    assert match is not None
    return json.loads(match[1])


def test_the_page_loads_nothing_from_anywhere() -> None:
    """No URL, link, import or source attribute: the page needs nothing but itself."""
    page = assessment_form(load("1.1"))
    for needle in ("://", "<link", "@import", "url(", " src=", "fetch(", "XMLHttpRequest"):
        assert needle not in page, needle
    assert "default-src 'none'" in page


def test_the_page_holds_every_criterion_with_its_published_text() -> None:
    """Every standard, indicator and criterion is in the page, its text verbatim."""
    framework = load("1.1")
    data: Any = embedded(assessment_form(framework), "coprod-framework")
    assert data == form_data(framework)
    criteria = [c for s in data["standards"] for i in s["indicators"] for c in i["criteria"]]
    assert {c["id"]: c["text"] for c in criteria} == {c.id: c.text for c in framework.criteria}
    assert [c["id"] for c in criteria if c["survey"]] == [
        c.id for c in framework.criteria if c.survey is not None
    ]


def test_text_cannot_end_the_script_that_holds_it() -> None:
    """An assessment's </script> or <!-- is escaped in the page, and reads back unchanged."""
    hostile = "</script><script>alert(1)</script><!-- \u2028 & >"
    data = {"version": "1.1", "organisation": hostile, "assessed_on": "2026-09-30"}
    page = assessment_form(load("1.1"), data)
    assert page.count("</script>") == 3
    assert "<!--" not in page
    assert embedded(page, "coprod-assessment") == data


def test_each_asset_is_under_400_lines() -> None:
    """The form's scripts and style sheet stay small enough to read, like the modules."""
    for path in ASSETS.iterdir():
        assert len(path.read_text("utf-8").splitlines()) < 400, path.name


def test_form_command_writes_a_blank_form(tmp_path: Path) -> None:
    """``form -o FILE`` writes the blank form and says so."""
    output = tmp_path / "form.html"
    assert call("form", "-o", str(output)) == (0, f"wrote {output}\n", "")
    page = output.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert embedded(page, "coprod-assessment") is None


def test_form_command_fills_the_form_from_a_file(tmp_path: Path) -> None:
    """``form --from FILE`` puts the assessment's data in the page, as the file format has it."""
    source = EXAMPLES / "joint-assessment.yaml"
    output = tmp_path / "form.html"
    assert call("form", "-o", str(output), "--from", str(source))[0] == 0
    expected = assessment_to_data(load_assessment(source), dates_as_text=True)
    assert embedded(output.read_text("utf-8"), "coprod-assessment") == expected


def test_form_command_refuses_to_overwrite(tmp_path: Path) -> None:
    """An existing output is kept without --force, and replaced with it."""
    output = tmp_path / "form.html"
    output.write_text("mine", encoding="utf-8")
    status, out, err = call("form", "-o", str(output))
    assert (status, out) == (2, "")
    assert "already exists; --force overwrites it" in err
    assert output.read_text("utf-8") == "mine"
    assert call("form", "-o", str(output), "--force")[0] == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'version: "1.1"\norganisation: X\nassessed_on: 2026-09-30\ncriteria: {9.9.B1: met}\n',
            "version 1.1 has no criterion '9.9.B1'",
        ),
        ('version: "9.9"\norganisation: X\nassessed_on: 2026-09-30\n', "no standards version"),
    ],
)
def test_form_command_refuses_a_bad_file(tmp_path: Path, text: str, message: str) -> None:
    """A --from file with problems is refused with the library's message, and nothing is written."""
    source = tmp_path / "ours.yaml"
    source.write_text(text, encoding="utf-8")
    output = tmp_path / "form.html"
    status, _, err = call("form", "-o", str(output), "--from", str(source))
    assert status == 2
    assert message in err
    assert "Traceback" not in err
    assert not output.exists()


def test_form_command_never_writes_over_its_input(tmp_path: Path) -> None:
    """``--from`` and ``-o`` naming one file is refused, even with --force."""
    source = tmp_path / "ours.yaml"
    source.write_bytes((EXAMPLES / "mixed-tiers.yaml").read_bytes())
    status, _, err = call("form", "-o", str(source), "--from", str(source), "--force")
    assert status == 2
    assert "is also the file being read" in err
