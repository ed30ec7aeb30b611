"""The conversation so far: each question, each answer and the outcomes coded from it."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from interviewer.core.session import CodedOutcome, Session, Turn
from interviewer.tui.widgets.badges import outcome_line


class Conversation(VerticalScroll):
    """Scrolls to the latest exchange; evidence lines are shown on demand."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.show_evidence = False

    def replay(self, session: Session, pending: set[str]) -> None:
        """Show a whole (resumed) session."""
        self.remove_children()
        for turn in session.turns:
            if turn.move is not None:
                self.add_question(turn)
            else:
                self.add_answer(turn)
                if turn.id in pending:
                    continue
                self.show_outcomes(turn.id, session.outcomes_of(turn.id))

    def add_question(self, turn: Turn) -> None:
        label = turn.move.label if turn.move else ""
        self.mount(Static(Text.assemble((f"{label}: ", "italic"), turn.text), classes="question"))

    def add_answer(self, turn: Turn) -> None:
        self.mount(Static(Text(turn.text), classes="answer"))
        self.mount(Static("coding…", classes="pending", id=f"pending-{turn.id}"))
        self.scroll_end(animate=False)

    def show_outcomes(self, turn_id: str, outcomes: list[CodedOutcome]) -> None:
        for pending in self.query(f"#pending-{turn_id}"):
            pending.remove()
        if not outcomes:
            self.mount(Static("no outcome in this answer", classes="pending"))
        for coded in outcomes:
            self.mount(Static(outcome_line(coded.outcome), classes="outcome-line"))
            evidence = Static("evidence: " + ", ".join(coded.outcome.evidence), classes="evidence")
            evidence.display = self.show_evidence
            self.mount(evidence)
        self.scroll_end(animate=False)

    def toggle_evidence(self) -> bool:
        self.show_evidence = not self.show_evidence
        for line in self.query(".evidence"):
            line.display = self.show_evidence
        return self.show_evidence
