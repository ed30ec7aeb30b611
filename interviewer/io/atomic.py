"""Atomic, durable file writes: write a temporary file beside the target, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def write_atomic(path: str | Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` so readers see the old or the new file, never a torn one."""
    target = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    with _replacing(target) as fd, os.fdopen(fd, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_text(path: str | Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text handle whose content replaces ``path`` only when the block ends without error:
    the streaming form of :func:`write_atomic` (nothing is held in memory)."""
    with _replacing(Path(path)) as fd, os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[int]:
    """A descriptor of a temporary file beside ``target`` that replaces it when the block ends
    without error, and is removed when it does not."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        # mkstemp makes the file private (0600); give it the mode the file had, or the usual one.
        os.fchmod(fd, _mode_for(target))
        yield fd
        Path(tmp).replace(target)
    except BaseException:  # the handle around ``fd`` has closed it by now
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise
    _fsync_dir(target.parent)


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is flushed too (POSIX).
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
