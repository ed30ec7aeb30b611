"""``outcome_polarity``: want or avoid, from negation and valence cues plus a trained classifier."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.core.outcome import Polarity
from interviewer.nlp.components.base import ClassifierComponent, candidates


class OutcomePolarity(ClassifierComponent):
    model_name = "polarity"

    def __init__(self, nlp: Language, name: str, rule_weight: float, unsigned_avoid: float) -> None:
        super().__init__(nlp, name)
        self.rule_weight = rule_weight
        # Avoid means a removal, a negation or a harm; where the rules found no such sign, the
        # classifier alone must be surer than even to call it avoid ("I'd arrive on time").
        self.unsigned_avoid = unsigned_avoid

    def process_batch(self, docs: list[Doc]) -> list[Doc]:
        typed = [c for d in docs for c in candidates(d) if c.kind]
        inputs = [[t.text for t in c.span if not t.is_space] for c in typed]
        for candidate, scores in zip(typed, self.scores(inputs), strict=True):
            reading = candidate.reading
            avoid = scores[Polarity.AVOID]
            evidence = list(reading.polarity_evidence) if reading else []
            threshold = 0.5
            if evidence and reading is not None:
                toward = 1.0 if reading.polarity is Polarity.AVOID else 0.0
                avoid = (1 - self.rule_weight) * avoid + self.rule_weight * toward
            else:
                threshold = self.unsigned_avoid
            candidate.polarity = Polarity.AVOID if avoid >= threshold else Polarity.WANT
            candidate.evidence = [
                *(candidate.evidence or ()),
                *evidence,
                f"textcat:{Polarity.AVOID}={scores[Polarity.AVOID]:.2f}",
            ]
        return docs


@Language.factory(
    "outcome_polarity",
    default_config={"rule_weight": 0.5, "unsigned_avoid": 0.6},
    requires=["doc._.outcome_candidates"],
    assigns=["doc._.outcome_candidates"],
)
def make_outcome_polarity(
    nlp: Language, name: str, rule_weight: float, unsigned_avoid: float
) -> OutcomePolarity:
    return OutcomePolarity(nlp, name, rule_weight, unsigned_avoid)
