"""Agreement metrics against hand-computed textbook examples."""

from __future__ import annotations

import pytest

from interviewer.core.metrics import (
    accuracy,
    cohen_kappa,
    krippendorff_alpha_nominal,
    label_scores,
    macro_f1,
)


def test_cohen_kappa_two_by_two() -> None:
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
    # p_o = 35/50 = 0.7; p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5; κ = 0.2/0.5 = 0.4
    a = ["y"] * 20 + ["y"] * 5 + ["n"] * 10 + ["n"] * 15
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_krippendorff_alpha_nominal_two_coders() -> None:
    # Krippendorff (2011) "Computing Krippendorff's alpha-reliability", binary example with two
    # observers and 10 units: α = 0.095 (rounded).
    a = ["0", "1", "0", "0", "0", "0", "0", "0", "1", "0"]
    b = ["1", "1", "1", "0", "0", "1", "0", "0", "0", "0"]
    assert krippendorff_alpha_nominal(a, b) == pytest.approx(0.095, abs=0.001)


def test_perfect_and_chance_agreement() -> None:
    codes = ["f", "e", "s", "f"]
    assert cohen_kappa(codes, codes) == 1.0
    assert krippendorff_alpha_nominal(codes, codes) == 1.0
    assert cohen_kappa(["a", "a"], ["a", "a"]) == 1.0


def test_precision_recall_f1_by_hand() -> None:
    reference = ["f", "f", "f", "e", "e", "s"]
    predicted = ["f", "f", "e", "e", "s", "s"]
    scores = {s.label: s for s in label_scores(reference, predicted, ["f", "e", "s"])}
    # f: tp 2, fp 0, fn 1 → P 1, R 2/3, F1 0.8
    assert (scores["f"].precision, scores["f"].recall, scores["f"].f1) == pytest.approx(
        (1, 2 / 3, 0.8)
    )
    # e: tp 1, fp 1, fn 1 → 0.5 each
    assert scores["e"].f1 == pytest.approx(0.5)
    # s: tp 1, fp 1, fn 0 → P 0.5, R 1, F1 2/3
    assert scores["s"].f1 == pytest.approx(2 / 3)
    assert macro_f1(list(scores.values())) == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert accuracy(reference, predicted) == pytest.approx(4 / 6)


def test_unequal_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        cohen_kappa(["a"], ["a", "b"])
