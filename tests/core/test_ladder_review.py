"""Outcomes flagged for review never drive a probe; a feeling is no functional basis."""

from __future__ import annotations

from dataclasses import replace

from interviewer.core.ladder import decide
from interviewer.core.move import Move

from ..conftest import E, F, S, exchange, outcome, session


def test_a_review_outcome_never_becomes_the_focus_of_the_next_probe() -> None:
    s = session()
    unsure = replace(outcome(S, "My friends see me as fit"), review=True)
    [sure, flagged] = exchange(s, Move.OPENING, "jeans, and friends", outcome(F, "I fit into my jeans"), unsure)
    decision = decide(s)
    assert decision.focus == sure and decision.move is Move.LADDER_UP
    assert s.outcome(flagged).outcome.review


def test_an_answer_with_only_review_outcomes_asks_for_more() -> None:
    s = session()
    exchange(s, Move.OPENING, "it would be nice I guess", replace(outcome(E, "I feel nice"), review=True))
    assert decide(s).move is Move.FRAMING  # as if no outcome had been found


def test_an_emotional_answer_to_a_ladder_down_probe_is_not_the_functional_basis() -> None:
    s = session()
    [proud] = exchange(s, Move.OPENING, "feel proud", outcome(E, "I feel proud of myself"))
    assert decide(s).move is Move.LADDER_DOWN
    [calm] = exchange(s, Move.LADDER_DOWN, "I'd feel calm", outcome(E, "I feel calm"), about=proud)
    assert s.outcome(proud).parent == "job"  # still without a basis
    assert s.outcome(calm).parent == "job"
    again = decide(s)
    assert again.move is Move.LADDER_DOWN and again.focus == proud
    [stairs] = exchange(
        s, Move.LADDER_DOWN, "climb the stairs", outcome(F, "I climb the stairs"), about=proud
    )
    assert s.outcome(proud).parent == stairs
