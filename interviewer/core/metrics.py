"""Agreement and classification metrics over paired nominal codes (pure Python).

Used by ``evaluate`` (classifier vs human labels) and ``agree`` (coder vs coder).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int  # how many reference items carry the label


def confusion(reference: Sequence[str], predicted: Sequence[str]) -> Counter[tuple[str, str]]:
    """Counts of (reference label, predicted label) pairs."""
    _same_length(reference, predicted)
    return Counter(zip(reference, predicted, strict=True))


def label_scores(
    reference: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> list[LabelScore]:
    """Precision, recall and F1 per label (0.0 where undefined)."""
    pairs = confusion(reference, predicted)
    scores: list[LabelScore] = []
    for label in labels:
        tp = pairs[(label, label)]
        predicted_as = sum(n for (_, p), n in pairs.items() if p == label)
        support = sum(n for (r, _), n in pairs.items() if r == label)
        precision = tp / predicted_as if predicted_as else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, precision, recall, f1, support))
    return scores


def macro_f1(scores: Sequence[LabelScore]) -> float:
    """Unweighted mean F1 over the labels that occur in the reference."""
    present = [s.f1 for s in scores if s.support]
    return sum(present) / len(present) if present else 0.0


def accuracy(reference: Sequence[str], predicted: Sequence[str]) -> float:
    _same_length(reference, predicted)
    if not reference:
        return 0.0
    return sum(r == p for r, p in zip(reference, predicted, strict=True)) / len(reference)


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's κ = (p_o − p_e) / (1 − p_e), chance agreement from each coder's own marginals."""
    _same_length(a, b)
    n = len(a)
    if n == 0:
        return 0.0
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_nominal(a: Sequence[str], b: Sequence[str]) -> float:
    """Krippendorff's α for two coders, nominal data, no missing values: 1 − D_o / D_e."""
    _same_length(a, b)
    values = list(a) + list(b)
    total = len(values)
    if total < 2:
        return 0.0
    disagreements = sum(x != y for x, y in zip(a, b, strict=True))
    observed = 2 * disagreements / total  # each unit contributes its two ordered pairs
    counts = Counter(values)
    expected = sum(counts[c] * counts[k] for c in counts for k in counts if c != k) / (
        total * (total - 1)
    )
    if expected == 0:
        return 1.0 if observed == 0 else 0.0
    return 1 - observed / expected


def _same_length(a: Sequence[str], b: Sequence[str]) -> None:
    if len(a) != len(b):
        raise ValueError(f"paired codes differ in length: {len(a)} vs {len(b)}")
