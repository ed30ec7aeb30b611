"""Explainable rules over one clause: its kind, whether it only gives context, and its polarity.

``read_clause`` reads the clause view (``interviewer.nlp.clause``) and applies, in order, the
kind rules (``kind.KIND_RULES``: the first that speaks decides, its id is the evidence), the
context rules (``context``) and the polarity signs (``polarity``). All words come from the cue
lexicon (``data/patterns/cues.jsonl``), which travels with the pipeline's ``to_disk``.
"""

from __future__ import annotations

from spacy.tokens import Span

from interviewer.nlp.clause import (
    FIRST_PERSON,
    Reading,
    is_first_person,
    is_other_person,
    name,
    read_view,
)
from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.rules.context import (
    pleasantry,
    product_feature,
    situation_cues,
    talk_cues,
    third_party,
)
from interviewer.nlp.rules.kind import first_verdict
from interviewer.nlp.rules.polarity import read_polarity
from interviewer.nlp.rules.verdict import STRONG, WEAK, Clause, Verdict

__all__ = [
    "DISLIKE",
    "FIRST_PERSON",
    "STRONG",
    "WEAK",
    "Reading",
    "Verdict",
    "is_first_person",
    "is_other_person",
    "read_clause",
]

# Wrappers whose complement is avoided ("I hate waiting"), as the packaged lexicon has them.
DISLIKE = frozenset(lemma for cue, lemma in Lexicon.packaged().negative if cue == "wrapper")


def read_clause(span: Span, lexicon: Lexicon) -> Reading:
    """Apply the rules to one outcome candidate."""
    clause = Clause(span, read_view(span, lexicon), lexicon)
    reading = clause.reading
    if clause.speaker and not is_first_person(reading.subject):
        reading.evidence.append(f"stand-in:{name(reading.subject)}")
    verdict = first_verdict(clause)
    if verdict is not None:
        reading.kind, reading.strength = verdict.kind, verdict.strength
        reading.evidence += verdict.evidence
    purpose = _purpose_reading(span, reading, lexicon) if reading.strength < STRONG else None
    if reading.strength < STRONG:
        reading.situation = situation_cues(clause)
        # Talk about the talk, or about someone else, outweighs a weak cue: "my name is …" is no
        # reputation, "my landlord is grumpy" is not the speaker's mood.
        aside = (
            talk_cues(clause)
            or pleasantry(clause)
            or third_party(clause)
            or product_feature(clause)
        )
        if aside:
            reading.situation += aside
            reading.kind, reading.strength = None, 0.0
    read_polarity(clause)
    if purpose is not None:
        _adopt(reading, purpose)
    return reading


def _purpose_reading(span: Span, reading: Reading, lexicon: Lexicon) -> Reading | None:
    """The reading of the purpose the clause's action serves, when the parse shows it plainly:
    "I stay late *to avoid being seen as lazy*", "I bought the bag *so that investors take me
    seriously*". The outcome is what the means is for."""
    core = reading.core
    if core is None:
        return None
    for child in core.children:
        if child.dep_ not in ("advcl", "xcomp") or not (span.start <= child.i < span.end):
            continue
        marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
        if not (marks & {"to", "that"} or "so" in marks):
            continue  # "stay late [to avoid …]", "[so that] clients take me seriously"
        start = max(span.start, child.left_edge.i)
        end = min(span.end, child.right_edge.i + 1)
        if end - start >= len(span):
            continue  # not smaller than the clause itself: nothing new to read, and no loop
        inner = read_clause(span.doc[start:end], lexicon)
        if inner.kind is not None and inner.strength >= STRONG:
            return inner
    return None


def _adopt(reading: Reading, purpose: Reading) -> None:
    reading.kind, reading.strength = purpose.kind, purpose.strength
    reading.evidence = [*reading.evidence, "purpose-clause", *purpose.evidence]
    reading.situation = []
    if purpose.polarity is not None:
        reading.polarity, reading.polarity_evidence = purpose.polarity, purpose.polarity_evidence
