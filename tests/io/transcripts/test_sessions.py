"""Our own session files read as transcripts: recorded roles, moves and times."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.errors import SessionFileError
from interviewer.core.move import Move
from interviewer.core.session import Role
from interviewer.io.session_file import save_session
from interviewer.io.transcripts import read_transcript

from ...conftest import F, exchange, outcome, session


def test_a_session_file_keeps_roles_moves_and_offsets(tmp_path: Path) -> None:
    s = session()
    exchange(s, Move.OPENING, "I'd fit into my old jeans", outcome(F, "I fit my old jeans"))
    s.turns[0] = type(s.turns[0])(**{**_fields(s.turns[0]), "at": "2024-05-01T10:00:00"})
    s.turns[1] = type(s.turns[1])(**{**_fields(s.turns[1]), "at": "2024-05-01T10:00:12.5"})
    path = tmp_path / "p1.session.yaml"
    save_session(s, path)
    transcript = read_transcript(path)
    assert transcript.format == "session" and transcript.job == "lose weight"
    assert [(t.role, t.move, t.start) for t in transcript.turns] == [
        (Role.INTERVIEWER, Move.OPENING, 0.0),
        (Role.PARTICIPANT, None, 12.5),
    ]


def test_a_broken_session_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "p1.yaml"
    path.write_text("format: interviewer-session/1\njob: [unclosed\n", encoding="utf-8")
    with pytest.raises(SessionFileError, match=r"p1\.yaml:\d+: not valid YAML"):
        read_transcript(path)


def _fields(turn: object) -> dict[str, object]:
    return {name: getattr(turn, name) for name in turn.__slots__}  # type: ignore[attr-defined]
