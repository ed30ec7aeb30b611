"""Builders for sessions in engine tests: ladders written as compact scripts."""

from __future__ import annotations

from dataclasses import replace

from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import Job, Session

F, E, S = OutcomeKind.FUNCTIONAL, OutcomeKind.EMOTIONAL, OutcomeKind.SOCIAL


def outcome(kind: OutcomeKind, statement: str, polarity: Polarity = Polarity.WANT) -> Outcome:
    return Outcome(kind, polarity, statement, text=statement, span=(0, len(statement)))


def session(job: str = "lose weight") -> Session:
    return Session(Job(job), participant="p1", bank="lose-weight")


def exchange(
    s: Session, move: Move, answer: str, *outcomes: Outcome, about: str | None = None
) -> list[str]:
    """Ask a probe of ``move`` about ``about``, record ``answer`` and place its outcomes."""
    from interviewer.core.ladder import place_answer

    s.ask(f"{move.value} probe {len(s.turns)}", move, about)
    turn = s.answer(answer)
    # An outcome's text is the answer it was read from.
    read = [replace(o, text=answer, span=(0, len(answer))) for o in outcomes]
    return [coded.id for coded in place_answer(s, turn, read)]
