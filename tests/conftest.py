"""Shared by every test: one fast fake analyzer and one way to build a session.

Test modules import these by name (``from ..conftest import FakeAnalyzer, exchange``): they are
plain functions and a class, used in tables and other builders as much as in test bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

from interviewer.core.interview import Interview
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import Job, Session

F, E, S = OutcomeKind.FUNCTIONAL, OutcomeKind.EMOTIONAL, OutcomeKind.SOCIAL
W, A = Polarity.WANT, Polarity.AVOID


# -- the fake analyzer ---------------------------------------------------------------------------
class Phrase(NamedTuple):
    """A keyword that, found in a sentence, stands for an outcome already phrased as a state."""

    keyword: str
    kind: OutcomeKind
    polarity: Polarity
    statement: str


# What the interview screens are tested with: answers about losing weight, phrased as states.
LOSE_WEIGHT = (
    Phrase("jeans", F, W, "I am able to fit into my old jeans"),
    Phrase("confident", E, W, "I feel confident"),
    Phrase("disciplined", S, W, "Others see me as disciplined"),
    Phrase("proud", E, W, "I feel proud of myself"),
    Phrase("stairs", F, W, "I am able to climb the stairs without stopping"),
    Phrase("energy", F, W, "I have more energy"),
    Phrase("drained", E, A, "I don't feel drained"),
)

_SENTENCE = re.compile(r"[^.!?\n]+")
_SOCIAL_CUES = (" people ", " others ", " see me ")
_FUNCTIONAL_CUES = (" want ", " would ", "'d ", " need ")
_AVOID_CUES = (" don't ", " not ", " never ", "n't ")


class FakeAnalyzer:
    """Implements ``OutcomeAnalyzer``, fast and deterministic, sentence by sentence.

    Each keyword of ``phrases`` in a sentence gives that phrase's outcome (span: the keyword,
    evidence ``fake:KEYWORD``). A sentence with none is its own statement (span: the sentence,
    evidence ``fake``), typed by a few words: with "feel" emotional, with "people", "others" or
    "see me" social, with "want", "would", "'d" or "need" functional, else no outcome; "don't",
    "not", "never" or "n't" make it an avoid. ``calls`` counts the answers analysed.
    """

    def __init__(self, version: str = "fake-1", phrases: Sequence[Phrase] = ()) -> None:
        self._version = version
        self._phrases = phrases
        self.calls = 0

    @property
    def version(self) -> str:
        return self._version

    def analyze(self, text: str) -> list[Outcome]:
        self.calls += 1
        found: list[Outcome] = []
        for match in _SENTENCE.finditer(text):
            found += self._phrased(text, match) or self._typed(text, match)
        return found

    def analyze_many(self, texts: Iterable[str]) -> Iterator[list[Outcome]]:
        for text in texts:
            yield self.analyze(text)

    def _phrased(self, text: str, sentence: re.Match[str]) -> list[Outcome]:
        found = []
        for phrase in self._phrases:
            at = text.lower().find(phrase.keyword, sentence.start(), sentence.end())
            if at >= 0:
                span = (at, at + len(phrase.keyword))
                evidence = (f"fake:{phrase.keyword}",)
                found.append(
                    Outcome(phrase.kind, phrase.polarity, phrase.statement, text, span, 0.9, evidence)
                )
        return found

    def _typed(self, text: str, match: re.Match[str]) -> list[Outcome]:
        sentence = match.group().strip()
        lower = f" {sentence.lower()} "
        if " feel" in lower:
            kind = E
        elif any(cue in lower for cue in _SOCIAL_CUES):
            kind = S
        elif any(cue in lower for cue in _FUNCTIONAL_CUES):
            kind = F
        else:
            return []
        polarity = A if any(cue in lower for cue in _AVOID_CUES) else W
        start = match.start() + match.group().index(sentence)
        span = (start, start + len(sentence))
        return [Outcome(kind, polarity, sentence, text, span, 0.9, ("fake",))]


def lose_weight_analyzer() -> FakeAnalyzer:
    """The fake that reads answers about losing weight as the pipeline would phrase them."""
    return FakeAnalyzer(phrases=LOSE_WEIGHT)


# -- the session builder -------------------------------------------------------------------------
Step = tuple[OutcomeKind, str] | tuple[OutcomeKind, str, Polarity]


def outcome(kind: OutcomeKind, statement: str, polarity: Polarity = W) -> Outcome:
    return Outcome(kind, polarity, statement, text=statement, span=(0, len(statement)))


def session(job: str = "lose weight") -> Session:
    return Session(Job(job), participant="p1", bank="lose-weight")


def exchange(
    s: Session, move: Move, answer: str, *outcomes: Outcome, about: str | None = None
) -> list[str]:
    """Ask a probe of ``move`` about ``about``, record ``answer`` and place its outcomes."""
    from interviewer.core.ladder import place_answer

    s.ask(f"{move.value} probe {len(s.turns)}", move, about)
    turn = s.answer(answer)
    # An outcome's text is the answer it was read from.
    read = [replace(o, text=answer, span=(0, len(answer))) for o in outcomes]
    return [coded.id for coded in place_answer(s, turn, read)]


def laddered(*ladders: Sequence[Step], job: str = "lose weight") -> Session:
    """A session whose ladders climb by "why?" from a first answer under the job."""
    s = session(job)
    for number, ladder in enumerate(ladders):
        about: str | None = None
        for position, step in enumerate(ladder):
            kind, statement, *rest = step
            polarity = rest[0] if rest else W
            if position == 0:
                move = Move.OPENING if number == 0 else Move.NEW_LADDER
            else:
                move = Move.LADDER_UP
            [about] = exchange(s, move, statement, outcome(kind, statement, polarity), about=about)
    return s


def interview(name: str, *ladders: Sequence[Step], job: str = "lose weight") -> Interview:
    return Interview(name, laddered(*ladders, job=job), source=f"{name}.yaml")
