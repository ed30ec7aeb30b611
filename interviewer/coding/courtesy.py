"""Courtesy at the edges of an interview ("Thanks!", "You're welcome"): never coded."""

from __future__ import annotations

from functools import cache
from importlib import resources

from interviewer.core.text import strip_fillers, words


@cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    text = resources.files("interviewer.coding").joinpath("data", "pleasantries.txt")
    found = {
        tuple(words(line))
        for line in text.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    return tuple(sorted(found, key=len, reverse=True))


def is_pleasantry(answer: str) -> bool:
    """Whether ``answer`` is made only of courtesy phrases ("Thanks, bye!", "You're welcome.")."""
    spoken = strip_fillers(answer)
    if not spoken:
        return False
    position = 0
    while position < len(spoken):
        for phrase in _phrases():
            if tuple(spoken[position : position + len(phrase)]) == phrase:
                position += len(phrase)
                break
        else:
            return False
    return True
