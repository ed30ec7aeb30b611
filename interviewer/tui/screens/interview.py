"""The interview screen: the next question, the answer box, the conversation and the tree."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static, Tree

from interviewer.core.errors import InterviewerError
from interviewer.core.session import ROOT, SessionError
from interviewer.tui.analysis import AnalyzerFactory, OutcomeAnalysis
from interviewer.tui.controller import InterviewController
from interviewer.tui.messages import AnswerCoded, ModelReady
from interviewer.tui.screens.edit import AddOutcomeScreen, EditStatementScreen
from interviewer.tui.screens.help import HelpScreen
from interviewer.tui.widgets.answer_box import AnswerBox
from interviewer.tui.widgets.badges import legend
from interviewer.tui.widgets.conversation import Conversation
from interviewer.tui.widgets.findings_view import findings_text
from interviewer.tui.widgets.key_footer import KeyFooter
from interviewer.tui.widgets.outcome_tree import OutcomeTree
from interviewer.tui.widgets.probe import ProbePanel

if TYPE_CHECKING:
    from interviewer.core.outcome import OutcomeKind, Polarity

NARROW = 100  # columns below which the tree becomes a pane of its own (ctrl+t)

# The screen's clocks, swapped for fixed ones in snapshot tests.
monotonic = time.monotonic


def wall_clock() -> str:
    return time.strftime("%H:%M:%S")


class CorrectableTree(OutcomeTree):
    """The outcome tree with one key per correction of the selected outcome."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "l",
            "screen.ladder_from",
            "Ladder up",
            id="tree.ladder",
            tooltip="Ask why this outcome matters",
        ),
        Binding(
            "b",
            "screen.ladder_down_from",
            "Ladder down",
            id="tree.ladder_down",
            tooltip="Ask what would have to happen for this outcome (its functional basis)",
        ),
        Binding(
            "k",
            "screen.cycle_kind",
            "Kind",
            id="tree.kind",
            tooltip="functional → emotional → social",
        ),
        Binding(
            "p", "screen.toggle_polarity", "Polarity", id="tree.polarity", tooltip="want ↔ avoid"
        ),
        Binding("e", "screen.edit_statement", "Edit", id="tree.edit", tooltip="Edit the statement"),
        Binding(
            "d",
            "screen.delete",
            "Delete",
            id="tree.delete",
            tooltip="Delete the outcome (ctrl+z brings it back)",
        ),
        Binding("m", "screen.move", "Move", id="tree.move", tooltip="Move under another node"),
        Binding("a", "screen.add_outcome", "Add", id="tree.add", tooltip="Add a missed outcome"),
    ]


