"""Reading and writing files: the edge where the library touches the disk.

Reads take regular files only, up to `limits.MAX_FILE_BYTES`, and turn
operating-system errors into `DataError` problems that name the file; writes
are atomic, so that a failure never leaves a half-written file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from coprod_standards.errors import DataError, Problem, shorten

from .limits import file_limit, size_problem


def decode(data: bytes, name: str) -> str:
    """*data* as UTF-8 text (a leading byte-order mark is dropped).

    Raises:
        DataError: The bytes are not valid UTF-8; the problem names the line
            and column of the first bad byte.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        from ._parsed import Span, problem_at  # only a problem needs places

        good = data[: error.start].decode("utf-8-sig", errors="replace")
        line = good.count("\n")
        column = len(good) - (good.rfind("\n") + 1)
        span = Span(line, column, len(good), len(good))
        message = (
            f"this is not UTF-8 text (byte 0x{data[error.start]:02x} cannot start or "
            "continue a character); save the file as UTF-8"
        )
        raise DataError([problem_at(name, good, span, "$", message, "encoding")]) from None


def read_bytes(file: Path, name: str, *, inside: Path | None = None, export: bool = False) -> bytes:
    """The bytes of the regular file *file*, which messages call *name*.

    At most `limits.MAX_FILE_BYTES` are read (`limits.MAX_EXPORT_BYTES` of a
    survey *export*): a larger file is refused, as is anything but a regular
    file (a device such as /dev/zero, a pipe or a socket), which could be read
    without end. With *inside*, the file (once its links are followed) must be
    in that directory.

    Raises:
        DataError: The file is missing, unreadable, not a regular file, too
            large or outside *inside*; its one problem names the file.
    """
    code = "unreadable-file"
    try:
        if inside is not None:
            file = _inside(file, inside)
        return _read_regular(file, export=export)
    except _RefusedError as refusal:
        code, message = refusal.args
    except FileNotFoundError:
        message = "there is no such file; check the name and the directory"
    except IsADirectoryError:
        message = "this is a directory, not a file; name a file"
    except OSError as error:
        message = f"cannot read the file: {error.strerror or error}"
    except ValueError:  # a NUL character, which no path can hold
        message = _NUL
    raise DataError([Problem(message=message, file=name, code=code)])


def is_directory(path: Path, name: str) -> bool:
    """Whether *path* (called *name* in messages) is a directory, following links.

    Raises:
        DataError: The path cannot name a directory at all (it is too long,
            holds a NUL character, or cannot be looked at).
    """
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as error:
        message = f"cannot read the directory: {error.strerror or error}"
    except ValueError:
        message = _NUL
    raise DataError([Problem(message=message, file=name, code="unreadable-file")])


_NUL = "the file name holds a NUL character (\\x00), which no file name can; correct it"


class _RefusedError(Exception):
    """A file that is not read: its problem's code and message."""


def _inside(file: Path, directory: Path) -> Path:
    """*file* with its links followed, once it is known to be inside *directory*."""
    real = Path(os.path.realpath(file))
    root = Path(os.path.realpath(directory))
    if real != root and root not in real.parents:
        raise _RefusedError(
            "outside-directory",
            f"this is a link to {shorten(str(real), 80)}, outside the directory; a "
            "standards directory's files must be in it: put the file itself in its place",
        )
    return real


def _read_regular(file: Path, *, export: bool) -> bytes:
    # Opened without blocking, so that a pipe with no writer is refused, not waited on.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(file, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(file))
        if not stat.S_ISREG(mode):
            raise _RefusedError(
                "not-a-file",
                "this is not a regular file (it is a device, a pipe or a socket); name a file",
            )
        most = file_limit(export=export)
        chunks: list[bytes] = []
        size = 0
        # Read to the limit and one byte past it, never further, whatever the
        # file's size said when it was opened.
        while chunk := os.read(descriptor, min(1 << 20, most + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            refusal = size_problem(size, export=export)
            if refusal is not None:
                raise _RefusedError(*refusal)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def write_text(
    path: Path, text: str, *, overwrite: bool = True, inside: Path | None = None
) -> None:
    """Write *text* to *path* as UTF-8, whole or not at all (as `write_bytes`)."""
    write_bytes(path, text.encode("utf-8"), overwrite=overwrite, inside=inside)


def write_bytes(
    path: Path, data: bytes, *, overwrite: bool = True, inside: Path | None = None
) -> None:
    """Write *data* to *path*, whole or not at all.

    A regular file is written through a temporary file beside it, which then
    replaces it, so that readers see either the old file or the new one,
    never a part; a new file gets the permissions the umask allows, an
    existing one keeps its own. A symbolic link is followed, and a device or
    pipe (such as /dev/stdout) is written to directly. Unless *overwrite*,
    an existing regular file is left as it is. With *inside*, a link is
    followed only where it leads to a file in that directory.

    Raises:
        FileExistsError: *path* is an existing file and *overwrite* is False.
        OSError: The file cannot be written; the error names *path*.
        DataError: *path* is a link that leads outside *inside*.
    """
    try:
        target = Path(os.path.realpath(path))
    except ValueError:  # a NUL character, which no path can hold
        raise OSError(
            errno.EINVAL, "the file name holds a NUL character, which no file name can", str(path)
        ) from None
    if inside is not None:
        try:
            _inside(path, inside)
        except _RefusedError as refusal:
            code, message = refusal.args
            raise DataError([Problem(message=message, file=str(path), code=code)]) from None
    try:
        status = target.stat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise _folder_named(error, path) from None
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
            dir=target.parent, prefix=_temporary_prefix(target), suffix=".tmp"
        )
    except OSError as error:
        raise _folder_named(error, path) from None
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


def _temporary_prefix(target: Path) -> str:
    """The start of the name of the temporary file that becomes *target*.

    It is the target's name, cut so that the temporary file's name (which
    adds a dot, a dot, eight random characters and ".tmp") is no longer than
    the longest name the file system takes: whatever name the target has, it
    can be written.
    """
    try:
        longest = os.pathconf(target.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # no pathconf (Windows), or no answer
        longest = 255
    room = max(longest - len("..") - 8 - len(".tmp"), 1)
    name = target.name
    while len(os.fsencode(name)) > room:  # file systems count bytes
        name = name[:-1]
    return f".{name}."


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


def _folder_named(error: OSError, path: Path) -> OSError:
    """*error* naming *path*; where the fault is its folder's, saying what to do about it."""
    if isinstance(error, FileNotFoundError):
        return FileNotFoundError(
            error.errno,
            f"there is no folder {path.parent}; create it first, or write to another folder",
            str(path),
        )
    if isinstance(error, NotADirectoryError):
        above = next((p for p in path.parents if _is_file(p)), path.parent)
        return NotADirectoryError(
            error.errno, f"{above} is a file, not a folder; write to a file in a folder", str(path)
        )
    return _naming(error, path)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _naming(error: OSError, path: Path) -> OSError:
    """*error* as the same kind of OSError, naming *path* rather than a temporary file."""
    return type(error)(error.errno, error.strerror or str(error), str(path))
