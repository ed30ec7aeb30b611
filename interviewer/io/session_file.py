"""Session files: the human-readable YAML record of one interview (``interviewer-session/1``).

A live session is kept as two files: the YAML file and its journal (``<file>.journal``, one JSON
line per saved revision). :func:`read_session` is the one reading of a session that ``export``,
``tree`` and ``interview --resume`` share: the newer of the two wins, a torn or truncated YAML file
is recovered from the journal, and without a journal it is refused with ``file:line``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from interviewer.core.errors import InputFileError, SessionFileError
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome
from interviewer.core.session import (
    ROOT,
    SESSION_FORMAT,
    CodedOutcome,
    Job,
    Rating,
    Role,
    Session,
    Turn,
)
from interviewer.io.atomic import write_atomic
from interviewer.io.files import read_bytes
from interviewer.io.yaml_schema import safe_load


def session_to_dict(session: Session) -> dict[str, Any]:
    """The session as plain data, in the order a person reads it."""
    return {
        "format": SESSION_FORMAT,
        "job": session.job.statement,
        "participant": session.participant,
        "bank": session.bank,
        "started": session.started,
        "updated": session.updated,
        "turns": [_turn_to_dict(turn) for turn in session.turns],
        "outcomes": [_outcome_to_dict(coded) for coded in session.outcomes.values()],
        "ratings": {
            oid: {"importance": r.importance, "satisfaction": r.satisfaction}
            for oid, r in session.ratings.items()
        },
    }


def _turn_to_dict(turn: Turn) -> dict[str, Any]:
    record: dict[str, Any] = {"id": turn.id, "role": turn.role.value, "speaker": turn.speaker}
    if turn.at:
        record["at"] = turn.at
    if turn.move is not None:
        record["move"] = turn.move.value
    if turn.about is not None:
        record["about"] = turn.about
    record["text"] = turn.text
    return record


def _outcome_to_dict(coded: CodedOutcome) -> dict[str, Any]:
    o = coded.outcome
    record: dict[str, Any] = {
        "id": coded.id,
        "turn": coded.turn,
        "parent": coded.parent,
        "kind": o.kind.value,
        "polarity": o.polarity.value,
        "statement": o.statement,
        "confidence": round(o.confidence, 4),
        "span": [o.span[0], o.span[1]],
        "evidence": list(o.evidence),
        "corrected_by_human": o.corrected_by_human,
    }
    for flag in ("review", "added_by_human"):
        if getattr(o, flag):
            record[flag] = True
    return record


def session_from_dict(
    data: Any, path: str = "<session>", lines: Mapping[str, int] | None = None
) -> Session:
    """Rebuild a session from :func:`session_to_dict` data; errors name the file.

    ``lines`` maps ``turns/<i>``, ``outcomes/<i>`` and ``ratings/<id>`` to the line each record
    starts on (see :func:`record_lines`), so an error names ``file:line``.
    """
    lines = lines or {}
    if not isinstance(data, dict):
        raise SessionFileError("a session file must be a YAML mapping", path=path)
    if data.get("format") != SESSION_FORMAT:
        raise SessionFileError(
            f"unknown format {data.get('format')!r}; expected {SESSION_FORMAT!r}",
            path=path,
            line=lines.get("format"),
        )
    where = ""
    try:
        session = Session(
            Job(_text_field(data, "job", path)),
            participant=str(data.get("participant") or ""),
            bank=str(data.get("bank") or ""),
            started=str(data.get("started") or ""),
            updated=str(data.get("updated") or ""),
        )
        for index, record in enumerate(data.get("turns") or []):
            where = f"turns/{index}"
            session.turns.append(_turn_from_dict(record))
        texts = {turn.id: turn.text for turn in session.turns}
        for index, record in enumerate(data.get("outcomes") or []):
            where = f"outcomes/{index}"
            turn_id = str(record["turn"])
            if turn_id not in texts:
                raise SessionFileError(
                    f"outcome {record.get('id')!r} refers to unknown turn {turn_id!r}",
                    path=path,
                    line=lines.get(where),
                )
            # An outcome added by hand without a chosen span quotes nothing of its turn.
            added = bool(record.get("added_by_human")) and _empty_span(record)
            outcome = Outcome.from_dict(record, text="" if added else texts[turn_id])
            parent = str(record.get("parent", ROOT))
            coded = CodedOutcome(str(record["id"]), turn_id, parent, outcome)
            session.outcomes[coded.id] = coded
        for oid, rating in (data.get("ratings") or {}).items():
            where = f"ratings/{oid}"
            session.ratings[str(oid)] = Rating(
                int(rating["importance"]), int(rating["satisfaction"])
            )
    except SessionFileError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SessionFileError(
            f"malformed session: {_describe(exc)}", path=path, line=lines.get(where)
        ) from None
    for index, coded in enumerate(session.outcomes.values()):
        if coded.parent != ROOT and coded.parent not in session.outcomes:
            raise SessionFileError(
                f"outcome {coded.id} has unknown parent {coded.parent!r}",
                path=path,
                line=lines.get(f"outcomes/{index}"),
            )
    return session


def _text_field(data: Mapping[str, Any], key: str, path: str) -> str:
    value = data[key]
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise SessionFileError(f"'{key}' must be text", path=path)
    return str(value)


def _turn_from_dict(record: Any) -> Turn:
    move = record.get("move")
    return Turn(
        id=str(record["id"]),
        role=Role(record["role"]),
        text=str(record.get("text") or ""),
        speaker=str(record.get("speaker") or ""),
        at=str(record.get("at") or ""),
        move=Move(move) if move else None,
        about=record.get("about"),
    )


def record_lines(text: str) -> dict[str, int]:
    """The 1-based line each record of a session file's YAML starts on (see session_from_dict)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return {}
    found: dict[str, int] = {}
    if not isinstance(root, yaml.MappingNode):
        return found
    for key, value in root.value:
        name = str(key.value)
        found[name] = key.start_mark.line + 1
        if isinstance(value, yaml.SequenceNode):
            for index, item in enumerate(value.value):
                found[f"{name}/{index}"] = item.start_mark.line + 1
        elif isinstance(value, yaml.MappingNode):
            for item_key, _ in value.value:
                found[f"{name}/{item_key.value}"] = item_key.start_mark.line + 1
    return found


