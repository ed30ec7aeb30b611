"""Statement keys agree with the core's similarity, so precomputing them changes nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.text import similarity
from interviewer.graph.statements import StatementKey, normalise

WORDS = ["I", "feel", "confident", "the", "jeans", "don't", "Others", "see", "me", "as", "fit", "!"]
statements = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(statements, statements)
def test_key_similarity_equals_core_similarity(a: str, b: str) -> None:
    assert StatementKey.of(a).similarity(StatementKey.of(b)) == similarity(a, b)


def test_normalise_ignores_case_punctuation_and_spacing() -> None:
    assert normalise("  I feel   SAFE! ") == normalise("i feel safe") == "i feel safe"
