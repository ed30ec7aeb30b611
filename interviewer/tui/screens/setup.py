"""Setup: question bank, job, participant, output folder and the consent reminder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select

from interviewer.core.bank import QuestionBank


@dataclass(frozen=True)
class SetupChoice:
    bank: QuestionBank
    job: str
    participant: str
    out_dir: Path


CONSENT = (
    "Before you start: has the participant agreed to this interview being recorded as notes "
    "on this machine, and do they know they can stop at any time?"
)


# The bank whose job is a placeholder for any job, not a job of its own.
GENERIC_BANK = "generic"


class SetupScreen(Screen[SetupChoice]):
    """Asked for what the command line did not say."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start", id="setup.start", tooltip="Start the interview"),
    ]

    def __init__(
        self,
        banks: list[QuestionBank],
        bank: QuestionBank,
        job: str,
        participant: str,
        out_dir: Path,
    ) -> None:
        super().__init__()
        self.banks = {b.id: b for b in banks} or {bank.id: bank}
        self.banks.setdefault(bank.id, bank)
        self.bank = bank
        self.job = job
        self.participant = participant
        self.out_dir = out_dir

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="setup-form"):
            # First, so a small terminal shows it before anything else.
            yield Label(CONSENT, classes="consent")
            yield Label("Question bank")
            yield Select(
                [(b.title, b.id) for b in self.banks.values()],
                value=self.bank.id,
                allow_blank=False,
                id="bank",
            )
            yield Label("The job the participant is trying to get done (a verb phrase)")
            yield Input(self.job, placeholder="e.g. lose weight", id="job")
            yield Label("Participant id (pseudonymous)")
            yield Input(self.participant, placeholder="e.g. p07", id="participant")
            yield Label("Folder for the session file")
            yield Input(str(self.out_dir), id="out")
            yield Button("Start the interview", variant="primary", id="start")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#job" if not self.job else "#participant", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        bank = self.banks.get(str(event.value))
        job = self.query_one("#job", Input)
        if bank is not None and (not job.value or job.value == self.bank.job):
            job.value = "" if bank.id == GENERIC_BANK else bank.job
        if bank is not None:
            self.bank = bank

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "out":
            self.action_start()
        else:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_start()

    def action_start(self) -> None:
        job = self.query_one("#job", Input).value.strip()
        participant = self.query_one("#participant", Input).value.strip()
        out = self.query_one("#out", Input).value.strip() or "transcripts"
        generic = self.banks.get(GENERIC_BANK)
        if generic is not None and job.casefold() == generic.job.casefold():
            self.notify(
                f"“{job}” is the generic bank's placeholder: type the participant's own job",
                severity="warning",
            )
            job = ""
        if not job:
            self.notify("Type the job first", severity="warning")
            self.query_one("#job", Input).focus()
            return
        if not participant:
            self.notify("Give the participant an id", severity="warning")
            self.query_one("#participant", Input).focus()
            return
        self.dismiss(SetupChoice(self.bank, job, participant, Path(out)))
