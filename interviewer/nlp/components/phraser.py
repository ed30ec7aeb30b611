"""``outcome_phraser``: gated stative statements, ``Doc._.outcomes`` and ``doc.cats``."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.text import content_key
from interviewer.nlp.clause import Reading
from interviewer.nlp.components.base import Candidate, LexiconComponent, candidates
from interviewer.nlp.phrasing import phrase_outcome

_KINDS = tuple(OutcomeKind)
_PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "it", "they", "them", "of", "like", "kind", "sort"}
)


class OutcomePhraser(LexiconComponent):
    def __call__(self, doc: Doc) -> Doc:
        outcomes: list[Outcome] = []
        seen: set[str] = set()
        text: str | None = None  # the doc's text, joined only when it has an outcome
        for candidate, span in whole_lists(candidates(doc)):
            kind, polarity = candidate.kind, candidate.polarity
            if kind is None or polarity is None:
                continue
            reading = candidate.reading or Reading()
            if span is not candidate.span and reading.core is not None:
                tree = [t for t in reading.core.subtree if span.start <= t.i < span.end]
                reading = replace(reading, tree=tree)
            phrased = phrase_outcome(span, reading, kind, polarity, self.lexicon)
            statement = phrased.statement
            candidate.statement = statement
            said = phrased.restated or statement  # (no restatement: the quote shown)
            if statement.lower() in seen or not content_key(said) - _PRONOUNS:
                continue
            seen.add(statement.lower())
            if text is None:
                text = doc.text
            outcomes.append(
                Outcome(
                    kind=OutcomeKind(kind),
                    polarity=Polarity(polarity),
                    statement=statement,
                    text=text,
                    span=(span.start_char, span.end_char),
                    confidence=round(min(1.0, max(0.0, candidate.confidence)), 4),
                    evidence=(*(candidate.evidence or ()), *_faults(phrased.fault)),
                    review=phrased.review or candidate.review,
                )
            )
        outcomes.sort(key=lambda o: (-o.confidence, o.span[0]))
        doc._.outcomes = outcomes
        best = dict.fromkeys(_KINDS, 0.0)  # in the kinds' order, as doc.cats lists them
        for outcome in outcomes:
            best[outcome.kind] = max(best[outcome.kind], outcome.confidence)
        cats = doc.cats
        for label, confidence in best.items():
            cats[label.value] = confidence
        return doc


def whole_lists(found: list[Candidate]) -> list[tuple[Candidate, Span]]:
    """Each candidate with the span it is phrased from: a list the segmenter cut into items
    ("seen as careless | or lazy") is phrased whole, from its first item's candidate."""
    joined: list[tuple[Candidate, Span]] = []
    for candidate in found:
        if joined and _continues_list(joined[-1], candidate):
            first, span = joined[-1]
            joined[-1] = (first, span.doc[span.start : candidate.span.end])
            continue
        joined.append((candidate, candidate.span))
    return joined


def _continues_list(previous: tuple[Candidate, Span], candidate: Candidate) -> bool:
    first, span = previous
    doc, item = span.doc, candidate.span
    between = doc[span.end : item.start]
    if len(between) > 2 or any(not (t.is_punct or t.dep_ == "cc") for t in between):
        return False
    root = item.root
    if root.dep_ != "conj" or not span.start <= root.head.i < span.end:
        return False
    if _word_class(root) != _word_class(root.head):  # "envy | or be admired": not one list
        return False
    if _word_class(root) == "JJ" and any(c.dep_.startswith("nsubj") for c in root.children):
        return False  # "nobody gets hurt, | and I'm not stuck …": a state of its own
    same = (first.kind, first.polarity) == (candidate.kind, candidate.polarity)
    bare = root.pos_ in ("ADJ", "NOUN", "PROPN") or root.tag_ == "VBN"
    return same or (bare and not any(c.dep_.startswith("nsubj") for c in root.children))


def _word_class(token: Token) -> str:
    """Coordinated items of one list share a class ("careless or lazy": adjectives)."""
    return "JJ" if token.tag_ in ("JJ", "VBN") else token.tag_[:2]


def _faults(fault: str | None) -> tuple[str, ...]:
    """The gate rule a statement failed, as evidence of why the outcome is marked for review."""
    return (fault,) if fault else ()


@Language.factory(
    "outcome_phraser", requires=["doc._.outcome_candidates"], assigns=["doc._.outcomes", "doc.cats"]
)
def make_outcome_phraser(nlp: Language, name: str) -> OutcomePhraser:
    return OutcomePhraser(nlp, name)
