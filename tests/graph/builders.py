"""Builders for graph tests: interviews written as ladders of (kind, statement) steps."""

from __future__ import annotations

from collections.abc import Sequence

from interviewer.core.interview import Interview
from interviewer.core.move import Move
from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.core.session import Session

from ..core.helpers import exchange, outcome, session

Step = tuple[OutcomeKind, str] | tuple[OutcomeKind, str, Polarity]


def laddered(*ladders: Sequence[Step], job: str = "lose weight") -> Session:
    """A session whose ladders climb by "why?" from a first answer under the job."""
    s = session(job)
    for number, ladder in enumerate(ladders):
        about: str | None = None
        for position, step in enumerate(ladder):
            kind, statement, *rest = step
            polarity = rest[0] if rest else Polarity.WANT
            if position == 0:
                move = Move.OPENING if number == 0 else Move.NEW_LADDER
            else:
                move = Move.LADDER_UP
            [about] = exchange(s, move, statement, outcome(kind, statement, polarity), about=about)
    return s


def interview(name: str, *ladders: Sequence[Step], job: str = "lose weight") -> Interview:
    return Interview(name, laddered(*ladders, job=job), source=f"{name}.yaml")
