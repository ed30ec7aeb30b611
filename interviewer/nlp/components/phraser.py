"""``outcome_phraser``: stative statements, ``Doc._.outcomes`` and ``doc.cats``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.text import content_key
from interviewer.nlp.clause import Reading
from interviewer.nlp.components.base import LexiconComponent, candidates
from interviewer.nlp.phrasing import stative_statement

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
            statement = stative_statement(span, reading, kind, polarity) or span.text
            candidate.statement = statement
            if statement.lower() in seen or not content_key(statement) - _PRONOUNS:
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
                    evidence=tuple(candidate.evidence or ()),
                )
            )
        outcomes.sort(key=lambda o: (-o.confidence, o.span[0]))
        doc._.outcomes = outcomes
        for label in OutcomeKind:
            doc.cats[label.value] = max(
                (o.confidence for o in outcomes if o.kind is label), default=0.0
            )
        return doc


@Language.factory(
    "outcome_phraser", requires=["doc._.outcome_candidates"], assigns=["doc._.outcomes", "doc.cats"]
)
def make_outcome_phraser(nlp: Language, name: str) -> OutcomePhraser:
    return OutcomePhraser(nlp, name)
