"""A fast stand-in for the spaCy analyzer: one outcome per sentence, typed by a few words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity

_SENTENCE = re.compile(r"[^.!?\n]+")


class FakeAnalyzer:
    """Implements ``OutcomeAnalyzer``: sentences with "feel" are emotional, with "people", "others"
    or "see me" social, with "want", "would", "'d" or "need" functional; others hold no outcome.
    "don't", "not" or "never" make it an avoid. Spans are exact offsets into the text."""

    def __init__(self, version: str = "fake-1") -> None:
        self._version = version
        self.calls = 0

    @property
    def version(self) -> str:
        return self._version

    def analyze(self, text: str) -> list[Outcome]:
        self.calls += 1
        found = []
        for match in _SENTENCE.finditer(text):
            sentence = match.group().strip()
            lower = f" {sentence.lower()} "
            if " feel" in lower:
                kind = OutcomeKind.EMOTIONAL
            elif any(cue in lower for cue in (" people ", " others ", " see me ")):
                kind = OutcomeKind.SOCIAL
            elif any(cue in lower for cue in (" want ", " would ", "'d ", " need ")):
                kind = OutcomeKind.FUNCTIONAL
            else:
                continue
            avoid = any(cue in lower for cue in (" don't ", " not ", " never ", "n't "))
            start = match.start() + match.group().index(sentence)
            found.append(
                Outcome(
                    kind,
                    Polarity.AVOID if avoid else Polarity.WANT,
                    sentence,
                    text=text,
                    span=(start, start + len(sentence)),
                    confidence=0.9,
                    evidence=("fake",),
                )
            )
        return found

    def analyze_many(self, texts: Iterable[str]) -> Iterator[list[Outcome]]:
        for text in texts:
            yield self.analyze(text)
