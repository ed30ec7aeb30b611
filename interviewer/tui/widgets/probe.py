"""The suggested next question, its move and why the engine chose it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from interviewer.core.ladder import Decision


class ProbePanel(Static):
    """Shows the probe to ask; its border title names the move."""

    def show(self, probe: str, decision: Decision, alternatives: int) -> None:
        self.border_title = f"Ask · {decision.move.label}"
        self.border_subtitle = f"ctrl+n: {alternatives - 1} more wordings · ctrl+o: change move"
        text = Text(probe, style="bold")
        if decision.reason:
            text.append(f"\n{decision.reason}", style="dim italic")
        self.update(text)
