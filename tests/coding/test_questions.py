"""Reading an interviewer's turn: its laddering move, and which outcome it asks about."""

from __future__ import annotations

from collections import Counter

import pytest

from interviewer.coding.questions import Candidate, read_question, resolve_about, stems
from interviewer.core.bank import QuestionBank, render
from interviewer.core.move import Move
from interviewer.io.banks import iter_banks

UP, DOWN, CLARIFY = Move.LADDER_UP, Move.LADDER_DOWN, Move.CLARIFY
NEW, WRAP, OPEN, FRAME = Move.NEW_LADDER, Move.WRAP_UP, Move.OPENING, Move.FRAMING


@pytest.mark.parametrize(
    ("question", "move"),
    [
        ("Why is that important to you?", UP),
        ("And why's that?", UP),
        ("What does that give you?", UP),
        ("What would that mean for you?", UP),
        ("How would you feel if that happened?", UP),
        ("How does that make you feel?", UP),
        ("what does being on time get you", UP),  # no question mark, lower case
        ("That makes sense. So why does it matter to you?", UP),
        ("What would have to happen for you to feel confident?", DOWN),
        ("How would you know?", DOWN),
        ("What would you need to see to be sure of that?", DOWN),
        ("What makes you feel safe there?", DOWN),
        ("What, concretely, would need to be in place?", DOWN),
        ("How would you know that your kids are safe? What would people say?", DOWN),
        ("Can you give me an example?", CLARIFY),
        ("Tell me more about that.", CLARIFY),
        ("What do you mean by in control?", CLARIFY),
        ("Apart from the money, what else matters to you?", NEW),
        ("Is there anything else you'd want out of it?", NEW),
        ("What else would make it a success?", NEW),
        ("Okay, let's move on. Why do you use the app at all?", NEW),
        ("Before we finish, is there anything you'd like to add?", WRAP),
        ("We're nearly out of time. What matters most to you?", WRAP),
        ("Tell me about the last time you sent a package abroad.", OPEN),
        ("What's the hardest part of budgeting?", FRAME),
        ("Is there a particular brand you use?", FRAME),
        ("Mm-hm.", None),
        ("Right, okay.", None),
        ("So being able to plan gives you peace of mind.", None),
    ],
)
def test_the_move_of_a_question(question: str, move: Move | None) -> None:
    assert read_question(question).move is move


def test_an_uncued_first_question_opens_and_later_ones_frame() -> None:
    assert read_question("Is there a brand you use?", first=True).move is OPEN
    assert read_question("Is there a brand you use?").move is FRAME


def test_what_else_about_the_same_outcome_still_climbs() -> None:
    assert read_question("What else does that give you?").move is UP


# Where the bank's own probes put an answer: under the outcome (up, clarify), below it (down) or
# under the job (every other move).
PLACEMENT = {UP: "under", CLARIFY: "under", DOWN: "below"}


def _bank_probes() -> list[tuple[str, str]]:
    probes = []
    for bank in iter_banks():
        assert isinstance(bank, QuestionBank)
        for key, templates in bank.probes.items():
            group = str(key[0] if isinstance(key, tuple) else key).split(".")[0]
            for template in templates:
                text = render(template, job=bank.job, outcome="you feel in control of your money")
                probes.append((group, text))
    return probes


def test_the_bundled_banks_probes_are_read_as_their_move() -> None:
    placed_right: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for group, text in _bank_probes():
        move = read_question(text, first=group == "opening").move
        assert move is not None, text
        total[group] += 1
        exact[group] += move.value == group
        placed_right[group] += PLACEMENT.get(move, "root") == PLACEMENT.get(Move(group), "root")
    for group, count in total.items():
        floor = 0.85 if group == "framing" else 0.98  # framing probes may sound like ladders
        assert placed_right[group] / count >= floor, group
    for group in ("ladder_up", "ladder_down", "clarify", "new_ladder", "opening"):
        assert exact[group] / total[group] >= 0.95, group


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("And why does fitting into your old jeans matter?", {"fit", "old", "jean"}),
        ("I am able to fit into my old jeans", {"fit", "old", "jean"}),
        ("How would you feel about that?", set()),
        ("my kids' holidays", {"kid", "holiday"}),
    ],
)
def test_stems_leave_out_probe_words(text: str, words: set[str]) -> None:
    assert stems(text) == words


CANDIDATES = [
    Candidate.of("o1", "I have lost ten pounds", "I'd have lost ten pounds by the summer"),
    Candidate.of("o2", "I feel confident at the beach", "I'd feel confident at the beach"),
    Candidate.of(
        "o3", "My kids don't see me out of breath", "my kids wouldn't see me out of breath"
    ),
]


@pytest.mark.parametrize(
    ("question", "default", "about"),
    [
        ("Why is that important to you?", "o3", "o3"),
        ("And why does feeling confident matter?", "o3", "o2"),
        ("Why does losing the ten pounds matter so much?", "o2", "o1"),
        ("What would have to happen for the kids to stop worrying?", "o1", "o3"),
        ("How would you feel about that?", None, None),
        ("Why does the summer matter?", "o1", "o1"),  # the default also names the summer
    ],
)
def test_what_a_question_is_about(question: str, default: str | None, about: str | None) -> None:
    assert resolve_about(question, CANDIDATES, default) == about
