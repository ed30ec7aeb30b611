"""Small modal dialogs: edit a statement, add a missed outcome."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from interviewer.core.outcome import OutcomeKind, Polarity


class EditStatementScreen(ModalScreen[str | None]):
    """Edit an outcome's stative statement; Enter saves, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="edit.cancel", tooltip="Keep the statement"),
    ]

    def __init__(self, statement: str) -> None:
        super().__init__()
        self.statement = statement

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-body"):
            yield Label("Edit the outcome statement (Enter saves, Escape cancels)")
            yield Input(self.statement, id="statement")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class AddOutcomeScreen(ModalScreen[tuple[str, OutcomeKind, Polarity] | None]):
    """Add an outcome the analysis missed, under the selected node."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="add.cancel", tooltip="Add nothing"),
        Binding("ctrl+s", "add", "Add", id="add.add", tooltip="Add the outcome (also Enter)"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-body"):
            yield Label("Add a missed outcome: statement, kind, polarity (Enter adds)")
            yield Input(
                placeholder="e.g. I am able to walk up the stairs without pain", id="statement"
            )
            yield Select(
                [(k.value, k) for k in OutcomeKind],
                value=OutcomeKind.FUNCTIONAL,
                allow_blank=False,
                id="kind",
            )
            yield Select(
                [(p.value, p) for p in Polarity],
                value=Polarity.WANT,
                allow_blank=False,
                id="polarity",
            )

    def on_mount(self) -> None:
        self.query_one("#statement", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_add()

    def action_add(self) -> None:
        statement = self.query_one("#statement", Input).value.strip()
        if not statement:
            self.query_one("#statement", Input).focus()
            return
        kind = self.query_one("#kind", Select).value
        polarity = self.query_one("#polarity", Select).value
        assert isinstance(kind, OutcomeKind) and isinstance(polarity, Polarity)
        self.dismiss((statement, kind, polarity))

    def action_cancel(self) -> None:
        self.dismiss(None)
