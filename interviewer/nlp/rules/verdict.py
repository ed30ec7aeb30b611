"""What a rule decides and the clause facts every rule reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from interviewer.core.outcome import OutcomeKind
from interviewer.nlp.clause import Reading, agent_of, feeling_complement, is_speaker
from interviewer.nlp.lexicon import Lexicon, span_words

STRONG, WEAK = 1.0, 0.5


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule's decision: the kind, how strongly the parse shows it, and the evidence strings
    (the first names the rule: ``rule:…`` for strong readings, ``cue:…`` for weak ones)."""

    kind: OutcomeKind
    strength: float
    evidence: tuple[str, ...]


@dataclass
class Clause:
    """A clause's view (:class:`Reading`) with the facts several rules need, computed once."""

    span: Span
    reading: Reading
    lexicon: Lexicon
    core: Token = field(init=False)
    lemma: str = field(init=False)
    speaker: bool = field(init=False)
    words: list[str] = field(init=False)
    feeling: Token | None = field(init=False)
    agent: Token | None = field(init=False)

    def __post_init__(self) -> None:
        self.core = self.reading.core or self.span.root
        self.lemma = self.core.lemma_.lower()
        self.speaker = is_speaker(self.reading.subject, self.lexicon)
        self.words = span_words(self.span)
        self.feeling = feeling_complement(self.core, self.lexicon)
        self.agent = agent_of(self.core)

    @property
    def subject(self) -> Token | None:
        return self.reading.subject

    @property
    def tree(self) -> list[Token]:
        return self.reading.tree

    def has(self, cue: str, lemma: str) -> bool:
        return self.lexicon.has(cue, lemma)


KindRule = Callable[[Clause], Verdict | None]


def time_or_money_spent(c: Clause) -> Token | None:
    """What a cost verb's clause says is spent: "takes *hours*", "eats my *Fridays*", "costs me a
    *fortune*" (a time unit or a measurable result as the core's object)."""
    if not c.has("cost_verb", c.lemma):
        return None
    return next(
        (
            t
            for t in c.tree
            if t.head.i == c.core.i
            and t.dep_ in ("dobj", "npadvmod", "attr", "dative")
            and (c.has("time_unit", t.lemma_) or c.has("result_noun", t.lemma_))
        ),
        None,
    )
