"""Coloured kind/polarity badges and outcome lines, shared by every view of outcomes.

The badge is core's (``[F+]``, as in the exports and ``interviewer tree``), drawn in its kind's
colour. The TUI's kind colours are defined once, as the ``$functional``, ``$emotional`` and
``$social`` variables at the top of ``app.tcss``: the exports' hues on a dark background.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from rich.text import Text

from interviewer.core.outcome import LEGEND, Outcome, OutcomeKind
from interviewer.core.outcome import badge as outcome_badge
from interviewer.core.text import show_bidi_controls
from interviewer.export.style import REVIEW_MARK

ADDED_MARK = "✚ added"
_VARIABLE = re.compile(r"^\$(?P<name>[\w-]+):\s*(?P<value>[^;]+);", re.MULTILINE)


@cache
def kind_colours() -> dict[OutcomeKind, str]:
    """Each kind's colour, as the stylesheet ``app.tcss`` defines it."""
    sheet = resources.files("interviewer.tui").joinpath("app.tcss").read_text("utf-8")
    variables = {match["name"]: match["value"].strip() for match in _VARIABLE.finditer(sheet)}
    return {kind: variables[kind.value] for kind in OutcomeKind}


def kind_style(kind: OutcomeKind) -> str:
    """The Rich style of a kind's badge: bold, in the kind's colour."""
    return f"bold {kind_colours()[kind]}"


def badge(outcome: Outcome) -> Text:
    """``[F+]``, ``[E-]``, ``[S+]`` in the kind's colour."""
    return Text(outcome_badge(outcome.kind, outcome.polarity), style=kind_style(outcome.kind))


def legend() -> Text:
    """What the badges mean, each kind's letter in its colour: one line for the tree's border."""
    text = Text(LEGEND)
    for kind in OutcomeKind:
        start = LEGEND.index(f"{kind.letter} {kind.value}")
        text.stylize(kind_style(kind), start, start + 1)
    return text


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
