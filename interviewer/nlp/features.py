"""Parse features for the trained classifiers: pseudo-words put before a clause's own words.

The bag-of-n-grams classifiers then learn from who the subject is, what the core predicate is,
its tense, negation and the rules' readings, not only from the surface words — which lets them
generalise to phrasings the corpus does not hold.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from interviewer.nlp.clause import Reading, is_first_person, is_other_person
from interviewer.nlp.lexicon import Lexicon


def clause_features(span: Span, reading: Reading, lexicon: Lexicon) -> list[str]:
    """Pseudo-words describing one clause's parse and rule reading."""
    core = reading.core or span.root
    features = [f"__core_{core.lemma_.lower()}", f"__pos_{core.pos_}", f"__tag_{core.tag_}"]
    subject = reading.subject
    if subject is None:
        features.append("__subj_implied")
    elif is_first_person(subject):
        features.append("__subj_speaker")
    elif is_other_person(subject, lexicon):
        features.append("__subj_other")
    else:
        features.append("__subj_thing")
    features += [f"__wrap_{w.lemma_.lower()}" for w in reading.wrappers]
    if reading.negated:
        features.append("__neg")
    if reading.kind:
        features.append(f"__rule_{reading.kind}_{'strong' if reading.strength >= 1 else 'weak'}")
    features += ["__" + cue.split("=")[0].replace(":", "_") for cue in reading.situation]
    if reading.polarity:
        features.append(f"__pol_{reading.polarity}")
    if any(
        t.lower_ in ("me", "us", "my", "our") and t.dep_ in ("dobj", "pobj", "poss")
        for t in reading.tree
    ):
        features.append("__obj_speaker")
    if any(c.dep_ == "auxpass" for c in core.children):
        features.append("__passive")
    if any(c.tag_ == "MD" for c in core.children) or any(w.tag_ == "MD" for w in reading.wrappers):
        features.append("__modal")
    return features + _cue_features(span, lexicon)


# Meaning classes of the lexicon that tell kinds apart whatever the word: a word the corpus never
# used still reads as "an emotion", "a person", "a problem" once the lexicon knows it.
_MEANING_CUES = (
    "emotion",
    "feeling",
    "person",
    "perception",
    "social_noun",
    "negative",
    "result_noun",
    "body_noun",
    "stand_in",
    "self_presentation",
)


def _cue_features(span: Span, lexicon: Lexicon) -> list[str]:
    index = lexicon.index_of(_MEANING_CUES)
    found: list[str] = []
    for token in span:
        for cue, negative in index.get(token.lemma_.lower(), ()):
            feature = f"__cue_{cue}{'_neg' if negative else ''}"
            if feature not in found:
                found.append(feature)
    return found


def classifier_words(
    span: Span, readings: Iterable[tuple[Span, Reading]], lexicon: Lexicon
) -> list[str]:
    """The words a classifier reads for ``span``: the features of the given clause readings,
    then the span's own words."""
    words: list[str] = []
    for clause, reading in readings:
        words += reading.features or clause_features(clause, reading, lexicon)
    return words + [t.text for t in span if not t.is_space]
