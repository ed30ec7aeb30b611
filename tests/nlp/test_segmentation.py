"""Several outcomes per answer; fillers, questions and situation descriptions hold none."""

from __future__ import annotations

import pytest

from interviewer.nlp.analyzer import SpacyAnalyzer


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # two clauses joined by "and"
        (
            "I want to get to work on time and I want to stop feeling anxious at work.",
            ["functional", "emotional"],
        ),
        # "not only … but also"
        (
            "Not only do I want the invoices paid on time, but I also want my accountant to trust me.",
            ["functional", "social"],
        ),
        # a reason clause after "because"
        (
            "I need the shop to deliver by Friday, because I'd feel embarrassed if the guests had no chairs.",
            ["functional", "emotional"],
        ),
        # three outcomes, with fillers between them
        (
            "Um, faster checkouts, so, you know, I don't have to stress at lunch, and my team sees me as organised.",
            ["functional", "emotional", "social"],
        ),
    ],
)
def test_an_answer_with_several_outcomes(
    analyzer: SpacyAnalyzer, text: str, kinds: list[str]
) -> None:
    outcomes = sorted(analyzer.analyze(text), key=lambda o: o.span)
    assert [o.kind.value for o in outcomes] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "yeah",  # filler
        "Hmm, okay, let me think.",  # thinking aloud
        "What do you mean?",  # a question back to the interviewer
        "Sorry, could you repeat the question?",
        "",  # nothing at all
        "   ",
    ],
)
def test_no_outcome(analyzer: SpacyAnalyzer, text: str) -> None:
    assert analyzer.analyze(text) == []


def test_context_sentences_do_not_become_outcomes(analyzer: SpacyAnalyzer) -> None:
    text = (
        "I've been running the payroll myself since March. "
        "What I really want is for the numbers to be right the first time."
    )
    outcomes = analyzer.analyze(text)
    assert len(outcomes) == 1
    assert outcomes[0].kind.value == "functional"
    assert outcomes[0].span[0] >= text.index("What")
