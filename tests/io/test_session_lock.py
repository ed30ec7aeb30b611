"""One writer per session: the lock file refuses a second interview, a dead one's lock is taken."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.move import Move
from interviewer.io.session_lock import SessionInUseError, SessionLock, lock_path
from interviewer.io.session_store import SessionStore, resume

from ..conftest import F, exchange, outcome, session

HOLDER = """
import sys, time
from interviewer.io.session_lock import SessionLock
SessionLock.acquire(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


def a_session(tmp_path: Path) -> Path:
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 11, 23, 10, 0))
    s = session()
    exchange(s, Move.OPENING, "fit in my jeans", outcome(F, "I fit into my old jeans"))
    store.save(s)
    store.close()
    return store.path


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)
    return int(done.stdout)


def test_a_store_holds_the_lock_with_pid_host_and_time_until_closed(tmp_path: Path) -> None:
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 11, 23, 10, 0))
    store.save(session())
    record = json.loads(lock_path(store.path).read_text(encoding="utf-8"))
    assert record["pid"] == os.getpid() and record["host"] == socket.gethostname()
    assert record["since"][:4].isdigit()
    with pytest.raises(SessionInUseError):
        resume(store.path)
    store.close()
    assert not lock_path(store.path).exists()


def test_a_second_interview_of_an_open_session_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = a_session(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert main(["interview", "--resume", str(path)]) == 1
        [line] = capsys.readouterr().err.strip().splitlines()
        assert str(path) in line and f"pid {holder.pid}" in line and "read-only" in line
        # readers ignore the lock
        assert main(["tree", str(path)]) == 0
        assert "I fit into my old jeans" in capsys.readouterr().out
        # the holder dies by kill -9: its lock is taken over by the next interview
        holder.kill()
        holder.wait(10)
        again, store = resume(path)
        assert json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()
        store.close()
        assert len(again.outcomes) == 1
    finally:
        holder.kill()
        holder.wait(10)


def test_a_stale_lock_of_a_dead_process_on_this_host_is_taken_over(tmp_path: Path) -> None:
    path = a_session(tmp_path)
    stale = {"pid": dead_pid(), "host": socket.gethostname(), "since": "2026-11-23T10:00:00"}
    lock_path(path).write_text(json.dumps(stale), encoding="utf-8")
    lock = SessionLock.acquire(path)
    assert json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release()


def test_a_lock_of_a_live_process_or_another_host_is_respected(tmp_path: Path) -> None:
    path = a_session(tmp_path)
    for owner in (
        {"pid": os.getppid(), "host": socket.gethostname(), "since": "t"},  # alive, no flock
        {"pid": dead_pid(), "host": "elsewhere.example", "since": "t"},  # cannot be checked
    ):
        lock_path(path).write_text(json.dumps(owner), encoding="utf-8")
        with pytest.raises(SessionInUseError) as caught:
            SessionLock.acquire(path)
        assert f"pid {owner['pid']} on {owner['host']}" in str(caught.value)


def test_a_new_page_load_waits_for_the_previous_one_to_let_go(tmp_path: Path) -> None:
    import threading

    path = a_session(tmp_path)
    previous = SessionLock.acquire(path)
    threading.Timer(0.3, previous.release).start()  # the old app process ends
    with pytest.raises(SessionInUseError):
        SessionLock.acquire(path)  # without waiting: refused
    lock = SessionLock.acquire(path, wait=5.0)
    assert lock.held
    lock.release()


def test_resume_reads_the_session_once_under_its_lock_and_a_broken_one_leaves_no_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interviewer.core.errors import SessionFileError
    from interviewer.io import session_store

    path = a_session(tmp_path)
    reads: list[bool] = []
    read = session_store.read_session

    def counted(file: Path) -> object:
        reads.append(lock_path(path).exists())  # was the lock held while reading?
        return read(file)

    monkeypatch.setattr(session_store, "read_session", counted)
    again, store = resume(path)
    store.close()
    assert reads == [True] and len(again.outcomes) == 1
    path.write_text("format: interviewer-session/1\njob: [unclosed\n", encoding="utf-8")
    session_store.journal_path(path).unlink()
    with pytest.raises(SessionFileError):
        resume(path)
    assert not lock_path(path).exists()
