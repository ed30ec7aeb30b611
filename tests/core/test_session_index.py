"""The session's indexes: lookups stay right after every kind of change, and stay fast."""

from __future__ import annotations

from dataclasses import replace

from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, Job, Session

WANT = Outcome(OutcomeKind.FUNCTIONAL, Polarity.WANT, "The bill is paid on time")


def build(answers: int) -> Session:
    session = Session(Job("pay bills"))
    for _ in range(answers):
        question = session.ask("Why?", Move.LADDER_UP)
        answer = session.answer("Because.")
        previous = session.outcomes_of(session.turns[-3].id) if len(session.turns) > 2 else []
        parent = previous[0].id if previous else ROOT
        session.add_outcome(answer.id, WANT, parent)
        assert session.question_before(answer.id) == question
    return session


def test_lookups_follow_direct_changes_to_turns_and_outcomes() -> None:
    session = build(3)
    assert [c.id for c in session.children(ROOT)] == ["o1"]
    assert [c.id for c in session.children("o1")] == ["o2"]
    # Code outside the session assigns into the containers directly (readers, tests, exports).
    session.outcomes["o3"] = replace(session.outcomes["o3"], parent=ROOT)
    assert [c.id for c in session.children(ROOT)] == ["o1", "o3"] and not session.children("o2")
    session.delete("o3")
    assert session.next_outcome_id() == "o3"  # a freed highest id is used again, as before
    session.turns[0] = replace(session.turns[0], id="t99")
    assert session.turn("t99").text == "Why?"
    assert session.question_before("t2") == session.turns[0]
    session.turns = list(session.turns)  # a plain list is indexed again
    assert session.turn("t4").text == "Because."
    assert session.outcomes_of("t4") == [session.outcomes["o2"]]


def test_a_copied_or_pickled_session_keeps_working() -> None:
    import copy
    import pickle

    session = build(3)
    for twin in (copy.deepcopy(session), pickle.loads(pickle.dumps(session))):
        assert twin == session
        assert [c.id for c in twin.children("o1")] == ["o2"]
        assert twin.question_before("t4") == twin.turns[2]
        twin.add_outcome("t6", WANT, "o3")
        assert twin.next_outcome_id() == "o5" and session.next_outcome_id() == "o4"
