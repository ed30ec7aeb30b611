"""Coloured kind/polarity badges and outcome lines, shared by every view of outcomes."""

from __future__ import annotations

from rich.text import Text

from interviewer.core.outcome import Outcome
from interviewer.core.text import show_bidi_controls

KIND_STYLE = {"functional": "bold #4f9dde", "emotional": "bold #e0a030", "social": "bold #b07cd8"}
KIND_LETTER = {"functional": "F", "emotional": "E", "social": "S"}


def badge(outcome: Outcome) -> Text:
    """``[F+]``, ``[E−]``, ``[S+]`` in the kind's colour."""
    sign = "+" if outcome.polarity.value == "want" else "−"
    return Text(f"[{KIND_LETTER[outcome.kind.value]}{sign}]", style=KIND_STYLE[outcome.kind.value])


def outcome_line(outcome: Outcome, *, confidence: bool = True) -> Text:
    line = Text.assemble(badge(outcome), " ", show_bidi_controls(outcome.statement))
    if confidence:
        line.append(f"  {outcome.confidence:.2f}", style="dim")
    if outcome.corrected_by_human:
        line.append("  ✎", style="dim")
    return line
