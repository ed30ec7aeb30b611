"""The interview's state machine behind the screen: session, laddering decisions, saving.

Free of Textual, so the flow of a whole interview is tested without a terminal. The screen
renders what this holds and calls these methods on key presses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from interviewer.core.bank import QuestionBank
from interviewer.core.ladder import Decision, LadderConfig, decide, place_answer, probe_alternatives
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, CodedOutcome, Session, Turn
from interviewer.graph.findings import Finding, validate
from interviewer.graph.tree import outcome_tree
from interviewer.io.session_store import SessionStore

# The moves the interviewer can switch to by key, in this order.
SWITCHABLE = (Move.LADDER_UP, Move.LADDER_DOWN, Move.CLARIFY, Move.NEW_LADDER, Move.WRAP_UP)
KIND_CYCLE = (OutcomeKind.FUNCTIONAL, OutcomeKind.EMOTIONAL, OutcomeKind.SOCIAL)


def now() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


@dataclass
class InterviewController:
    """One live interview: what to ask next, what was answered, and its outcome tree."""

    bank: QuestionBank
    session: Session
    store: SessionStore | None = None
    config: LadderConfig = field(default_factory=LadderConfig)
    on_saved: Callable[[int], None] | None = None
    decision: Decision = field(init=False)
    variant: int = field(init=False, default=0)
    pending: set[str] = field(init=False, default_factory=set)  # answers still being coded

    def __post_init__(self) -> None:
        self.config = self.config.with_bank(self.bank)
        self.decision = decide(self.session, self.config)

    # -- the next question ----------------------------------------------------------------
    @property
    def probe(self) -> str:
        alternatives = probe_alternatives(self.bank, self.decision, self.session)
        return alternatives[self.variant % len(alternatives)]

    def next_alternative(self) -> str:
        self.variant += 1
        return self.probe

    def switch_move(self) -> Decision:
        """Cycle the move (ladder up, ladder down, clarify, new ladder, wrap up)."""
        current = self.decision.move
        index = SWITCHABLE.index(current) + 1 if current in SWITCHABLE else 0
        move = SWITCHABLE[index % len(SWITCHABLE)]
        focus = self.decision.focus or self._last_outcome()
        if move in (Move.NEW_LADDER, Move.WRAP_UP) or focus is None:
            focus = None
            if move in (Move.LADDER_UP, Move.LADDER_DOWN, Move.CLARIFY):
                move = Move.NEW_LADDER
        kind = self.session.outcome(focus).outcome.kind if focus else None
        self._set(Decision(move, focus, kind, reason=f"{move.label} (chosen by the interviewer)"))
        return self.decision

    def ladder_from(self, outcome_id: str) -> Decision:
        """Ask why the outcome ``outcome_id`` matters ("why is … important to you?")."""
        kind = self.session.outcome(outcome_id).outcome.kind
        self._set(
            Decision(Move.LADDER_UP, outcome_id, kind, reason="ladder up from the selected outcome")
        )
        return self.decision

    # -- answers ----------------------------------------------------------------------------
    def submit(self, answer: str) -> Turn:
        """Record the probe as asked and the participant's answer; both are saved at once."""
        at = now()
        self.session.ask(self.probe, self.decision.move, self.decision.focus, at=at)
        turn = self.session.answer(answer, at=at)
        self.pending.add(turn.id)
        self.save()
        return turn

    def coded(self, turn_id: str, outcomes: Sequence[Outcome]) -> list[CodedOutcome]:
        """Place an answer's outcomes in the tree and decide the next move."""
        self.pending.discard(turn_id)
        placed = place_answer(self.session, self.session.turn(turn_id), list(outcomes))
        self.save()
        if not self.pending:
            self._set(decide(self.session, self.config))
        return placed

    # -- corrections (each marks the outcome as corrected by a human) -------------------------
    def cycle_kind(self, outcome_id: str) -> CodedOutcome:
        kind = self.session.outcome(outcome_id).outcome.kind
        following = KIND_CYCLE[(KIND_CYCLE.index(kind) + 1) % len(KIND_CYCLE)]
        return self._corrected(self.session.correct(outcome_id, kind=following))

    def toggle_polarity(self, outcome_id: str) -> CodedOutcome:
        polarity = self.session.outcome(outcome_id).outcome.polarity
        return self._corrected(self.session.correct(outcome_id, polarity=polarity.toggled()))

    def edit_statement(self, outcome_id: str, statement: str) -> CodedOutcome:
        return self._corrected(self.session.correct(outcome_id, statement=statement.strip()))

    def delete(self, outcome_id: str) -> CodedOutcome:
        removed = self.session.delete(outcome_id)
        if self.decision.focus == outcome_id:
            self._set(decide(self.session, self.config))
        self.save()
        return removed

    def reparent(self, outcome_id: str, new_parent: str) -> CodedOutcome:
        return self._corrected(self.session.reparent(outcome_id, new_parent))

    def add_outcome(
        self, statement: str, kind: OutcomeKind, polarity: Polarity, parent: str = ROOT
    ) -> CodedOutcome:
        """A missed outcome, added by hand to the latest answer."""
        answers = list(self.session.participant_turns())
        if not answers:
            raise ValueError("there is no answer yet to add an outcome to")
        turn = answers[-1]
        outcome = Outcome(
            kind,
            polarity,
            statement.strip(),
            text=turn.text,
            span=(0, len(turn.text)),
            evidence=("added by the interviewer",),
            corrected_by_human=True,
        )
        coded = self.session.add_outcome(turn.id, outcome, parent)
        self.save()
        return coded

    def rate(self, outcome_id: str, importance: int, satisfaction: int) -> None:
        self.session.rate(outcome_id, importance, satisfaction)
        self.save()

    # -- reading ---------------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        return validate(outcome_tree(self.session))

    def chains(self) -> list[list[CodedOutcome]]:
        """Every ladder from the job to a leaf, for the wrap-up read-back."""
        chains: list[list[CodedOutcome]] = []

        def walk(node: str, path: list[CodedOutcome]) -> None:
            children = self.session.children(node)
            if not children and path:
                chains.append(path)
            for child in children:
                walk(child.id, [*path, child])

        walk(ROOT, [])
        return chains

    def save(self) -> None:
        if self.store is not None:
            self.session.updated = now()
            revision = self.store.save(self.session)
            if self.on_saved is not None:
                self.on_saved(revision)

    def _corrected(self, coded: CodedOutcome) -> CodedOutcome:
        self.save()
        return coded

    def _set(self, decision: Decision) -> None:
        self.decision = decision
        self.variant = 0

    def _last_outcome(self) -> str | None:
        return next(reversed(self.session.outcomes), None) if self.session.outcomes else None


def session_for(job: str, participant: str, bank: QuestionBank) -> Session:
    from interviewer.core.session import Job

    started = now()
    return Session(
        Job(job), participant=participant, bank=bank.id, started=started, updated=started
    )


__all__ = ["InterviewController", "session_for"]
