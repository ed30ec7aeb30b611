"""Our own session files (``interviewer-session/1``) as transcripts: roles and moves as recorded."""

from __future__ import annotations

from datetime import datetime

from interviewer.core.errors import SessionFileError
from interviewer.core.session import SESSION_FORMAT
from interviewer.io.session_file import session_from_dict
from interviewer.io.transcripts.model import SpokenTurn, Transcript, TranscriptError
from interviewer.io.yaml_schema import safe_load


def is_session(text: str) -> bool:
    """Whether the YAML text declares the session format in its first lines."""
    head = "\n".join(text.split("\n", 20)[:20])
    return f"format: {SESSION_FORMAT}" in head or f"format: '{SESSION_FORMAT}'" in head


def parse_session(text: str, *, source: str, encoding: str) -> Transcript:
    """The turns of a session file; its recorded outcomes are left out (the batch re-codes)."""
    data = safe_load(text, source, SessionFileError)
    session = session_from_dict(data, source)
    origin = _when(session.turns[0].at) if session.turns else None
    turns = tuple(
        SpokenTurn(
            turn.speaker or turn.role.value,
            turn.text,
            number,
            _offset(origin, turn.at),
            turn.role,
            turn.move,
        )
        for number, turn in enumerate(session.turns, start=1)
        if turn.text.strip()
    )
    if not turns:
        raise TranscriptError("the session file has no turns", path=source)
    metadata = {"job": session.job.statement, "participant": session.participant}
    return Transcript(source, "session", encoding, turns, metadata)


def _when(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def _offset(origin: datetime | None, stamp: str) -> float | None:
    when = _when(stamp)
    if origin is None or when is None:
        return None
    try:
        return round((when - origin).total_seconds(), 3)
    except TypeError:  # one stamp with a time zone, one without
        return None
