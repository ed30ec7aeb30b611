"""The second-person forms a probe names an outcome by, and the gate every rendered probe passes.

The forms themselves are plain string work on a gated statement (``core.text.address``), so the
laddering engine in ``core`` renders probes without spaCy; this module checks what it renders.
"""

from __future__ import annotations

import re

from interviewer.core.text import Address, address
from interviewer.nlp.phrasing.gate import INTERJECTION
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.phrasing.words import split_words

__all__ = ["Address", "address", "probe_fault"]

_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
_YOU_DISAGREES = re.compile(r"you (is|was|has|does|doesn't|am|isn't|wasn't|hasn't)\b", re.I)
_DOUBLE_NEGATION = re.compile(r"\b(no longer|not to) (don't|doesn't|not|never|no longer)\b")
_SENTENCE_END = frozenset({".", "?", "!"})


def probe_fault(probe: str, statement: str | None) -> str | None:
    """Why a rendered probe is not one to read aloud (a rule id), or None when it passes.

    ``statement`` is the outcome the probe names (None for generic wording).
    """
    if "{" in probe or "}" in probe:
        return "probe:placeholder"
    if not probe.rstrip().endswith(("?", ".")):
        return "probe:unfinished"
    words = split_words(probe)
    forms = address(statement) if statement is not None else None
    named = " ".join(f for f in (forms.clause, forms.no_longer, forms.not_to) if f) if forms else ""
    said = {w for w in split_words(named) if w[:1].isupper()}
    start = True
    for word in words:
        if not start and word[:1].isupper() and word not in said and word != "I":
            return "probe:capital-mid-sentence"  # "… think You've let yourself go"
        start = word in _SENTENCE_END
    if statement is None or forms is None:
        return None
    for form in (forms.clause, forms.no_longer, forms.not_to):
        if form is None or form not in probe:
            continue
        lowered = [w.lower() for w in split_words(form)]
        if any(w in _FIRST_PERSON for w in lowered):
            return "probe:first-person"
        if any(INTERJECTION.match(w) or vocabulary().has("fillers", w) for w in lowered):
            return "probe:filler"
        if _YOU_DISAGREES.match(form):
            return "probe:agreement"
    if _DOUBLE_NEGATION.search(probe):
        return "probe:double-negation"
    if any(w not in probe for w in split_words(statement) if any(c.isdigit() for c in w)):
        return "probe:number-changed"  # "until 2are"
    return None
