"""Crash safety of the session store: journal first, atomic YAML second, newest wins on resume."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from interviewer.core.errors import InputFileError
from interviewer.io.session_store import SessionStore, journal_path, resume

from ..conftest import session


def test_every_save_is_in_the_journal_and_the_yaml(tmp_path: Path) -> None:
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 11, 23, 10, 0))
    s = session()
    s.answer("first")
    assert store.save(s) == 1
    s.answer("second")
    assert store.save(s) == 2
    store.close()
    assert len(journal_path(store.path).read_text(encoding="utf-8").splitlines()) == 2
    again, reopened = resume(store.path)
    assert [t.text for t in again.turns] == ["first", "second"]
    assert reopened.revision == 2


def test_a_crash_between_journal_and_yaml_loses_nothing(tmp_path: Path) -> None:
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 11, 23, 10, 0))
    s = session()
    s.answer("first")
    store.save(s)
    yaml_after_first = store.path.read_bytes()
    s.answer("second")
    store.save(s)
    store.close()
    store.path.write_bytes(yaml_after_first)  # as if the process died before the rename
    again, _ = resume(store.path)
    assert [t.text for t in again.turns] == ["first", "second"]


def test_a_torn_last_journal_line_is_ignored(tmp_path: Path) -> None:
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 11, 23, 10, 0))
    s = session()
    s.answer("first")
    store.save(s)
    store.close()
    with journal_path(store.path).open("a", encoding="utf-8") as journal:
        journal.write('{"format": "interviewer-session/1", "revision": 9, "turns": [')
    again, _ = resume(journal_path(store.path))  # the journal itself can be named too
    assert [t.text for t in again.turns] == ["first"]


def test_two_stores_in_one_folder_never_share_a_file(tmp_path: Path) -> None:
    moment = datetime(2026, 11, 23, 10, 0)
    first = SessionStore.create(tmp_path, "p1", moment)
    second = SessionStore.create(tmp_path, "p1", moment)
    assert first.path != second.path and first.path.exists() and second.path.exists()


@pytest.mark.parametrize("participant", ["../../etc/passwd", "p 1/ü", ""])
def test_participant_ids_cannot_escape_the_folder(tmp_path: Path, participant: str) -> None:
    store = SessionStore.create(tmp_path, participant, datetime(2026, 11, 23, 10, 0))
    assert store.path.parent == tmp_path


def test_resume_of_nothing_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such session file"):
        resume(tmp_path / "nope.session.yaml")
