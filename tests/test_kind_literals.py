"""Kinds and polarities are said one way: ``OutcomeKind`` and ``Polarity`` of core, never a bare
``"functional"`` or ``"avoid"`` in code. Only ``interviewer/core/outcome.py`` (where the enums
are defined) and data files name them as text.

The English words "want" and "avoid" may still stand in a word list (``("want", "need",
"like")``: a collection of mostly other words) or in the text of an f-string being composed
(``f"I am able to {'avoid'} …"``); those are vocabulary, not a polarity.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.core.outcome import OutcomeKind, Polarity

PACKAGE = Path(__file__).parents[1] / "interviewer"
DEFINED_IN = PACKAGE / "core" / "outcome.py"
NAMES = frozenset({*(kind.value for kind in OutcomeKind), *(p.value for p in Polarity)})
_COLLECTIONS = (ast.Tuple, ast.List, ast.Set, ast.Dict)


def stray_literals(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of every string constant in ``source`` that names a kind or polarity."""
    tree = ast.parse(source)
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            allowed.update(id(inner) for inner in ast.walk(node))
        elif isinstance(node, _COLLECTIONS) and id(node) not in allowed:
            strings = [text for inner in ast.walk(node) if (text := _text(inner)) is not None]
            named = [text for text in strings if text in NAMES]
            if named and len(strings) > 2 * len(named):  # a word list, not a list of kinds
                allowed.update(id(inner) for inner in ast.walk(node))
    for node in ast.walk(tree):
        text = _text(node)
        if text in NAMES and id(node) not in allowed:
            yield getattr(node, "lineno", 0), str(text)


def _text(node: ast.AST) -> str | None:
    """The value of a string constant; None for any other node."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


@pytest.mark.parametrize(
    ("source", "found"),
    [
        (  # a copy of the enum
            'KINDS = ("functional", "emotional", "social")',
            [(1, "functional"), (1, "emotional"), (1, "social")],
        ),
        ('if polarity == "avoid":\n    pass', [(1, "avoid")]),  # a comparison with a bare name
        ('LETTER = {"social": "S"}', [(1, "social")]),  # a key
        (  # the kinds and one more label
            'LABELS = ("functional", "emotional", "social", "none")',
            [(1, "functional"), (1, "emotional"), (1, "social")],
        ),
        ('VERBS = ("want", "need", "like", "love", "prefer")', []),  # English words in a word list
        (  # a table of words and their tags
            'TAGS = {"avoid": ("VB", "avoid"), "lose": ("VBP", "lose"), "get": ("VBP", "get")}',
            [],
        ),
        ("text = f\"I am able to {'avoid' if dislike else verb}\"", []),  # words of a sentence
        ("if kind is OutcomeKind.SOCIAL:\n    pass", []),  # the enum
    ],
)
def test_the_detector(source: str, found: list[tuple[int, str]]) -> None:
    assert sorted(stray_literals(source)) == sorted(found)


def test_no_kind_or_polarity_is_a_bare_literal_in_code() -> None:
    modules = sorted(path for path in PACKAGE.rglob("*.py") if path != DEFINED_IN)
    assert len(modules) > 100  # the whole package is read
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}"
        for path in modules
        for line, text in stray_literals(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "use OutcomeKind/Polarity of interviewer.core.outcome:\n" + "\n".join(found)
    assert list(stray_literals(DEFINED_IN.read_text(encoding="utf-8")))  # the enums name them
