"""Bidirectional control characters are shown as code points, never obeyed nor dropped."""

from __future__ import annotations

import pytest

from interviewer.core.text import show_bidi_controls


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("I want \u202elive\u202c", "I want ⟨U+202E⟩live⟨U+202C⟩"),  # override and pop
        ("a\u2066b\u2069c", "a⟨U+2066⟩b⟨U+2069⟩c"),  # isolates
        ("\u200e\u200f\u061c", "⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩"),  # marks
        ("\u202a\u202b\u202d", "⟨U+202A⟩⟨U+202B⟩⟨U+202D⟩"),  # embeddings, LTR override
        ("أريد أن أشعر بالثقة", "أريد أن أشعر بالثقة"),  # right-to-left text itself is kept
        ("zero\u200dwidth joiner 😀", "zero\u200dwidth joiner 😀"),  # not a bidi control
        ("", ""),
    ],
)
def test_show_bidi_controls(text: str, shown: str) -> None:
    assert show_bidi_controls(text) == shown
