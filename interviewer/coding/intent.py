"""Question intents beyond the move's wording: a "why" that asks for the cause of a feeling."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _intent() -> dict[str, object]:
    text = resources.files("interviewer.coding").joinpath("data", "question_intent.yaml")
    data = yaml.safe_load(text.read_text(encoding="utf-8"))
    if not isinstance(data, dict):  # pragma: no cover - shipped data
        raise ValueError("question_intent.yaml must be a mapping")
    return data


@cache
def _cause_cues() -> tuple[re.Pattern[str], ...]:
    listed = _intent()["cause_of_feeling"]
    assert isinstance(listed, list)
    return tuple(re.compile(str(cue)) for cue in listed)


@cache
def tie_words() -> tuple[str, ...]:
    """Connectives that tie a feeling to a result in one sentence, longest first."""
    listed = _intent()["ties"]
    assert isinstance(listed, list)
    return tuple(sorted((str(word).lower() for word in listed), key=len, reverse=True))


def asks_for_cause(question: str) -> str | None:
    """The cue when ``question`` asks why a feeling or a perception arises (its cause, below
    it in the ladder); ``None`` otherwise."""
    spoken = question.lower().replace("’", "'").replace(",", " ")
    for cue in _cause_cues():
        if cue.search(spoken):
            return cue.pattern
    return None
