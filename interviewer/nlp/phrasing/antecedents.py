"""Who a third-person pronoun names, when the answer named that person before.

"My coach is tough on everyone. I'd like her to trust my pacing" → "My coach trusts
who I am", not "She knows …": a statement is read on its own, so its subject is the person the
answer named, not a pronoun whose antecedent stayed behind. Only a person the answer named
earlier, of the pronoun's number, is taken; else the pronoun stays (and "they" as a perceiver
becomes the template's "Others").
"""

from __future__ import annotations

from spacy.tokens import Token

from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.surface import join
from interviewer.nlp.phrasing.vocabulary import vocabulary

_SINGULAR = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNP", "NNS", "NNPS", "POS", "HYPH"})
_GENERIC = frozenset({"people", "others", "other", "everyone", "everybody", "someone", "anyone"})


def antecedent(pronoun: Token, lexicon: Lexicon) -> str | None:
    """The noun phrase of the person ``pronoun`` refers back to ("my coach"), or None."""
    lower = pronoun.lower_
    if lower not in _SINGULAR | _PLURAL:
        return None
    plural = lower in _PLURAL
    earlier = [
        t
        for t in reversed(pronoun.doc[: pronoun.i])
        if _names_a_person(t, lexicon)
        and (t.tag_ in ("NNS", "NNPS")) == plural
        and not _other_gender(lower, t)
    ]
    # a subject is what a later pronoun most often names ("my husband teases me that I'd forget
    # my head … I'd love for him to …"): the nearest subject first, else the nearest person
    named = next((t for t in earlier if t.dep_ in ("nsubj", "nsubjpass")), None)
    named = named or next(iter(earlier), None)
    return _noun_phrase(named) if named is not None else None


def _other_gender(pronoun: str, noun: Token) -> bool:
    """ "her" never names "my dad", "him" never "my mum"."""
    lemma = noun.lemma_.lower()
    if pronoun in ("she", "her"):
        return vocabulary().has("male_people", lemma)
    return pronoun in ("he", "him") and vocabulary().has("female_people", lemma)


def _names_a_person(token: Token, lexicon: Lexicon) -> bool:
    if token.dep_ == "poss" and token.head.pos_ in ("ADJ", "VERB"):
        pass  # "my nan's worried": the "'s" is a verb the parse read as a possessive
    elif token.lower_ in _GENERIC or token.dep_ in ("compound", "poss", "attr"):
        return False  # "my brother's *a mechanic*": what someone is, not who
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False  # someone only introduced, not someone the answer can name again
    lemma = token.lemma_.lower()
    return token.tag_.startswith("NN") and (
        lexicon.has("person", lemma) or vocabulary().has("people_nouns", lemma)
    )


def _noun_phrase(noun: Token) -> str:
    start = noun.i
    doc = noun.doc
    while start > noun.left_edge.i and doc[start - 1].tag_ in _NOUN_PHRASE_TAGS:
        if doc[start - 1].tag_ == "POS" and doc[start].tag_ == "DT":
            break  # "my brother's a …": the "'s" is a verb
        start -= 1
    end = noun.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        end += 2  # "mother-in-law"
    return join(list(doc[start:end]))
