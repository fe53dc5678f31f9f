"""Hostile input is shown, never obeyed; bad paths and odd environments end cleanly (issue 11)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from coprod_standards import CoprodError, DataError, load, load_assessment, load_path
from coprod_standards.cli import EXIT_BROKEN_PIPE, run
from coprod_standards.errors import CONTROL_CHARACTERS
from coprod_standards.formats import loader
from coprod_standards.formats._files import write_text

from .conftest import Draft

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE = EXAMPLES / "mixed-tiers.yaml"
ORGANISATION = "organisation: Eastgate Community Wellbeing Trust"
RAW_CONTROL = re.compile(f"(?![\t\n])[{CONTROL_CHARACTERS}]")


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(list(argv), stdout, stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def named(tmp_path: Path, organisation: str, name: str = "ours.yaml") -> Path:
    """The example assessment with its organisation line replaced by *organisation*."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert ORGANISATION in text
    path = tmp_path / name
    path.write_text(text.replace(ORGANISATION, organisation), encoding="utf-8")
    return path


# 5. Terminal escapes in error messages.


@pytest.mark.parametrize(
    "organisation",
    [
        "organisation: Riverside\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED\u009b",
        ORGANISATION + '\n"Riverside\\e]0;PWNED\\a\\e[2J\\e[31mRED\\u009b": 1',
    ],
)
def test_terminal_escapes_reach_stderr_escaped(tmp_path: Path, organisation: str) -> None:
    """The issue's title-setting, screen-clearing text is shown escaped in the error."""
    status, _, err = call("evaluate", str(named(tmp_path, organisation)))
    assert status == 2
    assert not RAW_CONTROL.search(err), err
    assert "\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mRED\\x9b" in err


# 6. Markdown links and images.

MARKDOWN_ATTACK = (
    'organisation: "[Riverside](javascript:alert(document.domain)) '
    '![](https://tracker.example/p.gif)"'
)


SERVICE_ATTACK = ORGANISATION + "\nservice" + MARKDOWN_ATTACK.removeprefix("organisation")


@pytest.mark.parametrize("attack", [MARKDOWN_ATTACK, SERVICE_ATTACK], ids=["name", "service"])
@pytest.mark.parametrize(
    "command",
    [
        ["evaluate", "{file}", "--format", "markdown"],
        ["plan", "{file}"],
        ["compare", str(EXAMPLE), "{file}", "--format", "markdown"],
        ["summary", "--by", "organisation", "{file}"],
    ],
)
def test_markdown_outputs_show_a_link_and_an_image_as_text(
    tmp_path: Path, command: list[str], attack: str
) -> None:
    """No live javascript: link and no tracking image in any Markdown output, from either text."""
    path = named(tmp_path, attack)
    status, out, err = call(*(str(path) if part == "{file}" else part for part in command))
    assert status == 0, err
    rendered = MarkdownIt("commonmark").enable("table").render(out)
    assert "<a " not in rendered
    assert "<img" not in rendered
    assert "[Riverside](javascript:alert(document.domain))" in re.sub(r"<[^>]+>", "", rendered)


# 7. A standards directory's files stay inside it.


@pytest.fixture
def leaky(draft: Draft, tmp_path: Path) -> Draft:
    """A draft whose 03-respect.yaml is a link to a secret file outside it."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET: hunter2\n", encoding="utf-8")
    (draft.root / "03-respect.yaml").unlink()
    (draft.root / "03-respect.yaml").symlink_to(secret)
    return draft


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{draft}"],
        ["diff", "1.1", "{draft}"],
        ["migrate", str(EXAMPLE), "--to", "{draft}", "-o", "{out}"],
    ],
)
def test_a_link_out_of_a_draft_is_refused_unread(
    leaky: Draft, tmp_path: Path, command: list[str]
) -> None:
    """validate, diff and migrate name the link and never print what it leads to."""
    values = {"{draft}": str(leaky.root), "{out}": str(tmp_path / "migrated.yaml")}
    status, out, err = call(*(values.get(part, part) for part in command))
    assert status in (1, 2)
    assert "hunter2" not in out + err
    assert "TOPSECRET" not in out + err
    assert "03-respect.yaml" in out + err
    assert "outside the directory" in out + err


def test_fingerprints_are_never_written_through_a_dangling_link(
    draft: Draft, tmp_path: Path
) -> None:
    """The command validate --write-fingerprints does not create the file a dangling link names."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (draft.root / "fingerprints.yaml").unlink()
    (draft.root / "fingerprints.yaml").symlink_to(elsewhere / "planted.yaml")
    status, out, _ = call("validate", str(draft.root), "--write-fingerprints")
    assert status == 1
    assert "outside-directory" in out
    assert not (elsewhere / "planted.yaml").exists()


