"""Reading and writing files: the edge where the library touches the disk.

Reads turn operating-system errors into `DataError` problems that name the
file; writes are atomic, so that a failure never leaves a half-written file.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import DataError, Problem


def read_bytes(file: Path, name: str) -> bytes:
    """The bytes of *file*, which messages call *name*.

    Raises:
        DataError: The file is missing or cannot be read.
    """
    try:
        return file.read_bytes()
    except FileNotFoundError:
        message = "there is no such file; check the name and the directory"
    except IsADirectoryError:
        message = "this is a directory, not a file; name a file"
    except OSError as error:
        message = f"cannot read the file: {error.strerror or error}"
    raise DataError([Problem(message=message, file=name, code="unreadable-file")])


def write_text(path: Path, text: str) -> None:
    """Write *text* to *path* as UTF-8, whole or not at all.

    The text goes to a temporary file beside *path*, which then replaces it,
    so that readers see either the old file or the new one, never a part.
    """
    import tempfile  # only writers need it

    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
