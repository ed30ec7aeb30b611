"""The surface of a restatement: which of the answer's tokens are kept and how they are written.

Fillers and asides ("um", "you know") go, with the commas around them; a generic "you" and a
reported person become the speaker ("makes you feel confident" → "me"); verbs are put in the
present and agree with their subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextvars import ContextVar
from itertools import pairwise

from spacy.tokens import Span, Token

from interviewer.nlp.clause import hyphen_word
from interviewer.nlp.phrasing.gate import INTERJECTION
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.rules import FIRST_PERSON

_NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})


_BE_PRESENT = {"i": "am", "we": "are", "you": "are", "they": "are"}


_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}


_AUX_DEPS = ("aux", "auxpass", "neg")


_VOCAB = vocabulary()


# Object pronouns that become subjects when a clause is restated ("I want them to see us as …").
SUBJECT_FORMS = {"them": "they", "him": "he", "her": "she", "us": "we", "me": "I"}


# Whether the clause being phrased reports someone else's outcome as the speaker's own
# ("users want …", "30% of parents worry …", "she wants to …"): LABELING.md restates those in
# the first person.
REPORTED: ContextVar[bool] = ContextVar("reported", default=False)
# Whether the report is only the clause's context ("Students worry [other students will think
# they're clueless]"): a pronoun in a relative clause is then the clause's own subject's
# ("visitors remember it as the best show [they'd seen]").
EMBEDDED: ContextVar[bool] = ContextVar("embedded", default=False)


def is_plural(subject: Token, who: str) -> bool:
    """Whether a subject is plural, also where the tagger took an unknown plural ("the devs")
    for a singular noun."""
    if subject.tag_ in ("NNS", "NNPS") or who.lower() in ("they", "people", "others", "we"):
        return True
    if _VOCAB.has("plural_nouns", subject.lower_):  # "Council staff don't …"
        return True
    if "Plur" in subject.morph.get("Number", []) or any(c.dep_ == "conj" for c in subject.children):
        return True
    text = subject.lower_
    return (
        subject.tag_ in ("NN", "NNP")
        and len(text) > 3
        and text.endswith("s")
        and not text.endswith(("ss", "us", "is", "ics"))
    )


def prefixed(verb: Token, form: str) -> str:
    """Keep a hyphenated prefix the tokenizer split off ("second-guess", "over-think")."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 2].whitespace_:
        return f"{doc[verb.i - 2].lower_}-{form}"
    return form


def tail_text(span: Span, core: Token, tree: list[Token]) -> str:
    """What follows the core predicate in its own subtree (objects, complements, qualifiers)."""
    tokens = [
        t
        for t in tree
        if t.i > core.i and inside(span, t) and not is_dropped(t, core) and not is_interjection(t)
    ]
    return join(sorted(tokens, key=lambda t: t.i))


def is_dropped(token: Token, core: Token) -> bool:
    head = token.head.i
    dep = token.dep_
    if head == core.i and dep in (*_AUX_DEPS, "mark", "intj"):
        return True
    if dep == "conj" and head == core.i:
        return False
    lower = token.lower_
    if lower == "no" and token.head.lower_ == "longer" and token.head.head.i == core.i:
        return True  # "[no] longer anxious": the template says it once
    return (lower in _NEGATION_WORDS and head in (core.i, core.head.i)) or (
        lower in ("longer", "anymore") and head == core.i
    )


def phrase(tokens: Iterable[Token], span: Span) -> str:
    kept = {t.i: t for t in tokens if inside(span, t) and not is_interjection(t)}
    if "-" in span.text:  # a word the tokenizer split at hyphens stays whole
        for token in list(kept.values()):
            kept.update({t.i: t for t in hyphen_word(token) if inside(span, t)})
    return join(sorted(kept.values(), key=lambda t: t.i))  # in the answer's order


_ASIDES = _VOCAB.words("aside_verbs")


def is_interjection(token: Token) -> bool:
    """Fillers and hedges inside a clause ("to, um, trust", "confident, you know, instead",
    "honestly scared", "sort of a control thing") and the commas around them."""
    if _is_filler(token) or _is_hedge(token):
        return True
    if token.is_punct and token.text in (",", "...", "…"):
        neighbours = [token.nbor(d) for d in (-1, 1) if 0 <= token.i + d < len(token.doc)]
        return any(_is_filler(n) for n in neighbours)
    return False


