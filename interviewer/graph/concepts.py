"""Content codes: kind, polarity and core concept of an outcome, so interviews merge by meaning.

``emotional/want/confident`` is the code of "I feel more confident at work" and of "I'm more
self-assured in meetings"; ``functional/avoid/late`` of "I am not late" and of "I arrive on
time". The concept is read from the statement without spaCy: the stative frame is cut off
("I (now) feel …", "Others see me as …"), words are reduced to a lemma, then the first word or
phrase of the shipped synonym table (``data/concepts.yaml``) names the concept — a word that is
the opposite of a concept names it with the polarity turned; failing that, the first two content
words, in alphabetical order, do. A researcher's ``--mapping`` still overrides every code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from interviewer.core.outcome import Polarity

MAX_PHRASE_WORDS = 5
FALLBACK_WORDS = 2  # content words that name a concept the table does not know
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NOW = re.compile(r"\(now\)|\bnow\b")


@dataclass(frozen=True, slots=True)
class _Table:
    frames: tuple[tuple[str, ...], ...]  # longest first
    light: frozenset[str]
    lemmas: dict[str, str]
    concepts: dict[tuple[str, ...], tuple[str, bool]]  # phrase -> (concept, opposite?)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(str(text).lower().replace("’", "'").replace("-", " ")))


@cache
def _table() -> _Table:
    source = resources.files("interviewer.graph").joinpath("data", "concepts.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    concepts: dict[tuple[str, ...], tuple[str, bool]] = {}
    for concept, phrases in data["synonyms"].items():
        for phrase in (concept, *phrases):
            concepts.setdefault(_phrase(phrase), (str(concept), False))
    for phrase, concept in data["opposites"].items():
        concepts.setdefault(_phrase(phrase), (str(concept), True))
    frames = sorted((_phrase(frame) for frame in data["frames"]), key=len, reverse=True)
    return _Table(
        tuple(frames),
        frozenset(str(word) for word in data["light"]),
        {str(k): str(v) for k, v in data["lemmas"].items()},
        concepts,
    )


def lemma(word: str) -> str:
    """A word's dictionary form, by the irregular table, else by cutting a regular ``-ies``,
    ``-ing`` or plural ``-s``. ``-ed`` stays: "disciplined", "prepared" are the states outcomes
    name."""
    table = _table()
    if word in table.lemmas:
        return table.lemmas[word]
    if "'" in word:  # "that's", "i've": a contraction, never a plural
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) >= 6:
        stem = word[:-3]
        if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            stem = stem[:-1]  # "stopping" → "stop"
        return stem
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def concept_of(statement: str) -> tuple[str, bool]:
    """(the statement's core concept, whether it names the opposite of that concept); ``""``
    when the statement has no content word."""
    table = _table()
    tokens = list(_phrase(_NOW.sub(" ", statement.lower())))
    for frame in table.frames:
        if tuple(tokens[: len(frame)]) == frame:
            tokens = tokens[len(frame) :]
            break
    found = _known_concept(tokens, table)
    if found is not None:
        return found
    content = [lemma(t) for t in tokens if t not in table.light and not t.isdigit()]
    content = [word for word in content if word not in table.light]
    return "-".join(sorted(dict.fromkeys(content[:FALLBACK_WORDS]))), False


def _known_concept(tokens: list[str], table: _Table) -> tuple[str, bool] | None:
    """The first phrase of the table in ``tokens`` (longest at each position), as spoken or by
    its words' lemmas. "less stressed" is left to the outcome's polarity (avoid)."""
    lemmas = [lemma(token) for token in tokens]
    for start in range(len(tokens)):
        for size in range(min(MAX_PHRASE_WORDS, len(tokens) - start), 0, -1):
            for words in (tokens[start : start + size], lemmas[start : start + size]):
                hit = table.concepts.get(tuple(words))
                if hit is not None:
                    return hit
    return None


def content_code(kind: str, polarity: str, statement: str) -> str:
    """``kind/polarity/concept`` of an outcome (``""`` when the statement names no concept)."""
    concept, opposite = concept_of(statement)
    if not concept:
        return ""
    if opposite:
        polarity = Polarity(polarity).toggled().value
    return f"{kind}/{polarity}/{concept}"
