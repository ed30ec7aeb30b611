"""Plain-text helpers for the core: normalisation, content keys and second-person restatement."""

from __future__ import annotations

import re
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
_SECOND_PERSON = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "am": "are",
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
}
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


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

    "I am able to fit into my old jeans." → "you are able to fit into your old jeans"
    """
    clause = statement.strip().rstrip(".!?").strip()

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        replacement = _SECOND_PERSON.get(word.lower().replace("’", "'"))
        if replacement is None:
            return word
        return (
            replacement.capitalize() if word[0].isupper() and word.lower() != "i" else replacement
        )

    clause = _TOKEN.sub(swap, clause)
    clause = re.sub(r"\byou was\b", "you were", clause)
    clause = re.sub(r"\bYou was\b", "You were", clause)
    if len(clause) > 1 and clause[0].isupper() and not clause[1].isupper():
        clause = clause[0].lower() + clause[1:]
    return clause


@cache
def packaged_phrases(name: str) -> tuple[str, ...]:
    """Phrases of a one-per-line data file shipped in ``interviewer/core/data``."""
    text = resources.files("interviewer.core").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
