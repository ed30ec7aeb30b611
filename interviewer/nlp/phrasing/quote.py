"""A cleaned quote of the answer: what is shown when no restatement passes the gate."""

from __future__ import annotations

import re

from spacy.tokens import Span

from interviewer.nlp.phrasing.vocabulary import vocabulary

_EDGE = " ,;:-–—.…!?\"'“”"


def cleaned_quote(span: Span) -> str:
    """The span's words minus fillers and interjections, trimmed, with a leading capital."""
    vocab = vocabulary()
    kept = [
        t
        for t in span
        if t.tag_ != "UH" and not vocab.has("fillers", t.lower_) and t.dep_ != "intj"
    ]
    text = "".join(t.text_with_ws for t in kept)
    text = re.sub(r"\s*,(\s*,)+", ",", " ".join(text.split()))
    text = _LEFT_COMMA.sub(r"\1 ", text)  # "is, [like,] the whole game": the filler's comma
    text = re.sub(r"\s+([,.;:!?])", r"\1", text).strip(_EDGE)
    if not text:
        text = span.text.strip(_EDGE)
    return text[:1].upper() + text[1:]


# A comma left between a verb and what it governs once a filler between them is dropped.
_LEFT_COMMA = re.compile(r"\b(to|is|are|was|were|am|be|'s|'re|'m), (?=[a-z])")
