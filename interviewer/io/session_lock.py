"""One writer per session: a lock file (pid, host, time) beside the session file.

The lock file is held with an advisory ``flock`` for as long as the interview runs, so the
kernel frees it the moment its process dies, even by kill -9: a lock left by a dead process on
this host is taken over, one held by a live process refuses the second writer with one line. A
lock written on another host cannot be checked and is respected. Readers (``export``, ``tree``)
never look at it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from interviewer.core.errors import SessionFileError

if sys.platform != "win32":
    import fcntl

LOCK_SUFFIX = ".lock"


class SessionInUseError(SessionFileError):
    """The session is open in another interview."""

    title = "session in use"


def lock_path(session_file: str | Path) -> Path:
    file = Path(session_file)
    return file.with_name(file.name + LOCK_SUFFIX)


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a lock, as written in the lock file."""

    pid: int
    host: str
    since: str

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host} since {self.since}"


class SessionLock:
    """The held lock on one session file; :meth:`release` ends it (closing the app does)."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, session_file: str | Path, *, wait: float = 0.0) -> SessionLock:
        """Lock ``session_file`` for this process or raise :class:`SessionInUseError`.

        ``wait`` seconds are given to a holder that is about to let go (a browser reload
        replaces one app process by the next).
        """
        deadline = time.monotonic() + wait
        while True:
            try:
                return cls._acquire(session_file)
            except SessionInUseError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.1)

    @classmethod
    def _acquire(cls, session_file: str | Path) -> SessionLock:
        path = lock_path(session_file)
        for _ in range(5):  # the lock file may be swapped under us by a releasing holder
            handle = _open(path)
            try:
                owner = _owner(handle)
                if not _try_flock(handle) or not _takeable(owner):
                    handle.close()
                    raise SessionInUseError(_in_use_message(session_file, owner), path=session_file)
                if not _same_file(handle, path):
                    handle.close()
                    continue
                _write_owner(handle)
                return cls(path, handle)
            except OSError as exc:
                handle.close()
                raise SessionFileError(
                    f"cannot lock ({exc.strerror or exc.__class__.__name__})", path=path
                ) from None
        raise SessionInUseError("the lock file keeps changing; try again", path=session_file)

    @staticmethod
    def owner(session_file: str | Path) -> LockOwner | None:
        """Who holds (or last held) the lock of ``session_file``, if a lock file is there."""
        try:
            with lock_path(session_file).open(encoding="utf-8") as handle:
                return _owner(handle)
        except OSError:
            return None

    def release(self) -> None:
        """Remove the lock file and let go of it (idempotent)."""
        if self._handle is None:
            return
        try:
            if _same_file(self._handle, self.path):
                self.path.unlink()
        except OSError:
            pass  # a lock file we cannot remove is taken over once we are gone
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


def _open(path: Path) -> IO[str]:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise SessionFileError(
            f"cannot create the lock file ({exc.strerror or exc.__class__.__name__})", path=path
        ) from None
    return os.fdopen(fd, "r+", encoding="utf-8")


def _try_flock(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # no flock: liveness is judged by the pid alone
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _owner(handle: IO[str]) -> LockOwner | None:
    handle.seek(0)
    try:
        data: Any = json.loads(handle.read(4096) or "null")
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        return LockOwner(int(data["pid"]), str(data["host"]), str(data.get("since", "")))
    except (KeyError, TypeError, ValueError):
        return None


def _takeable(owner: LockOwner | None) -> bool:
    """Whether a lock file whose flock we obtained may be taken over.

    The flock alone would do on one host; the pid check also keeps out a writer that does not
    flock (an older version, another tool) while its process lives.
    """
    if owner is None:
        return True  # a new, empty or garbled lock file
    if owner.host != socket.gethostname():
        return False  # cannot tell whether that process still runs
    return owner.pid == os.getpid() or not _pid_alive(owner.pid)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A killed process not yet reaped by its parent still answers kill(pid, 0)."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False  # no /proc (macOS): trust kill()
    return stat_line.rpartition(")")[2].split()[:1] == ["Z"]


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        return os.fstat(handle.fileno()).st_ino == path.stat().st_ino
    except OSError:
        return False


def _write_owner(handle: IO[str]) -> None:
    since = datetime.now(UTC).astimezone().isoformat(timespec="seconds")
    record = {"pid": os.getpid(), "host": socket.gethostname(), "since": since}
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(record) + "\n")
    handle.flush()
    os.fsync(handle.fileno())


def _in_use_message(session_file: str | Path, owner: LockOwner | None) -> str:
    who = owner.describe() if owner is not None else "another process"
    return (
        f"open in another interview ({who}); view it read-only with "
        f"`interviewer interview --resume {session_file} --read-only`, or remove "
        f"{lock_path(session_file).name} if that interview is surely gone"
    )
