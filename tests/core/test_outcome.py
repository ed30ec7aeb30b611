"""Kinds and polarities: their badge letters and signs, the legend, names read leniently."""

from __future__ import annotations

import pytest

from interviewer.core.outcome import LEGEND, OutcomeKind, Polarity, badge


@pytest.mark.parametrize(
    ("kind", "polarity", "expected"),
    [
        (OutcomeKind.FUNCTIONAL, Polarity.WANT, "[F+]"),  # a result to reach
        (OutcomeKind.EMOTIONAL, Polarity.AVOID, "[E-]"),  # a feeling to stay clear of
        (OutcomeKind.SOCIAL, Polarity.WANT, "[S+]"),  # how others should see me
        (None, None, "[??]"),  # kind and polarity unknown: still drawn
    ],
)
def test_badges(kind: OutcomeKind | None, polarity: Polarity | None, expected: str) -> None:
    assert badge(kind, polarity) == expected


def test_the_legend_names_every_letter_and_sign_once() -> None:
    assert LEGEND == "F functional · E emotional · S social · + want · - avoid"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("social", OutcomeKind.SOCIAL),
        ("job", None),  # the root of a tree is no outcome
        ("", None),  # a blank survey cell
        ("Social", None),  # names are exact
    ],
)
def test_a_kind_by_name(name: str, kind: OutcomeKind | None) -> None:
    assert OutcomeKind.named(name) is kind


@pytest.mark.parametrize(
    ("name", "polarity"), [("avoid", Polarity.AVOID), ("want", Polarity.WANT), ("", None)]
)
def test_a_polarity_by_name(name: str, polarity: Polarity | None) -> None:
    assert Polarity.named(name) is polarity
