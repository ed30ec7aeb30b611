"""Placing outcomes in ladders, and the corrections a human coder makes."""

from __future__ import annotations

import pytest

from interviewer.core.ladder import place_answer
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, Rating, SessionError

from ..conftest import E, F, S, exchange, outcome, session


def test_an_answer_to_the_opening_starts_a_ladder_under_the_job() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    assert s.outcome(o1).parent == ROOT
    assert s.ladders() == [o1]


def test_within_one_answer_feelings_hang_under_the_answers_functional_outcome() -> None:
    s = session()
    text = "I'd feel proud and I'd fit into my jeans"
    proud = Outcome(E, Polarity.WANT, "I feel proud", text=text, span=(0, 12))
    jeans = Outcome(F, Polarity.WANT, "I am able to fit into my jeans", text=text, span=(17, 39))
    s.ask("What would success look like?", Move.OPENING)
    turn = s.answer(text)
    placed = place_answer(s, turn, [proud, jeans])
    by_kind = {coded.outcome.kind: coded for coded in placed}
    assert by_kind[F].parent == ROOT
    assert by_kind[E].parent == by_kind[F].id


def test_a_new_ladder_probe_starts_a_second_ladder() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    [o2] = exchange(s, Move.NEW_LADDER, "x", outcome(F, "I have more energy"))
    assert s.ladders() == [o1, o2]


def test_delete_moves_children_up_so_no_ladder_is_cut() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    [o2] = exchange(s, Move.LADDER_UP, "x", outcome(E, "I feel fit"), about=o1)
    [o3] = exchange(s, Move.LADDER_UP, "x", outcome(S, "Others see me as disciplined"), about=o2)
    s.rate(o2, 5, 2)
    s.delete(o2)
    assert o2 not in s.outcomes and o2 not in s.ratings
    assert s.outcome(o3).parent == o1


def test_reparent_refuses_a_cycle() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    [o2] = exchange(s, Move.LADDER_UP, "x", outcome(E, "I feel fit"), about=o1)
    with pytest.raises(SessionError, match="cycle"):
        s.reparent(o1, o2)
    moved = s.reparent(o2, ROOT)
    assert moved.parent == ROOT
    assert moved.outcome.corrected_by_human


def test_corrections_are_marked_as_human() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(E, "My friends think I look great"))
    fixed = s.correct(o1, kind=OutcomeKind.SOCIAL, statement="Others see me as looking great")
    assert fixed.outcome.kind is OutcomeKind.SOCIAL
    assert fixed.outcome.corrected_by_human
    assert fixed.outcome.text == "x"  # the answer it was read from is kept


def test_outcome_ids_are_never_reused_after_a_delete() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "A"))
    [o2] = exchange(s, Move.NEW_LADDER, "x", outcome(F, "B"))
    s.delete(o1)
    [o3] = exchange(s, Move.NEW_LADDER, "x", outcome(F, "C"))
    assert o3 not in (o1, o2)


@pytest.mark.parametrize(("importance", "satisfaction"), [(0, 3), (3, 6), (6, 1)])
def test_ratings_are_one_to_five(importance: int, satisfaction: int) -> None:
    with pytest.raises(ValueError, match=r"1\.\.5"):
        Rating(importance, satisfaction)


def test_outcome_dict_round_trip_keeps_the_contract_fields() -> None:
    o = Outcome(
        OutcomeKind.SOCIAL,
        Polarity.AVOID,
        "I am not seen as lazy",
        text="I don't want them to think I'm lazy",
        span=(0, 35),
        confidence=0.87,
        evidence=("perceiver:them", "neg:don't want"),
    )
    record = o.to_dict()
    assert record == {
        "kind": "social",
        "polarity": "avoid",
        "statement": "I am not seen as lazy",
        "confidence": 0.87,
        "span": [0, 35],
        "evidence": ["perceiver:them", "neg:don't want"],
    }
    assert Outcome.from_dict(record, text=o.text) == o


@pytest.mark.parametrize(("confidence", "span"), [(1.2, (0, 1)), (0.5, (5, 2)), (0.5, (-1, 3))])
def test_outcome_rejects_impossible_values(confidence: float, span: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        Outcome(OutcomeKind.FUNCTIONAL, Polarity.WANT, "x", confidence=confidence, span=span)


def test_outcome_flags_appear_in_the_contract_record_only_when_set() -> None:
    from interviewer.core.outcome import Outcome, OutcomeKind, Polarity

    plain = Outcome(OutcomeKind.SOCIAL, Polarity.WANT, "Others see me as reliable")
    assert "review" not in plain.to_dict() and "added_by_human" not in plain.to_dict()
    flagged = Outcome(OutcomeKind.SOCIAL, Polarity.WANT, "x", review=True, added_by_human=True)
    record = flagged.to_dict()
    assert record["review"] is True and record["added_by_human"] is True
    assert Outcome.from_dict(record) == flagged
