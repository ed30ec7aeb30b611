"""The suggested next question, its move and why the engine chose it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from interviewer.core.ladder import Decision


class ProbePanel(Static):
    """Shows the probe to ask; its border title names the move."""

    def show(self, probe: str, decision: Decision, wordings_left: int) -> None:
        """``wordings_left``: how many other wordings ctrl+n shows before it starts over."""
        move = decision.move.label
        if decision.circumstance is not None:
            move += f" · {decision.circumstance.value}"
        self.border_title = f"Ask · {move}"
        self.border_subtitle = f"ctrl+n: {wordings_left} more wordings · ctrl+o: change move"
        text = Text(probe, style="bold")
        if decision.reason:
            text.append(f"\n{decision.reason}", style="dim italic")
        self.update(text)
