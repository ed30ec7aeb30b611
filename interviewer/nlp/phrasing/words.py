"""A statement as tagged words: split cheaply, tagged from the answer's parse and the templates.

Re-parsing every statement with the tagger and parser would cost two thirds of the answer's own
parse; a statement is the answer's words plus template words, so each word takes its tag from
the token it came from, or from the template table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from interviewer.nlp.phrasing.vocabulary import vocabulary

_SPLIT = re.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b|['’](?:m|re|s|ve|d|ll)\b|\d+(?:[.:,]\d+)*(?:am|pm|%)?|[\w]+(?:[-'’][\w]+)*|[^\w\s]"
)
# Tags of the words templates add (Penn Treebank tags; lemma where it differs).
_TEMPLATE_WORDS: dict[str, tuple[str, str]] = {
    "i": ("PRP", "i"),
    "me": ("PRP", "i"),
    "my": ("PRP$", "my"),
    "am": ("VBP", "be"),
    "'m": ("VBP", "be"),
    "is": ("VBZ", "be"),
    "are": ("VBP", "be"),
    "do": ("VBP", "do"),
    "does": ("VBZ", "do"),
    "n't": ("RB", "not"),
    "not": ("RB", "not"),
    "have": ("VBP", "have"),
    "has": ("VBZ", "have"),
    "feel": ("VBP", "feel"),
    "see": ("VBP", "see"),
    "sees": ("VBZ", "see"),
    "seen": ("VBN", "see"),
    "others": ("NNS", "other"),
    "people": ("NNS", "person"),
    "able": ("JJ", "able"),
    "to": ("TO", "to"),
    "as": ("IN", "as"),
    "free": ("JJ", "free"),
    "of": ("IN", "of"),
    "there": ("EX", "there"),
    "lost": ("VBN", "lose"),
    "lose": ("VBP", "lose"),
    "get": ("VBP", "get"),
    "avoid": ("VB", "avoid"),
    "worry": ("VBP", "worry"),
    "like": ("IN", "like"),
    "no": ("DT", "no"),
    "longer": ("RB", "longer"),
}
_VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD", "VBG", "VBN", "MD"})
_FINITE_FORMS = frozenset(
    {"am", "'m", "is", "are", "was", "were", "do", "does", "did", "have", "has", "had"}
)
PLURAL_WORDS = frozenset({"we", "they", "others", "people", "both"})


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a statement with its part-of-speech tag ("" when unknown)."""

    text: str
    tag: str = ""
    lemma: str = ""


def split_words(text: str) -> list[str]:
    """The words and punctuation of ``text``, contractions split as spaCy does ("do", "n't")."""
    return _SPLIT.findall(text)


def tag_words(texts: Iterable[str], source: Iterable[tuple[str, str, str]]) -> list[Word]:
    """Tag each word from the template table, else from the ``source`` (text, tag, lemma)."""
    known: dict[str, tuple[str, str]] = {}
    verbs: dict[str, str] = {}
    for text, tag, lemma in source:
        known.setdefault(text.lower(), (tag, lemma))
        if tag.startswith("VB"):
            verbs.setdefault(lemma.lower(), tag)
    words: list[Word] = []
    for position, text in enumerate(texts):
        lower = text.lower().replace("’", "'")
        if lower in _TEMPLATE_WORDS and (position < 4 or lower not in known):
            tag, lemma = _TEMPLATE_WORDS[lower]
            if lower in known and known[lower][0] in _VERB_TAGS and tag not in _VERB_TAGS:
                tag, lemma = known[lower]  # "The neighbours *like* us": the answer's verb
        elif lower in known:
            tag, lemma = known[lower]
        elif "-" in lower and lower.rsplit("-", 1)[-1] in known:  # "in-laws": as "laws"
            tag, lemma = known[lower.rsplit("-", 1)[-1]]
        else:
            tag, lemma = _inflected(lower, verbs)
        words.append(Word(text, tag, lemma))
    return words


def _inflected(word: str, verbs: dict[str, str]) -> tuple[str, str]:
    """A verb form phrasing made from a source lemma ("update" → "updates"), else unknown."""
    if word in verbs:
        return "VBP", word
    for stem in (word[:-1], word[:-2], word[:-3] + "y"):
        if word.endswith("s") and stem in verbs:
            return "VBZ", stem
    return "", ""


