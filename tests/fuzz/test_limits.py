"""A 50 MB file of one line costs every reader bounded memory: refused at line 1 with one line,
peak RSS of the whole command (the spaCy model included for ``code``) under 400 MB."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

MAX_RSS_MB = 400
# Runs the command as a child and prints the child's peak RSS (KB on Linux).
MEASURE = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run([sys.executable, '-m', 'interviewer', *sys.argv[1:]],"
    " capture_output=True, text=True, timeout=60)\n"
    "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.stderr.write(done.stderr)\n"
)


@pytest.fixture(scope="module")
def one_line(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("huge")
    path = folder / "one-line.txt"
    with path.open("wb") as handle:
        handle.write(b"Participant: ")
        for _ in range(50):
            handle.write(b"I want my bills paid " * 50_000)  # 1 MB a write, 50 MB in all
    return path


@pytest.mark.parametrize(
    ("suffix", "argv"),
    [
        (".txt", ["code", "{file}", "-o", "{out}"]),
        (".coded.jsonl", ["tree", "{file}"]),
        (".coded.jsonl", ["export", "{file}", "--format", "html", "-o", "{out}/x.html"]),
        (".yaml", ["banks", "check", "{file}"]),
        (".csv", ["score", "{file}"]),
        (".csv", ["agree", "{file}", "{file}"]),
    ],
)
def test_a_50_mb_line_is_refused_in_bounded_memory(
    suffix: str, argv: list[str], one_line: Path, tmp_path: Path
) -> None:
    file = tmp_path / f"huge{suffix}"
    file.symlink_to(one_line)
    args = [a.format(file=file, out=tmp_path) for a in argv]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, timeout=90
    )
    status, peak_kb = (int(v) for v in done.stdout.split())
    assert status == 1
    assert done.stderr == f"{file}:1: line too long (over 1 MB without a line break)\n"
    assert peak_kb / 1024 < MAX_RSS_MB
