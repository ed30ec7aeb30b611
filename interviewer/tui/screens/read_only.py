"""A read-only view of an interview that is open elsewhere, following its saves."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.errors import InterviewerError
from interviewer.core.ladder import decide
from interviewer.io.session_file import read_session
from interviewer.tui.analysis import AnalyzerFactory
from interviewer.tui.controller import InterviewController
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.widgets.answer_box import AnswerBox
from interviewer.tui.widgets.conversation import Conversation

# Actions that would change the session: hidden from the footer and refused.
CHANGES = frozenset(
    {
        "cycle_kind",
        "toggle_polarity",
        "edit_statement",
        "delete",
        "move",
        "add_outcome",
        "undo",
        "wrap_up",
    }
)


class ReadOnlyInterviewScreen(InterviewScreen):
    """The interview screen without a writer: it reads the session file as it is saved."""

    def __init__(self, controller: InterviewController, analyzer: AnalyzerFactory, path: Path):
        super().__init__(controller, analyzer)
        self.path = path
        self.revision = -1

    def _after_mount(self) -> None:
        answer = self.query_one(AnswerBox)
        answer.disabled = True
        answer.border_title = "Read-only view · the interview is open elsewhere"
        self.save_state = "read-only"
        self._update_status()
        self.set_interval(1.0, self.follow)

    def _start_analysis(self) -> None:
        """Nothing is coded here: the writer codes and saves."""
        self.model_state = "following the saved session"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action not in CHANGES

    def follow(self) -> None:
        """Show the newest saved revision, if the writer saved one."""
        try:
            reading = read_session(self.path)
        except InterviewerError:
            return  # being rewritten this instant: the next tick reads it
        if reading.revision == self.revision:
            return
        self.revision = reading.revision
        controller = self.controller
        controller.session = reading.session
        controller.pending.clear()
        controller.decision = decide(controller.session, controller.config)
        self.query_one(Conversation).replay(controller.session, set())
        self.refresh_views()
