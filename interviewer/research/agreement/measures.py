"""Agreement figures over paired nominal codes: percent, Cohen's κ, Krippendorff's α, per label."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from interviewer.core.metrics import (
    cohen_kappa,
    confusion,
    krippendorff_alpha_nominal,
    label_scores,
)


@dataclass(frozen=True, slots=True)
class LabelAgreement:
    """How far the coders agree on one label.

    ``specific`` is the proportion of specific agreement 2·n_kk / (n_k(A) + n_k(B)) — the same
    number as the F1 of the label with either coder taken as reference; ``kappa`` is Cohen's κ of
    the label against all others.
    """

    label: str
    in_a: int
    in_b: int
    agreed: int
    specific: float
    kappa: float | None  # undefined when every unit of both coders carries one label


@dataclass(frozen=True, slots=True)
class Measures:
    """Agreement figures over paired nominal codes; None where there is nothing to measure, or
    where κ and α are undefined because both coders used one and the same label throughout."""

    n: int
    percent: float | None
    kappa: float | None
    alpha: float | None
    labels: tuple[str, ...]
    per_label: list[LabelAgreement]
    matrix: dict[str, dict[str, int]]  # rows: A's code, columns: B's code

    @property
    def no_variation(self) -> bool:
        """Both coders gave every unit the same one label: chance agreement is total, so κ and
        α are 0/0 (scikit-learn gives NaN, the ``krippendorff`` package refuses)."""
        return self.n > 0 and len(self.labels) == 1


def measure(a: Sequence[str], b: Sequence[str], order: Sequence[str] = ()) -> Measures:
    """Percent agreement, Cohen's κ, Krippendorff's α (nominal), per-label agreement, confusion.

    The labels are those of ``order`` that occur, then any others alphabetically.
    """
    seen = set(a) | set(b)
    labels = tuple(label for label in order if label in seen) + tuple(sorted(seen - set(order)))
    pairs = confusion(a, b)
    matrix = {x: {y: pairs[(x, y)] for y in labels} for x in labels}
    n = len(a)
    if n == 0:
        return Measures(0, None, None, None, labels, [], matrix)
    count_a, count_b = Counter(a), Counter(b)
    per_label = [
        LabelAgreement(
            score.label,
            count_a[score.label],
            count_b[score.label],
            pairs[(score.label, score.label)],
            score.f1,
            cohen_kappa(_one_vs_rest(a, score.label), _one_vs_rest(b, score.label)),
        )
        for score in label_scores(a, b, labels)
    ]
    agreed = sum(x == y for x, y in zip(a, b, strict=True))
    varied = len(labels) > 1
    return Measures(
        n,
        100 * agreed / n,
        cohen_kappa(a, b) if varied else None,
        krippendorff_alpha_nominal(a, b) if varied else None,
        labels,
        per_label if varied else [replace(s, kappa=None) for s in per_label],
        matrix,
    )


def _one_vs_rest(codes: Sequence[str], label: str) -> list[str]:
    return ["1" if code == label else "0" for code in codes]
