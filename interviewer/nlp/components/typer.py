"""``outcome_typer``: each candidate's kind (functional, emotional, social or none), with evidence.

The explainable rules over the parse speak first; the trained classifier gives coverage where
they are silent, and both are written into the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.core.outcome import OutcomeKind
from interviewer.nlp.components.base import Candidate, ClassifierComponent, candidates
from interviewer.nlp.features import classifier_words, clause_features
from interviewer.nlp.rules import STRONG, read_clause

NONE = "none"  # the classifier's label for "no outcome"
_NEVER_AN_OUTCOME = ("situation:feature", "situation:pleasantry")


@dataclass(frozen=True, slots=True)
class TyperWeights:
    """How the typer mixes the rules' reading with the trained classifier's scores.

    Settings of the ``outcome_typer`` factory (``default_config``), so a pipeline's ``config.cfg``
    records them. Chosen on the dev split (whole jobs unseen in training), never on the field set.
    """

    rule_weight: float = (
        0.6  # share of a strong rule's kind in the mix (the classifier has the rest)
    )
    cue_weight: float = 0.3  # share of a weak cue's kind
    # a clause is no outcome when the "none" score reaches this; 0.45 measured best on
    # cross-validation by job (four-label macro-F1 0.831 -> 0.833; none kept 69% -> 72%,
    # outcomes missed 4.0% -> 4.7%; macro-F1 over the three kinds 0.862 either way)
    none_threshold: float = 0.45
    context_weight: float = 0.6  # share of the whole answer's scores in a lone clause's
    situation_boost: float = 0.3  # added to "none" when the clause only describes the situation
    bare_clause_factor: float = 0.85  # confidence kept by a clause with no wrapper and no rule


class OutcomeTyper(ClassifierComponent):
    model_name = "kind"

    def __init__(self, nlp: Language, name: str, weights: TyperWeights) -> None:
        super().__init__(nlp, name)
        self.weights = weights

    def process_batch(self, docs: list[Doc]) -> list[Doc]:
        # One classifier call for the batch: every clause, plus every answer of several clauses
        # as a whole.
        inputs: list[list[str]] = []
        clauses: list[tuple[Candidate, int, int]] = []  # (candidate, its doc, its input)
        context_input: dict[int, int] = {}  # doc → input of the whole answer
        per_doc = [candidates(doc) for doc in docs]
        for index, (doc, found) in enumerate(zip(docs, per_doc, strict=True)):
            readings = []
            for candidate in found:
                span = candidate.span
                reading = read_clause(span, self.lexicon)
                reading.features = clause_features(span, reading, self.lexicon)
                candidate.reading = reading
                readings.append((span, reading))
                clauses.append((candidate, index, len(inputs)))
                # A lone clause is read with all of its answer's words, as the classifier was
                # trained on whole answers.
                text = doc[:] if len(found) == 1 else span
                inputs.append(classifier_words(text, [(span, reading)], self.lexicon))
            if len(readings) > 1:
                context_input[index] = len(inputs)
                inputs.append(classifier_words(doc[:], readings, self.lexicon))
        scores = self.scores(inputs)
        whole = {index: scores[position] for index, position in context_input.items()}
        for _, index, position in clauses:
            whole.setdefault(index, scores[position])
        for candidate, index, position in clauses:
            own, context = scores[position], whole[index]
            # The answer's context helps a clause; with several clauses it would drag them all
            # towards the answer's dominant kind, so it weighs less.
            weight = self.weights.context_weight / len(per_doc[index])
            self._type(candidate, {k: (1 - weight) * own[k] + weight * context[k] for k in own})
        for found in per_doc:
            _drop_context_clauses(found)
        # A whole answer the classifier reads as no outcome (a process step, a fact about the
        # situation) yields none, unless a rule found a clear outcome in it.
        for index, found in enumerate(per_doc):
            if index not in whole:
                continue
            if whole[index][NONE] >= self.weights.none_threshold and not any(
                c.reading is not None and c.reading.strength >= STRONG for c in found
            ):
                for candidate in found:
                    candidate.kind = None
        return docs

    def _type(self, candidate: Candidate, scores: dict[str, float]) -> None:
        reading = candidate.reading
        assert reading is not None
        outcome_mass = sum(scores[k] for k in OutcomeKind) or 1.0
        learned = {k: scores[k] / outcome_mass for k in OutcomeKind}
        evidence = list(reading.evidence)
        weights = self.weights
        if reading.kind is not None:
            weight = weights.rule_weight if reading.strength >= STRONG else weights.cue_weight
            combined = {
                k: (1 - weight) * learned[k] + weight * (k == reading.kind) for k in OutcomeKind
            }
        else:
            combined = learned
        kind = max(OutcomeKind, key=lambda k: combined[k])
        none_score = scores[NONE] + (weights.situation_boost if reading.situation else 0.0)
        # what a product has or does told as a fact, and politeness, are no outcome whatever
        # the words
        settled = any(cue.startswith(_NEVER_AN_OUTCOME) for cue in reading.situation)
        is_none = reading.kind is None and (none_score >= weights.none_threshold or settled)
        if reading.situation:
            evidence += reading.situation
        evidence.append(
            f"textcat:{max(OutcomeKind, key=lambda k: learned[k])}={max(learned.values()):.2f}"
        )
        candidate.kind_scores = combined
        candidate.kind = None if is_none else kind
        confidence = combined[kind] * (1.0 - (scores[NONE] if reading.kind is None else 0.0))
        if not reading.wrappers and reading.strength < STRONG:
            # What people want comes wrapped ("what I'd like is …"); bare clauses are often context.
            confidence *= weights.bare_clause_factor
        candidate.confidence = confidence
        candidate.evidence = evidence


def _drop_context_clauses(found: list[Candidate]) -> None:
    """In an answer that states an outcome, a bare clause that only describes the situation
    ("I've been running payroll myself since March") is context, not a second outcome."""

    def is_context(candidate: Candidate) -> bool:
        reading = candidate.reading
        return bool(
            reading and reading.situation and not reading.wrappers and reading.strength < STRONG
        )

    if any(c.kind and not is_context(c) for c in found):
        for candidate in found:
            if is_context(candidate):
                candidate.kind = None


_DEFAULTS = TyperWeights()


@Language.factory(
    "outcome_typer",
    default_config={
        "rule_weight": _DEFAULTS.rule_weight,
        "cue_weight": _DEFAULTS.cue_weight,
        "none_threshold": _DEFAULTS.none_threshold,
        "context_weight": _DEFAULTS.context_weight,
        "situation_boost": _DEFAULTS.situation_boost,
        "bare_clause_factor": _DEFAULTS.bare_clause_factor,
    },
    requires=["doc._.outcome_candidates"],
    assigns=["doc._.outcome_candidates"],
)
def make_outcome_typer(
    nlp: Language,
    name: str,
    rule_weight: float,
    cue_weight: float,
    none_threshold: float,
    context_weight: float,
    situation_boost: float,
    bare_clause_factor: float,
) -> OutcomeTyper:
    weights = TyperWeights(
        rule_weight, cue_weight, none_threshold, context_weight, situation_boost, bare_clause_factor
    )
    return OutcomeTyper(nlp, name, weights)
