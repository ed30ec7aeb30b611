"""Wrap-up: read each chain back to the participant, then collect importance and satisfaction."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.validation import Integer
from textual.widgets import Footer, Input, Label, Static

from interviewer.tui.controller import InterviewController
from interviewer.tui.widgets.badges import badge, outcome_line


class WrapUpScreen(Screen[None]):
    """The end of the interview: chains read back, each outcome rated 1–5 twice."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+s",
            "save_ratings",
            "Save ratings",
            id="wrapup.save",
            tooltip="Save every complete rating",
        ),
        Binding(
            "escape",
            "back",
            "Back to interview",
            id="wrapup.back",
            tooltip="Correct a chain on the interview screen",
        ),
    ]

    def __init__(self, controller: InterviewController) -> None:
        super().__init__()
        self.controller = controller

    def compose(self) -> ComposeResult:
        session = self.controller.session
        with VerticalScroll(id="wrapup-body"):
            yield Label(
                Text("Read back each chain and ask: did I get this right?", style="bold"),
                classes="heading",
            )
            for chain in self.controller.chains():
                line = Text(session.job.statement, style="bold")
                for coded in chain:
                    line.append("  →  ")
                    line.append_text(badge(coded.outcome))
                    line.append(f" {coded.outcome.statement}")
                yield Static(line, classes="chain")
            yield Label(
                Text(
                    "How important is each outcome, and how satisfied are you today? (1–5)"
                    " — each row is saved as soon as both are typed",
                    style="bold",
                ),
                classes="heading",
            )
            for oid, coded in session.outcomes.items():
                rating = session.ratings.get(oid)
                with Horizontal(classes="rating-row"):
                    yield Label(outcome_line(coded.outcome, confidence=False))
                    yield Input(
                        str(rating.importance) if rating else "",
                        placeholder="imp.",
                        id=f"importance-{oid}",
                        validators=[Integer(1, 5)],
                        max_length=1,
                    )
                    yield Input(
                        str(rating.satisfaction) if rating else "",
                        placeholder="sat.",
                        id=f"satisfaction-{oid}",
                        validators=[Integer(1, 5)],
                        max_length=1,
                    )
                    yield Static(
                        "✓ saved" if rating else "", id=f"state-{oid}", classes="row-state"
                    )
        yield Footer()

    def on_mount(self) -> None:
        first = self.query(Input).first() if self.query(Input) else None
        if first is not None:
            first.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.focus_next()

    def on_input_changed(self, event: Input.Changed) -> None:
        """A row is saved (journaled and fsynced) the moment both of its ratings are valid."""
        field_id = event.input.id or ""
        oid = field_id.partition("-")[2]
        if oid not in self.controller.session.outcomes:
            return
        importance, satisfaction = self._row(oid)
        if not (_is_rating(importance) and _is_rating(satisfaction)):
            return
        rating = (int(importance), int(satisfaction))
        current = self.controller.session.ratings.get(oid)
        if current is None or (current.importance, current.satisfaction) != rating:
            self.controller.rate(oid, *rating)
            self.query_one(f"#state-{oid}", Static).update("✓ saved")

    def incomplete_rows(self) -> list[str]:
        """Outcomes with one rating typed and the other missing or outside 1–5 (not saved)."""
        rows = []
        for oid in self.controller.session.outcomes:
            values = self._row(oid)
            if any(values) and not all(_is_rating(value) for value in values):
                rows.append(oid)
        return rows

    def _row(self, oid: str) -> tuple[str, str]:
        importance = self.query_one(f"#importance-{oid}", Input).value.strip()
        satisfaction = self.query_one(f"#satisfaction-{oid}", Input).value.strip()
        return importance, satisfaction

    def action_save_ratings(self) -> None:
        saved = incomplete = 0
        for oid in list(self.controller.session.outcomes):
            importance, satisfaction = self._row(oid)
            if not importance and not satisfaction:
                continue
            if not (_is_rating(importance) and _is_rating(satisfaction)):
                incomplete += 1
                continue
            self.controller.rate(oid, int(importance), int(satisfaction))
            saved += 1
        message = f"{saved} ratings saved"
        if incomplete:
            message += f"; {incomplete} incomplete or outside 1–5"
        self.notify(message, severity="warning" if incomplete else "information")

    def action_back(self) -> None:
        self.app.pop_screen()


def _is_rating(value: str) -> bool:
    return value.isdigit() and 1 <= int(value) <= 5
