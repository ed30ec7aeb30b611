"""Plain-text helpers for the core: normalisation, content keys and second-person restatement."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
# the LTR/RTL marks (U+200E, U+200F) and the Arabic letter mark (U+061C). In a label they can
# make "evil" display as "live"; shown as ``⟨U+202E⟩`` a reader sees they are there.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_FILLERS = frozenset(
    {"um", "uh", "erm", "er", "hmm", "mm", "well", "so", "like", "yeah", "oh", "ah"}
)
# Function words that carry no content: two statements that differ only in these say the same.
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "about",
        "as",
        "into",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "am",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
        "will",
        "would",
        "can",
        "could",
        "should",
        "just",
        "really",
        "very",
        "more",
        "most",
        "now",
        "also",
        "too",
        "much",
        "many",
        "some",
        "any",
        "all",
        "not",
        "no",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "it's",
        "that's",
    ]
)

# First person → second person, for restating a participant's outcome inside a probe.
# "am"/"was" change only after "I" ("until 2 am" keeps its "am").
_SECOND_PERSON = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
}
_AFTER_I = {"am": "are", "was": "were", "wasn't": "weren't"}
# A word, not the letters after a digit ("2am") or inside another word.
_TOKEN = re.compile(r"(?<![\w'’])[A-Za-z]+(?:['’][A-Za-z]+)?")


def show_bidi_controls(text: str) -> str:
    """``text`` with each bidirectional control character shown as ``⟨U+202E⟩`` (not dropped,
    so nothing is silently lost, and no longer able to reorder what a reader sees)."""
    return _BIDI_CONTROLS.sub(lambda match: f"⟨U+{ord(match[0]):04X}⟩", text)


def words(text: str) -> list[str]:
    """Lowercased words of ``text`` with curly apostrophes made straight."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower().replace("’", "'"))]


def strip_fillers(text: str) -> list[str]:
    """Words of ``text`` without leading and trailing fillers ("um", "well", "yeah")."""
    tokens = words(text)
    while tokens and tokens[0] in _FILLERS:
        tokens.pop(0)
    while tokens and tokens[-1] in _FILLERS:
        tokens.pop()
    return tokens


def content_key(text: str) -> frozenset[str]:
    """The content words of ``text``, for telling whether two statements say the same thing."""
    return frozenset(w for w in words(text) if w not in _STOPWORDS)


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of the content words of two statements (1.0 = the same content)."""
    key_a, key_b = content_key(a), content_key(b)
    if not key_a and not key_b:
        return 1.0 if words(a) == words(b) else 0.0
    return len(key_a & key_b) / len(key_a | key_b)


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words (case-insensitive)."""
    haystack, needle = words(text), words(phrase)
    if not needle:
        return False
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def second_person(statement: str) -> str:
    """Restate a first-person outcome statement as a clause addressed to the participant.

    "I am able to fit into my old jeans." → "you are able to fit into your old jeans"; numbers,
    times and proper names stay as they are, and no capital is left mid-sentence.
    """
    clause = statement.strip().rstrip(".!?").strip()
    previous = ""

    def swap(match: re.Match[str]) -> str:
        nonlocal previous
        word = match.group(0)
        lower = word.lower().replace("’", "'")
        replacement = _SECOND_PERSON.get(lower)
        if lower == "us" and word == "US":
            replacement = None  # the country
        if replacement is None and previous == "i":
            replacement = _AFTER_I.get(lower)
        previous = lower
        return word if replacement is None else replacement

    clause = _TOKEN.sub(swap, clause)
    if len(clause) > 1 and clause[0].isupper() and not clause[1].isupper():
        clause = clause[0].lower() + clause[1:]
    return clause


@dataclass(frozen=True, slots=True)
class Address:
    """An outcome's second-person forms for probes ("you don't feel gross in the mirror").

    ``no_longer`` ("you no longer feel gross …") and ``not_to`` ("not to feel gross …") exist for
    statements of an avoided state whose negation they can move; otherwise they are None.
    """

    clause: str
    no_longer: str | None = None
    not_to: str | None = None


_YOU_NEGATED = re.compile(r"^you (?:do not|don't) (.+)$")
_YOU_NOT = re.compile(r"^you(?: are not| aren't|'re not) (.+)$")
_OTHER_NEGATED = re.compile(r"^(.+?) (don't|doesn't|do not|does not) ([a-z-]+)(.*)$")
_THING_NOT = re.compile(r"^(.+?) (is|are) not (.+)$")


def address(statement: str) -> Address:
    """The second-person forms of ``statement`` (see :class:`Address`)."""
    clause = second_person(statement)
    no_longer: str | None = None
    not_to: str | None = None
    if match := _YOU_NEGATED.match(clause):
        rest = match.group(1)
        no_longer, not_to = f"you no longer {rest}", f"not to {rest}"
    elif match := _YOU_NOT.match(clause):
        rest = match.group(1)
        no_longer, not_to = f"you are no longer {rest}", f"not to be {rest}"
    elif match := _OTHER_NEGATED.match(clause):
        who, do, verb, rest = match.groups()
        third = do.startswith("does")
        no_longer = f"{who} no longer {_third_person(verb) if third else verb}{rest}"
    elif match := _THING_NOT.match(clause):
        who, be, rest = match.groups()
        no_longer = f"{who} {be} no longer {rest}"
    return Address(clause, no_longer, not_to)


def _third_person(verb: str) -> str:
    if verb in ("have", "do", "go"):
        return {"have": "has", "do": "does", "go": "goes"}[verb]
    if re.search(r"(s|sh|ch|x|z)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


@cache
def packaged_phrases(name: str) -> tuple[str, ...]:
    """Phrases of a one-per-line data file shipped in ``interviewer/core/data``."""
    text = resources.files("interviewer.core").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
