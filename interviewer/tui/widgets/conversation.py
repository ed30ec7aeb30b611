"""The conversation so far: each question, each answer and the outcomes coded from it."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from interviewer.core.session import Session, Turn
from interviewer.tui.widgets.badges import outcome_line


class Conversation(VerticalScroll):
    """Questions and answers as asked; each answer's outcomes are re-rendered from the session.

    The outcomes under an answer are one block (``#outcomes-<turn>``), redrawn by :meth:`sync`
    after every change, so corrections, deletions and additions show at once.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.show_evidence = False
        self._shown: list[str] = []  # answer turn ids, in order
        self._turns = 0  # how many of the session's turns are shown

    def replay(self, session: Session, pending: set[str]) -> None:
        """Show the turns of ``session`` not shown yet (a resumed or followed session)."""
        for turn in session.turns[self._turns :]:
            if turn.move is not None:
                self.add_question(turn)
            else:
                self.add_answer(turn)
        self.sync(session, pending)

    def add_question(self, turn: Turn) -> None:
        label = turn.move.label if turn.move else ""
        self._turns += 1
        self.mount(Static(Text.assemble((f"{label}: ", "italic"), turn.text), classes="question"))

    def add_answer(self, turn: Turn) -> None:
        self._turns += 1
        self.mount(Static(Text(turn.text), classes="answer"))
        self.mount(Static("coding…", classes="outcomes pending", id=f"outcomes-{turn.id}"))
        self._shown.append(turn.id)
        self.scroll_end(animate=False)

    def sync(self, session: Session, pending: set[str]) -> None:
        """Redraw every answer's outcomes from ``session``; keep the view at the latest answer."""
        at_end = self.is_vertical_scroll_end or self.max_scroll_y == 0
        for turn_id in self._shown:
            block = self.query_one(f"#outcomes-{turn_id}", Static)
            coding = turn_id in pending
            block.set_class(coding, "pending")
            block.update(self._outcomes_text(session, turn_id, coding))
        if at_end:
            self.call_after_refresh(self.scroll_end, animate=False)

    def _outcomes_text(self, session: Session, turn_id: str, coding: bool) -> Text:
        if coding:
            return Text("coding…")
        coded = session.outcomes_of(turn_id)
        if not coded:
            return Text("no outcome in this answer", style="dim italic")
        text = Text()
        for index, item in enumerate(coded):
            if index:
                text.append("\n")
            text.append_text(outcome_line(item.outcome))
            if self.show_evidence:
                text.append("\n    evidence: " + ", ".join(item.outcome.evidence), style="dim")
        return text

    def toggle_evidence(self, session: Session, pending: set[str]) -> bool:
        self.show_evidence = not self.show_evidence
        self.sync(session, pending)
        return self.show_evidence
