"""Confidence that means something: a monotone map from the pipeline's raw score of an outcome
to the share of such outcomes that are right (kind and polarity), fitted on out-of-fold
predictions of cross-validation by job (``python -m interviewer.nlp.crossval --calibrate``).

The map is isotonic regression (pool adjacent violators) read as knots and interpolated between
them, so it never reorders outcomes: only what "0.8" promises changes.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CALIBRATION_FILE = "calibration.json"
MIN_BLOCK = 25  # outcomes a knot stands for, at least: fewer make a noisy step


@dataclass(frozen=True, slots=True)
class Calibration:
    """Knots ``(raw, calibrated)``, raw ascending; no knots is the identity."""

    knots: tuple[tuple[float, float], ...] = ()

    def __call__(self, raw: float) -> float:
        knots = self.knots
        if not knots:
            return raw
        if raw <= knots[0][0]:
            return knots[0][1]
        for (x0, y0), (x1, y1) in itertools.pairwise(knots):
            if raw <= x1:
                return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
        return knots[-1][1]

    def to_json(self) -> str:
        return json.dumps({"knots": [list(k) for k in self.knots]}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Calibration:
        return cls(tuple((float(x), float(y)) for x, y in json.loads(text)["knots"]))

    @classmethod
    def from_disk(cls, folder: Path) -> Calibration:
        path = folder / CALIBRATION_FILE
        return cls.from_json(path.read_text(encoding="utf-8")) if path.is_file() else cls()

    def to_disk(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / CALIBRATION_FILE).write_text(self.to_json(), encoding="utf-8")


def fit(raw: Sequence[float], right: Sequence[bool], min_block: int = MIN_BLOCK) -> Calibration:
    """Isotonic fit of ``right`` (1/0) on ``raw`` scores; each knot sits at the mean raw score of a
    block of at least ``min_block`` outcomes, at the share of that block that is right."""
    pairs = sorted(zip(raw, right, strict=True))
    # blocks: [sum raw, sum right, count]; first pooled to the minimum size, then made monotone
    blocks: list[list[float]] = []
    for score, ok in pairs:
        if blocks and blocks[-1][2] < min_block:
            blocks[-1][0] += score
            blocks[-1][1] += ok
            blocks[-1][2] += 1
        else:
            blocks.append([score, float(ok), 1.0])
    if len(blocks) > 1 and blocks[-1][2] < min_block:  # the last block is pooled too
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last, strict=True)]
    merged: list[list[float]] = []
    for block in blocks:
        merged.append(block)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]:
            last = merged.pop()
            merged[-1] = [a + b for a, b in zip(merged[-1], last, strict=True)]
    return Calibration(tuple((round(s / n, 4), round(ok / n, 4)) for s, ok, n in merged))
