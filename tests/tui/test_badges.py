"""Outcome lines (conversation, tree, wrap-up) show bidi controls instead of obeying them."""

from __future__ import annotations

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.tui.widgets.badges import outcome_line


def test_an_outcome_line_shows_a_right_to_left_override() -> None:
    outcome = Outcome(
        OutcomeKind.EMOTIONAL, Polarity.WANT, "I feel \u202elive\u202c", confidence=0.5
    )
    line = outcome_line(outcome).plain
    assert line == "[E+] I feel ⟨U+202E⟩live⟨U+202C⟩  0.50"
