"""Text as people write it, made plain for analysis, with a map back to the original offsets.

Curly quotes and apostrophes, Markdown escapes, ellipses inside a sentence ("I want to.. be
protected"), stretched letters ("sooo tired"), non-breaking and zero-width spaces all read as
their plain forms, and an interjection between "to" and its verb ("I want them to, like, admit
…") as unsaid. Every text the analysis reads goes through :func:`normalised` (``classify``,
``code``, the live interview), so one answer is coded the same whichever way it was typed; the
outcomes' spans are mapped back onto the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from interviewer.core.text import packaged_phrases

_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2013": "-",
    }
)
# Each pattern's match is replaced by the group it names (or removed where it names none).
_MARKDOWN_ESCAPE = re.compile(r"\\(?=[\[\]\\*_#()!.`>{}+-])")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Two or more dots (or an ellipsis) inside a sentence: the next word goes on in lower case.
_INNER_ELLIPSIS = re.compile(r"\s*(?:\.{2,}|\u2026)\s*(?=[a-z])")
_ELLIPSIS = re.compile(r"(?:\.{2,}|\u2026)")
# Three or more of one letter: a stretched word ("sooo", "reallly", "pleeease").
_STRETCHED = re.compile(r"([A-Za-z])\1{2,}")
_WORD_END_STRETCH = frozenset("oyhsaeu")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The plain text and, for each of its characters (and its end), the original offset."""

    text: str
    origin: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in the original text of the plain text's ``[start, end)``."""
        if end <= start:
            at = self.origin[min(start, len(self.origin) - 1)]
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


@cache
def _interjected_after_to() -> re.Pattern[str]:
    """ "to, like, admit", "to, I don't know, actually believe": the interjection and its commas
    (words in ``core/data/interjections.txt``)."""
    words = "|".join(re.escape(w) for w in packaged_phrases("interjections.txt"))
    return re.compile(rf"(?<=\bto), +(?:{words}) *, *(?=[a-z])", re.IGNORECASE)


def normalised(text: str) -> Normalised:
    """``text`` made plain for analysis, with the map back (see the module docstring)."""
    plain = text.translate(_SAME_LENGTH)
    origin = list(range(len(plain) + 1))
    for pattern, replacement in (
        (_ZERO_WIDTH, ""),
        (_MARKDOWN_ESCAPE, ""),
        (_INNER_ELLIPSIS, " "),
        (_ELLIPSIS, "."),
        (_interjected_after_to(), " "),
    ):
        plain, origin = _substitute(plain, origin, pattern, _constant(replacement))
    plain, origin = _substitute(plain, origin, _STRETCHED, _unstretched)
    return Normalised(plain, tuple(origin))


def _constant(replacement: str) -> Callable[[re.Match[str]], str]:
    return lambda _match: replacement


def _unstretched(match: re.Match[str]) -> str:
    letter = match.group(1)
    end = match.end()
    at_word_end = end >= len(match.string) or not match.string[end].isalpha()
    return letter if at_word_end and letter.lower() in _WORD_END_STRETCH else letter * 2


def _substitute(
    text: str,
    origin: list[int],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str],
) -> tuple[str, list[int]]:
    """``pattern.sub`` that keeps the offset map: a replacement's characters map to the start
    of what they replace."""
    parts: list[str] = []
    mapped: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        parts.append(text[last:start])
        mapped.extend(origin[last:start])
        new = replace(match)
        parts.append(new)
        mapped.extend([origin[start]] * len(new))
        last = end
    if not parts:
        return text, origin
    parts.append(text[last:])
    mapped.extend(origin[last:])  # includes the end offset
    return "".join(parts), mapped
