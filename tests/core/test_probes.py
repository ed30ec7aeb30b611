"""Choosing and wording probes from a question bank."""

from __future__ import annotations

import pytest

from interviewer.core.bank import QuestionBank, placeholders, render
from interviewer.core.ladder import Decision, decide, next_probe, probe_alternatives
from interviewer.core.move import Circumstance, Move
from interviewer.core.text import second_person, similarity

from .helpers import E, F, exchange, outcome, session


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
