"""The grammar gate: a statement is said aloud only if it is a well-formed state of its kind.

A statement passes when it has a subject and a finite, present (or perfect) main predicate that
agrees with it, opens with a template of its kind, and holds no second person, no filler or
hedge, and no pronoun or determiner left dangling without what it refers to. What fails is
replaced by a quote of the answer marked for review (see ``phrasing.phrase_outcome``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.templates import opens_with_template
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.phrasing.words import Word, predicate_index, subject_person

INTERJECTION = re.compile(r"^(h+m+|u+m+|u+h+m*|e+r+m*|m+h*m+|a+h+|o+h+)$")
_ONLY_1SG = frozenset({"am", "'m"})
_ONLY_3SG = frozenset({"is", "was", "does", "has"})
_NOT_3SG = frozenset({"am", "'m", "are", "were", "do", "have"})
_PAST = frozenset({"was", "were", "did", "had"})


def statement_fault(words: Sequence[Word], kind: str, lexicon: Lexicon) -> str | None:
    """Why the statement fails the gate (a short rule id), or None when it passes."""
    for check in (_second_person, _filler, _dangling):
        fault = check(words)
        if fault:
            return fault
    fault = predicate_fault(words)
    if fault:
        return fault
    if not opens_with_template(words, kind, lexicon):
        return f"gate:not-a-{kind}-template"
    return None


def predicate_fault(words: Sequence[Word]) -> str | None:
    """Subject, finite present predicate and agreement ("The devs doesn't" fails)."""
    verb = predicate_index(words)
    if verb is None:
        return "gate:no-predicate"
    if verb == 0:
        return "gate:no-subject"
    predicate = words[verb]
    text = predicate.text.lower()
    if predicate.tag in ("VBG", "VBN") and text not in ("been",):
        return "gate:no-finite-predicate"  # "I embarrassing being out of breath"
    if text in _PAST or (predicate.tag == "VBD" and text.endswith("ed")):
        return "gate:past-tense"  # "My job performance increased": the state is lost
    if [w.text.lower() for w in words[:verb]] == ["there"]:
        return _complement_fault(words, verb)  # "There are no fees": agrees with what follows
    person = subject_person(words[:verb])
    third = text in _ONLY_3SG or predicate.tag == "VBZ"
    if person == "1sg" and (third or text in ("are", "were")):
        return "gate:agreement"
    if person == "pl" and (third or text in _ONLY_1SG):
        return "gate:agreement"
    if person == "3sg" and (text in _NOT_3SG or predicate.tag in ("VBP", "VB")):
        return "gate:agreement"
    return _complement_fault(words, verb)


_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
_JOINING_TAGS = frozenset({"CC", "IN", "WDT", "WP", "WRB", "TO", ","})


def _complement_fault(words: Sequence[Word], verb: int) -> str | None:
    lowered = [w.text.lower() for w in words]
    for index in range(verb + 1, len(words) - 1):
        joined = words[index - 1].tag in _JOINING_TAGS or lowered[index - 1] in (",", "that")
        if (
            lowered[index] in _SUBJECT_PRONOUNS
            and not joined
            and words[index + 1].tag[:2]
            in (
                "VB",
                "MD",
            )
        ):
            return "gate:run-on"  # "I am not tired I make mistakes": two clauses, no join
    for index in range(verb, len(words) - 1):
        after = words[index + 1]
        if lowered[index] == "feel" and after.tag in ("DT", "PRP$") and index + 2 < len(words):
            return "gate:feel-a-noun"  # "I feel a good sister"
        able_to = lowered[index : index + 2] == ["able", "to"] and index + 2 < len(words)
        if able_to and vocabulary().has(
            "not_abilities", words[index + 2].lemma or lowered[index + 2]
        ):
            return "gate:not-an-ability"  # "I am able to hope"
    return None


def _second_person(words: Sequence[Word]) -> str | None:
    if any(vocabulary().has("second_person", w.text) for w in words):
        return "gate:second-person"
    return None


def _filler(words: Sequence[Word]) -> str | None:
    lowered = [w.text.lower() for w in words]
    vocab = vocabulary()
    for index, word in enumerate(words):
        text = lowered[index]
        if word.tag == "UH" or INTERJECTION.match(text) or vocab.has("fillers", text):
            return "gate:filler"
        if vocab.has("hedges", text) and not (text == "like" and word.tag == "IN"):
            return "gate:hedge"
        pair = " ".join(lowered[index : index + 2])
        before = words[index - 1].tag if index > 0 else ""
        if vocab.has("hedge_pairs", pair) and (  # "kind of panicked", not "this kind of work"
            pair[0] == "i" or before not in ("DT", "WDT", "JJ", "PRP$")
        ):
            return "gate:hedge"
    return None


def _dangling(words: Sequence[Word]) -> str | None:
    content = [w for w in words if w.text[:1].isalnum()]
    if len(content) < 2:
        return "gate:too-short"
    vocab = vocabulary()
    if vocab.has("never_last", content[-1].text):
        return "gate:dangling-end"
    seen_noun = False
    for index, word in enumerate(words):
        text = word.text.lower()
        following = words[index + 1] if index + 1 < len(words) else None
        if vocab.has("needs_antecedent", text) and word.tag in ("PRP", "") and not seen_noun:
            return "gate:dangling-pronoun"  # "It matters"
        if (
            vocab.has("demonstratives", text)
            and word.tag in ("DT", "")
            and not seen_noun
            and (following is None or following.tag[:2] not in ("NN", "JJ", "CD"))
        ):
            return "gate:dangling-pronoun"  # "… think about that"
        if word.tag.startswith("NN") or (word.tag == "PRP" and text in ("i", "me", "we")):
            seen_noun = seen_noun or word.tag.startswith("NN")
    return None