_FILLERS = _VOCAB.words("fillers")
_HEDGES = _VOCAB.words("hedges")
_ASIDE_WORDS = _ASIDES | {"you", "i"}  # words an aside ("you know", "I mean") starts or ends on


def _set_off_aside(token: Token) -> bool:
    """ "you know" / "I mean" set off by commas, whatever the parse made of it."""
    doc, i = token.doc, token.i
    if token.lower_ in ("you", "i") and i + 1 < len(doc):
        start, verb = i, doc[i + 1]
    elif token.lemma_.lower() in _ASIDES and i > 0 and doc[i - 1].lower_ in ("you", "i"):
        start, verb = i - 1, token
    else:
        return False
    if verb.lemma_.lower() not in _ASIDES:
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (before is None or before.text == ",") and (after is None or after.is_punct)


_PAUSES = (",", "…", "...")


def _filler_like(token: Token) -> bool:
    """ "like" as a spoken filler: set off by pauses (", like, …"), or read as an interjection
    where no clause follows ("in like three weeks"); "treats me like I know …" joins a clause."""
    doc, i = token.doc, token.i
    before = doc[i - 1].text if i > 0 else ","
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or (before in _PAUSES and (after.text in _PAUSES or after.is_punct)):
        return True
    clause = after.lower_ in ("i", "you", "we", "they", "he", "she", "it", "everyone")
    # "… what it feels *like*." ends on it: no filler
    return (token.dep_ == "intj" or token.tag_ == "UH") and not clause and not after.is_punct


def _is_hedge(token: Token) -> bool:
    """A hedging adverb ("honestly", "basically") or a hedging "kind of"/"sort of" (not "this
    kind of work")."""
    lower = token.lower_
    if lower not in _HEDGES and lower not in ("kind", "sort", "of"):
        return False
    if lower in _HEDGES:
        return token.dep_ in ("advmod", "intj", "npadvmod")
    doc = token.doc
    if lower in ("kind", "sort") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
        before = doc[token.i - 1] if token.i > 0 else None
        return before is None or before.tag_ not in ("DT", "WDT", "JJ", "PRP$")
    if lower == "of" and token.i > 0 and doc[token.i - 1].lower_ in ("kind", "sort"):
        return _is_hedge(doc[token.i - 1])
    return False


def _is_filler(token: Token) -> bool:
    lower = token.lower_
    dep = token.dep_
    if lower == "like":
        return _filler_like(token)
    if dep == "intj" or lower in _FILLERS or token.tag_ == "UH" or INTERJECTION.match(lower):
        return True
    if lower not in _ASIDE_WORDS:  # most words: no aside can start or end on them
        return False
    if _set_off_aside(token):
        return True
    if dep not in ("parataxis", "nsubj"):
        return False
    aside = token if token.dep_ == "parataxis" else token.head
    return (
        aside.dep_ == "parataxis"
        and aside.lemma_.lower() in _ASIDES
        and (token is aside or token.dep_ == "nsubj")
        and sum(1 for _ in aside.subtree) <= 2
    )


def join(tokens: list[Token]) -> str:
    """The tokens' text, minus a capital that only marked the start of a sentence, with the
    generic "you" of speech in the speaker's person ("makes you feel confident" → "me")."""
    if not tokens:
        return ""
    first = tokens[0]
    head = _first_person(first) or first.text
    acronym = len(head) > 1 and any(c.isupper() for c in head[1:])  # "RSVPs", "iPhone"
    if first.is_sent_start and first.pos_ != "PROPN" and head != "I" and not acronym:
        head = head[:1].lower() + head[1:]
    text = head
    for previous, token in pairwise(tokens):
        # a token left out between two kept ones leaves a space ("confident[, you know,] instead")
        gap = previous.whitespace_ or (token.i != previous.i + 1 and not token.is_punct)
        text += (" " if gap else "") + (_first_person(token) or token.text)
    return _AM_NOT.sub("am not", text.strip())  # "you aren't" in the speaker's person


_AM_NOT = re.compile(r"\bamn't\b", re.IGNORECASE)


_GENERIC_YOU = {"your": "my", "yours": "mine", "yourself": "myself"}


_AFTER_I = {"are": "am", "'re": "'m", "were": "was", "is": "am", "has": "have", "does": "do"}


_REPORTED_FORMS = {
    "his": "my",
    "their": "my",
    "theirs": "mine",
    "himself": "myself",
    "herself": "myself",
    "themselves": "myself",
    "themself": "myself",
}


_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})


