"""Crash-safe session storage: a fsynced journal line per change, then an atomic YAML rewrite.

Every change is appended to ``<file>.journal`` (one JSON line holding the whole session and a
revision number) and fsynced before the YAML session file is rewritten atomically; only then is
the change reported as saved. After a crash, :func:`resume` reads the session as every command
does (:func:`~interviewer.io.session_file.read_session`: whichever of the two holds the newer
revision), so at most the change being written at the moment of the crash is lost, never an
earlier one. A store holds the session's lock file (:mod:`interviewer.io.session_lock`) until
it is closed.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from interviewer.core.errors import InputFileError
from interviewer.core.session import Session
from interviewer.io.atomic import write_atomic
from interviewer.io.session_file import journal_path, read_session, session_path, session_to_dict
from interviewer.io.session_lock import SessionLock

SUFFIX = ".session.yaml"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

__all__ = ["SUFFIX", "SessionStore", "holds_session", "journal_path", "open_session", "resume"]


@dataclass
class SessionStore:
    """Where one session is kept, and how many revisions of it were saved."""

    path: Path
    revision: int = 0
    lock: SessionLock | None = None
    _journal: Any = field(default=None, repr=False)

    @classmethod
    def create(cls, out_dir: Path, participant: str, started: datetime) -> SessionStore:
        """Reserve a new session file in ``out_dir``; two interviews never get the same file."""
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputFileError(
                f"cannot create the folder ({exc.strerror})", path=out_dir
            ) from None
        stem = f"{_UNSAFE.sub('-', participant or 'participant').strip('-') or 'participant'}"
        stamp = started.strftime("%Y%m%d-%H%M%S")
        for attempt in range(1, 1000):
            suffix = "" if attempt == 1 else f"-{attempt}"
            path = out_dir / f"{stem}-{stamp}{suffix}{SUFFIX}"
            try:
                # O_EXCL: the reservation itself is atomic, even against another process.
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                continue
            except OSError as exc:
                raise InputFileError(f"cannot write ({exc.strerror})", path=path) from None
            os.close(fd)
            return cls(path, lock=SessionLock.acquire(path))
        raise InputFileError("no free session file name", path=out_dir)

    @classmethod
    def claim(cls, path: Path, *, wait: float = 0.0) -> SessionStore:
        """Lock a reserved, still empty session file (``interview --web``) to write it."""
        return cls(path, lock=SessionLock.acquire(path, wait=wait))

    def save(self, session: Session) -> int:
        """Journal and write ``session``; returns the revision once it is durable."""
        self.revision += 1
        data = session_to_dict(session)
        data["revision"] = self.revision
        line = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
        if self._journal is None:
            self._journal = journal_path(self.path).open("a", encoding="utf-8")
        self._journal.write(line)
        self._journal.flush()
        os.fsync(self._journal.fileno())
        write_atomic(
            self.path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
        )
        return self.revision

    def close(self) -> None:
        """Close the journal and release the lock; the session stays as saved."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if self.lock is not None:
            self.lock.release()


def resume(
    path: str | Path, *, lock: bool = True, wait: float = 0.0
) -> tuple[Session, SessionStore]:
    """The newest saved state of the session at ``path``, and a store that continues it.

    With ``lock`` (the default) the session is locked for this process first, so a second
    interview on the same file is refused (:class:`SessionInUseError`), after waiting up to
    ``wait`` seconds for its holder to let go.
    """
    file = session_path(path)
    if not file.exists() and not journal_path(file).exists():
        raise InputFileError("no such session file", path=file)
    held = SessionLock.acquire(file, wait=wait) if lock else None
    try:
        # Read once, under the lock: what the previous writer saved before it let go.
        reading = read_session(file)
    except BaseException:
        if held is not None:
            held.release()  # a broken session leaves no lock file behind
        raise
    return reading.session, SessionStore(reading.path, reading.revision, lock=held)


def open_session(
    path: str | Path, *, read_only: bool = False
) -> tuple[Session, SessionStore | None]:
    """The session at ``path`` to continue (locked, with the store that continues it), or with
    ``read_only`` to view (no lock, no store); a session that cannot be opened fails here."""
    if read_only:
        return read_session(path).session, None
    return resume(path)


def holds_session(path: Path) -> bool:
    """Whether ``path`` (or its journal) holds anything yet; a reserved file is empty."""
    journal = journal_path(path)
    return (path.exists() and path.stat().st_size > 0) or (
        journal.exists() and journal.stat().st_size > 0
    )
