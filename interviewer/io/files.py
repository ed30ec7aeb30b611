"""Reading a user's file with the one-line errors every command gives.

Only regular files are opened: a named pipe, a device or a socket is refused before any read
(and opened with ``O_NONBLOCK``, so a file swapped for a pipe in between cannot block either).
Files and lines have size limits, so a hostile file costs bounded memory and time.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from interviewer.core.errors import InputFileError, InterviewerError, UnreadableInputError

MAX_FILE_BYTES = 64 * 2**20
MAX_LINE_BYTES = 2**20
_CHUNK = 2**20

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISCHR, "is a device, not a regular file"),
    (stat.S_ISBLK, "is a device, not a regular file"),
)


def not_regular(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read (a folder, pipe, socket, device), or None."""
    if stat.S_ISREG(mode):
        return None
    return next((why for test, why in _KINDS if test(mode)), "is not a regular file")


def check_regular(
    path: str | Path,
    *,
    error: type[InterviewerError] = InputFileError,
    invalid: type[InterviewerError] = UnreadableInputError,
    name: str | None = None,
) -> int:
    """The size of the regular file at ``path``; anything else raises naming the file
    (``name`` when given: the path as the user wrote it)."""
    shown = str(path) if name is None else name
    try:
        info = Path(path).stat()
    except FileNotFoundError:
        if Path(path).is_symlink():
            raise error("cannot read (broken symbolic link)", path=shown) from None
        raise error("no such file", path=shown) from None
    except OSError as exc:
        raise invalid(f"cannot read ({_reason(exc)})", path=shown) from None
    why = not_regular(info.st_mode)
    if why is not None:
        raise invalid(why, path=shown)
    return info.st_size


def read_bytes(
    path: str | Path,
    *,
    error: type[InterviewerError] = InputFileError,
    invalid: type[InterviewerError] = UnreadableInputError,
    max_bytes: int = MAX_FILE_BYTES,
    max_line: int | None = MAX_LINE_BYTES,
    name: str | None = None,
) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes``, no line over ``max_line``.

    A missing file raises ``error``; a folder, pipe, device or socket, a file over the limits
    or one that cannot be read raises ``invalid``, naming the file (``name`` when given) and
    the line.
    """
    shown = str(path) if name is None else name
    size = check_regular(path, error=error, invalid=invalid, name=shown)
    if size > max_bytes:
        raise invalid(
            f"file too large ({_megabytes(size)}; at most {_megabytes(max_bytes)})", path=shown
        )
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise error("no such file", path=shown) from None
    except OSError as exc:
        raise invalid(f"cannot read ({_reason(exc)})", path=shown) from None
    try:
        why = not_regular(os.fstat(fd).st_mode)  # it may have been swapped since the stat
        if why is not None:
            raise invalid(why, path=shown)
        data = _read_all(fd, size, max_bytes, shown, invalid)
    except OSError as exc:
        raise invalid(f"cannot read ({_reason(exc)})", path=shown) from None
    finally:
        os.close(fd)
    if max_line is not None:
        check_line_lengths(data, shown, max_line, invalid)
    return data


def read_text(
    path: str | Path,
    *,
    encoding: str = "utf-8-sig",
    error: type[InterviewerError] = InputFileError,
    invalid: type[InterviewerError] = UnreadableInputError,
    max_line: int | None = MAX_LINE_BYTES,
) -> str:
    """The text of the regular file ``path`` (see :func:`read_bytes` for the limits).

    A UTF-8, UTF-16 or UTF-32 byte-order mark decides the encoding; without one ``encoding``
    is used (``utf-8-sig`` also reads UTF-8 with the mark spreadsheet tools write). Text that
    does not decode raises ``invalid`` with the line of the first bad byte.
    """
    data = read_bytes(path, error=error, invalid=invalid, max_line=max_line)
    codec = next((name for bom, name in _BOMS if data.startswith(bom)), encoding)
    return decode(data, codec, path=path, invalid=invalid)


def decode(
    data: bytes,
    codec: str,
    *,
    path: str | Path,
    invalid: type[InterviewerError] = UnreadableInputError,
) -> str:
    """``data`` decoded; bytes that are not ``codec`` raise ``invalid`` at their line."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1 if codec.startswith("utf-8") else None
        name = codec.removesuffix("-sig").upper()
        raise invalid(f"not valid {name} text ({exc.reason})", path=path, line=line) from None


def check_line_lengths(
    data: bytes, path: str | Path, limit: int, invalid: type[InterviewerError]
) -> None:
    """Raise ``invalid`` at the first line longer than ``limit`` bytes."""
    if len(data) <= limit:
        return
    start, line = 0, 1
    while True:
        end = data.find(b"\n", start)
        stop = len(data) if end < 0 else end
        if stop - start > limit:
            raise invalid(
                f"line too long (over {_megabytes(limit)} without a line break)",
                path=path,
                line=line,
            )
        if end < 0:
            return
        start, line = end + 1, line + 1


def _read_all(
    fd: int, size: int, limit: int, path: str | Path, error: type[InterviewerError]
) -> bytes:
    # One read of the size stat gave (one allocation), then to the end in case it grew.
    parts = [os.read(fd, size + 1)] if size else []
    total = len(parts[0]) if parts else 0
    while chunk := os.read(fd, _CHUNK):
        total += len(chunk)
        if total > limit:
            raise error(f"file too large (over {_megabytes(limit)})", path=path)
        parts.append(chunk)
    return b"".join(parts)


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB"


def _reason(exc: OSError) -> str:
    return exc.strerror or "input/output error"
