"""Choosing and wording probes from a question bank."""

from __future__ import annotations

from dataclasses import replace

import pytest

from interviewer.core.bank import QuestionBank, placeholders, render
from interviewer.core.ladder import Decision, decide, next_probe, probe_alternatives
from interviewer.core.move import Circumstance, Move
from interviewer.core.outcome import Polarity
from interviewer.core.text import address, second_person, similarity

from ..conftest import E, F, exchange, outcome, session


def bank() -> QuestionBank:
    four = lambda prefix: tuple(f"{prefix} {i} {{outcome}}?" for i in range(4))  # noqa: E731
    return QuestionBank(
        id="t",
        title="Test",
        description="",
        job="lose weight",
        probes={
            "opening": tuple(f"Opening {i}: when you {{job}}?" for i in range(4)),
            "framing.problem": ("P1 {job}", "P2 {job}", "P3 {job}", "P4 {job}"),
            "framing.goal": ("G1 {job}", "G2 {job}", "G3 {job}", "G4 {job}"),
            "framing.transformation": ("T1", "T2", "T3", "T4"),
            "framing.threat": ("X1", "X2", "X3", "X4"),
            "ladder_up.any": four("Up any"),
            "ladder_up.functional": four("Up functional"),
            "ladder_down.any": four("Down any"),
            "ladder_up.avoid": (
                "Why is it important to you {outcome_not_to}?",
                "What would it mean for you if {outcome_no_longer}?",
                "Why does it matter that {outcome}?",
                "If {outcome_no_longer}, what changes?",
            ),
            "ladder_up.generic": ("G-up 1?", "G-up 2?", "G-up 3?", "G-up 4?"),
            "clarify": ("C1", "C2", "C3", "C4"),
            "new_ladder": ("N1", "N2", "N3", "N4"),
            "wrap_up": ("W1", "W2", "W3", "W4"),
        },
    )


@pytest.mark.parametrize(
    ("statement", "clause"),
    [
        ("I am able to fit into my old jeans.", "you are able to fit into your old jeans"),
        ("I feel confident presenting", "you feel confident presenting"),
        ("My boss sees me as reliable", "your boss sees you as reliable"),
        ("Others see me as a good parent", "others see you as a good parent"),
        ("I'm not seen as lazy", "you're not seen as lazy"),
        ("The package is delivered on time", "the package is delivered on time"),
        ("I was never late again", "you were never late again"),
        ("We have fewer payroll errors", "you have fewer payroll errors"),
        ("IKEA furniture is assembled", "IKEA furniture is assembled"),
        # numbers and times are untouched ("2am" once became "2are")
        ("I sleep through until 2am", "you sleep through until 2am"),
        ("I am up at 6 am", "you are up at 6 am"),
        # no capital mid-sentence ("… think You've let yourself go")
        (
            "My wife doesn't think I've let myself go",
            "your wife doesn't think you've let yourself go",
        ),
        ("We're on time", "you're on time"),
    ],
)
def test_second_person(statement: str, clause: str) -> None:
    assert second_person(statement) == clause


def test_render_fills_job_and_outcome_and_keeps_literal_braces() -> None:
    text = render(
        "Why is it important {{really}} that {outcome} when you {job}?",
        job="lose weight.",
        outcome="I have lost 10 pounds",
    )
    assert text == "Why is it important {really} that you have lost 10 pounds when you lose weight?"


def test_placeholders_ignores_escaped_braces() -> None:
    assert placeholders("a {job} {{not}} {outcome}") == {"job", "outcome"}


def test_kind_specific_probes_come_before_generic_ones() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    alternatives = probe_alternatives(bank(), decide(s), s)
    assert alternatives[0] == "Up functional 0 you have lost 10 pounds?"
    assert len(alternatives) == 8
    assert o1


def test_the_same_wording_is_never_asked_twice_in_a_row() -> None:
    s = session()
    b = bank()
    decision = Decision(Move.CLARIFY)
    asked: list[str] = []
    for _ in range(12):
        probe = next_probe(b, decision, s)
        assert not asked or probe != asked[-1]
        asked.append(probe)
        s.ask(probe, Move.CLARIFY)
    # and every wording gets used before any is used a third time
    assert sorted(asked) == sorted(["C1", "C2", "C3", "C4"] * 3)


def test_variant_cycles_through_alternatives_without_the_last_asked() -> None:
    s = session()
    b = bank()
    s.ask("C1", Move.CLARIFY)
    decision = Decision(Move.CLARIFY)
    variants = {next_probe(b, decision, s, variant) for variant in range(6)}
    assert variants == {"C2", "C3", "C4"}


