"""An interview session: the job, every question and answer, and the outcomes placed in ladders."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from interviewer.core.indexed import OutcomeTable, TurnLog
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind

SESSION_FORMAT = "interviewer-session/1"
ROOT = "job"  # the id under which every ladder hangs


class Role(StrEnum):
    INTERVIEWER = "interviewer"
    PARTICIPANT = "participant"
    OTHER = "other"  # a narrator, a second host, an interpreter: kept in the record, never coded


@dataclass(frozen=True, slots=True)
class Job:
    """What the customer is trying to get done, as a verb phrase ("lose weight")."""

    statement: str

    def __post_init__(self) -> None:
        if not self.statement.strip():
            raise ValueError("the job statement is empty")


@dataclass(frozen=True, slots=True)
class Turn:
    """One utterance: an interviewer's probe (with its move) or a participant's answer."""

    id: str
    role: Role
    text: str
    speaker: str = ""
    at: str = ""  # ISO-8601 timestamp, when known
    move: Move | None = None  # interviewer turns: the move the probe made
    about: str | None = None  # interviewer turns: the outcome id the probe asked about


@dataclass(frozen=True, slots=True)
class CodedOutcome:
    """An outcome read from a turn and placed in a ladder under ``parent`` (``ROOT`` = the job)."""

    id: str
    turn: str
    parent: str
    outcome: Outcome
    code: str = ""  # a content code a coded file states (``kind/polarity/concept``), if any


@dataclass(frozen=True, slots=True)
class Rating:
    """Importance and satisfaction, each 1–5, given at wrap-up."""

    importance: int
    satisfaction: int

    def __post_init__(self) -> None:
        for name, value in (("importance", self.importance), ("satisfaction", self.satisfaction)):
            if not 1 <= value <= 5:
                raise ValueError(f"{name} must be 1..5, got {value}")


class SessionError(ValueError):
    """An operation on a session that would break its ladders (unknown id, cycle)."""


@dataclass
class Session:
    """A live or archived interview of one participant about one job."""

    job: Job
    participant: str = ""
    bank: str = ""
    started: str = ""
    updated: str = ""
    turns: list[Turn] = field(default_factory=TurnLog)
    outcomes: dict[str, CodedOutcome] = field(default_factory=OutcomeTable)
    ratings: dict[str, Rating] = field(default_factory=dict)

    def __setattr__(self, name: str, value: Any) -> None:
        # Indexed containers keep every lookup below O(1), so coding stays linear in turns.
        if name == "turns" and not isinstance(value, TurnLog):
            value = TurnLog(value)
        elif name == "outcomes" and not isinstance(value, OutcomeTable):
            value = OutcomeTable(value)
        object.__setattr__(self, name, value)

    # -- building ---------------------------------------------------------------------------
    def next_turn_id(self) -> str:
        return f"t{len(self.turns) + 1}"

    def next_outcome_id(self) -> str:
        return f"o{self._table.highest_number() + 1}"

    def ask(self, text: str, move: Move, about: str | None = None, *, at: str = "") -> Turn:
        """Record an interviewer's probe."""
        turn = Turn(self.next_turn_id(), Role.INTERVIEWER, text, "interviewer", at, move, about)
        self.turns.append(turn)
        return turn

    def answer(self, text: str, *, speaker: str = "", at: str = "") -> Turn:
        """Record a participant's answer (its outcomes are placed with :meth:`place`)."""
        turn = Turn(self.next_turn_id(), Role.PARTICIPANT, text, speaker or self.participant, at)
        self.turns.append(turn)
        return turn

    def add_outcome(self, turn_id: str, outcome: Outcome, parent: str = ROOT) -> CodedOutcome:
        """Place ``outcome`` (read from turn ``turn_id``) under ``parent``."""
        self.turn(turn_id)
        self._require_node(parent)
        coded = CodedOutcome(self.next_outcome_id(), turn_id, parent, outcome)
        self.outcomes[coded.id] = coded
        return coded

    def insert_between(self, turn_id: str, outcome: Outcome, child: str) -> CodedOutcome:
        """Place ``outcome`` between ``child`` and its parent (laddering down)."""
        below = self.outcome(child)
        coded = self.add_outcome(turn_id, outcome, below.parent)
        self.outcomes[child] = replace(below, parent=coded.id)
        return coded

    # -- corrections --------------------------------------------------------------------------
    def correct(self, outcome_id: str, **changes: Any) -> CodedOutcome:
        """Apply a human correction (kind, polarity, statement, …) to an outcome."""
        coded = self.outcome(outcome_id)
        updated = replace(coded, outcome=coded.outcome.corrected(**changes))
        self.outcomes[outcome_id] = updated
        return updated

    def reparent(self, outcome_id: str, new_parent: str) -> CodedOutcome:
        """Move an outcome (with its subtree) under ``new_parent``; refuses to create a cycle."""
        coded = self.outcome(outcome_id)
        self._require_node(new_parent)
        if new_parent == outcome_id or new_parent in self.descendants(outcome_id):
            raise SessionError(f"moving {outcome_id} under {new_parent} would create a cycle")
        moved = replace(coded, parent=new_parent, outcome=coded.outcome.corrected())
        self.outcomes[outcome_id] = moved
        return moved

    def delete(self, outcome_id: str) -> CodedOutcome:
        """Remove an outcome; its children move up to its parent, so no ladder is cut."""
        coded = self.outcome(outcome_id)
        for child in self.children(outcome_id):
            self.outcomes[child.id] = replace(child, parent=coded.parent)
        self.ratings.pop(outcome_id, None)
        return self.outcomes.pop(outcome_id)

    def rate(self, outcome_id: str, importance: int, satisfaction: int) -> None:
        self.outcome(outcome_id)
        self.ratings[outcome_id] = Rating(importance, satisfaction)

    # -- reading ------------------------------------------------------------------------------
    def turn(self, turn_id: str) -> Turn:
        position = self._log.position(turn_id)
        if position is None:
            raise SessionError(f"no turn {turn_id!r}")
        return self.turns[position]

    def outcome(self, outcome_id: str) -> CodedOutcome:
        try:
            return self.outcomes[outcome_id]
        except KeyError:
            raise SessionError(f"no outcome {outcome_id!r}") from None

    def outcomes_of(self, turn_id: str) -> list[CodedOutcome]:
        return self._table.of_turn(turn_id)

    def children(self, node: str) -> list[CodedOutcome]:
        return self._table.children(node)

    def descendants(self, node: str) -> set[str]:
        found: set[str] = set()
        frontier = [node]
        while frontier:
            for child in self.children(frontier.pop()):
                if child.id not in found:
                    found.add(child.id)
                    frontier.append(child.id)
        return found

    def ancestors(self, outcome_id: str) -> list[CodedOutcome]:
        """The outcomes above ``outcome_id``, nearest first, up to (not including) the job."""
        chain: list[CodedOutcome] = []
        seen = {outcome_id}
        parent = self.outcome(outcome_id).parent
        while parent != ROOT:
            if parent in seen:
                raise SessionError(f"outcome ladder has a cycle at {parent}")
            seen.add(parent)
            coded = self.outcome(parent)
            chain.append(coded)
            parent = coded.parent
        return chain

    def depth(self, outcome_id: str) -> int:
        """1 for an outcome directly under the job, 2 for its child, and so on."""
        return len(self.ancestors(outcome_id)) + 1

    def ladder_root(self, outcome_id: str) -> str:
        """The id of the outcome at the bottom of the ladder ``outcome_id`` belongs to."""
        chain = self.ancestors(outcome_id)
        return chain[-1].id if chain else outcome_id

    def has_functional_basis(self, outcome_id: str) -> bool:
        """Whether an emotional/social outcome rests on a functional outcome below it."""
        return any(
            coded.outcome.kind is OutcomeKind.FUNCTIONAL for coded in self.ancestors(outcome_id)
        )

    def ladders(self) -> list[str]:
        """Ids of the outcomes directly under the job, one per ladder."""
        return [coded.id for coded in self.children(ROOT)]

    def participant_turns(self) -> Iterator[Turn]:
        return (turn for turn in self.turns if turn.role is Role.PARTICIPANT)

    def question_before(self, turn_id: str) -> Turn | None:
        """The interviewer's probe that the turn ``turn_id`` answered, if any."""
        position = self._log.position(turn_id)
        if position is None:
            raise SessionError(f"no turn {turn_id!r}")
        return self._log.question_before(position)

    def probes(self) -> Iterable[Turn]:
        return (turn for turn in self.turns if turn.role is Role.INTERVIEWER)

    @property
    def _log(self) -> TurnLog:
        assert isinstance(self.turns, TurnLog)  # __setattr__ wraps every list
        return self.turns

    @property
    def _table(self) -> OutcomeTable:
        assert isinstance(self.outcomes, OutcomeTable)
        return self.outcomes

    def _require_node(self, node: str) -> None:
        if node != ROOT and node not in self.outcomes:
            raise SessionError(f"no outcome {node!r}")
