"""A named pipe (FIFO) with no writer, given to every command that reads files: each answers
within seconds, exit 1, one line naming the pipe. Run as real processes, killed if they hang."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.export.helpers import RICH

from .conftest import leaks_internals

pytestmark = pytest.mark.slow

TIMEOUT = 30  # seconds for the whole table; each command needs about one
GOOD_CSV = b"respondent,outcome_id,importance,satisfaction\nr1,o1,4,2\n"


def commands(fifo: Path, folder: Path, out: Path) -> dict[str, list[str]]:
    coded = str(RICH / "r1.coded.jsonl")
    ratings = folder.parent / "ratings.csv"
    ratings.write_bytes(GOOD_CSV)
    pipe = str(fifo)
    return {
        "code named": ["code", pipe, "-o", str(out / "a")],
        "code folder": ["code", str(folder), "-o", str(out / "b")],
        "code --speaker-map": ["code", coded, "-o", str(out / "c"), "--speaker-map", pipe],
        "banks check": ["banks", "check", pipe],
        "tree": ["tree", pipe],
        "tree --mapping": ["tree", coded, coded, "--merge", "--mapping", pipe],
        "export": ["export", pipe, "--format", "html", "-o", str(out / "x.html")],
        "agree": ["agree", pipe, coded],
        "survey": ["survey", pipe, "-o", str(out / "s.csv")],
        "score": ["score", pipe.replace(".txt", ".csv")],
        "score --survey": ["score", str(ratings), "--survey", pipe.replace(".txt", ".csv")],
        "classify -f": ["classify", "-f", pipe],
        "evaluate": ["evaluate", pipe.replace(".txt", ".csv")],
    }


def test_no_command_waits_on_a_named_pipe(tmp_path: Path) -> None:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Interviewer: Why?\nParticipant: I want my bills paid on time.\n", encoding="utf-8"
    )
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    os.mkfifo(folder / "pipe.csv")
    out = tmp_path / "out"
    out.mkdir()
    table = commands(fifo, folder, out)
    started = {
        name: subprocess.Popen(
            [sys.executable, "-m", "interviewer", *argv],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, argv in table.items()
    }
    deadline = time.monotonic() + TIMEOUT
    hung: list[str] = []
    for name, process in started.items():
        try:
            stdout, stderr = process.communicate(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            hung.append(name)
            continue
        lines = stderr.splitlines()
        assert process.returncode == 1, (name, stderr)
        assert len(lines) == 1, (name, stderr)
        assert "pipe." in lines[0] and "named pipe (FIFO)" in lines[0], (name, lines)
        assert not leaks_internals(stdout + stderr), (name, stderr)
    assert not hung, f"waited on the pipe: {hung}"