def test_framing_uses_the_decided_circumstance() -> None:
    decision = Decision(Move.FRAMING, circumstance=Circumstance.GOAL)
    assert next_probe(bank(), decision, session()) == "G1 lose weight"


def test_ladder_down_probe_names_the_feeling_in_second_person() -> None:
    s = session()
    exchange(s, Move.OPENING, "x", outcome(E, "I feel confident at the beach"))
    probe = next_probe(bank(), decide(s), s)
    assert probe == "Down any 0 you feel confident at the beach?"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("I feel confident at the beach", "I feel really confident at the beach", True),
        ("I have lost 10 pounds", "I have lost 20 pounds", False),
        ("Others see me as reliable", "My boss sees me as reliable", False),
    ],
)
def test_similarity_tells_repeats_from_new_outcomes(a: str, b: str, same: bool) -> None:
    assert (similarity(a, b) >= 0.8) is same


@pytest.mark.parametrize(
    ("statement", "no_longer", "not_to"),
    [
        (
            "I don't feel gross in the mirror",
            "you no longer feel gross in the mirror",
            "not to feel gross in the mirror",
        ),
        ("I am not seen as lazy", "you are no longer seen as lazy", "not to be seen as lazy"),
        ("My boss doesn't doubt me", "your boss no longer doubts you", None),
        ("The package is not damaged", "the package is no longer damaged", None),
        ("I have lost 10 pounds", None, None),
    ],
)
def test_address_forms_of_an_avoided_outcome(
    statement: str, no_longer: str | None, not_to: str | None
) -> None:
    forms = address(statement)
    assert (forms.no_longer, forms.not_to) == (no_longer, not_to)


def test_an_avoided_outcome_gets_its_own_wording() -> None:
    s = session()
    gross = outcome(F, "I don't feel gross in the mirror", Polarity.AVOID)
    [o1] = exchange(s, Move.OPENING, "x", gross)
    alternatives = probe_alternatives(bank(), Decision(Move.LADDER_UP, o1, F), s)
    assert alternatives[:2] == [
        "Why is it important to you not to feel gross in the mirror?",
        "What would it mean for you if you no longer feel gross in the mirror?",
    ]
    assert not any(a.startswith("Up functional") for a in alternatives)


def test_a_form_the_statement_lacks_reads_as_the_plain_clause() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "The package is not damaged", Polarity.AVOID))
    alternatives = probe_alternatives(bank(), Decision(Move.LADDER_UP, o1, F), s)
    assert "Why is it important to you that the package is not damaged?" in alternatives
    assert "What would it mean for you if the package is no longer damaged?" in alternatives


def test_an_outcome_marked_for_review_is_never_named() -> None:
    s = session()
    unsure = replace(outcome(F, "It matters"), review=True)
    [o1] = exchange(s, Move.OPENING, "x", unsure)
    alternatives = probe_alternatives(bank(), Decision(Move.LADDER_UP, o1, F), s)
    assert sorted(alternatives) == ["G-up 1?", "G-up 2?", "G-up 3?", "G-up 4?"]


def test_clarifying_an_answer_without_outcome_names_no_earlier_outcome() -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost 10 pounds"))
    b = replace(bank(), probes={**bank().probes, "clarify": ("C1", "C2", "C3 {outcome}?", "C4")})
    alternatives = probe_alternatives(b, Decision(Move.CLARIFY, o1, F), s)
    assert sorted(alternatives) == ["C1", "C2", "C4"]


@pytest.mark.parametrize(
    ("statement", "polarity", "move", "probe"),
    [
        (
            "I don't feel gross when I look in the mirror",
            Polarity.AVOID,
            Move.LADDER_UP,
            "Why is it important to you not to feel gross when you look in the mirror?",
        ),
        (
            "I am not seen as lazy",
            Polarity.AVOID,
            Move.LADDER_DOWN,
            "What would have to happen so that you are no longer seen as lazy?",
        ),
        (
            "My wife doesn't think I've let myself go",
            Polarity.AVOID,
            Move.LADDER_UP,
            "Why is it important to you that your wife doesn't think you've let yourself go?",
        ),
        (
            "I sleep through until 2am",
            Polarity.WANT,
            Move.LADDER_UP,
            "Why is it important to you that you sleep through until 2am?",
        ),
    ],
)
def test_the_generic_bank_reads_aloud(
    statement: str, polarity: Polarity, move: Move, probe: str
) -> None:
    from interviewer.io.banks import find_bank

    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, statement, polarity))
    assert probe in probe_alternatives(find_bank("generic"), Decision(move, o1, F), s)