def _empty_span(record: Any) -> bool:
    span = record.get("span") or (0, 0)
    return bool(span[0] == span[1])


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing key {exc.args[0]!r}"
    return str(exc)


def dump_session(session: Session) -> str:
    """The YAML text of a session file."""
    return yaml.safe_dump(session_to_dict(session), sort_keys=False, allow_unicode=True, width=100)


def save_session(session: Session, path: str | Path) -> None:
    """Write the session file atomically."""
    write_atomic(path, dump_session(session))


JOURNAL_SUFFIX = ".journal"


def journal_path(path: str | Path) -> Path:
    """The journal kept beside the session file ``path``."""
    file = Path(path)
    return file.with_name(file.name + JOURNAL_SUFFIX)


def session_path(path: str | Path) -> Path:
    """The session file named by ``path``, which may name its journal instead."""
    file = Path(path)
    if file.name.endswith(JOURNAL_SUFFIX):
        return file.with_name(file.name[: -len(JOURNAL_SUFFIX)])
    return file


@dataclass(frozen=True, slots=True)
class SessionReading:
    """A session as read from its file and journal, and which of the two it came from."""

    session: Session
    path: Path
    revision: int
    source: str  # "file" or "journal"


@dataclass(frozen=True, slots=True)
class _Candidate:
    revision: int
    data: Any
    source: str
    text: str = ""  # the YAML text (file) for line numbers
    line: int | None = None  # the journal line it was read from


def read_session(path: str | Path) -> SessionReading:
    """The newest complete state of the session at ``path`` (its YAML file or its journal).

    The journal line of a revision is fsynced before the YAML file is rewritten, and the writer
    puts ``revision`` last in the YAML, so a file cut short (no ``revision``) or older than the
    journal loses to it. Errors name the file and, for YAML, the line.
    """
    file = session_path(path)
    journal = journal_path(file)
    if not _exists(file) and not _exists(journal):
        raise InputFileError("no such file", path=file)
    candidates: list[_Candidate] = []
    file_error: SessionFileError | None = None
    if _exists(file):
        try:
            text = _decode(_read_regular(file), file)
            data = _parse_yaml(text, file)
            if data is not None:
                candidates.append(_Candidate(_revision(data), data, "file", text=text))
        except SessionFileError as exc:
            file_error = exc
    if _exists(journal):
        found = _last_journal_entry(journal)
        if found is not None:
            number, entry = found
            candidates.append(_Candidate(_revision(entry), entry, "journal", line=number))
    # Newest first; on a tie the YAML file wins, so a hand correction of it is kept.
    candidates.sort(key=lambda c: (c.revision, c.source == "file"), reverse=True)
    first_error: SessionFileError | None = file_error
    for candidate in candidates:
        try:
            session = _session_of(candidate, file, journal)
        except SessionFileError as exc:
            first_error = first_error or exc
            continue
        return SessionReading(session, file, candidate.revision, candidate.source)
    raise first_error or SessionFileError("the session file holds no session", path=file)


def _session_of(candidate: _Candidate, file: Path, journal: Path) -> Session:
    if candidate.source == "journal":
        try:
            return session_from_dict(candidate.data, str(journal))
        except SessionFileError as exc:
            raise SessionFileError(exc.message, path=journal, line=candidate.line) from None
    try:
        return session_from_dict(candidate.data, str(file))
    except SessionFileError:
        # Only now is the YAML composed again, to say on which line the bad record starts.
        return session_from_dict(candidate.data, str(file), record_lines(candidate.text))


def load_session(path: str | Path) -> Session:
    """Read a session (file plus journal); a broken session raises a one-line error."""
    return read_session(path).session


def _exists(path: Path) -> bool:
    return os.path.lexists(path)


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file, with every reader's limits; FIFOs, devices and folders are
    refused, never opened."""
    return read_bytes(path, error=InputFileError, invalid=SessionFileError, max_line=None)


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SessionFileError("not valid UTF-8", path=path, line=line) from None


def _parse_yaml(text: str, path: Path) -> Any:
    """YAML with the nesting limit and one-line errors every reader has."""
    return safe_load(text, str(path), SessionFileError)


def _revision(data: Any) -> int:
    if not isinstance(data, dict):
        return -1
    value = data.get("revision")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _last_journal_entry(journal: Path) -> tuple[int, dict[str, Any]] | None:
    """The last complete journal line and its number; lines torn by a crash are skipped."""
    last: tuple[int, dict[str, Any]] | None = None
    for number, line in enumerate(_read_regular(journal).split(b"\n"), start=1):
        try:
            entry = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            continue
        if isinstance(entry, dict):
            last = (number, entry)
    return last
