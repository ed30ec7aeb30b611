"""The laddering engine's decisions, as tables of small scripted sessions."""

from __future__ import annotations

import pytest

from interviewer.core.ladder import LadderConfig, decide, is_nothing_more
from interviewer.core.move import ChainEnd, Circumstance, Move
from interviewer.core.session import ROOT

from ..conftest import E, F, S, exchange, outcome, session


def test_an_empty_session_opens_the_interview() -> None:
    decision = decide(session())
    assert decision.move is Move.OPENING
    assert decision.focus is None


def test_a_functional_outcome_is_laddered_up() -> None:
    s = session()
    [o1] = exchange(
        s,
        Move.OPENING,
        "I want to fit into my old jeans",
        outcome(F, "I am able to fit into my old jeans"),
    )
    decision = decide(s)
    assert (decision.move, decision.focus, decision.kind) == (Move.LADDER_UP, o1, F)
    assert decision.chain_end is None


def test_an_emotional_outcome_without_functional_basis_is_laddered_down() -> None:
    s = session()
    [o1] = exchange(
        s, Move.OPENING, "I just want to feel confident", outcome(E, "I feel confident")
    )
    decision = decide(s)
    assert (decision.move, decision.focus) == (Move.LADDER_DOWN, o1)
    assert "no functional basis" in decision.reason


def test_a_social_outcome_above_a_functional_one_keeps_laddering_up() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "lose ten pounds", outcome(F, "I have lost 10 pounds"))
    [o2] = exchange(
        s,
        Move.LADDER_UP,
        "people at work notice",
        outcome(S, "My colleagues see me as fit"),
        about=o1,
    )
    assert s.outcome(o2).parent == o1
    decision = decide(s)
    assert (decision.move, decision.focus, decision.kind) == (Move.LADDER_UP, o2, S)


def test_after_laddering_down_the_engine_climbs_on_from_the_feeling() -> None:
    s = session()
    [feeling] = exchange(
        s, Move.OPENING, "I want to feel good in summer", outcome(E, "I feel good in my body")
    )
    [basis] = exchange(
        s,
        Move.LADDER_DOWN,
        "I'd fit into my swimsuit",
        outcome(F, "I am able to fit into my swimsuit"),
        about=feeling,
    )
    # The new functional outcome is inserted between the job and the feeling.
    assert s.outcome(basis).parent == ROOT
    assert s.outcome(feeling).parent == basis
    decision = decide(s)
    assert (decision.move, decision.focus) == (Move.LADDER_UP, feeling)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # "I don't know" ends the chain, even with fillers around it
        (["um, I don't know really"], ChainEnd.NOTHING_MORE),
        # "that's just it" ends it too
        (["That's just it."], ChainEnd.NOTHING_MORE),
        # an empty answer ends it
        ([""], ChainEnd.NOTHING_MORE),
        # a very short answer with no outcome ends it
        (["yeah, sure"], ChainEnd.NOTHING_MORE),
    ],
)
def test_answers_that_end_a_chain(answers: list[str], expected: ChainEnd) -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "lose ten pounds", outcome(F, "I have lost 10 pounds"))
    for answer in answers:
        exchange(s, Move.LADDER_UP, answer, about=o1)
    decision = decide(s)
    assert decision.chain_end is expected
    assert decision.move is Move.NEW_LADDER


def test_a_repeated_outcome_ends_the_chain() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    [o2] = exchange(s, Move.LADDER_UP, "x", outcome(E, "I feel confident at the beach"), about=o1)
    exchange(s, Move.LADDER_UP, "x", outcome(E, "I feel really confident at the beach"), about=o2)
    assert decide(s).chain_end is ChainEnd.REPEATED


def test_an_end_state_ends_the_chain() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    exchange(s, Move.LADDER_UP, "x", outcome(E, "I have peace of mind about my health"), about=o1)
    assert decide(s).chain_end is ChainEnd.END_STATE


def test_a_bank_end_state_ends_the_chain_only_when_configured() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    exchange(s, Move.LADDER_UP, "x", outcome(E, "I feel like a new person"), about=o1)
    assert decide(s).move is Move.LADDER_UP
    config = LadderConfig(end_states=("like a new person",))
    assert decide(s, config).chain_end is ChainEnd.END_STATE


@pytest.mark.parametrize(
    ("guard", "ladder_length", "ended"),
    [
        # the default guard of 5 lets a chain of 4 go on
        (5, 4, False),
        # ... and stops it at 5
        (5, 5, True),
        # a guard of 2 stops after the second outcome
        (2, 2, True),
        # a guard of 3 does not stop a chain of 2
        (3, 2, False),
    ],
)
def test_the_depth_guard(guard: int, ladder_length: int, ended: bool) -> None:
    s = session()
    [previous] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    kinds = [F, E, S, E, S, E]
    for step in range(1, ladder_length):
        statement = f"distinct outcome number {step} about topic{step}"
        [previous] = exchange(
            s, Move.LADDER_UP, "x", outcome(kinds[step], statement), about=previous
        )
    decision = decide(s, LadderConfig(depth_guard=guard))
    assert (decision.chain_end is ChainEnd.DEPTH_GUARD) is ended


def test_no_outcome_after_a_ladder_probe_asks_to_clarify_then_ends() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    exchange(s, Move.LADDER_UP, "well it is something I think about a lot", about=o1)
    first = decide(s)
    assert (first.move, first.focus) == (Move.CLARIFY, o1)
    exchange(s, Move.CLARIFY, "hmm, I mean it matters to me in some way", about=o1)
    assert decide(s).chain_end is ChainEnd.NO_OUTCOME


def test_no_outcome_after_the_opening_frames_the_circumstances_in_turn() -> None:
    s = session()
    seen = []
    move = Move.OPENING
    for _ in range(5):
        exchange(s, move, "we usually shop on Saturdays at the market")
        decision = decide(s)
        assert decision.move is Move.FRAMING
        seen.append(decision.circumstance)
        move = Move.FRAMING
    assert seen == [
        Circumstance.PROBLEM,
        Circumstance.GOAL,
        Circumstance.TRANSFORMATION,
        Circumstance.THREAT,
        Circumstance.PROBLEM,
    ]


def test_max_ladders_turns_a_chain_end_into_wrap_up() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    exchange(s, Move.LADDER_UP, "I don't know", about=o1)
    assert decide(s, LadderConfig(max_ladders=1)).move is Move.WRAP_UP
    assert decide(s, LadderConfig(max_ladders=2)).move is Move.NEW_LADDER


def test_an_answer_to_a_wrap_up_probe_stays_in_wrap_up() -> None:
    s = session()
    exchange(s, Move.WRAP_UP, "Thanks, that was everything")
    assert decide(s).move is Move.WRAP_UP


@pytest.mark.parametrize(
    ("answer", "nothing_more"),
    [
        ("I don't know", True),  # the classic
        ("I dont know.", True),  # typed without apostrophe
        ("Um... that's it, I guess", True),  # fillers and a hedge
        ("It just is.", True),
        ("no", True),
        ("   ", True),  # blank
        ("I don't know how I managed before the app", False),  # a long answer that merely starts so
        ("Not having to count calories every day", False),  # "not" is no "not really"
        ("Because I want to be around for my kids", False),
    ],
)
def test_nothing_more_detection(answer: str, nothing_more: bool) -> None:
    assert is_nothing_more(answer) is nothing_more


def test_depth_guard_must_be_positive() -> None:
    with pytest.raises(ValueError, match="depth_guard"):
        LadderConfig(depth_guard=0)
