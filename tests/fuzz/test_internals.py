"""The check the fuzz tests use for Python internals shown to a person."""

from __future__ import annotations

import pytest

from .conftest import leaks_internals


@pytest.mark.parametrize(
    "text",
    [
        "Traceback (most recent call last):",
        "KeyError('speaker')",
        "<class 'dict'>",
        "'NoneType' object has no attribute 'x'",
    ],
)
def test_internals_are_caught(text: str) -> None:
    assert leaks_internals(text)


def test_the_users_own_words_quoted_back_are_not_internals() -> None:
    assert not leaks_internals("speakers.yaml: line 1: expected a name, got 'AError'")