def test_a_write_inside_a_directory_refuses_a_link_out(tmp_path: Path) -> None:
    """write_text with inside= refuses a link that leads out of the directory."""
    inside, outside = tmp_path / "in", tmp_path / "out"
    inside.mkdir()
    outside.mkdir()
    (inside / "file.yaml").symlink_to(outside / "file.yaml")
    with pytest.raises(DataError) as caught:
        write_text(inside / "file.yaml", "x: 1\n", inside=inside)
    assert caught.value.problems[0].code == "outside-directory"
    assert not (outside / "file.yaml").exists()


# 8. Bad paths.


def test_a_nul_in_a_path_is_a_data_error() -> None:
    """load_assessment of a path with a NUL names the path instead of raising ValueError."""
    with pytest.raises(DataError) as caught:
        load_assessment("a\x00b.yaml")
    assert "a\\x00b.yaml: at $: the file name holds a NUL character" in str(caught.value)


@pytest.mark.parametrize(
    "command",
    [
        ["evaluate", "a\x00b.yaml"],
        ["summary", "a\x00b.yaml"],
        ["compare", "a\x00b.yaml", str(EXAMPLE)],
        ["report", str(EXAMPLE), "-o", "a\x00b.html"],
        ["template", "-o", "a\x00b.yaml"],
    ],
)
def test_a_nul_in_a_path_on_the_command_line(command: list[str]) -> None:
    """Each command exits 2 naming the path, its NUL shown escaped."""
    status, _, err = call(*command)
    assert status == 2, err
    assert "a\\x00b." in err
    assert "\x00" not in err


def test_a_path_too_long_for_the_system_is_a_data_error() -> None:
    """load_path("a" * 5000) is a DataError whose printed form is short."""
    with pytest.raises(DataError) as caught:
        load_path("a" * 5000)
    assert len(str(caught.value)) < 600


def test_an_output_path_too_long_is_named_shortened(tmp_path: Path) -> None:
    """The report -o of a name the system refuses prints the name's end, not all of it."""
    status, _, err = call("report", str(EXAMPLE), "-o", str(tmp_path / ("a" * 300 + ".html")))
    assert status == 2
    assert "File name too long" in err
    assert len(err) < 300


# 9. load() under threads.


