"""The command line against input a confused or unlucky user gives it.

Each test pins a defect found by trying to break the installed command: bad
input is status 2 with a message naming the file, never a traceback, a lost
file or a silently wrong result.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from coprod_standards import load_assessment
from coprod_standards.cli import run

SURVEYS = Path(__file__).parent / "fixtures" / "surveys"
EXAMPLES = Path(__file__).parents[1] / "examples"
EXAMPLE = EXAMPLES / "mixed-tiers.yaml"
V1_2 = Path(__file__).parent / "fixtures" / "v1_2"
FORMS = str(SURVEYS / "microsoft-forms.csv")
INCLUDED = "I feel included in decisions about my support"
COMMON = ("--metric", "inclusion", "--population", "service_users")


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def test_survey_into_a_workbook_keeps_it_a_workbook(tmp_path: Path) -> None:
    """The command survey tally --into a .xlsx adds the survey to the workbook, not YAML over it."""
    target = tmp_path / "ours.xlsx"
    made = call("template", "-o", str(target), "--organisation", "X", "--date", "2026-09-30")
    assert made[0] == 0
    status, _, err = call(
        "survey", "tally", FORMS, "--question", INCLUDED, *COMMON, "--into", str(target)
    )
    assert (status, err) == (0, "")
    assert openpyxl.load_workbook(target).sheetnames[0] == "About"
    (survey,) = load_assessment(target).surveys
    assert (survey.metric, survey.agree, survey.respondents) == ("inclusion", 5, 8)


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["evaluate", str(EXAMPLE), "-o", "{dir}/results.xlsx"], "--format xlsx"),
        (["evaluate", str(EXAMPLE), "-o", "{dir}/results.csv"], "--format csv"),
        (
            ["evaluate", str(EXAMPLE), "--format", "csv", "-o", "{dir}/results.json"],
            "--format json",
        ),
        (["trend", str(EXAMPLE), "-o", "{dir}/trend.html"], "--format html"),
        (["template", "-o", "{dir}/ours.json"], ".yaml"),
        (["template", "--format", "yaml", "-o", "{dir}/ours.xlsx"], "--format xlsx"),
        (["template", "--format", "xlsx", "-o", "{dir}/ours.yaml"], "--format yaml"),
        (["migrate", str(EXAMPLE), "--to", str(V1_2), "-o", "{dir}/m.html"], ".yaml"),
        (["report", str(EXAMPLE), "-o", "{dir}/report.yaml"], ".html"),
    ],
    ids=[
        "evaluate-text-xlsx",
        "evaluate-text-csv",
        "evaluate-csv-json",
        "trend-text-html",
        "template-yaml-json",
        "template-yaml-xlsx",
        "template-xlsx-yaml",
        "migrate-yaml-html",
        "report-html-yaml",
    ],
)
def test_an_output_named_for_another_format_is_refused(
    tmp_path: Path, argv: list[str], hint: str
) -> None:
    """-o named for one format (.xlsx) while another is written (text) is status 2, no file."""
    argv = [part.replace("{dir}", str(tmp_path)) for part in argv]
    output = Path(argv[argv.index("-o") + 1])
    status, out, err = call(*argv)
    assert (status, out) == (2, "")
    assert err.startswith(f"coprod-standards: {output} ")
    assert hint in err
    assert not output.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", str(EXAMPLE), "-o", "{dir}/results.txt"],
        ["evaluate", str(EXAMPLE), "-o", "{dir}/results"],
        ["evaluate", str(EXAMPLE), "--format", "markdown", "-o", "{dir}/results.md"],
        ["trend", str(EXAMPLE), "--format", "json", "-o", "{dir}/trend.json"],
        ["template", "-o", "{dir}/ours.yml"],
    ],
    ids=["text-txt", "no-suffix", "markdown-md", "trend-json", "template-yml"],
)
def test_an_output_named_for_its_format_is_written(tmp_path: Path, argv: list[str]) -> None:
    """-o named for the format written, or with a name no format claims, is written."""
    argv = [part.replace("{dir}", str(tmp_path)) for part in argv]
    status, _, err = call(*argv)
    assert (status, err) == (0, "")
    assert Path(argv[argv.index("-o") + 1]).stat().st_size > 0


def test_summary_names_an_assessment_link_that_leads_nowhere(tmp_path: Path) -> None:
    """A folder's x.yaml that is a broken link is reported, not silently left uncounted."""
    (tmp_path / "good.yaml").write_bytes((EXAMPLE).read_bytes())
    (tmp_path / "moved.yaml").symlink_to(tmp_path / "gone" / "moved.yaml")
    status, out, err = call("summary", str(tmp_path))
    assert (status, out) == (2, "")
    assert f"{tmp_path / 'moved.yaml'}: at $: there is no such file" in err
    status, out, err = call("summary", str(tmp_path), "--skip-invalid", "--format", "csv")
    assert status == 1
    assert "skipped 1 file with problems" in err
    assert f"  {tmp_path / 'moved.yaml'}: there is no such file" in err
    assert "\noverall,,Co-Production Quality Standards — How are we doing? V1.1,1," in out


