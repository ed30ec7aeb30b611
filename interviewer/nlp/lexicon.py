"""The cue lexicon behind the explainable rules, read from ``data/patterns/cues.jsonl``."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

CUES_FILE = "cues.jsonl"
_CONTRACTIONS = (
    ("can't", "can not"),
    ("won't", "will not"),
    ("n't", " not"),
    ("'m", " am"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
)
_TOKEN_FORMS = {
    "n't": "not",
    "ca": "can",
    "wo": "will",
    "'m": "am",
    "'re": "are",
    "'ve": "have",
    "'ll": "will",
    "'d": "would",
    "’m": "am",
    "n’t": "not",
}


def normal_words(text: str) -> tuple[str, ...]:
    """Lowercased words with contractions spelt out ("don't" → "do not"), as phrases are matched."""
    lowered = text.lower().replace("’", "'")
    for short, long in _CONTRACTIONS:
        lowered = lowered.replace(short, long)
    return tuple(lowered.split())


def normal_token(text: str) -> str:
    """A spaCy token's text in the form :func:`normal_words` gives ("n't" → "not", "ca" → "can")."""
    lowered = text.lower().replace("’", "'")
    return _TOKEN_FORMS.get(lowered, lowered)


_WORDS_KEY = "outcome_normal_words"


def doc_words(doc: Any) -> list[str]:
    """:func:`normal_token` of every token of a spaCy ``Doc``, computed once per doc."""
    words: list[str] | None = doc.user_data.get(_WORDS_KEY)
    if words is None:
        words = [normal_token(token.text) for token in doc]
        doc.user_data[_WORDS_KEY] = words
    return words


def span_words(span: Any) -> list[str]:
    """:func:`normal_token` of every token of a spaCy ``Span``."""
    return doc_words(span.doc)[span.start : span.end]


@dataclass
class Lexicon:
    """Lemmas and phrases per cue (``emotion``, ``perception``, ``person``, …) and their valence."""

    lemmas: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))
    negative: set[tuple[str, str]] = field(default_factory=set)  # (cue, lemma) of negative valence
    entries: list[dict[str, Any]] = field(default_factory=list)
    _first_word: dict[str, dict[str, list[tuple[str, ...]]]] = field(
        default_factory=dict, repr=False
    )
    _by_lemma: dict[tuple[str, ...], dict[str, tuple[tuple[str, bool], ...]]] = field(
        default_factory=dict, repr=False
    )
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_entries(cls, entries: Iterable[dict[str, Any]]) -> Lexicon:
        lexicon = cls()
        for entry in entries:
            lexicon.entries.append(entry)
            cue = entry["cue"]
            if "phrase" in entry:
                lexicon.phrases[cue].append(normal_words(entry["phrase"]))
            else:
                lemma = entry["lemma"].lower()
                lexicon.lemmas[cue].add(lemma)
                if entry.get("valence") == "-":
                    lexicon.negative.add((cue, lemma))
        for cue in lexicon.phrases:  # longest first, so "no longer" wins over "no"
            lexicon.phrases[cue].sort(key=len, reverse=True)
        return lexicon

    @classmethod
    def packaged(cls) -> Lexicon:
        path = resources.files("interviewer.nlp").joinpath("data", "patterns", CUES_FILE)
        return cls.from_jsonl(path.read_text(encoding="utf-8"))

    @classmethod
    def from_jsonl(cls, text: str) -> Lexicon:
        return cls.from_entries(json.loads(line) for line in text.splitlines() if line.strip())

    def to_jsonl(self) -> str:
        return "".join(json.dumps(entry, ensure_ascii=False) + "\n" for entry in self.entries)

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        (path / CUES_FILE).write_text(self.to_jsonl(), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> Lexicon:
        return cls.from_jsonl((path / CUES_FILE).read_text(encoding="utf-8"))

    def has(self, cue: str, lemma: str) -> bool:
        return lemma.lower() in self.lemmas.get(cue, ())

    def words(self, cue: str) -> frozenset[str]:
        """Every lemma of ``cue`` (made once per cue: the rules ask for it per clause)."""
        found = self._words.get(cue)
        if found is None:
            found = self._words[cue] = frozenset(self.lemmas.get(cue, ()))
        return found

    def index_of(self, cues: tuple[str, ...]) -> dict[str, tuple[tuple[str, bool], ...]]:
        """For each lemma of ``cues``: the cues it belongs to (in ``cues`` order) and whether
        it is of negative valence there. Built once per tuple of cues."""
        cached = self._by_lemma.get(cues)
        if cached is None:
            found: dict[str, list[tuple[str, bool]]] = {}
            for cue in cues:
                for lemma in sorted(self.lemmas.get(cue, ())):
                    found.setdefault(lemma, []).append((cue, (cue, lemma) in self.negative))
            cached = {lemma: tuple(pairs) for lemma, pairs in found.items()}
            self._by_lemma[cues] = cached
        return cached

    def categories(self) -> set[str]:
        """Every cue the lexicon holds, of lemmas or phrases."""
        return {cue for cue, found in self.lemmas.items() if found} | {
            cue for cue, found in self.phrases.items() if found
        }

    def is_negative(self, cue: str, lemma: str) -> bool:
        return (cue, lemma.lower()) in self.negative

    def find_phrases(
        self, cue: str, words: list[str] | tuple[str, ...]
    ) -> list[tuple[int, tuple[str, ...]]]:
        """(start index, phrase) of every occurrence of a ``cue`` phrase in normalised ``words``."""
        by_first = self._index(cue)
        found: list[tuple[int, tuple[str, ...]]] = []
        for i, word in enumerate(words):
            for phrase in by_first.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    found.append((i, phrase))
        found.sort(key=lambda hit: (-len(hit[1]), hit[0]))  # longest first, as before
        return found

    def starting_with(self, cue: str) -> dict[str, list[tuple[str, ...]]]:
        """Phrases of ``cue`` by their first word, longest first (built once per cue)."""
        return self._index(cue)

    def _index(self, cue: str) -> dict[str, list[tuple[str, ...]]]:
        """Phrases of ``cue`` by their first word (built once per cue)."""
        cached = self._first_word.get(cue)
        if cached is None:
            cached = {}
            for phrase in self.phrases.get(cue, ()):
                cached.setdefault(phrase[0], []).append(phrase)
            self._first_word[cue] = cached
        return cached
