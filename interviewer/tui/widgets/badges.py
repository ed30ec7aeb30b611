"""Coloured kind/polarity badges and outcome lines, shared by every view of outcomes.

The colours are the page's (``interviewer.export.style``), so a kind looks the same in the
terminal and in the exported HTML.
"""

from __future__ import annotations

from rich.text import Text

from interviewer.core.outcome import Outcome
from interviewer.core.text import show_bidi_controls
from interviewer.export.style import KIND_COLOURS, REVIEW_MARK

KIND_STYLE = {kind: f"bold {colour}" for kind, colour in KIND_COLOURS.items()}
KIND_LETTER = {"functional": "F", "emotional": "E", "social": "S"}
ADDED_MARK = "✚ added"


def badge(outcome: Outcome) -> Text:
    """``[F+]``, ``[E−]``, ``[S+]`` in the kind's colour."""
    sign = "+" if outcome.polarity.value == "want" else "−"
    return Text(f"[{KIND_LETTER[outcome.kind.value]}{sign}]", style=KIND_STYLE[outcome.kind.value])


def legend() -> Text:
    """What the badges mean, in their colours: one line for the tree's border."""
    return Text.assemble(
        ("F", KIND_STYLE["functional"]),
        " functional ",
        ("E", KIND_STYLE["emotional"]),
        " emotional ",
        ("S", KIND_STYLE["social"]),
        " social · + want · − avoid",
    )


def outcome_line(outcome: Outcome, *, confidence: bool = True) -> Text:
    line = Text.assemble(badge(outcome), " ", show_bidi_controls(outcome.statement))
    if outcome.review:
        line.append(f"  {REVIEW_MARK}", style="bold reverse")
    if confidence:
        line.append(f"  {outcome.confidence:.2f}", style="dim")
    if outcome.added_by_human:
        line.append(f"  {ADDED_MARK}", style="dim")
    elif outcome.corrected_by_human:
        line.append("  ✎", style="dim")
    return line
