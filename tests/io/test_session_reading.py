"""One reading of a session (file + journal) for `export`, `tree` and `--resume` alike."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.errors import SessionFileError
from interviewer.core.move import Move
from interviewer.io.session_file import journal_path, load_session, read_session
from interviewer.io.session_store import SessionStore, resume

from ..conftest import E, F, exchange, outcome, session


def saved_session(tmp_path: Path) -> tuple[Path, int]:
    """A session saved through the store twice, as a live interview saves it."""
    store = SessionStore.create(tmp_path, "p1", datetime(2026, 11, 23, 10, 0))
    s = session()
    [o1] = exchange(s, Move.OPENING, "fit in my jeans", outcome(F, "I fit into my old jeans"))
    store.save(s)
    exchange(s, Move.LADDER_UP, "feel good", outcome(E, "I feel good about myself"), about=o1)
    store.save(s)
    store.close()
    return store.path, len(s.outcomes)


@pytest.mark.parametrize(
    "keep",
    [
        0.5,  # cut mid-file: not valid YAML
        0.97,  # cut near the end: valid YAML but without its closing `revision`
    ],
)
def test_a_truncated_file_is_recovered_from_its_journal(
    tmp_path: Path, keep: float, capsys: pytest.CaptureFixture[str]
) -> None:
    path, outcomes = saved_session(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * keep)])
    reading = read_session(path)
    assert reading.source == "journal" and reading.revision == 2
    assert len(reading.session.outcomes) == outcomes
    # export and tree read the session the same way as --resume
    assert len(load_session(path).outcomes) == outcomes
    again, store = resume(path)
    store.close()
    assert len(again.outcomes) == outcomes
    assert main(["tree", str(path)]) == 0
    assert "I feel good about myself" in capsys.readouterr().out


def test_a_truncated_file_without_journal_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = saved_session(tmp_path)
    journal_path(path).unlink()
    lines = path.read_text(encoding="utf-8").splitlines()
    # cut inside a quoted string: a torn write
    cut = next(i for i, line in enumerate(lines) if "statement:" in line)
    path.write_text("\n".join(lines[:cut]) + '\n  statement: "I fit into\n', encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        read_session(path)
    assert caught.value.path == str(path) and caught.value.line is not None
    out = tmp_path / "tree.json"
    assert main(["export", str(path), "--format", "json", "-o", str(out)]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"{path}:{caught.value.line}: not valid YAML")
    assert not out.exists()


def test_an_empty_file_with_a_journal_is_not_an_empty_tree(tmp_path: Path) -> None:
    path, outcomes = saved_session(tmp_path)
    path.write_bytes(b"")
    out = tmp_path / "tree.json"
    assert main(["export", str(path), "--format", "json", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("I feel good about myself") >= 1
    assert len(load_session(path).outcomes) == outcomes


def test_the_newer_of_file_and_journal_wins_and_a_tie_keeps_the_file(tmp_path: Path) -> None:
    path, _ = saved_session(tmp_path)
    edited = path.read_text(encoding="utf-8").replace("I feel good about myself", "I feel well")
    path.write_text(edited, encoding="utf-8")  # a hand correction, same revision
    assert read_session(path).source == "file"
    assert any(o.outcome.statement == "I feel well" for o in load_session(path).outcomes.values())


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "p.session.yaml"
    os.mkfifo(fifo)
    code = (
        "import sys\nfrom interviewer.io.session_file import read_session\n"
        "try:\n    read_session(sys.argv[1])\nexcept Exception as e:\n    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(fifo)], capture_output=True, text=True, timeout=30
    )
    assert "not a regular file" in done.stdout


def test_a_broken_record_is_refused_with_the_line_it_starts_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = saved_session(tmp_path)
    journal_path(path).unlink()
    lines = path.read_text(encoding="utf-8").splitlines()
    # the second outcome now names a turn that does not exist (valid YAML, wrong content)
    at = [i for i, line in enumerate(lines) if line.startswith("- id: o")][1]
    turn = next(i for i in range(at, len(lines)) if lines[i].strip().startswith("turn:"))
    lines[turn] = "  turn: t99"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["interview", "--resume", str(path)]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == f"{path}:{at + 1}: outcome 'o2' refers to unknown turn 't99'"
