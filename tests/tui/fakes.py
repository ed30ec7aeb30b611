"""A fast, deterministic stand-in for the spaCy analyzer: outcomes by keyword."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.io.banks import find_bank
from interviewer.tui.app import InterviewApp, make_app

F, E, S = OutcomeKind.FUNCTIONAL, OutcomeKind.EMOTIONAL, OutcomeKind.SOCIAL
W, A = Polarity.WANT, Polarity.AVOID

# keyword in the answer → the outcome "found" in it
RULES: list[tuple[str, OutcomeKind, Polarity, str]] = [
    ("jeans", F, W, "I am able to fit into my old jeans"),
    ("confident", E, W, "I feel confident"),
    ("disciplined", S, W, "Others see me as disciplined"),
    ("proud", E, W, "I feel proud of myself"),
    ("stairs", F, W, "I am able to climb the stairs without stopping"),
    ("energy", F, W, "I have more energy"),
    ("drained", E, A, "I don't feel drained"),
]


class FakeAnalyzer:
    version = "fake-1"

    def analyze(self, text: str) -> list[Outcome]:
        found = []
        for keyword, kind, polarity, statement in RULES:
            at = text.lower().find(keyword)
            if at >= 0:
                found.append(
                    Outcome(
                        kind,
                        polarity,
                        statement,
                        text,
                        (at, at + len(keyword)),
                        0.9,
                        (f"fake:{keyword}",),
                    )
                )
        return found

    def analyze_many(self, texts: Iterable[str]) -> Iterator[list[Outcome]]:
        for text in texts:
            yield self.analyze(text)


def lose_weight_app(out_dir: Path) -> InterviewApp:
    """The interview app as the CLI builds it, straight into a lose-weight interview with p1,
    analysed by :class:`FakeAnalyzer`."""
    return make_app(
        bank=find_bank("lose-weight"),
        job="lose weight",
        participant="p1",
        out_dir=out_dir,
        analyzer=FakeAnalyzer,
    )
