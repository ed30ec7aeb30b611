"""``outcome_polarity``: want or avoid, from negation and valence cues plus a trained classifier."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.nlp.components.base import CANDIDATES, ClassifierComponent


class OutcomePolarity(ClassifierComponent):
    model_name = "polarity"

    def __init__(self, nlp: Language, name: str, rule_weight: float) -> None:
        super().__init__(nlp, name)
        self.rule_weight = rule_weight

    def process_batch(self, docs: list[Doc]) -> list[Doc]:
        spans = [s for d in docs for s in d.spans.get(CANDIDATES, []) if s._.outcome_kind]
        inputs = [[t.text for t in s if not t.is_space] for s in spans]
        for span, scores in zip(spans, self.scores(inputs), strict=True):
            reading = span._.outcome_reading
            avoid = scores["avoid"]
            evidence = list(reading.polarity_evidence) if reading else []
            if evidence and reading is not None:
                toward = 1.0 if reading.polarity == "avoid" else 0.0
                avoid = (1 - self.rule_weight) * avoid + self.rule_weight * toward
            polarity = "avoid" if avoid >= 0.5 else "want"
            span._.outcome_polarity = polarity
            span._.outcome_evidence = [
                *span._.outcome_evidence,
                *evidence,
                f"textcat:avoid={scores['avoid']:.2f}",
            ]
        return docs


@Language.factory(
    "outcome_polarity",
    default_config={"rule_weight": 0.5},
    requires=["span._.outcome_kind"],
    assigns=["span._.outcome_polarity"],
)
def make_outcome_polarity(nlp: Language, name: str, rule_weight: float) -> OutcomePolarity:
    return OutcomePolarity(nlp, name, rule_weight)
