"""Messages the analysis worker and the widgets send to the interview screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from interviewer.core.outcome import Outcome


@dataclass
class ModelReady(Message):
    """The outcome analyzer has loaded (``error`` says why it could not)."""

    error: str | None = None


@dataclass
class AnswerCoded(Message):
    """The outcomes of the participant turn ``turn_id``."""

    turn_id: str
    outcomes: list[Outcome]
