"""The interview app and its factory, shared by the CLI and the tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from interviewer.core.bank import QuestionBank
from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.errors import InterviewerError
from interviewer.core.session import Session
from interviewer.io.keymap import keymap_path, read_keymap
from interviewer.io.session_file import read_session
from interviewer.io.session_store import SessionStore, holds_session
from interviewer.io.session_store import resume as resume_session
from interviewer.tui.analysis import AnalyzerFactory
from interviewer.tui.controller import InterviewController, session_for
from interviewer.tui.screens.interview import CorrectableTree, InterviewScreen
from interviewer.tui.screens.setup import SetupChoice, SetupScreen

QUIT_CONFIRM_SECONDS = 10.0  # a second ctrl+q within this time quits despite unsaved typing
LOCK_WAIT = 5.0  # seconds a new page load waits for the process of the previous one to end


class InterviewApp(App[None]):
    """The interviewer's copilot: setup, live interview, wrap-up."""

    TITLE = "interviewer"
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", tooltip="Leave (everything is saved)"),
        Binding(
            "f4",
            "export",
            "Export",
            id="app.export",
            tooltip="Write the outcome tree as HTML and Markdown beside the session file",
        ),
    ]

    def __init__(
        self,
        *,
        bank: QuestionBank,
        banks: list[QuestionBank],
        job: str,
        participant: str,
        out_dir: Path,
        analyzer: AnalyzerFactory,
        resumed: tuple[Session, SessionStore] | None = None,
        pending: Iterable[str] = (),
        session_file: Path | None = None,
        read_only: Path | None = None,
        viewed: Session | None = None,
    ) -> None:
        super().__init__()
        self.read_only = read_only  # the session file viewed without writing it
        self.viewed = viewed  # its session as read when the app was made
        self.session_file = session_file  # --web: the reserved file a new interview is saved to
        self.bank = bank
        self.banks = banks
        self.job = job
        self.participant = participant
        self.out_dir = out_dir
        self.analyzer = analyzer
        self.resumed = resumed
        self.pending = set(pending)
        self.controller: InterviewController | None = None
        self._quit_warned_at = -QUIT_CONFIRM_SECONDS - 1.0

    def on_mount(self) -> None:
        self._apply_keymap()
        if self.read_only is not None:
            viewed = self.viewed or read_session(self.read_only).session
            self._start(viewed, None)
        elif self.resumed is not None:
            session, store = self.resumed
            self._start(session, store)
        elif self.job and self.participant:
            self._begin(SetupChoice(self.bank, self.job, self.participant, self.out_dir))
        else:
            screen = SetupScreen(self.banks, self.bank, self.job, self.participant, self.out_dir)
            self.push_screen(screen, self._begin)

    def _begin(self, choice: SetupChoice | None) -> None:
        if choice is None:
            return
        session = session_for(choice.job, choice.participant, choice.bank)
        try:
            if self.session_file is not None:
                store = SessionStore.claim(self.session_file, wait=LOCK_WAIT)
            else:
                store = SessionStore.create(choice.out_dir, choice.participant, datetime.now())
        except InterviewerError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            self.push_screen(
                SetupScreen(
                    self.banks, choice.bank, choice.job, choice.participant, choice.out_dir
                ),
                self._begin,
            )
            return
        self.bank = choice.bank
        self._start(session, store)

    def _start(self, session: Session, store: SessionStore | None) -> None:
        if self.read_only is not None:
            from interviewer.tui.screens.read_only import ReadOnlyInterviewScreen

            viewer = InterviewController(self.bank, session)
            self.controller = viewer
            self.sub_title = f"{session.job.statement} · read-only · {self.read_only}"
            self.push_screen(ReadOnlyInterviewScreen(viewer, self.analyzer, self.read_only))
            return
        assert store is not None
        controller = InterviewController(self.bank, session, store)
        controller.pending |= self.pending
        if not session.turns:
            controller.save()  # the file exists and is valid from the first second
        self.controller = controller
        self.sub_title = f"{session.job.statement} · {session.participant} · {store.path}"
        self.push_screen(InterviewScreen(controller, self.analyzer))

    async def action_quit(self) -> None:
        """Quit; typing that is not saved yet (a draft answer, half a rating) is said first."""
        unsaved = self._unsaved_typing()
        now = time.monotonic()
        if unsaved and now - self._quit_warned_at > QUIT_CONFIRM_SECONDS:
            self._quit_warned_at = now
            self.notify(
                f"{unsaved} is typed but not saved: finish it, or ctrl+q again to quit anyway",
                severity="warning",
                timeout=8,
            )
            return
        self.exit()

    def _unsaved_typing(self) -> str:
        from interviewer.tui.screens.wrapup import WrapUpScreen
        from interviewer.tui.widgets.answer_box import AnswerBox

        for screen in self.screen_stack:
            if isinstance(screen, WrapUpScreen) and screen.incomplete_rows():
                return "A rating"
            if isinstance(screen, InterviewScreen) and screen.query_one(AnswerBox).text.strip():
                return "An answer"
        return ""

    def action_export(self) -> None:
        if self.controller is None or self.controller.store is None:
            self.notify("Nothing to export yet", severity="warning")
            return
        self.run_worker(self._export(self.controller.store.path), thread=True, group="export")

    def _export(self, session_file: Path) -> Callable[[], None]:
        def write() -> None:
            from interviewer.export.dispatch import export_files

            stem = session_file.name.removesuffix(".session.yaml")
            written = []
            try:
                for fmt, suffix in (("html", ".html"), ("md", ".md")):
                    target = session_file.with_name(stem + suffix)
                    export_files([str(session_file)], fmt, str(target))
                    written.append(target.name)
            except InterviewerError as exc:
                self.call_from_thread(self.notify, f"Export failed: {exc}", severity="error")
                return
            self.call_from_thread(
                self.notify, f"Exported {', '.join(written)} to {session_file.parent}", timeout=10
            )

        return write

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every action of the interview screen, the tree and the app, as in the footer."""
        yield from super().get_system_commands(screen)
        if not isinstance(screen, InterviewScreen):
            return
        own = [*InterviewScreen.BINDINGS, *CorrectableTree.BINDINGS]
        for binding in own:
            assert isinstance(binding, Binding)
            action = binding.action.removeprefix("screen.")
            yield SystemCommand(
                binding.description,
                f"{binding.tooltip} ({binding.key})",
                lambda action=action: screen.run_action(action),
            )
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action != "quit":  # Textual lists Quit itself
                yield SystemCommand(
                    binding.description,
                    f"{binding.tooltip} ({binding.key})",
                    lambda action=binding.action: self.run_action(action),
                )

    def _apply_keymap(self) -> None:
        path = keymap_path()
        if not path.exists():
            return
        try:
            keymap = read_keymap(path)
        except InterviewerError as exc:
            where = exc.location or path
            self.notify(f"{where}: keymap ignored ({exc.message})", severity="warning", timeout=8)
            return
        self.set_keymap(keymap)

    def on_unmount(self) -> None:
        if self.controller is not None and self.controller.store is not None:
            self.controller.store.close()


def make_app(
    *,
    bank: QuestionBank,
    job: str = "",
    participant: str = "",
    out_dir: Path = Path("transcripts"),
    analyzer: AnalyzerFactory | None = None,
    banks: list[QuestionBank] | None = None,
    resume: Path | None = None,
    resumed: tuple[Session, SessionStore] | None = None,
    session_file: Path | None = None,
    read_only: Path | None = None,
    viewed: Session | None = None,
) -> InterviewApp:
    """Build the app exactly as the CLI runs it (tests pass a fast fake ``analyzer``).

    ``resume`` names a session to continue (it is locked here); ``resumed`` is one the caller
    has already opened and locked. ``session_file`` (``--web``) is continued when it holds a
    session, else a new interview is saved to it. ``read_only`` views a session without
    locking or writing it, following the saves of the interview that has it open; ``viewed`` is
    its session when the caller has already read it (the file is then not read again).
    """
    pending: set[str] = set()
    if read_only is not None:
        if viewed is None:  # fail here, with one line, before the screen opens
            viewed = read_session(read_only).session
        resume = None
    if resumed is None and session_file is not None and holds_session(session_file):
        resumed = resume_session(session_file, wait=LOCK_WAIT)
    if resumed is None and resume is not None:
        resumed = resume_session(resume)
    if resumed is not None:
        session = resumed[0]
        coded_turns = {c.turn for c in session.outcomes.values()}
        answers = [t.id for t in session.participant_turns()]
        # Answers after the last coded one were saved but not coded before the crash.
        last_coded = max((answers.index(t) for t in coded_turns if t in answers), default=-1)
        pending = set(answers[last_coded + 1 :])
    return InterviewApp(
        bank=bank,
        banks=banks if banks is not None else [bank],
        job=job,
        participant=participant,
        out_dir=out_dir,
        analyzer=analyzer or _spacy_analyzer,
        resumed=resumed,
        pending=pending,
        session_file=session_file if resumed is None else None,
        read_only=read_only,
        viewed=viewed,
    )


def _spacy_analyzer() -> OutcomeAnalyzer:
    from interviewer import analyzer

    return analyzer()
