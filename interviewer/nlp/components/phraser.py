"""``outcome_phraser``: gated stative statements, ``Doc._.outcomes`` and ``doc.cats``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.text import content_key
from interviewer.nlp.components.base import LexiconComponent, candidates
from interviewer.nlp.phrasing import phrase_outcome
from interviewer.nlp.rules import Reading

KINDS = ("functional", "emotional", "social")
_PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "it", "they", "them", "of", "like", "kind", "sort"}
)


class OutcomePhraser(LexiconComponent):
    def __call__(self, doc: Doc) -> Doc:
        outcomes: list[Outcome] = []
        seen: set[str] = set()
        text = doc.text
        for candidate in candidates(doc):
            kind, polarity, span = candidate.kind, candidate.polarity, candidate.span
            if kind is None or polarity is None:
                continue
            reading = candidate.reading or Reading()
            phrased = phrase_outcome(span, reading, kind, polarity, self.lexicon)
            statement = phrased.statement
            candidate.statement = statement
            if statement.lower() in seen or not content_key(phrased.restated) - _PRONOUNS:
                continue
            seen.add(statement.lower())
            outcomes.append(
                Outcome(
                    kind=OutcomeKind(kind),
                    polarity=Polarity(polarity),
                    statement=statement,
                    text=text,
                    span=(span.start_char, span.end_char),
                    confidence=round(min(1.0, max(0.0, candidate.confidence)), 4),
                    evidence=(*(candidate.evidence or ()), *_faults(phrased.fault)),
                    review=phrased.review,
                )
            )
        outcomes.sort(key=lambda o: (-o.confidence, o.span[0]))
        doc._.outcomes = outcomes
        for kind in KINDS:
            doc.cats[kind] = max((o.confidence for o in outcomes if o.kind == kind), default=0.0)
        return doc


def _faults(fault: str | None) -> tuple[str, ...]:
    """The gate rule a statement failed, as evidence of why the outcome is marked for review."""
    return (fault,) if fault else ()


@Language.factory(
    "outcome_phraser", requires=["doc._.outcome_candidates"], assigns=["doc._.outcomes", "doc.cats"]
)
def make_outcome_phraser(nlp: Language, name: str) -> OutcomePhraser:
    return OutcomePhraser(nlp, name)
