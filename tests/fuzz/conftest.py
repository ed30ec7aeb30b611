"""Running a command on hostile input in-process, bounded in time, with what a person sees."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from interviewer.cli import main

SECONDS_PER_CASE = 30
# What must never reach a person: a traceback, an exception's class or repr, a Python message.
INTERNALS = re.compile(
    r"Traceback|\b[A-Z][A-Za-z]*(?:Error|Exception)\b|<class |object at 0x|"
    r"codec can't|not subscriptable|unhashable|NoneType|has no attribute"
)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")


def leaks_internals(text: str) -> re.Match[str] | None:
    """Where ``text`` shows Python's internals, leaving aside what it quotes of the user's own
    input (a message saying "got 'AError'" quotes the file, it does not name an exception)."""
    return INTERNALS.search(_QUOTED.sub("''", text))


class CaseTooSlowError(Exception):
    """A case ran past its time limit: a hang or unbounded work."""


@dataclass(frozen=True)
class Run:
    status: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise CaseTooSlowError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(argv: list[str], seconds: float = SECONDS_PER_CASE) -> Run:
    """``interviewer ARGV`` in this process, with stdout and stderr as a terminal would take
    them (UTF-8; stderr escapes what it cannot encode, as Python's does)."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", newline="")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), time_limit(seconds):
        status = main(argv)
    return Run(status, _text(out), _text(err))


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every regular file under ``folder`` (the sources that must not change)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def assert_well_behaved(run: Run, *files: Path, max_lines: int = 1) -> None:
    """Exit 0, 1 or 2; no traceback nor Python internals; each error line names a file given;
    at most ``max_lines`` stderr lines per file."""
    assert run.status in (0, 1, 2), run
    shown = run.out + run.err
    assert not leaks_internals(shown), leaks_internals(shown)
    assert len(run.err_lines) <= max_lines * max(len(files), 1), run.err
    if run.status:
        assert run.err_lines, "a failure says why"
        names = tuple(str(file) for file in files)
        for line in run.err_lines:
            assert line.startswith((*names, "interviewer", "… and ")), line
