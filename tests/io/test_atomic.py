"""Atomic writes: the old file or the new one, never a torn one, a leftover or a private file."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interviewer.io.atomic import atomic_text, sweep_temporaries, write_atomic


def test_streamed_text_replaces_the_file_only_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "p1.coded.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with atomic_text(target) as handle:
        handle.write("new\r\nline\n")
        assert target.read_text(encoding="utf-8") == "old\n"  # nothing visible yet
    assert target.read_bytes() == b"new\r\nline\n"  # no newline translation
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p1.coded.jsonl"]


def test_a_failed_block_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "summary.json"
    target.write_text("{}", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text(target) as handle:
        handle.write('{"half": ')
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.json"]


def test_streamed_files_are_not_made_private(tmp_path: Path) -> None:
    target = tmp_path / "new.csv"
    with atomic_text(target, encoding="utf-8-sig") as handle:
        handle.write("a,b\n")
    assert target.stat().st_mode & 0o044  # readable by group/others as the umask allows
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    target.chmod(0o600)
    write_atomic(target, "x")
    assert target.stat().st_mode & 0o777 == 0o600  # an existing file keeps its mode


def _leftover(folder: Path, name: str, age: float = 3600) -> Path:
    path = folder / name
    path.write_text("half a rec", encoding="utf-8")
    old = time.time() - age
    os.utime(path, (old, old))
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_sweep_removes_only_our_leftovers_of_dead_writers_older_than_the_run(
    tmp_path: Path,
) -> None:
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        swept = [
            _leftover(tmp_path, ".p1.coded.jsonl.k3v_9q2a.tmp"),  # as written before pids
            _leftover(tmp_path, f".summary.json.{_dead_pid()}-ab12cd34.tmp"),
        ]
        kept = [
            _leftover(tmp_path, f".p2.coded.jsonl.{live.pid}-ab12cd34.tmp"),  # a second run
            _leftover(tmp_path, ".p3.coded.jsonl.zz99yy88.tmp", age=-60),  # newer than the run
            _leftover(tmp_path, "notes.tmp"),  # not ours
            _leftover(tmp_path, ".p4.coded.jsonl.short.tmp"),
            _leftover(tmp_path, "p5.coded.jsonl"),
        ]
        removed = sweep_temporaries(tmp_path, started=time.time())
    finally:
        live.kill()
        live.wait()
    assert sorted(removed) == sorted(swept)
    assert sorted(p for p in tmp_path.iterdir()) == sorted(kept)


def test_temporaries_carry_the_writers_pid_so_a_sweep_can_spare_a_live_run(
    tmp_path: Path,
) -> None:
    target = tmp_path / "p1.coded.jsonl"
    with atomic_text(target) as handle:
        (temporary,) = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert temporary.name.startswith(f".p1.coded.jsonl.{os.getpid()}-")
        assert sweep_temporaries(tmp_path, started=time.time() + 60) == []  # our own run
        handle.write("{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"
