"""Session files: the human-readable YAML record of one interview (``interviewer-session/1``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from interviewer.core.errors import SessionFileError
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
from interviewer.io.files import read_text


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


def session_from_dict(data: Any, path: str = "<session>") -> Session:
    """Rebuild a session from :func:`session_to_dict` data; errors name the file."""
    if not isinstance(data, dict):
        raise SessionFileError("a session file must be a YAML mapping", path=path)
    if data.get("format") != SESSION_FORMAT:
        raise SessionFileError(
            f"unknown format {data.get('format')!r}; expected {SESSION_FORMAT!r}", path=path
        )
    try:
        session = Session(
            Job(str(data["job"])),
            participant=str(data.get("participant") or ""),
            bank=str(data.get("bank") or ""),
            started=str(data.get("started") or ""),
            updated=str(data.get("updated") or ""),
        )
        for record in data.get("turns") or []:
            move = record.get("move")
            session.turns.append(
                Turn(
                    id=str(record["id"]),
                    role=Role(record["role"]),
                    text=str(record.get("text") or ""),
                    speaker=str(record.get("speaker") or ""),
                    at=str(record.get("at") or ""),
                    move=Move(move) if move else None,
                    about=record.get("about"),
                )
            )
        texts = {turn.id: turn.text for turn in session.turns}
        for record in data.get("outcomes") or []:
            turn_id = str(record["turn"])
            if turn_id not in texts:
                raise SessionFileError(
                    f"outcome {record.get('id')!r} refers to unknown turn {turn_id!r}", path=path
                )
            outcome = Outcome.from_dict(record, text=texts[turn_id])
            parent = str(record.get("parent", ROOT))
            coded = CodedOutcome(str(record["id"]), turn_id, parent, outcome)
            session.outcomes[coded.id] = coded
        for oid, rating in (data.get("ratings") or {}).items():
            session.ratings[str(oid)] = Rating(
                int(rating["importance"]), int(rating["satisfaction"])
            )
    except SessionFileError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SessionFileError(f"malformed session: {_describe(exc)}", path=path) from None
    for coded in session.outcomes.values():
        if coded.parent != ROOT and coded.parent not in session.outcomes:
            raise SessionFileError(
                f"outcome {coded.id} has unknown parent {coded.parent!r}", path=path
            )
    return session


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


def load_session(path: str | Path) -> Session:
    """Read a session file; unreadable or malformed files raise a one-line error."""
    file = Path(path)
    text = read_text(file, encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise SessionFileError(f"not valid YAML: {exc.problem}", path=file, line=line) from None
    except yaml.YAMLError as exc:
        raise SessionFileError(f"not valid YAML: {exc}", path=file) from None
    return session_from_dict(data, str(file))
