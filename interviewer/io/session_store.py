"""Crash-safe session storage: a fsynced journal line per change, then an atomic YAML rewrite.

Every change is appended to ``<file>.journal`` (one JSON line holding the whole session and a
revision number) and fsynced before the YAML session file is rewritten atomically; only then is
the change reported as saved. After a crash, :func:`resume` takes whichever of the two holds the
newer revision, so at most the change being written at the moment of the crash is lost, never an
earlier one. A torn last journal line is ignored.
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

from interviewer.core.errors import InputFileError, SessionFileError
from interviewer.core.session import Session
from interviewer.io.atomic import write_atomic
from interviewer.io.session_file import session_from_dict, session_to_dict

SUFFIX = ".session.yaml"
JOURNAL_SUFFIX = ".journal"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


@dataclass
class SessionStore:
    """Where one session is kept, and how many revisions of it were saved."""

    path: Path
    revision: int = 0
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
            return cls(path)
        raise InputFileError("no free session file name", path=out_dir)

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
        if self._journal is not None:
            self._journal.close()
            self._journal = None


def resume(path: str | Path) -> tuple[Session, SessionStore]:
    """The newest saved state of the session at ``path`` (its YAML file or its journal)."""
    file = Path(path)
    if file.name.endswith(JOURNAL_SUFFIX):
        file = file.with_name(file.name[: -len(JOURNAL_SUFFIX)])
    journal = journal_path(file)
    if not file.exists() and not journal.exists():
        raise InputFileError("no such session file", path=file)
    candidates: list[tuple[int, dict[str, Any]]] = []
    yaml_error: SessionFileError | None = None
    if file.exists():
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                candidates.append((int(data.get("revision") or 0), data))
        except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
            yaml_error = SessionFileError(
                f"unreadable session file ({exc.__class__.__name__})", path=file
            )
    if journal.exists():
        last = _last_journal_entry(journal)
        if last is not None:
            candidates.append((int(last.get("revision") or 0), last))
    if not candidates:
        raise yaml_error or SessionFileError("the session file holds no session", path=file)
    revision, data = max(candidates, key=lambda c: c[0])
    session = session_from_dict(data, str(file))
    return session, SessionStore(file, revision)


def _last_journal_entry(journal: Path) -> dict[str, Any] | None:
    last: dict[str, Any] | None = None
    with journal.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line torn by a crash
            if isinstance(entry, dict):
                last = entry
    return last
