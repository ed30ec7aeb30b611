"""Measure the analyzer against human labels: per-label P/R/F1, macro-F1, κ, polarity, confusion."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
from interviewer.nlp.corpus import LABELS, LabeledRow


@dataclass(frozen=True)
class Evaluation:
    n: int
    labels: tuple[str, ...]
    scores: list[LabelScore]
    macro_f1: float
    accuracy: float
    kappa: float
    polarity_n: int
    polarity_accuracy: float
    matrix: dict[str, dict[str, int]]
    errors: list[dict[str, str]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "cohen_kappa": round(self.kappa, 4),
            "polarity_n": self.polarity_n,
            "polarity_accuracy": round(self.polarity_accuracy, 4),
            "labels": {
                s.label: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for s in self.scores
            },
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
            f"macro-F1           {self.macro_f1:.3f}",
            f"accuracy           {self.accuracy:.3f}",
            f"Cohen's kappa      {self.kappa:.3f}",
            f"polarity accuracy  {self.polarity_accuracy:.3f}  (n={self.polarity_n})",
            "",
            "confusion (rows: human label, columns: predicted)",
            " " * 12 + "".join(f"{label:>12}" for label in self.labels),
        ]
        for ref in self.labels:
            lines.append(f"{ref:<12}" + "".join(f"{self.matrix[ref][p]:>12}" for p in self.labels))
        return "\n".join(lines)


def predicted_label(outcomes: Sequence[Any]) -> tuple[str, str | None]:
    """The label and polarity of an analysis: its most confident outcome, or ``none``."""
    if not outcomes:
        return "none", None
    top = outcomes[0]
    return top.kind.value, top.polarity.value


def evaluate(
    analyzer: OutcomeAnalyzer, rows: Iterable[LabeledRow], *, max_errors: int = 50
) -> Evaluation:
    rows = list(rows)
    predicted: list[str] = []
    polarity_pairs: list[tuple[str, str]] = []
    errors: list[dict[str, str]] = []
    for row, outcomes in zip(rows, analyzer.analyze_many(r.text for r in rows), strict=True):
        label, polarity = predicted_label(outcomes)
        predicted.append(label)
        if row.label != "none" and label != "none" and row.polarity and polarity:
            polarity_pairs.append((row.polarity, polarity))
        if label != row.label and len(errors) < max_errors:
            errors.append({"text": row.text, "label": row.label, "predicted": label})
    reference = [r.label for r in rows]
    labels = tuple(label for label in LABELS if label in reference or label in predicted)
    scores = label_scores(reference, predicted, labels)
    pairs = confusion(reference, predicted)
    matrix = {r: {p: pairs[(r, p)] for p in labels} for r in labels}
    return Evaluation(
        n=len(rows),
        labels=labels,
        scores=scores,
        macro_f1=macro_f1(scores),
        accuracy=accuracy(reference, predicted),
        kappa=cohen_kappa(reference, predicted),
        polarity_n=len(polarity_pairs),
        polarity_accuracy=accuracy([a for a, _ in polarity_pairs], [b for _, b in polarity_pairs]),
        matrix=matrix,
        errors=errors,
    )
