"""Measure the analyzer against human labels: per-label P/R/F1, macro-F1, κ, polarity, confusion,
and the same figures by the items' ``form`` and by ``ambiguous``.

Two macro-F1 figures: over the three outcome kinds (an item with no outcome predicted counts as a
miss; this is the headline of the field set), and over the four labels including ``none``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.metrics import (
    LabelScore,
    accuracy,
    cohen_kappa,
    confusion,
    label_scores,
    macro_f1,
)
from interviewer.core.outcome import OutcomeKind
from interviewer.nlp.corpus import LABELS, LabeledRow

CONFIDENT = 0.8  # "confident" outcomes: the share of these that are right is reported


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the analyzer said of one labeled row: its top outcome (or none)."""

    row: LabeledRow
    label: str
    polarity: str | None
    confidence: float
    review: bool

    @property
    def kind_right(self) -> bool:
        return self.label == self.row.label

    @property
    def polarity_right(self) -> bool | None:
        """Whether the polarity matches, where both sides have one."""
        if self.row.label == "none" or self.label == "none" or not self.row.polarity:
            return None
        return self.polarity == self.row.polarity


@dataclass(frozen=True)
class Slice:
    """The headline figures of a subset of the rows (one form, or the (un)ambiguous items)."""

    n: int
    kinds_macro_f1: float
    polarity_n: int
    polarity_accuracy: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "kinds_macro_f1": round(self.kinds_macro_f1, 4),
            "polarity_n": self.polarity_n,
            "polarity_accuracy": round(self.polarity_accuracy, 4),
        }


@dataclass(frozen=True)
class Evaluation:
    n: int
    labels: tuple[str, ...]
    scores: list[LabelScore]
    macro_f1: float
    kinds_macro_f1: float
    accuracy: float
    kappa: float
    polarity_n: int
    polarity_accuracy: float
    matrix: dict[str, dict[str, int]]
    errors: list[dict[str, str]]
    none_kept: tuple[int, int] = (0, 0)  # none items left without an outcome, of all none items
    outcome_missed: tuple[int, int] = (0, 0)  # outcome items given no outcome, of all of them
    confident_right: tuple[int, int] = (0, 0)  # confident top outcomes right (kind+polarity)
    review: tuple[int, int] = (0, 0)  # top outcomes marked review, of all top outcomes
    slices: dict[str, Slice] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "macro_f1": round(self.macro_f1, 4),
            "kinds_macro_f1": round(self.kinds_macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "cohen_kappa": round(self.kappa, 4),
            "polarity_n": self.polarity_n,
            "polarity_accuracy": round(self.polarity_accuracy, 4),
            "none_kept": _share_dict(self.none_kept),
            "outcome_missed": _share_dict(self.outcome_missed),
            "confident_right": {**_share_dict(self.confident_right), "threshold": CONFIDENT},
            "review": _share_dict(self.review),
            "labels": {
                s.label: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for s in self.scores
            },
            "slices": {name: part.to_dict() for name, part in self.slices.items()},
            "confusion": self.matrix,
            "errors": self.errors,
        }

    def to_text(self) -> str:
        lines = [
            f"{self.n} labeled texts",
            "",
            f"{'label':<12}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
        ]
        for s in self.scores:
            lines.append(
                f"{s.label:<12}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.support:>10}"
            )
        lines += [
            "",
            f"macro-F1 (functional, emotional, social)  {self.kinds_macro_f1:.3f}",
            f"macro-F1 (with none)                      {self.macro_f1:.3f}",
            f"accuracy                                  {self.accuracy:.3f}",
            f"Cohen's kappa                             {self.kappa:.3f}",
            f"polarity accuracy                         {self.polarity_accuracy:.3f}"
            f"  (n={self.polarity_n})",
            f"none items left without an outcome        {_share_text(self.none_kept)}",
            f"outcome items given no outcome            {_share_text(self.outcome_missed)}",
            f"right among confidence >= {CONFIDENT}            {_share_text(self.confident_right)}",
            f"top outcomes marked review                {_share_text(self.review)}",
        ]
        if self.slices:
            lines += ["", f"{'slice':<20}{'n':>6}{'macro-F1':>10}{'polarity':>10}"]
            for name, part in self.slices.items():
                lines.append(
                    f"{name:<20}{part.n:>6}{part.kinds_macro_f1:>10.3f}"
                    f"{part.polarity_accuracy:>10.3f}"
                )
        lines += [
            "",
            "confusion (rows: human label, columns: predicted)",
            " " * 12 + "".join(f"{label:>12}" for label in self.labels),
        ]
        for ref in self.labels:
            lines.append(f"{ref:<12}" + "".join(f"{self.matrix[ref][p]:>12}" for p in self.labels))
        return "\n".join(lines)


