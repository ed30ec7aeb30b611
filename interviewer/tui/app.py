"""The interview app and its factory, shared by the CLI and the tests."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Header, Static

from interviewer.core.bank import QuestionBank
from interviewer.core.ladder import decide, next_probe
from interviewer.core.session import Job, Session


class InterviewApp(App[None]):
    """The interviewer's copilot. Until the live interview screen lands (issue #6) it shows the
    session's setup and the opening probe the laddering engine picked from the bank."""

    TITLE = "interviewer"
    CSS = """
    #probe { padding: 1 2; border: round $accent; }
    #pending { padding: 1 2; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", tooltip="Leave the interview"),
    ]

    def __init__(self, bank: QuestionBank, session: Session, out_dir: Path) -> None:
        super().__init__()
        self.bank = bank
        self.session = session
        self.out_dir = out_dir

    def compose(self) -> ComposeResult:
        opening = next_probe(self.bank, decide(self.session), self.session)
        yield Header()
        with Vertical():
            yield Static(
                f"Job: {self.session.job.statement}    Participant: "
                f"{self.session.participant or '—'}    Bank: {self.bank.title}",
                id="setup",
            )
            yield Static(f"Ask: {opening}", id="probe")
            yield Static(
                "The live interview screen (answers, coding, outcome tree) lands with issue #6.",
                id="pending",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.session.job.statement


def make_app(bank: QuestionBank, job: str, participant: str, out_dir: Path) -> InterviewApp:
    """Build the app exactly as the CLI runs it."""
    session = Session(Job(job), participant=participant, bank=bank.id)
    return InterviewApp(bank, session, out_dir)
