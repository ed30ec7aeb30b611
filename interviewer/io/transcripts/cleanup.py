"""Text around the words spoken: Markdown escapes, bracketed non-speech, web page boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from interviewer.io.transcripts.labels import TIME, label_words

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_INLINE_STAMP = re.compile(rf"\s*[\[(]{TIME}[\])]\s*")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_MARK = re.compile(r"[ \t]+(?=[.,;:!?])")


@dataclass(frozen=True, slots=True)
class TrimmedLine:
    """A line left out of the turns because it is page furniture, not speech."""

    line: int
    text: str


def unescape_markdown(line: str) -> str:
    r"""A line without Markdown backslash escapes: ``\[03:59\]`` → ``[03:59]``."""
    return _ESCAPE.sub(r"\1", line) if "\\" in line else line


@cache
def _non_speech() -> re.Pattern[str]:
    words = sorted(label_words().non_speech, key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    # "[laughs]", "(inaudible 00:12:03)", "[crosstalk]": a listed word, maybe a time or a few
    # words after it, inside one pair of brackets.
    return re.compile(rf"\s*[\[(]\s*(?:{alternatives})\b[^\[\]()]{{0,40}}[\])]", re.IGNORECASE)


def strip_non_speech(text: str) -> str:
    """A turn's text without bracketed non-speech (``[laughs]``) and inline timestamps."""
    if "[" not in text and "(" not in text:
        return text
    cleaned = _INLINE_STAMP.sub(" ", _non_speech().sub(" ", text))
    lines = [
        _SPACE_BEFORE_MARK.sub("", _SPACES.sub(" ", line)).strip() for line in cleaned.split("\n")
    ]
    return "\n".join(lines).strip()


@cache
def _boilerplate() -> re.Pattern[str]:
    text = resources.files("interviewer.io.transcripts").joinpath("data", "boilerplate.txt")
    patterns = [
        line.strip()
        for line in text.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """Whether a whole (stripped) line is web page furniture: a comment form, a share line."""
    stripped = line.strip().strip("*_#>-• ").strip()
    return bool(stripped) and _boilerplate().fullmatch(stripped) is not None
