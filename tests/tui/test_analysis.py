"""The analysis workers: answers are coded in order, and a model or an answer that fails never
ends the interview."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from interviewer.core.outcome import Outcome

from ..conftest import LOSE_WEIGHT, FakeAnalyzer, lose_weight_analyzer
from .conftest import all_coded, answer, lose_weight_app


async def test_answers_typed_before_the_model_is_ready_are_coded_later_in_order(
    tmp_path: Path,
) -> None:
    gate = threading.Event()

    def slow_analyzer() -> FakeAnalyzer:
        gate.wait(60)  # typing three answers on a busy machine can take seconds
        return lose_weight_analyzer()

    app = lose_weight_app(tmp_path, analyzer=slow_analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        for text in ("my old jeans", "I'd be confident", "disciplined, they'd say"):
            await pilot.press(*text, "enter")
        await pilot.pause()
        assert app.controller is not None
        assert len(app.controller.pending) == 3  # saved, waiting for the model
        assert len(list(app.controller.session.participant_turns())) == 3
        gate.set()
        await all_coded(pilot)
        session = app.controller.session
        assert not app.controller.pending
        coded = [(session.turn(o.turn).text, o.outcome.statement) for o in session.outcomes.values()]
        assert coded == [
            ("my old jeans", "I am able to fit into my old jeans"),
            ("I'd be confident", "I feel confident"),
            ("disciplined, they'd say", "Others see me as disciplined"),
        ]


async def test_a_model_that_cannot_load_is_named_and_answers_are_still_saved(
    tmp_path: Path,
) -> None:
    def missing_model() -> FakeAnalyzer:
        raise OSError("no spaCy model found: pip install en-core-web-sm\n(details)")

    app = lose_weight_app(tmp_path, analyzer=missing_model)
    async with app.run_test(size=(160, 40)) as pilot:
        await all_coded(pilot)
        status = str(app.screen.query_one("#status").render())
        assert "no analysis: no spaCy model found: pip install en-core-web-sm" in status
        assert "(details)" not in status
        await pilot.press(*"my old jeans", "enter")
        await all_coded(pilot)
        assert app.is_running and app.controller is not None
        assert [t.text for t in app.controller.session.participant_turns()] == ["my old jeans"]
        assert app.controller.pending and not app.controller.session.outcomes  # saved, uncoded


# The app quits half a second after it opens, while the model is still loading (for ever).
QUIT_WHILE_LOADING = """
import sys, threading
from pathlib import Path
from interviewer.io.banks import find_bank
from interviewer.tui.app import make_app

app = make_app(
    bank=find_bank("lose-weight"), job="lose weight", participant="p1",
    out_dir=Path(sys.argv[1]), analyzer=threading.Event().wait,
)
app.call_later(lambda: app.set_timer(0.5, app.exit))
app.run(headless=True)
print("quit", flush=True)
"""


@pytest.mark.slow
def test_a_quit_never_waits_for_the_model_to_load(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", QUIT_WHILE_LOADING, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,  # the process outlives the app only if it waits for the load: for ever
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("quit")
    assert list(tmp_path.glob("p1-*.session.yaml"))  # the interview had opened


class ChokingAnalyzer(FakeAnalyzer):
    """Fails on any answer that mentions choking, as a parser can fail on one odd answer."""

    def __init__(self) -> None:
        super().__init__(phrases=LOSE_WEIGHT)

    def analyze(self, text: str) -> list[Outcome]:
        if "choke" in text:
            raise ValueError("the parser choked")
        return super().analyze(text)


async def test_an_answer_the_analyzer_fails_on_has_no_outcome_and_the_next_is_coded(
    tmp_path: Path,
) -> None:
    app = lose_weight_app(tmp_path, analyzer=ChokingAnalyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        await answer(pilot, app, "this will choke the parser")
        await answer(pilot, app, "my old jeans")
        assert app.controller is not None
        statements = [o.outcome.statement for o in app.controller.session.outcomes.values()]
        assert statements == ["I am able to fit into my old jeans"]
