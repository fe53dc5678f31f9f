"""load_assessments: many files, folders and globs, in a stream, over processes."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import pickle
import shutil
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_standards import (
    Assessment,
    DataError,
    Evaluation,
    evaluate,
    load,
    load_assessment,
    load_assessments,
)
from coprod_standards.core.assessment import answer_index
from coprod_standards.formats.assessment_batches import find_assessments

EXAMPLES = Path(__file__).parents[1] / "examples"
NAMES = ["joint-assessment.yaml", "mixed-tiers.yaml", "small-organisation-bronze.yaml"]


def _folder(tmp_path: Path, *, bad: bool = False) -> Path:
    for name in NAMES:
        shutil.copy(EXAMPLES / name, tmp_path / name)
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(EXAMPLES / NAMES[0], sub / "again.yaml")
    if bad:
        (tmp_path / "broken.json").write_text(
            '{"version": "1.1",\n "organisation": 5,\n "assessed_on": "2026-09-30"}\n'
        )
    return tmp_path


def test_a_folder_gives_each_file_with_its_assessment(tmp_path: Path) -> None:
    """The files of a folder are read in name order, each with its path, as a stream."""
    root = _folder(tmp_path)
    loaded = load_assessments([root])
    assert isinstance(loaded, types.GeneratorType)
    results = list(loaded)
    assert [result.path.name for result in results] == NAMES
    assert results[1].assessment == load_assessment(EXAMPLES / NAMES[1])
    assert all(result.ok and result.problems == () for result in results)


def test_recursive_reads_subfolders(tmp_path: Path) -> None:
    """With recursive, the files in subfolders are read too."""
    root = _folder(tmp_path)
    names = [result.path.name for result in load_assessments([root], recursive=True)]
    assert names == [*NAMES, "again.yaml"]


@pytest.mark.parametrize("as_given", [str, Path])
def test_one_path_given_alone_is_that_path(tmp_path: Path, as_given: type) -> None:
    """A lone folder name is the folder, not its characters read as paths ("/" among them)."""
    root = _folder(tmp_path)
    names = [result.path.name for result in load_assessments(as_given(root))]
    assert names == NAMES
    pattern = as_given(root / "*.json")
    assert list(load_assessments(pattern)) == []


def test_globs_are_expanded(tmp_path: Path) -> None:
    """A pattern names the files it matches; ** crosses folders with recursive."""
    root = _folder(tmp_path)
    assert [r.path.name for r in load_assessments([f"{root}/mixed*.yaml"])] == [NAMES[1]]
    deep = load_assessments([f"{root}/**/again.yaml"], recursive=True)
    assert [r.path.name for r in deep] == ["again.yaml"]


def test_a_recursive_glob_follows_no_link_to_a_folder(tmp_path: Path) -> None:
    """** passes no link to a folder, as a folder's walk does not: files come by their own paths."""
    root = _folder(tmp_path)
    (root / "sub" / "up").symlink_to(root)
    deep = load_assessments([f"{root}/**/again.yaml"], recursive=True)
    assert [r.path for r in deep] == [root / "sub" / "again.yaml"]


