"""Outcome analysis off the UI thread: the model loads and answers are coded in one worker."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from textual.message_pump import MessagePump

from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.tui.messages import AnswerCoded, ModelReady

AnalyzerFactory = Callable[[], OutcomeAnalyzer]


class AnalysisWorker:
    """Loads the analyzer once, then codes queued answers in order.

    Answers submitted while the model is still loading wait in the queue and are coded as soon as
    it is ready; results come back to ``target`` as :class:`AnswerCoded` messages, so the UI never
    blocks on a parse.
    """

    def __init__(self, factory: AnalyzerFactory, target: MessagePump) -> None:
        self._factory = factory
        self._target = target
        self._queue: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="outcome-analysis", daemon=True)
        self.ready = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def submit(self, turn_id: str, text: str) -> None:
        self._queue.put((turn_id, text))

    def stop(self) -> None:
        self._queue.put(None)

    def _run(self) -> None:
        try:
            analyzer = self._factory()
        except Exception as exc:  # reported in the UI; the interview goes on uncoded
            self._target.post_message(ModelReady(error=str(exc).splitlines()[0][:200]))
            return
        self.ready.set()
        self._target.post_message(ModelReady())
        while True:
            item = self._queue.get()
            if item is None:
                return
            turn_id, text = item
            try:
                outcomes = analyzer.analyze(text)
            except Exception:  # one unparseable answer must not end the interview
                outcomes = []
            self._target.post_message(AnswerCoded(turn_id, outcomes))