def _share_dict(pair: tuple[int, int]) -> dict[str, Any]:
    part, whole = pair
    return {"count": part, "of": whole, "share": round(part / whole, 4) if whole else None}


def _share_text(pair: tuple[int, int]) -> str:
    part, whole = pair
    return f"{part / whole:.3f}  ({part}/{whole})" if whole else "-  (0/0)"


def predicted_label(outcomes: Sequence[Any]) -> tuple[str, str | None]:
    """The label and polarity of an analysis: its most confident outcome, or ``none``."""
    if not outcomes:
        return "none", None
    top = outcomes[0]
    return top.kind.value, top.polarity.value


def predict(analyzer: OutcomeAnalyzer, rows: Sequence[LabeledRow]) -> list[Prediction]:
    """The analyzer's top outcome for every row, in row order."""
    predictions: list[Prediction] = []
    for row, outcomes in zip(rows, analyzer.analyze_many(r.text for r in rows), strict=True):
        label, polarity = predicted_label(outcomes)
        top = outcomes[0] if outcomes else None
        predictions.append(
            Prediction(
                row,
                label,
                polarity,
                top.confidence if top else 0.0,
                bool(getattr(top, "review", False)),
            )
        )
    return predictions


def evaluate(
    analyzer: OutcomeAnalyzer, rows: Iterable[LabeledRow], *, max_errors: int = 50
) -> Evaluation:
    return score(predict(analyzer, list(rows)), max_errors=max_errors)


def score(predictions: Sequence[Prediction], *, max_errors: int = 50) -> Evaluation:
    """Every figure of :class:`Evaluation` from the predictions."""
    reference = [p.row.label for p in predictions]
    predicted = [p.label for p in predictions]
    labels = tuple(label for label in LABELS if label in reference or label in predicted)
    scores = label_scores(reference, predicted, labels)
    pairs = confusion(reference, predicted)
    polarity = [p.polarity_right for p in predictions if p.polarity_right is not None]
    outcomes = [p for p in predictions if p.label != "none"]
    confident = [p for p in outcomes if p.confidence >= CONFIDENT]
    errors = [
        {"text": p.row.text, "label": p.row.label, "predicted": p.label}
        for p in predictions
        if not p.kind_right
    ][:max_errors]
    return Evaluation(
        n=len(predictions),
        labels=labels,
        scores=scores,
        macro_f1=macro_f1(scores),
        kinds_macro_f1=_kinds_macro_f1(predictions),
        accuracy=accuracy(reference, predicted),
        kappa=cohen_kappa(reference, predicted),
        polarity_n=len(polarity),
        polarity_accuracy=sum(polarity) / len(polarity) if polarity else 0.0,
        matrix={r: {p: pairs[(r, p)] for p in labels} for r in labels},
        errors=errors,
        none_kept=_count(predictions, lambda p: p.row.label == "none", lambda p: p.label == "none"),
        outcome_missed=_count(
            predictions, lambda p: p.row.label != "none", lambda p: p.label == "none"
        ),
        confident_right=(
            sum(p.kind_right and p.polarity_right is not False for p in confident),
            len(confident),
        ),
        review=(sum(p.review for p in outcomes), len(outcomes)),
        slices=_slices(predictions),
    )


def _count(predictions: Sequence[Prediction], among: Any, hit: Any) -> tuple[int, int]:
    chosen = [p for p in predictions if among(p)]
    return sum(1 for p in chosen if hit(p)), len(chosen)


def _kinds_macro_f1(predictions: Sequence[Prediction]) -> float:
    """Macro-F1 over the outcome kinds present in the reference; ``none`` predictions and
    ``none`` items only count against precision and recall of the kinds."""
    reference = [p.row.label for p in predictions]
    predicted = [p.label for p in predictions]
    return macro_f1(label_scores(reference, predicted, tuple(OutcomeKind)))


def _slices(predictions: Sequence[Prediction]) -> dict[str, Slice]:
    groups: dict[str, list[Prediction]] = defaultdict(list)
    for p in predictions:
        if p.row.form:
            groups[f"form:{p.row.form}"].append(p)
        if p.row.ambiguous is not None:
            groups["ambiguous" if p.row.ambiguous else "unambiguous"].append(p)
    return {name: _slice(groups[name]) for name in sorted(groups)}


def _slice(predictions: Sequence[Prediction]) -> Slice:
    polarity = [p.polarity_right for p in predictions if p.polarity_right is not None]
    return Slice(
        n=len(predictions),
        kinds_macro_f1=_kinds_macro_f1(predictions),
        polarity_n=len(polarity),
        polarity_accuracy=sum(polarity) / len(polarity) if polarity else 0.0,
    )
