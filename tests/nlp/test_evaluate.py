"""The evaluation's figures, computed by hand on a small table of predictions."""

from __future__ import annotations

import pytest

from interviewer.nlp.corpus import LabeledRow
from interviewer.nlp.evaluate import Prediction, score


def _p(
    label: str,
    polarity: str | None,
    predicted: str,
    predicted_polarity: str | None,
    confidence: float,
    form: str,
    ambiguous: bool = False,
) -> Prediction:
    row = LabeledRow(
        f"{label} {form} {confidence}", label, polarity, form=form, ambiguous=ambiguous
    )
    return Prediction(row, predicted, predicted_polarity, confidence, review=confidence < 0.5)


PREDICTIONS = [
    _p("functional", "avoid", "functional", "avoid", 0.9, "pain"),  # right, confident
    _p("functional", "want", "emotional", "want", 0.85, "statement"),  # wrong kind, confident
    _p("emotional", "avoid", "emotional", "want", 0.6, "pain"),  # right kind, wrong polarity
    _p("social", "want", "none", None, 0.0, "fragment", ambiguous=True),  # missed
    _p("none", None, "none", None, 0.0, "answer"),  # rightly left without an outcome
    _p("none", None, "social", "want", 0.4, "answer"),  # an outcome where there is none
]


def test_figures_from_a_hand_computed_table() -> None:
    result = score(PREDICTIONS)
    assert result.n == 6
    # functional P 1/1 R 1/2 → F1 2/3; emotional P 1/2 R 1/1 → 2/3; social P 0/1 R 0/1 → 0
    assert result.kinds_macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert result.polarity_accuracy == pytest.approx(2 / 3)  # rows 1, 2 right; row 3 wrong
    assert result.none_kept == (1, 2)
    assert result.outcome_missed == (1, 4)
    assert result.confident_right == (1, 2)  # of the two ≥ 0.8, only the first is right
    assert result.review == (1, 4)  # four top outcomes, one under 0.5 marked review


def test_slices_by_form_and_ambiguity() -> None:
    slices = score(PREDICTIONS).slices
    assert set(slices) == {
        "ambiguous",
        "unambiguous",
        "form:answer",
        "form:fragment",
        "form:pain",
        "form:statement",
    }
    assert slices["form:pain"].n == 2 and slices["form:pain"].polarity_accuracy == 0.5
    assert slices["ambiguous"].n == 1 and slices["unambiguous"].n == 5
    assert "form:pain" in score(PREDICTIONS).to_text()