def is_verb(word: Word) -> bool:
    return word.tag in _VERB_TAGS or word.text.lower() in _FINITE_FORMS


def predicate_index(words: Sequence[Word]) -> int | None:
    """Index of the statement's first verb (its main predicate or that predicate's auxiliary);
    participles before a noun ("my resting heart rate") and the verb of a relative clause in
    the subject ("the people who doubted me admit …") are passed over."""
    relative = False
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if word.tag in ("WP", "WDT") and index > 0:
            relative = True
            continue
        if not is_verb(word):
            continue
        if word.tag == "VBG" and index > 0 and words[index - 1].tag == "IN":
            continue  # the object of a preposition: "the coaches *at training* save me a spot"
        if index == 0 and word.tag == "VBG" and _gerund_subject(words[1:]):
            continue  # a gerund subject: "Chasing invoices doesn't eat my Monday"
        if (
            word.tag in ("VBG", "VBN")
            and following is not None
            and following.tag[:2] in ("NN", "JJ")
            and not (index == 0 and following.tag[:2] == "JJ")  # "Dozing off …" is no modifier
        ):
            continue
        if relative:
            relative = False
            continue
        return index
    return _misread_verb(words)


def _gerund_subject(words: Sequence[Word]) -> bool:
    """Whether a leading gerund is the subject of a later verb of its own ("Chasing invoices
    *eats* my Monday"); not of "is" ("Tightening the budget is the whole game" only judges it)."""
    named = words[0].tag[:2] in ("DT", "PR", "NN") or (
        words[0].tag == "JJ" and len(words) > 1 and words[1].tag.startswith("NN")
    )
    if not named:
        return False  # an activity and its object: "Dozing off … doesn't run" is no subject
    return any(
        w.tag in ("VBZ", "MD") and w.text.lower() not in ("is", "'s") and (w.lemma or "") != "be"
        for w in words
    )


def _misread_verb(words: Sequence[Word]) -> int | None:
    """A present verb the tagger took for a plural noun ("The phone *costs* under $600")."""
    for index in range(1, len(words) - 1):
        word, before, after = words[index], words[index - 1], words[index + 1]
        if (
            word.tag == "NNS"
            and before.tag[:2] in ("NN", "PR")
            and after.tag in ("IN", "CD", "DT", "RB", "$", "PRP", "PRP$", "RP")
        ):
            return index
        if (
            word.text.lower() == "like"
            and before.tag in ("NNS", "NNPS")
            and after.tag in ("PRP", "PRP$", "DT", "NN", "NNS")
        ):
            return index  # "The neighbours *like* us", read as a preposition
    return None


def subject_words(subject: Sequence[Word]) -> list[Word]:
    """The subject without the adverbs between it and its verb ("I *already* know")."""
    kept = list(subject)
    while len(kept) > 1 and kept[-1].tag.startswith("RB"):
        kept.pop()
    return kept


def subject_person(subject: Sequence[Word]) -> str:
    """``1sg``, ``pl`` or ``3sg``: the grammatical person of a statement's subject."""
    subject = subject_words(subject)
    lowered = [w.text.lower() for w in subject]
    if lowered == ["i"]:
        return "1sg"
    if subject and subject[0].tag == "VBG":
        return "3sg"  # an activity: "Chasing invoices eats my Monday"
    if "and" in lowered:
        return "pl"
    head = _head(subject)
    text = head.text.lower()
    if (
        text in PLURAL_WORDS
        or head.tag in ("NNS", "NNPS")
        or vocabulary().has("plural_nouns", text)
    ):
        return "pl"
    if head.tag == "CD" and text not in ("one", "1"):
        return "pl"  # "all four of us"
    if (
        head.tag.startswith("NN")
        and text.endswith("s")
        and not text.endswith(("ss", "us", "is", "ics"))
        and len(text) > 3
    ):  # "the devs": the tagger took a plural it does not know for a singular
        return "pl"
    return "3sg"


def _head(subject: Sequence[Word]) -> Word:
    """The subject's head: its last noun, pronoun or number before a preposition or a relative
    clause ("my sense *of* calm", "candidates *who* decline")."""
    head = subject[-1]
    for index, word in enumerate(subject):
        if index > 0 and (word.tag in ("IN", "WP", "WDT") or word.text.lower() == "who"):
            break
        if word.tag[:2] in ("NN", "PR", "CD", "EX") or word.text.lower() in PLURAL_WORDS:
            head = word
    return head
