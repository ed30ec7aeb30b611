"""Linking answers into ladders by the question before them (with a fake analyzer)."""

from __future__ import annotations

from interviewer.coding.linking import LinkedTranscript, link_transcript, participant_texts
from interviewer.core.move import Move
from interviewer.core.session import ROOT, Role
from interviewer.io.transcripts import SpokenTurn, Transcript, assign_roles

from .fakes import FakeAnalyzer


def link(*turns: tuple[str, str], job: str = "lose weight") -> LinkedTranscript:
    transcript = Transcript(
        "t.txt", "text", "utf-8", tuple(SpokenTurn(s, t, n) for n, (s, t) in enumerate(turns, 1))
    )
    roles = assign_roles(transcript)
    analyzer = FakeAnalyzer()
    outcomes = list(analyzer.analyze_many(participant_texts(transcript, roles)))
    return link_transcript(transcript, roles, outcomes, job=job)


def tree(linked: LinkedTranscript) -> dict[str, str]:
    """statement → parent statement (or "job")."""
    outcomes = linked.session.outcomes
    return {
        c.outcome.statement: (ROOT if c.parent == ROOT else outcomes[c.parent].outcome.statement)
        for c in outcomes.values()
    }


def test_why_hangs_the_answer_under_the_outcome_asked_about() -> None:
    linked = link(
        ("Q", "What would success look like?"),
        ("A", "I'd have lost ten pounds."),
        ("Q", "Why is that important to you?"),
        ("A", "I'd feel confident at the beach."),
        ("Q", "And what does feeling confident give you?"),
        ("A", "People would see me as disciplined."),
    )
    assert tree(linked) == {
        "I'd have lost ten pounds": ROOT,
        "I'd feel confident at the beach": "I'd have lost ten pounds",
        "People would see me as disciplined": "I'd feel confident at the beach",
    }
    moves = [t.move for t in linked.session.turns if t.role is Role.INTERVIEWER]
    assert moves == [Move.FRAMING, Move.LADDER_UP, Move.LADDER_UP]


def test_what_would_have_to_happen_inserts_the_answer_below() -> None:
    linked = link(
        ("Q", "Tell me about the last time you tried."),
        ("A", "I just want to feel good in my clothes."),
        ("Q", "What would have to happen for you to feel that?"),
        ("A", "I'd need to fit into my old jeans."),
        ("Q", "Why is that important?"),
        ("A", "Others would not see me as lazy."),
    )
    assert tree(linked) == {
        "I'd need to fit into my old jeans": ROOT,
        "I just want to feel good in my clothes": "I'd need to fit into my old jeans",
        # After laddering down, "why?" climbs on from the feeling (as the live engine does).
        "Others would not see me as lazy": "I just want to feel good in my clothes",
    }


def test_a_new_topic_starts_a_new_ladder_and_fillers_keep_the_question() -> None:
    linked = link(
        ("Q", "What are you hoping to achieve?"),
        ("A", "I want to lose ten pounds."),
        ("Q", "Why does that matter to you?"),
        ("A", "I'd feel lighter."),
        ("Q", "Mm-hm."),
        ("A", "And people would notice."),
        ("Q", "Let's move on. What else would make it a success?"),
        ("A", "I'd want to sleep better."),
        ("Q", "Why?"),
        ("A", "I don't know. That's it."),
    )
    assert tree(linked) == {
        "I want to lose ten pounds": ROOT,
        "I'd feel lighter": "I want to lose ten pounds",
        "And people would notice": "I want to lose ten pounds",  # still answers "why?"
        "I'd want to sleep better": ROOT,
    }
    assert linked.session.turns[4].move is Move.LADDER_UP  # "Mm-hm." keeps the question
    assert not linked.session.outcomes_of("t10")  # "I don't know" ends the chain


def test_a_focus_group_question_addressed_by_name() -> None:
    linked = link(
        ("Sam", "What are you hoping for when you budget?"),
        ("Tom", "I'd want to stop being surprised by bills."),
        ("Jo", "I need to save for holidays."),
        ("Sam", "Tom, why does that matter?"),
        ("Tom", "I'd feel in control."),
    )
    assert tree(linked)["I'd feel in control"] == "I'd want to stop being surprised by bills"


def test_records_keep_speakers_and_answers_without_outcomes() -> None:
    linked = link(("Q", "Hi, how are you?"), ("A", "Fine, thanks."), job="")
    assert [t.speaker for t in linked.session.turns] == ["Q", "A"]
    assert linked.session.outcomes == {}
    assert not linked.job_given and linked.session.job.statement == "t.txt"


def test_session_files_keep_their_recorded_moves() -> None:
    turns = (
        SpokenTurn("interviewer", "Tell me more.", 1, role=Role.INTERVIEWER, move=Move.OPENING),
        SpokenTurn("P1", "I'd need a buffer of savings.", 2, role=Role.PARTICIPANT),
    )
    transcript = Transcript("s.yaml", "session", "utf-8", turns, {"job": "budget"})
    outcomes = FakeAnalyzer().analyze_many(["I'd need a buffer of savings."])
    linked = link_transcript(transcript, assign_roles(transcript), list(outcomes), job="budget")
    assert linked.session.turns[0].move is Move.OPENING  # not the wording's CLARIFY
