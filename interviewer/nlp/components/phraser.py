"""``outcome_phraser``: stative statements, ``Doc._.outcomes`` and ``doc.cats``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.text import content_key
from interviewer.nlp.components.base import CANDIDATES, LexiconComponent
from interviewer.nlp.phrasing import stative_statement
from interviewer.nlp.rules import Reading

KINDS = ("functional", "emotional", "social")
_PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "it", "they", "them", "of", "like", "kind", "sort"}
)


class OutcomePhraser(LexiconComponent):
    def __call__(self, doc: Doc) -> Doc:
        outcomes: list[Outcome] = []
        seen: set[str] = set()
        for span in doc.spans.get(CANDIDATES, []):
            kind, polarity = span._.outcome_kind, span._.outcome_polarity
            if kind is None or polarity is None:
                continue
            reading = span._.outcome_reading or Reading()
            statement = stative_statement(span, reading, kind, polarity) or span.text
            span._.outcome_statement = statement
            if statement.lower() in seen or not content_key(statement) - _PRONOUNS:
                continue
            seen.add(statement.lower())
            outcomes.append(
                Outcome(
                    kind=OutcomeKind(kind),
                    polarity=Polarity(polarity),
                    statement=statement,
                    text=doc.text,
                    span=(span.start_char, span.end_char),
                    confidence=round(min(1.0, max(0.0, span._.outcome_confidence)), 4),
                    evidence=tuple(span._.outcome_evidence or ()),
                )
            )
        outcomes.sort(key=lambda o: (-o.confidence, o.span[0]))
        doc._.outcomes = outcomes
        for kind in KINDS:
            doc.cats[kind] = max((o.confidence for o in outcomes if o.kind == kind), default=0.0)
        return doc


@Language.factory(
    "outcome_phraser", requires=["span._.outcome_polarity"], assigns=["doc._.outcomes", "doc.cats"]
)
def make_outcome_phraser(nlp: Language, name: str) -> OutcomePhraser:
    return OutcomePhraser(nlp, name)
