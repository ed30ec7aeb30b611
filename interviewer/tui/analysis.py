"""Outcome analysis off the UI thread: the model loads in the background, Textual thread
workers code the answers."""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable

from textual.widget import Widget
from textual.worker import Worker

from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.outcome import Outcome
from interviewer.tui.messages import AnswerCoded, ModelReady

AnalyzerFactory = Callable[[], OutcomeAnalyzer]

GROUP = "outcome-analysis"


class OutcomeAnalysis:
    """Loads the analyzer once, then codes submitted answers in order, in workers of ``screen``.

    The first worker waits for the model; answers submitted meanwhile wait with it and are coded
    as soon as it is ready. One worker at a time codes whatever waits and ends when nothing does,
    so awaiting the app's workers (``app.workers.wait_for_complete()``) awaits the model and every
    answer submitted so far. Results come back to ``screen`` as :class:`ModelReady` and
    :class:`AnswerCoded` messages, so the UI never blocks on a parse.

    The model loads in a daemon thread, not a worker: the interpreter joins worker threads at
    exit, and a quit must not wait for a model to finish loading.
    """

    def __init__(self, factory: AnalyzerFactory, screen: Widget) -> None:
        self._factory = factory
        self._screen = screen
        self._waiting: deque[tuple[str, str]] = deque()
        self._lock = threading.Lock()  # guards _waiting, _coding and _closed across threads
        self._coding = False  # a worker is running and will see whatever is appended
        self._closed = False  # stopped, or the model could not load: nothing more is coded
        self._analyzer: OutcomeAnalyzer | None = None
        self._load_error: str | None = None
        self._loaded = threading.Event()  # the load is over (or the analysis stopped)
        self.worker: Worker[None] | None = None
        self._started = asyncio.Event()

    def start(self) -> None:
        """Load the analyzer; :class:`ModelReady` tells the screen how it went."""
        threading.Thread(target=self._load, name="outcome-analyzer-load", daemon=True).start()
        with self._lock:
            self._coding = True
        self._run_worker(self._code_when_loaded)
        self._started.set()

    def submit(self, turn_id: str, text: str) -> None:
        """Code the answer ``turn_id`` after every answer submitted before it."""
        with self._lock:
            if self._closed:
                return
            self._waiting.append((turn_id, text))
            if self._coding:
                return
            self._coding = True
        self._run_worker(self._code_waiting)

    async def settled(self) -> None:
        """Once started: until the analyzer has loaded (or failed to) and every answer submitted
        so far is coded (its :class:`AnswerCoded` posted to the screen)."""
        await self._started.wait()
        if self.worker is not None:
            await self.worker.wait()

    def stop(self) -> None:
        """Code nothing more (a worker that is parsing ends after its answer)."""
        with self._lock:
            self._closed = True
            self._waiting.clear()
        self._loaded.set()  # a worker waiting for the model ends now

    def _run_worker(self, work: Callable[[], None]) -> None:
        self.worker = self._screen.run_worker(
            work, name="outcome analysis", group=GROUP, thread=True
        )

    def _load(self) -> None:
        """In the daemon thread: the analyzer, or the first line of why it cannot load."""
        try:
            self._analyzer = self._factory()
        except Exception as exc:  # reported in the UI; the interview goes on uncoded
            self._load_error = _first_line(exc)
        self._loaded.set()

    def _code_when_loaded(self) -> None:
        """In the first worker: wait for the model, tell the screen, code what waits."""
        self._loaded.wait()
        if self._analyzer is None:
            with self._lock:
                self._closed = True
                self._waiting.clear()
                self._coding = False
            if self._load_error is not None:
                self._screen.post_message(ModelReady(error=self._load_error))
            return
        self._screen.post_message(ModelReady())
        self._code_waiting()

    def _code_waiting(self) -> None:
        """In a worker thread: code what waits, in order, until nothing does."""
        analyzer = self._analyzer
        while analyzer is not None and (answer := self._next()) is not None:
            turn_id, text = answer
            self._screen.post_message(AnswerCoded(turn_id, _outcomes(analyzer, text)))

    def _next(self) -> tuple[str, str] | None:
        """The next waiting answer, or ``None`` (and this worker's end) when none waits."""
        with self._lock:
            if self._waiting and not self._closed:
                return self._waiting.popleft()
            self._coding = False
            return None


def _first_line(error: Exception) -> str:
    line = next(iter(str(error).splitlines()), "")
    return line[:200] or "the analyzer could not be loaded"


def _outcomes(analyzer: OutcomeAnalyzer, text: str) -> list[Outcome]:
    try:
        return analyzer.analyze(text)
    except Exception:  # one unparseable answer must not end the interview
        return []
