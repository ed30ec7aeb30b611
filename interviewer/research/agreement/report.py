"""The agreement report of ``interviewer agree``: as json and as text for a person."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from interviewer.research.agreement.measures import Measures
from interviewer.research.agreement.units import Unit, UnitKind


@dataclass(frozen=True)
class Agreement:
    """The agreement report of ``interviewer agree``."""

    path_a: str
    path_b: str
    unit: UnitKind
    kinds: Measures
    polarity: Measures
    disagreements: list[tuple[Unit, Unit]]
    polarity_disagreements: list[tuple[Unit, Unit]]
    only_a: list[Unit]
    only_b: list[Unit]

    def to_dict(self) -> dict[str, Any]:
        """The json of ``agree --format json``."""
        report: dict[str, Any] = {"a": self.path_a, "b": self.path_b, "unit": self.unit}
        report.update(_measures_dict(self.kinds))
        report["disagreements"] = [_pair_dict(a, b, a.code, b.code) for a, b in self.disagreements]
        report["unmatched"] = [
            _unit_dict(unit, side)
            for side, units in (("a", self.only_a), ("b", self.only_b))
            for unit in units
        ]
        polarity = _measures_dict(self.polarity)
        polarity["disagreements"] = [
            _pair_dict(a, b, a.polarity or "", b.polarity or "")
            for a, b in self.polarity_disagreements
        ]
        report["polarity"] = polarity
        return report

    def to_text(self) -> str:
        """The report for a person: figures, per-label table, confusion, disagreements."""
        sections = (
            self._figure_lines(),
            _label_lines(self.kinds),
            self._polarity_lines(),
            self._listing_lines(),
        )
        return "\n".join(line for section in sections for line in section)

    def _figure_lines(self) -> list[str]:
        k = self.kinds
        what = "outcomes matched by turn and span" if self.unit == "outcome" else "texts"
        return [
            f"Agreement of {self.path_a} (A) and {self.path_b} (B)",
            f"units: {k.n} {what}; unmatched: {len(self.only_a)} only in A, "
            f"{len(self.only_b)} only in B",
            "",
            f"percent agreement      {_percent(k.percent)}",
            f"Cohen's kappa          {_figure(k.kappa, k)}",
            f"Krippendorff's alpha   {_figure(k.alpha, k)}  (nominal){_alpha_reading(k.alpha)}",
        ]

    def _polarity_lines(self) -> list[str]:
        p = self.polarity
        if not p.n:
            return []
        return [
            "",
            f"polarity (n={p.n}): {_percent(p.percent)} agreement, "
            f"Cohen's kappa {_figure(p.kappa, p)}, Krippendorff's alpha {_figure(p.alpha, p)}",
        ]

    def _listing_lines(self) -> list[str]:
        codes = [_pair_line(a, b, a.code, b.code) for a, b in self.disagreements]
        polarities = [
            _pair_line(a, b, a.polarity or "", b.polarity or "")
            for a, b in self.polarity_disagreements
        ]
        unmatched = [f"only in A  {_unit_line(u)}" for u in self.only_a]
        unmatched += [f"only in B  {_unit_line(u)}" for u in self.only_b]
        return (
            _listing("disagreements", codes)
            + _listing("polarity disagreements", polarities)
            + _listing("unmatched units (not counted)", unmatched)
        )


def _label_lines(k: Measures) -> list[str]:
    if not k.per_label:
        return []
    lines = ["", f"{'label':<12}{'A':>6}{'B':>6}{'both':>6}{'specific':>10}{'kappa':>8}"]
    lines += [
        f"{s.label:<12}{s.in_a:>6}{s.in_b:>6}{s.agreed:>6}{s.specific:>10.3f}{_cell(s.kappa):>8}"
        for s in k.per_label
    ]
    return [*lines, "", "confusion (rows: A, columns: B)", _matrix_text(k)]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _measures_dict(m: Measures) -> dict[str, Any]:
    return {
        "n": m.n,
        "percent_agreement": None if m.percent is None else round(m.percent, 2),
        "cohen_kappa": _round(m.kappa),
        "krippendorff_alpha": _round(m.alpha),
        "no_variation": m.no_variation,
        "labels": {
            s.label: {
                "a": s.in_a,
                "b": s.in_b,
                "agreed": s.agreed,
                "specific_agreement": round(s.specific, 4),
                "kappa": _round(s.kappa),
            }
            for s in m.per_label
        },
        "confusion": m.matrix,
    }


def _pair_dict(a: Unit, b: Unit, code_a: str, code_b: str) -> dict[str, Any]:
    record: dict[str, Any] = {"unit": _pair_where(a, b), "text": a.text, "a": code_a, "b": code_b}
    if a.statement or b.statement:
        record["statement_a"] = a.statement
        record["statement_b"] = b.statement
    return record


def _unit_dict(unit: Unit, side: str) -> dict[str, Any]:
    record: dict[str, Any] = {"side": side, "unit": unit.where, "text": unit.text}
    record["code"] = unit.code
    if unit.statement:
        record["statement"] = unit.statement
    return record


def _pair_where(a: Unit, b: Unit) -> str:
    if a.where == b.where:
        return a.where
    if a.turn and a.turn == b.turn:
        return f"{a.where} ~ {b.where.removeprefix(b.turn).strip() or b.turn}"
    return f"A {a.where} ~ B {b.where}"


def _pair_line(a: Unit, b: Unit, code_a: str, code_b: str) -> str:
    return f"{_pair_where(a, b)}  {_quote(a.text)}  A: {code_a}  B: {code_b}"


def _unit_line(unit: Unit) -> str:
    return f"{unit.where}  {_quote(unit.text)}  {unit.code}"


def _quote(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return json.dumps(flat if len(flat) <= limit else flat[: limit - 1] + "…", ensure_ascii=False)


def _listing(title: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    return ["", f"{title} ({len(lines)})", *(f"  {line}" for line in lines)]


def _matrix_text(m: Measures) -> str:
    width = max(12, *(len(label) + 2 for label in m.labels))
    rows = [" " * width + "".join(f"{label:>{width}}" for label in m.labels)]
    rows += [
        f"{x:<{width}}" + "".join(f"{m.matrix[x][y]:>{width}}" for y in m.labels) for x in m.labels
    ]
    return "\n".join(rows)


def _percent(value: float | None) -> str:
    return "undefined (no units)" if value is None else f"{value:.1f}%"


def _figure(value: float | None, m: Measures) -> str:
    if value is None:
        return "undefined (no variation)" if m.no_variation else "undefined"
    return f"{value:.3f}"


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _alpha_reading(alpha: float | None) -> str:
    """Krippendorff's (2004) reading: ≥ .800 reliable, ≥ .667 tentative conclusions only."""
    if alpha is None:
        return ""
    if alpha >= 0.8:
        return "  reliable (≥ 0.800)"
    if alpha >= 0.667:
        return "  tentative conclusions only (0.667–0.800)"
    return "  not reliable (< 0.667)"
