"""The cue lexicon is the only home of the rules' words: every category in the data file is read
by the code, and every category the code asks for is in the file."""

from __future__ import annotations

import ast
from pathlib import Path

from interviewer.nlp.lexicon import Lexicon

NLP = Path(__file__).resolve().parents[2] / "interviewer" / "nlp"
# Phrasing keeps its own word lists (data/phrasing/words.yaml), read through its own loader.
OWN_WORDS = NLP / "phrasing"
_ASKING = {"has", "is_negative", "find_phrases", "words", "starting_with"}


def _code() -> list[ast.Module]:
    return [
        ast.parse(p.read_text(encoding="utf-8"))
        for p in sorted(NLP.rglob("*.py"))
        if OWN_WORDS not in p.parents
    ]


def _asked() -> set[str]:
    """Categories named as the first argument of a lexicon look-up anywhere in ``nlp``."""
    asked: set[str] = set()
    for tree in _code():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _ASKING
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                asked.add(node.args[0].value)
    return asked


def _strings() -> set[str]:
    return {
        node.value
        for tree in _code()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_category_the_code_asks_for_is_in_the_file() -> None:
    categories = Lexicon.packaged().categories()
    assert _asked() - categories == set()


def test_every_category_in_the_file_is_read_by_the_code() -> None:
    categories = Lexicon.packaged().categories()
    assert categories - _strings() == set()


def test_the_lexicon_round_trips_through_disk(tmp_path: Path) -> None:
    packaged = Lexicon.packaged()
    packaged.to_disk(tmp_path)
    again = Lexicon.from_disk(tmp_path)
    assert again.categories() == packaged.categories()
    assert all(again.words(c) == packaged.words(c) for c in packaged.categories())