class InterviewScreen(Screen[None]):
    """Copilots one live interview."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+n",
            "next_wording",
            "Other wording",
            id="interview.next_wording",
            tooltip="Show another wording of the suggested question",
        ),
        Binding(
            "ctrl+o",
            "switch_move",
            "Change move",
            id="interview.switch_move",
            tooltip="Ladder up, ladder down, clarify, new ladder, wrap up",
        ),
        Binding(
            "ctrl+t",
            "toggle_focus",
            "Tree/answer",
            id="interview.toggle_focus",
            tooltip="Move between the answer box and the outcome tree",
        ),
        Binding(
            "f2",
            "toggle_evidence",
            "Evidence",
            id="interview.evidence",
            tooltip="Show or hide the evidence of each coded outcome",
        ),
        Binding(
            "f3",
            "wrap_up",
            "Wrap up",
            id="interview.wrap_up",
            tooltip="Read back the chains and collect ratings",
        ),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            id="interview.undo",
            tooltip="Undo the last correction of the tree",
        ),
        Binding("f1", "help", "Help", id="interview.help", tooltip="Keys and flow"),
    ]

    def __init__(self, controller: InterviewController, analyzer: AnalyzerFactory) -> None:
        super().__init__()
        self.controller = controller
        self.analysis = OutcomeAnalysis(analyzer, self)
        self.started = monotonic()
        self.model_state = "loading the model…"
        self.save_state = "not saved yet"
        self.moving: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield ProbePanel(id="probe")
                yield Conversation(id="conversation")
                yield AnswerBox(id="answer", soft_wrap=True, show_line_numbers=False)
            with Vertical(id="right"):
                yield CorrectableTree(id="outcome-tree")
                yield Static(legend(), id="legend")
                yield Static(id="findings")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(AnswerBox).border_title = "Answer · Enter submits · ctrl+j new line"
        tree = self.query_one(CorrectableTree)
        tree.border_title = "Outcome tree · ctrl+t"
        self.query_one("#findings", Static).border_title = "Findings"
        self.controller.on_saved = self._saved
        self._fit(self.app.size.width)
        session = self.controller.session
        if session.turns:
            self.query_one(Conversation).replay(session, self.controller.pending)
            self.save_state = "resumed"
        self._start_analysis()
        self.refresh_views()
        self.query_one(AnswerBox).focus()
        self.set_interval(1.0, self._update_status)
        self._after_mount()

    def _after_mount(self) -> None:
        """What a variant of this screen adds once it is mounted (Textual calls every
        ``on_mount`` of the class hierarchy, so variants hook in here instead)."""

    def _start_analysis(self) -> None:
        self.analysis.start()
        for turn in self.controller.session.participant_turns():  # saved but never coded
            if turn.id in self.controller.pending:
                self.analysis.submit(turn.id, turn.text)

    def on_unmount(self) -> None:
        self.analysis.stop()

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        """Below NARROW columns the tree is a pane of its own, shown by ctrl+t."""
        self.set_class(width < NARROW, "-narrow")
        self.query_one(KeyFooter).compact = width < NARROW

    # -- answers and coding -------------------------------------------------------------------
    @on(AnswerBox.Submitted)
    def submit_answer(self, event: AnswerBox.Submitted) -> None:
        question = len(self.controller.session.turns)
        turn = self.controller.submit(event.text)
        conversation = self.query_one(Conversation)
        conversation.add_question(self.controller.session.turns[question])
        conversation.add_answer(turn)
        self.analysis.submit(turn.id, turn.text)
        self._update_status()

    @on(AnswerCoded)
    def answer_coded(self, event: AnswerCoded) -> None:
        placed = self.controller.coded(event.turn_id, event.outcomes)
        self.refresh_views(select=placed[-1].id if placed else None)

    @on(ModelReady)
    def model_ready(self, event: ModelReady) -> None:
        self.model_state = "model ready" if event.error is None else f"no analysis: {event.error}"
        if event.error:
            self.notify(
                f"Answers are saved but not coded: {event.error}", severity="error", timeout=10
            )
        self._update_status()

    # -- the next question --------------------------------------------------------------------
    def action_next_wording(self) -> None:
        self.controller.next_alternative()
        self._show_probe()

    def action_switch_move(self) -> None:
        self.controller.switch_move()
        self._show_probe()

    def action_ladder_from(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.controller.ladder_from(selected)
            self._show_probe()
            self._focus_answer()

    def action_ladder_down_from(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.controller.ladder_down_from(selected)
            self._show_probe()
            self._focus_answer()

    def action_undo(self) -> None:
        undone = self.controller.undo()
        if undone is None:
            self.notify("Nothing to undo", severity="warning")
            return
        self.refresh_views()
        self.notify(f"Undone: {undone}")

    # -- corrections ---------------------------------------------------------------------------
    def action_cycle_kind(self) -> None:
        self._correct(self.controller.cycle_kind)

    def action_toggle_polarity(self) -> None:
        self._correct(self.controller.toggle_polarity)

    def action_delete(self) -> None:
        self._correct(self.controller.delete)

    def action_edit_statement(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        statement = self.controller.session.outcome(selected).outcome.statement

        def done(new: str | None) -> None:
            if new:
                self._correct(lambda oid: self.controller.edit_statement(oid, new), selected)

        self.app.push_screen(EditStatementScreen(statement), done)

    def action_move(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.moving = selected
            self.notify("Select the new parent and press Enter (Escape cancels)", timeout=6)

    def action_add_outcome(self) -> None:
        tree = self.query_one(CorrectableTree)
        parent = tree.selected_outcome or ROOT

        def done(result: tuple[str, OutcomeKind, Polarity] | None) -> None:
            if result is None:
                return
            try:
                added = self.controller.add_outcome(*result, parent=parent)
            except ValueError as exc:
                self.notify(str(exc), severity="warning")
                return
            self.refresh_views(select=added.id)

        self.app.push_screen(AddOutcomeScreen(), done)

    @on(Tree.NodeSelected)
    def node_selected(self, event: Tree.NodeSelected[str]) -> None:
        if self.moving is None:
            return
        target = event.node.data or ROOT
        moving, self.moving = self.moving, None
        self._correct(lambda oid: self.controller.reparent(oid, target), moving)

    def key_escape(self) -> None:
        if self.moving is not None:
            self.moving = None
            self.notify("Move cancelled")

    # -- views ----------------------------------------------------------------------------------
    def action_toggle_focus(self) -> None:
        if self.query_one(CorrectableTree).has_focus:
            self._focus_answer()
        else:
            self.add_class("-tree-open")
            self.query_one(CorrectableTree).focus()

    def _focus_answer(self) -> None:
        self.remove_class("-tree-open")
        self.query_one(AnswerBox).focus()

    def action_toggle_evidence(self) -> None:
        controller = self.controller
        self.query_one(Conversation).toggle_evidence(controller.session, controller.pending)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_wrap_up(self) -> None:
        from interviewer.tui.screens.wrapup import WrapUpScreen

        self.app.push_screen(WrapUpScreen(self.controller))

    def refresh_views(self, select: str | None = None) -> None:
        tree = self.query_one(CorrectableTree)
        tree.rebuild(self.controller.session, select or tree.selected_outcome)
        self.query_one(Conversation).sync(self.controller.session, self.controller.pending)
        self._show_probe()
        self._show_findings()
        self._update_status()

    def _show_probe(self) -> None:
        controller = self.controller
        self.query_one(ProbePanel).show(
            controller.probe, controller.decision, controller.wordings_left
        )

    def _show_findings(self) -> None:
        controller = self.controller
        text = findings_text(
            controller.session, controller.findings(), controller.decision.chain_end
        )
        self.query_one("#findings", Static).update(text)

    def _update_status(self) -> None:
        session = self.controller.session
        elapsed = int(monotonic() - self.started)
        coding = f" · coding {len(self.controller.pending)}" if self.controller.pending else ""
        clock = f"{elapsed // 60:02d}:{elapsed % 60:02d}"
        # Where typed keys go: a "d" meant for the tree must not land in the answer unnoticed.
        keys = "keys → tree" if self.query_one(CorrectableTree).has_focus else "typing → answer"
        # What matters during a call comes first, so a narrow terminal cuts only the job.
        status = (
            f"{self.save_state} · {clock} · {keys} · {self.model_state}{coding} · "
            f"{session.job.statement} · {session.participant or 'no participant id'}"
        )
        self.query_one("#status", Static).update(status)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._update_status()

    def _saved(self, revision: int) -> None:
        self.save_state = f"✓ saved {wall_clock()} (rev {revision})"

    def _selected(self) -> str | None:
        selected = self.query_one(CorrectableTree).selected_outcome
        if selected is None:
            self.notify("Select an outcome in the tree first (ctrl+t)", severity="warning")
        return selected

    def _correct(self, change: object, outcome_id: str | None = None) -> None:
        target = outcome_id or self._selected()
        if target is None:
            return
        try:
            result = change(target)  # type: ignore[operator]
        except (SessionError, InterviewerError, ValueError) as exc:
            self.notify(str(exc), severity="warning")
            return
        keep = getattr(result, "id", None)
        self.refresh_views(select=keep if keep in self.controller.session.outcomes else None)
