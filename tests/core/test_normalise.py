"""Text as people write it reads as its plain form, and offsets map back onto the original."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.normalise import normalised


@pytest.mark.parametrize(
    ("given_text", "plain"),
    [
        # curly apostrophes and quotes are the straight ones
        ("I\u2019m worried about \u201cthe numbers\u201d", 'I\'m worried about "the numbers"'),
        # an ellipsis inside a sentence joins it; at the end it is a full stop
        ("I want to.. be left alone", "I want to be left alone"),
        ("Honestly\u2026 nothing comes to mind\u2026", "Honestly nothing comes to mind."),
        ("Just... sleeping through the night", "Just sleeping through the night"),
        # Markdown escapes from copied web transcripts
        (r"\[laughs\] it was \*so\* slow", "[laughs] it was *so* slow"),
        # stretched letters: the word as written once, doubled letters kept
        ("sooo tired, reallly tired", "so tired, really tired"),
        ("yeahhh nooo", "yeah no"),
        # invisible characters
        ("no\u200bbody\u00a0cares", "nobody cares"),
        # an interjection between "to" and its verb reads as unsaid
        ("I want them to, like, admit it", "I want them to admit it"),
        ("I'd like her to, I don't know, trust me", "I'd like her to trust me"),
        # "like" that is said, not interjected, stays
        ("I want to, like you, run a marathon", "I want to, like you, run a marathon"),
        # plain text is left alone
        ("I feel calm", "I feel calm"),
    ],
)
def test_plain_forms(given_text: str, plain: str) -> None:
    assert normalised(given_text).text == plain


def test_spans_map_back_onto_the_original() -> None:
    original = "So\u2026 I\u2019m sooo embarrassed"
    plain = normalised(original)
    start = plain.text.index("embarrassed")
    a, b = plain.original_span(start, start + len("embarrassed"))
    assert original[a:b] == "embarrassed"
    a, b = plain.original_span(plain.text.index("I'm"), plain.text.index("I'm") + 3)
    assert original[a:b] == "I\u2019m"


@given(st.text(alphabet=st.sampled_from(list("ab .\u2026\u2019\\[*\u200b\n")), max_size=40))
def test_offsets_stay_within_the_original(text: str) -> None:
    plain = normalised(text)
    assert len(plain.origin) == len(plain.text) + 1
    assert all(0 <= at <= len(text) for at in plain.origin)
    assert list(plain.origin) == sorted(plain.origin)
