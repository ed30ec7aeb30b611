"""Linking answers into ladders by the question before them (with a fake analyzer)."""

from __future__ import annotations

from interviewer.coding.linking import LinkedTranscript, link_transcript, participant_texts
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, Role
from interviewer.io.transcripts import SpokenTurn, Transcript, assign_roles

from ..conftest import FakeAnalyzer


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


def test_why_about_a_feeling_asks_for_its_cause_below_it() -> None:
    linked = link(
        ("Q", "How do you feel about your backpack?"),
        ("A", "I feel embarrassed by my backpack."),
        ("Q", "Why does your current backpack embarrass you?"),
        ("A", "I'd want one without holes in it."),
    )
    assert tree(linked) == {
        "I'd want one without holes in it": ROOT,
        "I feel embarrassed by my backpack": "I'd want one without holes in it",
    }
    moves = [t.move for t in linked.session.turns if t.role is Role.INTERVIEWER]
    assert moves[-1] is Move.LADDER_DOWN


def test_why_about_importance_still_ladders_up() -> None:
    linked = link(
        ("Q", "What would success look like?"),
        ("A", "I'd feel confident at work."),
        ("Q", "Why does feeling confident matter to you?"),
        ("A", "People would see me as a leader."),
    )
    assert tree(linked)["People would see me as a leader"] == "I'd feel confident at work"


def _spans(text: str, *parts: str) -> list[tuple[int, int]]:
    return [(text.index(part), text.index(part) + len(part)) for part in parts]


def _answer(text: str, *parts: tuple[str, OutcomeKind]) -> list[Outcome]:
    spans = _spans(text, *(part for part, _ in parts))
    return [
        Outcome(kind, Polarity.WANT, part, text=text, span=span)
        for (part, kind), span in zip(parts, spans, strict=True)
    ]


def _after_a_money_opening(answer: str, found: list[Outcome]) -> LinkedTranscript:
    """The transcript linked when ``answer`` answers "why is that important?" after an opening
    whose outcome is "My money is sorted"."""
    first = "I'd like to get my money sorted."
    transcript = Transcript(
        "t.txt",
        "text",
        "utf-8",
        (
            SpokenTurn("Q", "What are you trying to get done?", 1),
            SpokenTurn("A", first, 2),
            SpokenTurn("Q", "Why is that important?", 3),
            SpokenTurn("A", answer, 4),
        ),
    )
    opening = Outcome(
        OutcomeKind.FUNCTIONAL,
        Polarity.WANT,
        "My money is sorted",
        text=first,
        span=(0, len(first)),
    )
    return link_transcript(transcript, assign_roles(transcript), [[opening], found])


def test_a_feeling_hangs_under_the_result_its_sentence_ties_it_to() -> None:
    answer = "I'd have my bills paid on time. And I'd feel calm because the rent is covered early."
    found = _answer(
        answer,
        ("I'd have my bills paid on time", OutcomeKind.FUNCTIONAL),
        ("I'd feel calm", OutcomeKind.EMOTIONAL),
        ("the rent is covered early", OutcomeKind.FUNCTIONAL),
    )
    linked = _after_a_money_opening(answer, found)
    # Not under the first result of the answer: under the one "because" ties it to.
    assert tree(linked)["I'd feel calm"] == "the rent is covered early"


def test_an_untied_feeling_hangs_under_the_outcome_asked_about() -> None:
    answer = "I'd have my bills paid on time. I'd feel calm."
    found = _answer(
        answer,
        ("I'd have my bills paid on time", OutcomeKind.FUNCTIONAL),
        ("I'd feel calm", OutcomeKind.EMOTIONAL),
    )
    linked = _after_a_money_opening(answer, found)
    assert tree(linked)["I'd feel calm"] == "My money is sorted"
    assert tree(linked)["I'd have my bills paid on time"] == "My money is sorted"


def test_courtesy_at_the_end_places_no_outcome() -> None:
    transcript = Transcript(
        "t.txt",
        "text",
        "utf-8",
        (
            SpokenTurn("Q", "What would success look like?", 1),
            SpokenTurn("A", "I'd have lost ten pounds.", 2),
            SpokenTurn("Q", "Thank you for your time.", 3),
            SpokenTurn("A", "You're welcome, thanks!", 4),
        ),
    )
    # An analyzer that finds an outcome in every answer, courtesy included.
    found = [
        [Outcome(OutcomeKind.FUNCTIONAL, Polarity.WANT, turn.text, turn.text, (0, len(turn.text)))]
        for turn in transcript.turns[1::2]
    ]
    linked = link_transcript(transcript, assign_roles(transcript), found)
    assert [c.outcome.statement for c in linked.session.outcomes.values()] == [
        "I'd have lost ten pounds."
    ]
