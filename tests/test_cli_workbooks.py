"""The command line's spreadsheets: template and evaluate with --format xlsx."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from coprod_standards.cli import run

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "mixed-tiers.yaml"


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def test_template_writes_a_workbook(tmp_path: Path) -> None:
    """The command template --format xlsx -o writes a workbook that evaluate reads back."""
    path = tmp_path / "ours.xlsx"
    status, out, err = call(
        "template", "--format", "xlsx", "-o", str(path), "--organisation", "Riverside"
    )
    assert (status, out, err) == (0, "", "")
    assert openpyxl.load_workbook(path)["About"]["B2"].value == "Riverside"
    status, out, err = call("evaluate", str(path))
    assert (status, err) == (0, "")
    assert out.startswith("Riverside, assessed on")


def test_template_takes_the_format_from_the_output_name(tmp_path: Path) -> None:
    """Without --format, an -o name ending .xlsx gets a workbook, another name YAML."""
    assert call("template", "-o", str(tmp_path / "ours.xlsx"))[0] == 0
    assert openpyxl.load_workbook(tmp_path / "ours.xlsx").sheetnames[0] == "About"
    assert call("template", "-o", str(tmp_path / "ours.yaml"))[0] == 0
    assert (tmp_path / "ours.yaml").read_text(encoding="utf-8").startswith("# ")


def test_a_workbook_is_not_written_to_the_terminal() -> None:
    """--format xlsx without -o is bad input saying to name a file."""
    status, out, err = call("template", "--format", "xlsx")
    assert (status, out) == (2, "")
    assert "name the file with -o, such as -o ours.xlsx" in err


def test_an_existing_workbook_is_overwritten_only_with_force(tmp_path: Path) -> None:
    """A second template to the same name is refused unless --force."""
    path = tmp_path / "ours.xlsx"
    assert call("template", "-o", str(path))[0] == 0
    status, _, err = call("template", "-o", str(path))
    assert status == 2
    assert "already exists; --force overwrites it" in err
    assert call("template", "-o", str(path), "--force")[0] == 0


def _column(sheet: Any, heading: str) -> int:
    """The number of the column under *heading* in the first row."""
    return int(next(cell.column for cell in sheet[1] if cell.value == heading))


def test_evaluate_writes_a_workbook_per_level(tmp_path: Path) -> None:
    """The command evaluate --format xlsx writes a sheet per level, tiers as words with fills."""
    path = tmp_path / "results.xlsx"
    status, out, err = call("evaluate", str(EXAMPLE), "--format", "xlsx", "-o", str(path))
    assert (status, out, err) == (0, f"wrote {path}\n", "")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Organisation", "Standards", "Indicators", "Criteria"]
    organisation = workbook["Organisation"]
    assert organisation["D1"].value == "overall"
    assert organisation["D2"].value == "No tier"
    standards = workbook["Standards"]
    assert {standards.cell(row, 3).value for row in range(2, 12)} <= {
        "Gold",
        "Silver",
        "Bronze",
        "No tier",
    }
    criteria = workbook["Criteria"]
    assert criteria.max_row == 1 + 237
    status = _column(criteria, "status")
    assert {criteria.cell(row, status).value for row in range(2, 239)} >= {"Met", "Not met"}
    rules = [rule for ranges in criteria.conditional_formatting for rule in ranges.rules]
    assert any(rule.formula == ['"Not met"'] for rule in rules)


def test_evaluate_neutralises_formula_like_text(tmp_path: Path) -> None:
    """Text that a spreadsheet would run is written with a leading apostrophe, as in CSV."""
    source = tmp_path / "ours.yaml"
    source.write_text(
        'version: "1.1"\norganisation: "=HYPERLINK(\\"http://x\\")"\nassessed_on: 2026-09-30\n'
        "criteria:\n  1.2.B1: {status: met, evidence: '+1 report'}\n",
        encoding="utf-8",
    )
    path = tmp_path / "results.xlsx"
    assert call("evaluate", str(source), "--format", "xlsx", "-o", str(path))[0] == 0
    workbook = openpyxl.load_workbook(path)
    assert workbook["Organisation"]["A2"].value == '\'=HYPERLINK("http://x")'
    assert workbook["Organisation"]["A2"].data_type == "s"
    criteria = workbook["Criteria"]
    ids, evidence = _column(criteria, "criterion"), _column(criteria, "evidence")
    row = next(r for r in range(2, 239) if criteria.cell(r, ids).value == "1.2.B1")
    assert criteria.cell(row, evidence).value == "'+1 report"


def test_evaluate_writes_other_formats_to_a_file_with_o(tmp_path: Path) -> None:
    """The command evaluate -o writes what it would print, here CSV, to the file."""
    path = tmp_path / "results.csv"
    status, out, err = call("evaluate", str(EXAMPLE), "--format", "csv", "-o", str(path))
    assert (status, out, err) == (0, f"wrote {path}\n", "")
    printed = call("evaluate", str(EXAMPLE), "--format", "csv")[1]
    assert path.read_bytes().decode("utf-8") == printed


def test_evaluate_xlsx_refuses_level(tmp_path: Path) -> None:
    """--level has no meaning for the workbook, which has a sheet per level."""
    status, _, err = call(
        "evaluate", str(EXAMPLE), "--format", "xlsx", "--level", "criterion", "-o", "x.xlsx"
    )
    assert status == 2
    assert "leave out --level" in err


def test_without_openpyxl_evaluate_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing openpyxl is one line saying which extra to install; nothing is written."""
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    path = tmp_path / "results.xlsx"
    status, out, err = call("evaluate", str(EXAMPLE), "--format", "xlsx", "-o", str(path))
    assert (status, out) == (2, "")
    assert err == (
        "coprod-standards: spreadsheets need openpyxl, which is not installed: "
        "pip install 'coprod-standards[xlsx]'\n"
    )
    assert not path.exists()


def test_migrate_does_not_write_yaml_into_a_workbook_name(tmp_path: Path) -> None:
    """The command migrate -o new.xlsx is refused rather than writing YAML under that name."""
    workbook = tmp_path / "ours.xlsx"
    assert call("template", "-o", str(workbook))[0] == 0
    status, out, err = call("migrate", str(workbook), "--to", "1.1", "-o", str(tmp_path / "n.xlsx"))
    assert (status, out) == (2, "")
    assert "migrate writes YAML or JSON, not a workbook" in err
    assert not (tmp_path / "n.xlsx").exists()
