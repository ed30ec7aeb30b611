"""``outcome_segmenter``: an answer's outcome candidates, in ``doc.spans``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.nlp.components.base import CANDIDATES, Candidate, LexiconComponent
from interviewer.nlp.segment import candidate_spans


class OutcomeSegmenter(LexiconComponent):
    """Splits answers into clauses that may each hold one outcome."""

    def __call__(self, doc: Doc) -> Doc:
        spans = candidate_spans(doc, self.lexicon)
        doc.spans[CANDIDATES] = spans
        doc._.outcome_candidates = [Candidate(span) for span in spans]
        return doc


@Language.factory(
    "outcome_segmenter",
    requires=["token.dep", "token.pos"],
    assigns=["doc.spans", "doc._.outcome_candidates"],
)
def make_outcome_segmenter(nlp: Language, name: str) -> OutcomeSegmenter:
    return OutcomeSegmenter(nlp, name)
