"""Precomputed statement keys, so comparing thousands of outcomes stays linear in practice."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from interviewer.core.text import content_key, words


@dataclass(frozen=True, slots=True)
class StatementKey:
    """The content words and the normalised wording of one outcome statement."""

    content: frozenset[str]
    wording: str  # lowercased words joined by single spaces: case and punctuation ignored

    @classmethod
    def of(cls, statement: str) -> StatementKey:
        return _key(statement)

    def similarity(self, other: StatementKey) -> float:
        """The same value as :func:`interviewer.core.text.similarity` on the two statements."""
        if not self.content and not other.content:
            return 1.0 if self.wording == other.wording else 0.0
        return len(self.content & other.content) / len(self.content | other.content)


@lru_cache(maxsize=1 << 16)
def _key(statement: str) -> StatementKey:
    # Statements recur across interviews and between validation and grouping: key them once.
    return StatementKey(content_key(statement), normalise(statement))


def normalise(statement: str) -> str:
    """A statement's words, lowercased and single-spaced, for exact matching."""
    return " ".join(words(statement))
