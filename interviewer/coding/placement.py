"""Where an answer's outcomes go in a transcript's ladders, sentence ties included (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from interviewer.coding.intent import tie_words
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome
from interviewer.core.session import ROOT, CodedOutcome, Session, Turn

_SENTENCE_END = re.compile(r"[.!?;\n]+")


def place_outcomes(session: Session, turn: Turn, outcomes: Sequence[Outcome]) -> list[CodedOutcome]:
    """Place the outcomes of the answer ``turn`` where its question points.

    Functional outcomes: an answer to "what would have to happen?" (or to a "why" that asks for a
    feeling's cause) about X goes between X and X's parent; to "why?" about X, under X; anything
    else starts a ladder under the job. An emotional or social outcome hangs under the functional
    outcome of the same answer that its sentence ties it to ("I feel calm *because* the bag has
    a sleeve", "*so that*", "*which means*"), else under the outcome asked about, else under the
    answer's first functional outcome (it rests on it), else where a functional one would go.
    """
    question = session.question_before(turn.id)
    about = question.about if question and question.about in session.outcomes else None
    move = question.move if question else None
    order = sorted(range(len(outcomes)), key=lambda i: outcomes[i].span[0])
    functional = [i for i in order if outcomes[i].kind.is_functional]
    placed: dict[int, CodedOutcome] = {}
    for i in functional:
        placed[i] = _place(session, turn, outcomes[i], move, about)
    for i in order:
        if i in placed:
            continue
        tied = _tied_to(i, functional, outcomes, turn.text)
        if tied is not None:
            placed[i] = session.add_outcome(turn.id, outcomes[i], placed[tied].id)
        elif about is not None and move in (Move.LADDER_UP, Move.CLARIFY):
            placed[i] = session.add_outcome(turn.id, outcomes[i], about)
        elif functional:
            placed[i] = session.add_outcome(turn.id, outcomes[i], placed[functional[0]].id)
        else:
            placed[i] = _place(session, turn, outcomes[i], move, about)
    return [placed[i] for i in range(len(outcomes))]


def _place(
    session: Session, turn: Turn, outcome: Outcome, move: Move | None, about: str | None
) -> CodedOutcome:
    if move is Move.LADDER_DOWN and about is not None:
        return session.insert_between(turn.id, outcome, about)
    if move in (Move.LADDER_UP, Move.CLARIFY) and about is not None:
        return session.add_outcome(turn.id, outcome, about)
    return session.add_outcome(turn.id, outcome, ROOT)


def _tied_to(
    feeling: int, functional: Sequence[int], outcomes: Sequence[Outcome], text: str
) -> int | None:
    """The functional outcome that the feeling's sentence ties it to with a connective (the
    nearest one when several are), if any."""
    span = outcomes[feeling].span
    start, end = _sentence(text, span)
    best: tuple[int, int] | None = None
    for candidate in functional:
        other = outcomes[candidate].span
        if not start <= other[0] < end:
            continue
        joined = text[min(span[0], other[0]) : max(span[1], other[1])]
        if not _has_tie(joined):
            continue
        distance = abs(other[0] - span[0])
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best else None


def _has_tie(words: str) -> bool:
    spoken = " ".join(words.lower().replace("’", "'").replace(",", " ").split())
    return any(f" {tie} " in f" {spoken} " for tie in tie_words())


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the sentence holding ``span``."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= span[0]:
            start = match.end()
        elif match.start() >= span[1]:
            return start, match.start()
    return start, len(text)
