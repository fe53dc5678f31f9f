"""Writers read back what they wrote, and text survives a save character for character."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import attrs
import pytest

from coprod_standards import (
    Answer,
    Assessment,
    CoprodError,
    Status,
    dumps_assessment,
    load_assessment,
    parse_assessment,
    save_assessment,
)
from coprod_standards.formats import _assessment_yaml, _files
from coprod_standards.formats.assessment_files import AssessmentFormat

# Characters that YAML 1.2 reads as ordinary text but that writers have laid out
# as line breaks, and neighbours that have to stay exactly as they are.
AWKWARD = ["a\x85b", "a\u2028b", "a\u2029b", "\x85", "x: y\x85", "\x85# z", " \x85 ", "a\r\nb"]


def assessment(text: str) -> Assessment:
    return Assessment(
        version="1.1",
        organisation=text,
        assessed_on=datetime.date(2026, 4, 20),
        criteria={
            "1.2.B1": Answer(Status.MET, evidence=text, comment=text),
            "1.2.B2": Answer(Status.NOT_APPLICABLE, reason=f"because {text}"),
        },
    )


@pytest.mark.parametrize("text", AWKWARD)
@pytest.mark.parametrize("format", ["yaml", "json"])
def test_line_break_characters_survive_a_save(text: str, format: AssessmentFormat) -> None:
    """NEL, U+2028 and U+2029 read back as themselves, never as a space."""
    original = assessment(text)
    written = dumps_assessment(original, format=format)
    read = parse_assessment(written, format=format, name=f"x.{format}")
    assert read.organisation == text
    assert read == original


@pytest.mark.parametrize("text", AWKWARD)
def test_line_break_characters_survive_a_changed_save(text: str, tmp_path: Path) -> None:
    """A file saved with a changed answer keeps such characters in what it rewrote."""
    path = tmp_path / "ours.yaml"
    save_assessment(assessment("plain"), path)
    changed = attrs.evolve(
        load_assessment(path), criteria={"1.2.B1": Answer(Status.NOT_MET, comment=text)}
    )
    save_assessment(changed, path)
    assert load_assessment(path).criteria["1.2.B1"].comment == text


def test_an_unfaithful_writer_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the written text would read back differently, saving refuses and the file stays."""
    path = tmp_path / "ours.yaml"
    save_assessment(assessment("Riverside"), path)
    before = path.read_bytes()
    real = _assessment_yaml.dumps
    monkeypatch.setattr(
        _assessment_yaml,
        "dumps",
        lambda data: real(data).replace("Elsewhere", "Somewhere else"),
    )
    with pytest.raises(CoprodError, match=r"cannot be written faithfully.*with organisation"):
        save_assessment(assessment("Elsewhere"), path)
    assert path.read_bytes() == before


def test_a_file_that_reads_back_differently_replaces_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_text reads the temporary file back before it replaces the target."""
    path = tmp_path / "out.txt"
    path.write_text("old\n", encoding="utf-8")
    real_open = open

    def corrupting_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if mode == "rb" and str(file).endswith(".tmp"):
            return io.BytesIO(b"corrupted")
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(_files, "open", corrupting_open, raising=False)
    with pytest.raises(OSError, match="read back differently") as caught:
        _files.write_text(path, "new\n")
    assert caught.value.filename == str(path)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
