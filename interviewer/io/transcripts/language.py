"""Which language a transcript is in, guessed from its script and its commonest words (offline).

Only English is analysed; anything else is named in one line rather than coded into nonsense.
The data (scripts, function words) lives in ``data/languages.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

ENGLISH = "English"
SAMPLE_CHARS = 20_000  # the guess reads the start of the file: enough words, bounded time
MIN_LETTERS = 40  # fewer letters than this: too few words to guess from, taken as English
MIN_SCRIPT_LETTERS = 12  # ... but a dozen letters of one script (a CJK sentence) tell
FOREIGN_SCRIPT_SHARE = 0.5  # share of letters in one non-Latin script that decides its language
MIN_WORD_HITS = 8  # function words a Latin-script language needs before it can win
WORD_MARGIN = 2.0  # ... and how many times English's count it needs
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class _Script:
    name: str
    ranges: tuple[tuple[int, int], ...]
    language: str
    marks: tuple[tuple[str, str], ...]  # (language, letters only it uses)

    def holds(self, code: int) -> bool:
        return any(low <= code <= high for low, high in self.ranges)


@dataclass(frozen=True, slots=True)
class _Data:
    scripts: tuple[_Script, ...]
    words: dict[str, frozenset[str]]


@cache
def _data() -> _Data:
    text = resources.files("interviewer.io.transcripts").joinpath("data", "languages.yaml")
    raw = yaml.safe_load(text.read_text(encoding="utf-8"))
    scripts = tuple(
        _Script(
            str(item["name"]),
            tuple((int(low), int(high)) for low, high in item["ranges"]),
            str(item["language"]),
            tuple((str(lang), str(letters)) for lang, letters in (item.get("marks") or {}).items()),
        )
        for item in raw["scripts"]
    )
    words = {
        str(language): frozenset(str(word).lower() for word in listed)
        for language, listed in raw["words"].items()
    }
    return _Data(scripts, words)


def guess_language(text: str) -> str:
    """The language ``text`` is most likely in, by name (``"English"`` when unsure)."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_SCRIPT_LETTERS:
        return ENGLISH
    by_script = _script_language(sample, letters)
    if by_script is not None:
        return by_script
    return _word_language(sample) if len(letters) >= MIN_LETTERS else ENGLISH


def _script_language(sample: str, letters: list[str]) -> str | None:
    data = _data()
    counts: dict[str, int] = {}
    for ch in letters:
        code = ord(ch)
        if code < 0x0250:  # Latin, with its accented letters
            continue
        for script in data.scripts:
            if script.holds(code):
                counts[script.name] = counts.get(script.name, 0) + 1
                break
    # Japanese writes Kana among Han characters: count them together.
    if counts.get("Kana"):
        counts["Kana"] += counts.pop("Han", 0)
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: item[1])
    if count < FOREIGN_SCRIPT_SHARE * len(letters):
        return None
    script = next(script for script in data.scripts if script.name == name)
    lowered = sample.lower()
    for language, marks in script.marks:
        if any(mark in lowered for mark in marks):
            return language
    return script.language


def _word_language(sample: str) -> str:
    tokens = [token.lower().replace("’", "'") for token in _WORD.findall(sample)]
    hits = {
        language: sum(1 for token in tokens if token in words)
        for language, words in _data().words.items()
    }
    english = hits.pop(ENGLISH, 0)
    if not hits:
        return ENGLISH
    best, count = max(hits.items(), key=lambda item: item[1])
    if count >= MIN_WORD_HITS and count >= WORD_MARGIN * max(english, 1):
        return best
    return ENGLISH