def _quoted(token: Token) -> bool:
    """Whether the token is inside quotation marks within its sentence."""
    sentence = token.sent
    marks = sum(1 for t in sentence[: token.i - sentence.start] if t.text in _QUOTES)
    return marks % 2 == 1


def _first_person(token: Token) -> str | None:
    """The speaker's form of a generic second-person word (or, in a reported clause, of the
    reported person's pronoun), or None to keep the token."""
    lower = token.lower_
    if lower not in _PERSON_WORDS or _quoted(token):
        return None  # someone's own words in quotes stay theirs ("call it 'your little hobby'")
    if REPORTED.get() and EMBEDDED.get() and any(a.dep_ == "relcl" for a in token.ancestors):
        return _GENERIC_YOU.get(lower) if lower not in ("he", "she", "they") else None
    reported = REPORTED.get() and lower in ("he", "she", "they", "him", "her", "them")
    if lower == "you" or reported:
        if lower == "her" and token.dep_ == "poss":
            return "my"
        return "I" if token.dep_ in ("nsubj", "nsubjpass") else "me"
    previous = token.nbor(-1) if token.i > 0 else None
    if previous is not None and lower in _AFTER_I and _first_person(previous) == "I":
        return _AFTER_I[lower]
    if REPORTED.get() and lower in _REPORTED_FORMS:
        return _REPORTED_FORMS[lower]
    return _GENERIC_YOU.get(lower)


_PERSON_WORDS = frozenset(
    {"you", "he", "she", "they", "him", "her", "them"}
    | set(_AFTER_I)
    | set(_REPORTED_FORMS)
    | set(_GENERIC_YOU)
)


def inside(span: Span, token: Token) -> bool:
    return span.start <= token.i < span.end


def has_negation(span: Span, core: Token) -> bool:
    return any(c.dep_ == "neg" for c in core.children) or any(
        t.lower_ in ("no", "never") and t.head == core for t in span
    )


def present(verb: Token, subject: Token | None, plural: bool = False) -> str:
    lemma = verb.lemma_.lower()
    third = (
        not plural
        and subject is not None
        and subject.lower_ not in FIRST_PERSON
        and subject.lower_ not in ("they", "you", "people", "others")
        and subject.tag_ in ("NN", "NNP", "PRP")
    )
    # "friends noticing that …", "clients keep asking if …": the gerund's subject is its own
    own_subject = subject is not None and (
        subject.head.i == verb.i or (verb.dep_ == "xcomp" and subject.head.i == verb.head.i)
    )
    if verb.tag_ == "VBN" or (
        verb.tag_ == "VBG" and not own_subject and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return verb.text.lower()  # a gerund with a clause of its own is a misparse: left as is
    # a gerund or progressive ("my friends admiring me", "they are judging me") is stated in
    # the simple present like any other verb: "My friends admire me"
    if lemma == "be":
        if subject is None:
            return "am"
        return _BE_PRESENT.get(subject.lower_, "is" if third else "are")
    if third:
        return _IRREGULAR_3SG.get(lemma, third_person(lemma))
    return lemma


def third_person(lemma: str) -> str:
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


_INNER_FILLER = re.compile(
    r",\s*(?:you know|i mean|i guess|like|kind of|sort of|honestly|basically|right)\s*(?=,)",
    re.IGNORECASE,
)


_FEEL_THEN_HOW_OFTEN = re.compile(
    r"\b(feel|feels) (" + "|".join(sorted(_VOCAB.words("frequency_adverbs"))) + r")\b"
)


_NOT_HOW_OFTEN = re.compile(
    r"\b(don't|doesn't|do not|does not) (?:"
    + "|".join(sorted(_VOCAB.words("frequency_adverbs")))
    + r") "
)


def tidy(text: str) -> str:
    text = " ".join(text.split())
    text = _FEEL_THEN_HOW_OFTEN.sub(r"\2 \1", text)  # "I feel always on edge" → "I always feel …"
    text = _NOT_HOW_OFTEN.sub(
        r"\1 ", text
    )  # "I don't always feel on edge": "not always" means less
    text = _INNER_FILLER.sub("", text)  # "confident, you know, instead" → "confident, instead"
    text = text.strip(" ,;:-–—.")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\b(\w+) -(\w)", r"\1-\2", text)  # "pre -order": a word split at its hyphen
    text = re.sub(
        r"\b(I|you) (is)\b", lambda m: f"{m.group(1)} {'am' if m.group(1) == 'I' else 'are'}", text
    )
    return text[:1].upper() + text[1:] if text else text
