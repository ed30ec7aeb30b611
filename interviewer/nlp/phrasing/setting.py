"""Where or when the answer sets an outcome, when it opens the answer's clause outside the
outcome's own words: "[At the office] there's a running joke about my lunch, and I'd like people
to stop laughing at me" → "People don't laugh at me at the office"; "[When a customer sends the
questionnaire] I want us to look legit" → "Others see us as legit when a customer sends the
questionnaire". A condition ("if …") is a means, not a setting, and is left out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from interviewer.nlp.phrasing.surface import inside, phrase
from interviewer.nlp.phrasing.vocabulary import vocabulary

_PLACES = frozenset({"at", "in", "on", "during"})


def setting(span: Span, outcome: list[Token]) -> str | None:
    """The words of the setting that opens ``span`` before the ``outcome``'s words, or None."""
    if not outcome or len(span) < 2:
        return None
    begins = min(t.i for t in outcome)
    opener = _opener(span[0], span)
    if opener is None:
        return None
    words = [t for t in opener.subtree if inside(span, t)]
    if words[0].i != span.start or words[-1].i >= begins or set(words) & set(outcome):
        return None
    if _past(opener if opener.dep_ == "advcl" else opener.head):
        return None  # what happened once is no setting of a present state
    return phrase(words, span)


def _past(verb: Token) -> bool:
    """ "when I got promoted", "[at the dealership] the salesman kept …": told in the past."""
    return any(t.tag_ == "VBD" for t in (verb, *(c for c in verb.children if c.dep_ == "aux")))


def _opener(first: Token, span: Span) -> Token | None:
    """The place phrase ("at the office") or the time clause ("when I …") the span opens with."""
    if first.lower_ in _PLACES and first.dep_ == "prep":
        named = any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in first.children)
        return first if named else None
    marks = vocabulary().words("time_marks") - {"if"}
    if first.lower_ not in marks:
        return None
    clause = first.head
    if clause.dep_ != "advcl" or not inside(span, clause):
        return None
    return clause
