"""An output file's name against the format written into it.

A name ending ``.xlsx``, ``.csv``, ``.json``, ``.md``, ``.html`` or ``.yaml``
says what the file holds: a spreadsheet program opens ``.xlsx`` as a
workbook, and this program reads ``.json`` as JSON. Written in another
format (``evaluate -o results.xlsx`` without ``--format xlsx`` writes text),
the file is one that nothing opens, made without a word; so such a name is
refused, before anything is read or written. A name no format claims
(``.txt``, none at all, ``/dev/null``) takes whatever is written.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from coprod_standards.errors import CoprodError

__all__ = ["check_output_name"]

#: The format a name's suffix promises.
_PROMISED = {
    ".csv": "csv",
    ".htm": "html",
    ".html": "html",
    ".json": "json",
    ".markdown": "markdown",
    ".md": "markdown",
    ".xlsx": "xlsx",
    ".yaml": "yaml",
    ".yml": "yaml",
}
#: The suffix to name each format's file with.
_SUFFIX = {
    "csv": ".csv",
    "html": ".html",
    "json": ".json",
    "markdown": ".md",
    "text": ".txt",
    "xlsx": ".xlsx",
    "yaml": ".yaml",
}


def check_output_name(
    command: str, output: Path | None, written: str, formats: Collection[str]
) -> None:
    """Refuse ``-o`` *output* whose suffix promises another format than *written*.

    *formats* are the command's ``--format`` choices: where the name's format
    is one of them, the message says to ask for it.
    """
    if output is None:
        return
    promised = _PROMISED.get(output.suffix.lower())
    if promised is None or promised == written:
        return
    ask = f"add --format {promised}, or " if promised in formats else ""
    raise CoprodError(
        f"{output} is named as {promised} ({output.suffix}), but {command} would write "
        f"{written} into it; {ask}name the file {_SUFFIX[written]}"
    )
