"""The interview's state machine behind the screen: session, laddering decisions, saving.

Free of Textual, so the flow of a whole interview is tested without a terminal. The screen
renders what this holds and calls these methods on key presses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from interviewer.core.bank import QuestionBank
from interviewer.core.ladder import Decision, LadderConfig, decide, place_answer, probe_alternatives
from interviewer.core.move import Circumstance, Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, CodedOutcome, Rating, Session, Turn
from interviewer.graph.findings import Finding, validate
from interviewer.graph.tree import outcome_tree
from interviewer.io.session_store import SessionStore

# The moves the interviewer can switch to by key, in this order; framing once per circumstance.
SWITCHABLE: tuple[tuple[Move, Circumstance | None], ...] = (
    (Move.LADDER_UP, None),
    (Move.LADDER_DOWN, None),
    (Move.CLARIFY, None),
    (Move.NEW_LADDER, None),
    *((Move.FRAMING, circumstance) for circumstance in Circumstance),
    (Move.WRAP_UP, None),
)
FOCUSED_MOVES = (Move.LADDER_UP, Move.LADDER_DOWN, Move.CLARIFY)
KIND_CYCLE = (OutcomeKind.FUNCTIONAL, OutcomeKind.EMOTIONAL, OutcomeKind.SOCIAL)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The outcomes and ratings before a correction, for ctrl+z."""

    what: str
    outcomes: dict[str, CodedOutcome]
    ratings: dict[str, Rating]


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
    chosen: bool = field(init=False, default=False)  # the move was chosen by the interviewer
    undo_stack: list[Snapshot] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.config = self.config.with_bank(self.bank)
        self.decision = decide(self.session, self.config)

    # -- the next question ----------------------------------------------------------------
    @property
    def probe(self) -> str:
        alternatives = probe_alternatives(self.bank, self.decision, self.session)
        return alternatives[self.variant % len(alternatives)]

    @property
    def wordings(self) -> int:
        return len(probe_alternatives(self.bank, self.decision, self.session))

    @property
    def wordings_left(self) -> int:
        """How many other wordings ctrl+n still shows before it comes back to the first."""
        return self.wordings - 1 - self.variant % self.wordings

    def next_alternative(self) -> str:
        self.variant += 1
        return self.probe

    def switch_move(self) -> Decision:
        """Cycle the move: ladder up/down, clarify, new ladder, framing (×4), wrap up."""
        current = (self.decision.move, self.decision.circumstance)
        index = SWITCHABLE.index(current) + 1 if current in SWITCHABLE else 0
        focus = self.decision.focus or self._last_outcome()
        move, circumstance = SWITCHABLE[index % len(SWITCHABLE)]
        if move in FOCUSED_MOVES and focus is None:
            move, circumstance = Move.NEW_LADDER, None  # nothing to ladder from yet
        if move not in FOCUSED_MOVES:
            focus = None
        kind = self.session.outcome(focus).outcome.kind if focus else None
        label = f"{move.label} · {circumstance.value}" if circumstance else move.label
        self._choose(
            Decision(move, focus, kind, circumstance=circumstance, reason=f"{label} (your choice)")
        )
        return self.decision

    def ladder_from(self, outcome_id: str) -> Decision:
        """Ask why the outcome ``outcome_id`` matters ("why is … important to you?")."""
        kind = self.session.outcome(outcome_id).outcome.kind
        reason = "ladder up from the selected outcome"
        self._choose(Decision(Move.LADDER_UP, outcome_id, kind, reason=reason))
        return self.decision

    def ladder_down_from(self, outcome_id: str) -> Decision:
        """Ask what would have to happen for ``outcome_id`` (its functional basis)."""
        kind = self.session.outcome(outcome_id).outcome.kind
        reason = "ladder down from the selected outcome"
        self._choose(Decision(Move.LADDER_DOWN, outcome_id, kind, reason=reason))
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
        self.undo_stack.clear()  # an undo must never take back a newer answer's outcomes
        placed = place_answer(self.session, self.session.turn(turn_id), list(outcomes))
        self.save()
        if not self.pending:
            self.chosen = False
            self._set(decide(self.session, self.config))
        return placed

    # -- corrections (each marks the outcome as corrected by a human; ctrl+z undoes) ----------
    def cycle_kind(self, outcome_id: str) -> CodedOutcome:
        kind = self.session.outcome(outcome_id).outcome.kind
        following = KIND_CYCLE[(KIND_CYCLE.index(kind) + 1) % len(KIND_CYCLE)]
        self._remember(f"kind of {outcome_id}")
        return self._corrected(self.session.correct(outcome_id, kind=following))

    def toggle_polarity(self, outcome_id: str) -> CodedOutcome:
        polarity = self.session.outcome(outcome_id).outcome.polarity
        self._remember(f"polarity of {outcome_id}")
        return self._corrected(self.session.correct(outcome_id, polarity=polarity.toggled()))

    def edit_statement(self, outcome_id: str, statement: str) -> CodedOutcome:
        self._remember(f"statement of {outcome_id}")
        return self._corrected(self.session.correct(outcome_id, statement=statement.strip()))

    def delete(self, outcome_id: str) -> CodedOutcome:
        self._remember(f"deletion of {outcome_id}")
        return self._corrected(self.session.delete(outcome_id))

    def reparent(self, outcome_id: str, new_parent: str) -> CodedOutcome:
        snapshot = self._snapshot(f"move of {outcome_id}")
        moved = self.session.reparent(outcome_id, new_parent)  # may refuse: nothing to undo
        self.undo_stack.append(snapshot)
        return self._corrected(moved)

    def add_outcome(
        self, statement: str, kind: OutcomeKind, polarity: Polarity, parent: str = ROOT
    ) -> CodedOutcome:
        """A missed outcome, added by hand while the latest answer was on screen.

        It is ``added_by_human`` and quotes nothing: no answer said it in these words.
        """
        answers = list(self.session.participant_turns())
        if not answers:
            raise ValueError("there is no answer yet to add an outcome to")
        turn = answers[-1]
        outcome = Outcome(
            kind,
            polarity,
            statement.strip(),
            evidence=("added by the interviewer",),
            corrected_by_human=True,
            added_by_human=True,
        )
        self._remember("added outcome")
        return self._corrected(self.session.add_outcome(turn.id, outcome, parent))

    def undo(self) -> str | None:
        """Undo the last correction since the last coded answer or rating (saved as a new
        revision); what was undone, if anything."""
        if not self.undo_stack:
            return None
        snapshot = self.undo_stack.pop()
        self.session.outcomes = dict(snapshot.outcomes)
        self.session.ratings = dict(snapshot.ratings)
        self._changed()
        return snapshot.what

    def rate(self, outcome_id: str, importance: int, satisfaction: int) -> None:
        self.undo_stack.clear()  # nor a rating given since
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

    def _snapshot(self, what: str) -> Snapshot:
        return Snapshot(what, dict(self.session.outcomes), dict(self.session.ratings))

    def _remember(self, what: str) -> None:
        self.undo_stack.append(self._snapshot(what))

    def _corrected(self, coded: CodedOutcome) -> CodedOutcome:
        self._changed()
        return coded

    def _changed(self) -> None:
        """Save a correction, then bring the next question up to date with it."""
        self.save()
        self._redecide()

    def _redecide(self) -> None:
        if self.pending:
            return  # the next decision waits for the answers being coded
        focus = self.decision.focus
        if self.chosen and (focus is None or focus in self.session.outcomes):
            # The interviewer's own move stands; only the kind of its outcome may have changed.
            kind = self.session.outcome(focus).outcome.kind if focus else None
            if kind is not self.decision.kind:
                self.decision = replace(self.decision, kind=kind)
            return
        self.chosen = False
        decision = decide(self.session, self.config)
        if decision != self.decision:
            self._set(decision)

    def _choose(self, decision: Decision) -> None:
        self.chosen = True
        self._set(decision)

    def _set(self, decision: Decision) -> None:
        self.decision = decision
        self.variant = 0

    def _last_outcome(self) -> str | None:
        usable = [oid for oid, c in self.session.outcomes.items() if not c.outcome.review]
        return usable[-1] if usable else None


def session_for(job: str, participant: str, bank: QuestionBank) -> Session:
    from interviewer.core.session import Job

    started = now()
    return Session(
        Job(job), participant=participant, bank=bank.id, started=started, updated=started
    )


__all__ = ["InterviewController", "session_for"]