def test_threads_loading_at_once_get_one_framework() -> None:
    """Sixteen threads that call load("1.1") first at once all get the same object."""
    loader._load_shipped.cache_clear()
    start = threading.Barrier(16)
    found: list[object] = []

    def first_load() -> None:
        start.wait()
        found.append(load("1.1"))

    threads = [threading.Thread(target=first_load) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 16
    assert len({id(framework) for framework in found}) == 1
    assert found[0] is load("1.1")


# 10. The text report cannot be spoofed.


def test_a_name_with_line_breaks_stays_on_its_line(tmp_path: Path) -> None:
    """A name that carries "Overall: Gold" on lines of its own prints on one line."""
    path = named(
        tmp_path,
        'organisation: "Riverside\\n\\nOverall: Gold\\n\\nIndicators: 36 Gold'
        '\\u202e\\u2028\\u2029"',
    )
    status, out, _ = call("evaluate", str(path))
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith(
        "Riverside Overall: Gold Indicators: 36 Gold<U+202E><U+2028><U+2029>, assessed on"
    )
    assert [line for line in lines if line.startswith("Overall:")] == ["Overall: No tier"]
    assert not {"\u202e", "\u2028", "\u2029"} & set(out)


# 11. Long file names.


def test_a_long_legal_file_name_can_be_written(tmp_path: Path) -> None:
    """The template -o of a 251-character name writes it: the temporary file's name fits too."""
    path = tmp_path / ("b" * 246 + ".yaml")
    status, _, err = call("template", "-o", str(path))
    assert (status, err) == (0, "")
    assert path.read_text(encoding="utf-8").startswith("# ")
    assert [entry.name for entry in tmp_path.iterdir()] == [path.name]


# 12. Plugins that fail.


@pytest.fixture
def hostile_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Registered frameworks whose entry points exit, are interrupted, fail or give long paths."""
    package = tmp_path / "hostile_plugin"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            """\
            def exits():
                raise SystemExit(7)

            def interrupted():
                raise KeyboardInterrupt

            def fails():
                raise OSError(5, "Input/output error")

            def far():
                return "a" * 5000
            """
        ),
        encoding="utf-8",
    )
    info = tmp_path / "hostile_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: hostile-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[coprod_standards.frameworks]\n"
        "x-exits = hostile_plugin:exits\n"
        "x-interrupted = hostile_plugin:interrupted\n"
        "x-fails = hostile_plugin:fails\n"
        "x-far = hostile_plugin:far\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    loader._registered.cache_clear()
    loader._load_registered.cache_clear()
    yield
    loader._registered.cache_clear()
    loader._load_registered.cache_clear()


@pytest.mark.usefixtures("hostile_plugins")
@pytest.mark.parametrize(
    ("version", "said"),
    [("x-exits", "SystemExit: 7"), ("x-fails", "OSError: [Errno 5] Input/output error")],
)
def test_a_failing_plugin_is_a_coprod_error_naming_it(version: str, said: str) -> None:
    """SystemExit or OSError from an entry point is reported as that entry point's failure."""
    with pytest.raises(CoprodError) as caught:
        load(version)
    entry = "hostile_plugin:" + version.removeprefix("x-")
    assert str(caught.value) == (
        f"the framework {version!r} registered by {entry} could not be loaded: {said}"
    )
    status, _, err = call("show", "--standards-version", version)
    assert status == 2
    assert entry in err


@pytest.mark.usefixtures("hostile_plugins")
def test_an_interrupted_plugin_still_stops_the_program_naming_it() -> None:
    """KeyboardInterrupt from an entry point stays a KeyboardInterrupt, saying where."""
    with pytest.raises(KeyboardInterrupt, match="registered by hostile_plugin:interrupted"):
        load("x-interrupted")


@pytest.mark.usefixtures("hostile_plugins")
def test_an_interrupted_plugin_ends_the_command_line_with_130() -> None:
    """On the command line, the interruption is one line naming the entry point, and 130."""
    result = subprocess.run(
        [sys.executable, "-m", "coprod_standards", "show", "--standards-version", "x-interrupted"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert result.returncode == 130
    assert result.stderr == (
        "coprod-standards: interrupted while loading the framework 'x-interrupted' "
        "registered by hostile_plugin:interrupted\n"
    )


@pytest.mark.usefixtures("hostile_plugins")
def test_a_plugin_giving_a_path_too_long_is_a_data_error() -> None:
    """A registered framework whose path the system refuses gives a DataError."""
    with pytest.raises(DataError) as caught:
        load("x-far")
    assert "File name too long" in str(caught.value)


# 13. A closed or broken standard output.


@pytest.mark.skipif(sys.platform == "win32", reason="closes a descriptor with a POSIX shell")
def test_a_closed_stdout_ends_with_one_line_and_status_2() -> None:
    """The show >&- command exits 2 with a one-line message, not 3 with a traceback."""
    result = subprocess.run(
        ["sh", "-c", 'exec "$0" -m coprod_standards show >&-', sys.executable],
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    closed = "standard output is closed"
    assert result.stderr == f"coprod-standards: cannot write the output: {closed}\n"


def test_a_reader_that_stops_ends_the_program_quietly() -> None:
    """With show | head: status 141 and nothing on stderr once the reader has gone."""
    process = subprocess.Popen(
        [sys.executable, "-m", "coprod_standards", "show", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # the output (over 100 KB) cannot fit in the pipe unread
    errors = process.stderr.read()
    process.stderr.close()
    assert process.wait() == EXIT_BROKEN_PIPE
    assert errors == b""


def test_run_returns_141_when_the_output_pipe_breaks() -> None:
    """run() returns the broken pipe's status without a message."""

    class Gone(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    stderr = io.StringIO()
    assert run(["show"], Gone(), stderr) == EXIT_BROKEN_PIPE
    assert stderr.getvalue() == ""


def test_a_link_to_a_file_inside_the_draft_is_followed(draft: Draft) -> None:
    """A standard's file may be a link to a file elsewhere inside its directory."""
    (draft.root / "kept").mkdir()
    (draft.root / "03-respect.yaml").rename(draft.root / "kept" / "03-respect.yaml")
    (draft.root / "03-respect.yaml").symlink_to(draft.root / "kept" / "03-respect.yaml")
    assert draft.load().standard("3").title == "Respect"
