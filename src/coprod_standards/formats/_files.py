"""Reading and writing files: the edge where the library touches the disk.

Reads turn operating-system errors into `DataError` problems that name the
file; writes are atomic, so that a failure never leaves a half-written file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from coprod_standards.errors import DataError, Problem


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


def write_text(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write *text* to *path* as UTF-8, whole or not at all (as `write_bytes`)."""
    write_bytes(path, text.encode("utf-8"), overwrite=overwrite)


def write_bytes(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write *data* to *path*, whole or not at all.

    A regular file is written through a temporary file beside it, which then
    replaces it, so that readers see either the old file or the new one,
    never a part; a new file gets the permissions the umask allows, an
    existing one keeps its own. A symbolic link is followed, and a device or
    pipe (such as /dev/stdout) is written to directly. Unless *overwrite*,
    an existing regular file is left as it is.

    Raises:
        FileExistsError: *path* is an existing file and *overwrite* is False.
        OSError: The file cannot be written; the error names *path*.
    """
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise _naming(error, path) from None
    if status is not None and not stat.S_ISREG(status.st_mode):
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, "this is a directory, not a file", str(path))
        try:
            with open(target, "wb") as stream:
                stream.write(data)
        except OSError as error:
            raise _naming(error, path) from None
        return
    if status is not None and not overwrite:
        raise FileExistsError(errno.EEXIST, "the file exists", str(path))
    # Not replaced behind its owner's back: a file marked read-only stays so, even
    # for a user (such as root) whom the system would let write it.
    if status is not None and (
        not os.access(target, os.W_OK)
        or not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    ):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    mode = None if status is None else stat.S_IMODE(status.st_mode)
    _replace(target, data, path, mode, exclusive=not overwrite)


def _replace(target: Path, data: bytes, path: Path, mode: int | None, *, exclusive: bool) -> None:
    import tempfile  # only writers need it

    if mode is None:
        umask = os.umask(0o022)  # read the umask; set back at once
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise _naming(error, path) from None
    try:
        os.chmod(temporary, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # Read back what reached the disk before it replaces anything.
        with open(temporary, "rb") as written:
            if written.read(len(data) + 1) != data:
                raise OSError(errno.EIO, "the file read back differently from what was written")
        if exclusive and _linked(temporary, target):
            os.unlink(temporary)  # the data now has the target's name too
        else:
            os.replace(temporary, target)
    except BaseException as error:
        if os.path.lexists(temporary):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _naming(error, path) from None
        raise


def _linked(temporary: str, target: Path) -> bool:
    """Give the finished *temporary* file the name *target* only if no file has it yet.

    The caller's check that *target* does not exist comes before the text is
    written, and os.replace has no exclusive form, so a file created in
    between would be replaced. A hard link fails instead (FileExistsError),
    and is atomic; where the file system has no hard links (False), the
    earlier check is all there is.
    """
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:
        return False
    return True


def _naming(error: OSError, path: Path) -> OSError:
    """*error* as the same kind of OSError, naming *path* rather than a temporary file."""
    return type(error)(error.errno, error.strerror or str(error), str(path))