def test_summary_says_what_a_folder_or_pattern_named_gave_nothing(tmp_path: Path) -> None:
    """An empty folder or a pattern matching nothing, named with others, is said on stderr."""
    (tmp_path / "good.yaml").write_bytes((EXAMPLE).read_bytes())
    (tmp_path / "empty").mkdir()
    pattern = str(tmp_path / "asessments" / "*.yaml")  # mistyped
    status, out, err = call(
        "summary", str(tmp_path / "good.yaml"), str(tmp_path / "empty"), pattern
    )
    assert status == 0
    assert out.startswith("# 1 organisation:")
    assert err == f"coprod-standards: no assessment files in {tmp_path / 'empty'}, {pattern}\n"


def test_summary_says_which_workbooks_a_folder_left_out(tmp_path: Path) -> None:
    """A folder's .xlsx assessments, which a folder's reading leaves out, are named on stderr."""
    (tmp_path / "good.yaml").write_bytes((EXAMPLE).read_bytes())
    workbook = tmp_path / "ours.xlsx"
    assert call("template", "-o", str(workbook), "--date", "2026-09-30")[0] == 0
    status, out, err = call("summary", str(tmp_path))
    assert status == 0
    assert out.startswith("# 1 organisation:")
    assert err == (
        f"coprod-standards: left out 1 workbook ({workbook}); a folder is read for .yaml, "
        ".yml and .json files: name workbooks one by one to count them\n"
    )


def test_an_output_in_a_missing_folder_says_to_create_it(tmp_path: Path) -> None:
    """-o into a folder that does not exist names the folder and says what to do."""
    output = tmp_path / "reports" / "results.txt"
    status, out, err = call("evaluate", str(EXAMPLE), "-o", str(output))
    assert (status, out) == (2, "")
    assert err == (
        f"coprod-standards: {output}: there is no folder {output.parent}; "
        "create it first, or write to another folder\n"
    )


def test_an_output_under_a_file_says_it_is_not_a_folder(tmp_path: Path) -> None:
    """-o under a name that is a file, not a folder, says so."""
    output = tmp_path / "notes.txt" / "results.txt"
    output.parent.write_text("notes\n", encoding="utf-8")
    status, out, err = call("template", "-o", str(output))
    assert (status, out) == (2, "")
    assert err == (
        f"coprod-standards: {output}: {output.parent} is a file, not a folder; "
        "write to a file in a folder\n"
    )


def test_summary_names_a_link_that_loops(tmp_path: Path) -> None:
    """A link to itself, named or in a folder, is a file with a problem, not an internal error."""
    (tmp_path / "good.yaml").write_bytes((EXAMPLE).read_bytes())
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    for named in (str(loop), str(tmp_path)):
        status, out, err = call("summary", named)
        assert (status, out) == (2, "")
        assert f"{loop}: at $: cannot read the file: Too many levels of symbolic links" in err


def test_trend_with_output_names_a_link_that_loops(tmp_path: Path) -> None:
    """Trend -o over a link to itself refuses the link, not an internal error."""
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    output = tmp_path / "trend.txt"
    output.write_text("last year's\n", encoding="utf-8")
    status, out, err = call("trend", str(loop), str(EXAMPLE), "-o", str(output), "--force")
    assert (status, out) == (2, "")
    assert f"{loop}: at $: cannot read the file: Too many levels of symbolic links" in err
    assert output.read_text(encoding="utf-8") == "last year's\n"


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_an_empty_assessment_file_names_no_format_it_is_not(tmp_path: Path, suffix: str) -> None:
    """An empty .json is not told to hold YAML: the message fits either format."""
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    status, out, err = call("evaluate", str(path))
    assert (status, out) == (2, "")
    assert f"{path}: at $: the file is empty; it should hold a mapping of keys to values" in err
