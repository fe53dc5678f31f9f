"""Start-up and memory: a command imports what it needs, a held assessment shares what it can."""

from __future__ import annotations

import datetime
import gc
import io
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from coprod_standards import (
    Answer,
    Assessment,
    Status,
    dumps_assessment,
    load,
    load_assessment,
    load_assessments,
    parse_assessment,
    save_assessment,
)
from coprod_standards.cli.parser import UsageError, build_parser
from coprod_standards.core.assessment import answer_index

EXAMPLES = Path(__file__).parents[1] / "examples"


def test_evaluate_of_a_json_file_imports_no_yaml_reader_converter_or_package_metadata(
    tmp_path: Path,
) -> None:
    """`evaluate FILE.json --format json` loads no metadata, YAML, cattrs, hashlib or shutil."""
    path = tmp_path / "riverside.json"
    path.write_text(
        dumps_assessment(load_assessment(EXAMPLES / "mixed-tiers.yaml"), format="json"),
        encoding="utf-8",
    )
    code = (
        "import io, sys\n"
        "from coprod_standards.cli import run\n"
        f"status = run(['evaluate', {str(path)!r}, '--format', 'json'], io.StringIO(), "
        "sys.stderr)\n"
        "unwanted = {'importlib.metadata', 'ruamel.yaml', 'ruamel', 'cattrs', 'textwrap',\n"
        "            'hashlib', 'shutil',\n"
        "            'coprod_standards.formats._assessment_keys',\n"
        "            'coprod_standards.formats._yaml', 'coprod_standards.formats._parsed'}\n"
        "print(status, sorted(unwanted & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0 []"


def test_the_program_freezes_what_importing_made_and_run_does_not() -> None:
    """`main` (the program) freezes the import-time objects; `run` (for embedding) does not."""
    code = (
        "import gc, io, sys\n"
        "from coprod_standards.cli import main, run\n"
        "run(['--version'], io.StringIO(), io.StringIO())\n"
        "after_run = gc.get_freeze_count()\n"
        "sys.argv = ['coprod-standards', '--version']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(after_run, gc.get_freeze_count() > 1000, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stderr.strip() == "0 True"


@pytest.mark.parametrize("columns", [None, "123", "0", "-5", "wide", ""])
def test_help_is_as_wide_as_shutil_would_make_it(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The help's width, found without shutil, is the width shutil finds, COLUMNS or not."""
    import shutil

    from coprod_standards.cli.subcommands import terminal_width

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_width() == shutil.get_terminal_size().columns


def _commands() -> list[str]:
    """Every command's name, from the whole parser."""
    subparsers = build_parser(io.StringIO())._subparsers
    assert subparsers is not None
    return sorted(subparsers._group_actions[0].choices or ())


def _parsed(argv: list[str], only: str | None) -> tuple[str, Any]:
    """What the parser (for *only*, or whole) makes of *argv*: its namespace, help or error."""
    stdout = io.StringIO()
    try:
        return "namespace", build_parser(stdout, only).parse_args(argv)
    except SystemExit:
        return "help", stdout.getvalue()
    except UsageError as error:
        return "error", str(error)


def test_only_the_command_named_first_is_built() -> None:
    """The parser for `evaluate ...` holds the evaluate command alone."""
    subparsers = build_parser(io.StringIO(), "evaluate")._subparsers
    assert subparsers is not None
    assert set(subparsers._group_actions[0].choices or ()) == {"evaluate"}


@pytest.mark.parametrize("command", _commands())
def test_a_command_built_alone_has_the_same_help(command: str) -> None:
    """Each command's help is the same whether its parser is built alone or with the others."""
    argv = [command, "tally", "--help"] if command == "survey" else [command, "--help"]
    alone = _parsed(argv, command)
    assert alone[0] == "help"
    assert alone == _parsed(argv, None)


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", "a.json", "--format", "json", "--consensus", "majority"],
        ["evaluate", "a.json", "--format", "pdf"],
        ["summary", "a", "b", "--jobs", "2"],
        ["survey", "tally", "x.csv", "--question", "Q", "--metric", "m", "--population", "p"],
        ["evaulate", "a.json"],
        ["--standards-version", "1.1", "show"],
        ["--help"],
        [],
    ],
)
def test_the_parser_built_for_the_first_word_reads_as_the_whole(argv: list[str]) -> None:
    """Arguments, bad choices, unknown commands, main options: read as the whole parser reads."""
    assert _parsed(argv, argv[0] if argv else None) == _parsed(argv, None)


def _fully_met() -> Assessment:
    framework = load("1.1")
    criteria = {c.id: Answer(Status.MET) for c in framework.criteria if c.survey is None}
    return Assessment("1.1", "Riverside", datetime.date(2026, 9, 30), criteria=criteria)


def _fully_answered() -> Assessment:
    """Every criterion answered: most met, every tenth not met, one not applicable."""
    framework = load("1.1")
    ids = [c.id for c in framework.criteria if c.survey is None]
    criteria = {i: Answer(Status.NOT_MET if n % 10 == 0 else Status.MET) for n, i in enumerate(ids)}
    criteria[ids[1]] = Answer(Status.NOT_APPLICABLE, reason="Not ours.")
    return Assessment("1.1", "Riverside", datetime.date(2026, 9, 30), criteria=criteria)


def test_an_assessment_index_keeps_one_set_of_ids() -> None:
    """The index keeps the met ids as its one set; the other ids listed are a tuple."""
    assessment = _fully_answered()
    index = answer_index(assessment)
    assert [value for value in index if isinstance(value, frozenset) and value] == [index.met]
    assert index.met.union(index.others) == assessment.criteria.keys()
    assert len(index.met) + len(index.others) == len(assessment.criteria)


def test_a_fully_answered_assessment_held_costs_at_most_20_kib(tmp_path: Path) -> None:
    """A fully answered assessment read without its text holds at most 20 KiB."""
    paths = []
    for number in range(20):
        paths.append(tmp_path / f"{number}.json")
        save_assessment(_fully_answered(), paths[-1])
    # Once first, outside the count: the first read imports modules and loads the
    # standards, whichever test ran before this one.
    list(load_assessments(paths[:1], jobs=1, keep_source=False))
    gc.collect()
    tracemalloc.start()
    try:
        held = [loaded.assessment for loaded in load_assessments(paths, jobs=1, keep_source=False)]
        gc.collect()
        used, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(held) == len(paths)
    assert used / len(held) <= 20 * 1024


def test_answers_without_views_share_one_empty_mapping() -> None:
    """An answer without views, and an assessment without notes, hold no mapping of their own."""
    first = Answer(Status.NOT_MET, comment="Next year.")
    second = Answer(Status.NOT_APPLICABLE, reason="Not ours.")
    assert first.views is second.views
    assert first.views == {}
    assert _fully_met().indicators is Assessment("1.1", "Hub", datetime.date(2026, 1, 1)).indicators


def test_assessments_read_share_their_criterion_ids() -> None:
    """Two files read hold the same string objects for their criterion ids."""
    for format in ("yaml", "json"):
        text = dumps_assessment(_fully_met(), format=format)
        first = parse_assessment(text, format=format)
        second = parse_assessment(text, format=format)
        assert all(a is b for a, b in zip(first.criteria, second.criteria, strict=True))
