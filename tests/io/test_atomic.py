"""Atomic writes: the old file or the new one, never a torn one, a leftover or a private file."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.io.atomic import atomic_text, write_atomic


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
