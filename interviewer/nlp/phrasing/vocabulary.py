"""The word lists of phrasing and its gate, read once from ``nlp/data/phrasing/words.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Named word lists (``fillers``, ``hedges`` …) and word maps (``experiencer_forms`` …)."""

    lists: dict[str, frozenset[str]]
    maps: dict[str, dict[str, str]]

    def has(self, name: str, word: str) -> bool:
        return word.lower() in self.lists.get(name, frozenset())

    def words(self, name: str) -> frozenset[str]:
        return self.lists.get(name, frozenset())

    def mapped(self, name: str, word: str) -> str | None:
        return self.maps.get(name, {}).get(word.lower())


def vocabulary_from(data: dict[str, Any]) -> Vocabulary:
    lists: dict[str, frozenset[str]] = {}
    maps: dict[str, dict[str, str]] = {}
    for name, value in data.items():
        if isinstance(value, dict):
            maps[name] = {str(k).lower(): str(v).lower() for k, v in value.items()}
        else:
            lists[name] = frozenset(str(word).lower() for word in value or ())
    return Vocabulary(lists, maps)


@cache
def vocabulary() -> Vocabulary:
    """The packaged phrasing vocabulary."""
    path = resources.files("interviewer.nlp").joinpath("data", "phrasing", "words.yaml")
    return vocabulary_from(yaml.safe_load(path.read_text(encoding="utf-8")))
