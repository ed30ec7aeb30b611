"""Atomic, durable file writes: write a temporary file beside the target, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

TEMP_SUFFIX = ".tmp"
# ".NAME.<pid>-<mkstemp's 8 characters>.tmp"; before the pid was added: ".NAME.<8 characters>.tmp"
_TEMP_NAME = re.compile(r"^\..+\.(?:(?P<pid>\d+)-)?[a-z0-9_]{8}\.tmp$")


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
    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=TEMP_SUFFIX, dir=target.parent or "."
    )
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


def sweep_temporaries(folder: str | Path, started: float) -> list[Path]:
    """Remove the temporary files a killed writer left in ``folder``; the paths removed.

    Only names of the form this module makes are touched, only those last changed before
    ``started`` (the time the run began), and never one whose writing process still runs (a
    second run into the same folder).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = match.group("pid")
        with contextlib.suppress(OSError):
            if entry.stat(follow_symlinks=False).st_mtime >= started:
                continue
            if pid is not None and _running(int(pid)):
                continue
            Path(entry.path).unlink()
            removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True
