"""interviewer: a laddering interview copilot that elicits Jobs-to-be-Done success outcomes.

The public API: ``analyze(text)`` and ``analyze_many(texts)`` return the success outcomes
(:class:`interviewer.core.outcome.Outcome`) found in participants' answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interviewer.core.outcome import Outcome
    from interviewer.nlp.analyzer import SpacyAnalyzer

__version__ = "0.1.0"
__all__ = ["__version__", "analyze", "analyze_many", "analyzer"]


@cache
def analyzer(model: str | None = None) -> SpacyAnalyzer:
    """The shared spaCy analyzer (built once per model name or path; loading takes a second)."""
    from interviewer.nlp.analyzer import SpacyAnalyzer

    return SpacyAnalyzer(model)


def analyze(text: str, *, model: str | None = None) -> list[Outcome]:
    """The success outcomes in one answer, highest confidence first."""
    return analyzer(model).analyze(text)


def analyze_many(texts: Iterable[str], *, model: str | None = None) -> Iterator[list[Outcome]]:
    """The outcomes of many answers, in input order, streaming in batches."""
    return analyzer(model).analyze_many(texts)
