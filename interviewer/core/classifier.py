"""The analyzer protocol: how the rest of the program asks for an answer's outcomes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from interviewer.core.outcome import Outcome


@runtime_checkable
class OutcomeAnalyzer(Protocol):
    """Finds the success outcomes in a participant's answer.

    The spaCy pipeline implements it; TUI and CLI tests use a fast fake. Outcomes come back
    highest confidence first; an answer without outcomes gives an empty list.
    """

    @property
    def version(self) -> str:
        """Identifies model and rules, so cached codings can be invalidated when it changes."""
        ...

    def analyze(self, text: str) -> list[Outcome]:
        """The outcomes in one answer."""
        ...

    def analyze_many(self, texts: Iterable[str]) -> Iterator[list[Outcome]]:
        """The outcomes of many answers, in input order, streaming."""
        ...
