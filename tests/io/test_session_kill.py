"""kill -9 at 20 random points of an interview (answers, codings, corrections, ratings): every
change reported as saved is there after the resume, and the dead writer's lock is taken over."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interviewer.core.errors import SessionFileError
from interviewer.io.session_file import load_session, read_session
from interviewer.io.session_store import resume

WRITER = """
import sys
from pathlib import Path
from datetime import datetime
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.io.banks import find_bank
from interviewer.io.session_store import SessionStore
from interviewer.tui.controller import InterviewController, session_for

bank = find_bank("lose-weight")
store = SessionStore.create(Path(sys.argv[1]), "p1", datetime.now())
print("file", store.path, flush=True)
controller = InterviewController(bank, session_for("lose weight", "p1", bank), store)
controller.on_saved = lambda revision: print("saved", revision, flush=True)
for i in range(10_000):
    text = f"answer number {i} about my jeans"
    turn = controller.submit(text)
    outcome = Outcome(OutcomeKind.FUNCTIONAL, Polarity.WANT, f"I fit into jeans {i}", text, (0, 6))
    [coded] = controller.coded(turn.id, [outcome])
    controller.cycle_kind(coded.id)
    controller.rate(coded.id, 1 + i % 5, 5 - i % 5)
"""


@pytest.mark.slow
def test_twenty_kills_lose_nothing_that_was_reported_saved(tmp_path: Path) -> None:
    chance = random.Random(14)
    for attempt in range(20):
        folder = tmp_path / f"run{attempt}"
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None and writer.stderr is not None
        first = writer.stdout.readline().split(maxsplit=1)
        if not first:  # the writer ended before it began: say why
            writer.wait(10)
            pytest.fail(f"writer exited {writer.returncode}: {writer.stderr.read()[-2000:]}")
        assert first[0] == "file", first
        path = Path(first[1].strip())
        time.sleep(chance.uniform(0.0, 0.8))
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        # a line the kill cut short ("sav", "saved 1" of "saved 12") was not reported whole
        reported = [
            int(line.split()[1])
            for line in writer.stdout
            if line.startswith("saved ") and line.endswith("\n")
        ]
        writer.stdout.close()
        writer.stderr.close()
        last = max(reported, default=0)
        if last == 0:
            # killed before the first save was reported: nothing to lose; a file without a
            # session is refused in one line, never read as an empty interview
            try:
                read_session(path)
            except SessionFileError as refused:
                assert "holds no session" in str(refused)
            continue
        reading = read_session(path)
        assert reading.revision >= last, (attempt, reading.revision, last)
        session, store = resume(path)  # the dead writer's lock is taken over
        store.close()
        assert session == load_session(path) == reading.session  # one reading for every command
        answers = list(session.participant_turns())
        # every rating of a finished round is there, with the values it was given
        for index, turn in enumerate(answers):
            [coded] = session.outcomes_of(turn.id) or [None]
            if coded is not None and coded.id in session.ratings:
                assert session.ratings[coded.id].importance == 1 + index % 5