def test_a_recursive_glob_ends_in_a_folder_of_looping_links(tmp_path: Path) -> None:
    """Two links looping back (which ** would follow to 2**40 paths) are passed over at once."""
    root = _folder(tmp_path)
    (root / "sub" / "up").symlink_to(root)
    (root / "sub" / "again").symlink_to(root / "sub")
    pattern = f"{root}/**/*.yaml"
    script = (
        "import coprod_standards\n"
        f"found = coprod_standards.load_assessments([{pattern!r}], recursive=True)\n"
        "print(len(list(found)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout) == (0, "4\n")


def test_a_bad_file_raises_by_default(tmp_path: Path) -> None:
    """on_error="raise": the first file with problems stops the stream with its problems."""
    root = _folder(tmp_path, bad=True)
    with pytest.raises(DataError) as caught:
        list(load_assessments([root]))
    (problem,) = caught.value.problems
    assert (Path(problem.file or "").name, problem.line) == ("broken.json", 2)


def test_collect_yields_the_bad_files_with_their_problems(tmp_path: Path) -> None:
    """on_error="collect": a bad file comes with its problems, and reading goes on."""
    root = _folder(tmp_path, bad=True)
    results = list(load_assessments([root], on_error="collect"))
    assert [result.ok for result in results] == [False, True, True, True]
    assert results[0].assessment is None
    assert results[0].problems[0].path == "$.organisation"


def test_jobs_read_in_processes_alike(tmp_path: Path) -> None:
    """Two processes give the same results, in the same order, as one."""
    root = _folder(tmp_path, bad=True)
    alone = list(load_assessments([root], recursive=True, on_error="collect", jobs=1))
    spread = list(load_assessments([root], recursive=True, on_error="collect", jobs=2))
    assert spread == alone


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"on_error": "ignore"}, "on_error must be 'raise' or 'collect'"),
        ({"jobs": 0}, "jobs must be a whole number of 1 or more"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    """An unknown on_error or a job count below 1 is refused at once."""
    with pytest.raises(ValueError, match=message):
        load_assessments([EXAMPLES], **options)  # type: ignore[arg-type]


def _evaluated(path: Path) -> tuple[Assessment, Evaluation]:
    assessment = load_assessment(path)
    return assessment, evaluate(load(assessment.version), assessment)


def test_assessments_and_evaluations_cross_a_process_pool() -> None:
    """A process pool can return assessments and evaluations: they pickle and come back equal."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        assessment, evaluation = pool.submit(_evaluated, EXAMPLES / NAMES[0]).result()
    assert assessment == load_assessment(EXAMPLES / NAMES[0])
    assert evaluation == evaluate(load("1.1"), assessment)
    assert evaluation.standards == evaluate(load("1.1"), assessment).standards


def test_an_answer_with_views_pickles() -> None:
    """The mappings of answers (views) survive pickling, still read-only."""
    assessment = load_assessment(EXAMPLES / NAMES[0])
    again = pickle.loads(pickle.dumps(assessment))
    assert again.criteria["1.3.B1"].views == assessment.criteria["1.3.B1"].views
    assert answer_index(again) == answer_index(assessment)
    with pytest.raises(TypeError):
        again.criteria["1.3.B1"].views["staff"] = None


def test_without_keep_source_no_text_is_held(tmp_path: Path) -> None:
    """keep_source=False lets each file's text go; the assessments are the same."""
    root = _folder(tmp_path)
    kept = list(load_assessments([root]))
    dropped = list(load_assessments([root], keep_source=False))
    assert all(result.assessment and result.assessment.source for result in kept)
    assert all(result.assessment and result.assessment.source is None for result in dropped)
    assert [r.assessment for r in dropped] == [r.assessment for r in kept]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_a_script_without_a_main_guard_can_use_jobs(tmp_path: Path) -> None:
    """On Linux the workers fork, so an analyst's plain script need not guard its top level."""
    script = tmp_path / "count.py"
    script.write_text(
        "import coprod_standards\n"
        f"results = list(coprod_standards.load_assessments([{str(EXAMPLES)!r}], jobs=2))\n"
        "print(len(results), all(result.ok for result in results))\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False
    )
    assert (result.returncode, result.stdout) == (0, "3 True\n")


def test_a_folder_it_may_not_read_is_named_not_a_permission_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subfolder that cannot be listed is a DataError naming it (root reads any, so faked)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    listing = Path.iterdir

    def iterdir(self: Path) -> Iterator[Path]:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    with pytest.raises(DataError) as raised:
        find_assessments([tmp_path], recursive=True)
    (problem,) = raised.value.problems
    assert (problem.file, problem.code) == (str(locked), "unreadable-folder")
    assert problem.message.startswith("cannot read this folder (Permission denied)")
