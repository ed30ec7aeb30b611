"""Inter-coder agreement of two codings of the same material: units aligned, κ, α, disagreements.

Two kinds of coding are compared:

* **outcome codings** — two ``.coded.jsonl`` files or session files of one transcript. A unit is
  one coded outcome; its code is the outcome's kind (its polarity is compared too). Units are
  aligned turn by turn (turns share ids and text): outcomes whose character spans overlap are
  paired, the largest overlap first; outcomes without a span pair with one of the same statement
  or source text, and a turn left with one unspanned outcome on each side pairs those two.
* **labeled files** — two CSV/JSONL/YAML files of ``text,label`` rows. A unit is one text, aligned
  by its wording (case and spacing aside; a repeated text pairs by order of occurrence).

Units one coder marked and the other did not are *unmatched*: reported, never dropped silently,
and — as in Krippendorff's α, where a unit coded by one coder only is not pairable — left out of
the figures.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from interviewer.core.errors import InterviewerError, UsageError
from interviewer.core.metrics import (
    cohen_kappa,
    confusion,
    krippendorff_alpha_nominal,
    label_scores,
)
from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.core.session import Session
from interviewer.graph.statements import normalise
from interviewer.io.coded import is_coded, load_tree_source
from interviewer.io.files import check_regular, read_text
from interviewer.io.json_lines import loads_record
from interviewer.io.labeled import read_labeled
from interviewer.io.yaml_schema import safe_load
from interviewer.nlp.corpus import LABELS

UnitKind = Literal["outcome", "text"]
KIND_ORDER = tuple(kind.value for kind in OutcomeKind)
POLARITY_ORDER = tuple(polarity.value for polarity in Polarity)


class AgreementError(InterviewerError):
    """Two codings that cannot be compared (different transcripts, no shared turn)."""

    title = "cannot compare codings"


@dataclass(frozen=True, slots=True)
class Unit:
    """One coded unit: where it is, the text it codes, its code and polarity."""

    where: str  # "t4 [0:19]", "t4" or "line 3"
    text: str  # the coded stretch of the answer, else the statement or the labeled text
    code: str
    polarity: str | None = None
    statement: str = ""
    turn: str = ""
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Coding:
    """The units of one file, and (for outcome codings) its turns' texts by id."""

    path: str
    unit: UnitKind
    units: list[Unit]
    turns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Alignment:
    """The units of A and B paired, and those left over on either side."""

    pairs: list[tuple[Unit, Unit]]
    only_a: list[Unit]
    only_b: list[Unit]


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
        k = self.kinds
        what = "outcomes matched by turn and span" if self.unit == "outcome" else "texts"
        lines = [
            f"Agreement of {self.path_a} (A) and {self.path_b} (B)",
            f"units: {k.n} {what}; unmatched: {len(self.only_a)} only in A, "
            f"{len(self.only_b)} only in B",
            "",
            f"percent agreement      {_percent(k.percent)}",
            f"Cohen's kappa          {_figure(k.kappa, k)}",
            f"Krippendorff's alpha   {_figure(k.alpha, k)}  (nominal){_alpha_reading(k.alpha)}",
        ]
        if k.per_label:
            lines += ["", f"{'label':<12}{'A':>6}{'B':>6}{'both':>6}{'specific':>10}{'kappa':>8}"]
            lines += [
                f"{s.label:<12}{s.in_a:>6}{s.in_b:>6}{s.agreed:>6}"
                f"{s.specific:>10.3f}{_cell(s.kappa):>8}"
                for s in k.per_label
            ]
            lines += ["", "confusion (rows: A, columns: B)", _matrix_text(k)]
        p = self.polarity
        if p.n:
            lines += [
                "",
                f"polarity (n={p.n}): {_percent(p.percent)} agreement, "
                f"Cohen's kappa {_figure(p.kappa, p)}, Krippendorff's alpha {_figure(p.alpha, p)}",
            ]
        lines += _listing(
            "disagreements", [_pair_line(a, b, a.code, b.code) for a, b in self.disagreements]
        )
        lines += _listing(
            "polarity disagreements",
            [
                _pair_line(a, b, a.polarity or "", b.polarity or "")
                for a, b in self.polarity_disagreements
            ],
        )
        unmatched = [f"only in A  {_unit_line(u)}" for u in self.only_a]
        unmatched += [f"only in B  {_unit_line(u)}" for u in self.only_b]
        lines += _listing("unmatched units (not counted)", unmatched)
        return "\n".join(lines)


# -- reading ------------------------------------------------------------------------------------
def load_coding(path: str | Path) -> Coding:
    """The units of a coded transcript, a session file or a labeled file (told by content)."""
    file = Path(path)
    check_regular(file)
    if _is_labeled(file):
        return _labeled_coding(file)
    return outcome_coding(load_tree_source(file), str(file))


def outcome_coding(session: Session, path: str = "<session>") -> Coding:
    """The outcomes of a session as units, in turn order then position in the answer."""
    turns = {turn.id: turn.text for turn in session.turns}
    order = {turn_id: position for position, turn_id in enumerate(turns)}
    units: list[Unit] = []
    for coded in session.outcomes.values():
        outcome = coded.outcome
        text = turns.get(coded.turn, "")
        start, end = outcome.span
        span = (start, end) if start < end <= len(text) else None
        units.append(
            Unit(
                where=f"{coded.turn} [{start}:{end}]" if span else coded.turn,
                text=text[start:end] if span else outcome.statement,
                code=outcome.kind.value,
                polarity=outcome.polarity.value,
                statement=outcome.statement,
                turn=coded.turn,
                span=span,
            )
        )
    units.sort(key=lambda u: (order.get(u.turn, len(order)), u.span or (0, 0)))
    return Coding(path, "outcome", units, turns)


def labeled_coding(rows: Iterable[tuple[int, str, str, str | None]], path: str) -> Coding:
    """Units from ``(line, text, label, polarity)`` rows of a labeled file."""
    units = [
        Unit(f"line {line}", text, label, polarity if label != "none" else None)
        for line, text, label, polarity in rows
    ]
    return Coding(path, "text", units)


def _labeled_coding(file: Path) -> Coding:
    rows = read_labeled(file)
    return labeled_coding(((r.line, r.text, r.label, r.polarity) for r in rows), str(file))


def _is_labeled(file: Path) -> bool:
    """CSV is always labeled; JSONL is labeled when its first record has a label and no role;
    YAML is labeled unless it is a session file (a mapping with a ``format``)."""
    suffix = file.suffix.lower()
    if suffix == ".csv":
        return True
    text = _read(file)
    if suffix in (".yaml", ".yml"):
        try:
            data = safe_load(text, str(file), AgreementError)
        except AgreementError:
            return False  # the session reader names the fault
        return not (isinstance(data, dict) and "format" in data)
    if is_coded(file) or suffix == ".json":
        first = next((line for line in text.split("\n") if line.strip()), "")
        try:
            record = loads_record(first, path=file, line=1, error=AgreementError)
        except AgreementError:
            return False  # the coded-file reader names the fault
        return isinstance(record, dict) and "label" in record and "role" not in record
    return False


def _read(file: Path) -> str:
    return read_text(file, encoding="utf-8-sig")


# -- aligning -----------------------------------------------------------------------------------
def align(a: Coding, b: Coding) -> Alignment:
    """Pair the units of two codings of the same material (see the module docstring)."""
    if a.unit != b.unit:
        described = {"outcome": "a coded transcript or session", "text": "a labeled file"}
        raise UsageError(
            f"{a.path} is {described[a.unit]} but {b.path} is {described[b.unit]}; "
            "compare two codings of the same kind"
        )
    if a.unit == "text":
        return _align_texts(a.units, b.units)
    return _align_outcomes(a, b)


def _align_texts(a: Sequence[Unit], b: Sequence[Unit]) -> Alignment:
    waiting: dict[str, deque[Unit]] = defaultdict(deque)
    for unit in b:
        waiting[_text_key(unit.text)].append(unit)
    pairs: list[tuple[Unit, Unit]] = []
    only_a: list[Unit] = []
    for unit in a:
        queue = waiting.get(_text_key(unit.text))
        if queue:
            pairs.append((unit, queue.popleft()))
        else:
            only_a.append(unit)
    paired_b = {id(other) for _, other in pairs}
    return Alignment(pairs, only_a, [unit for unit in b if id(unit) not in paired_b])


def _align_outcomes(a: Coding, b: Coding) -> Alignment:
    shared = [turn for turn in a.turns if turn in b.turns]
    if not shared:
        raise AgreementError(
            f"{a.path} and {b.path} share no turn id; "
            "agree compares two codings of the same transcript"
        )
    for turn in shared:
        if _text_key(a.turns[turn]) != _text_key(b.turns[turn]):
            raise AgreementError(
                f"turn {turn} reads differently than in {a.path}; "
                "agree compares two codings of the same transcript",
                path=b.path,
            )
    by_turn_a, by_turn_b = _by_turn(a.units), _by_turn(b.units)
    pairs: list[tuple[Unit, Unit]] = []
    only_a: list[Unit] = []
    only_b: list[Unit] = []
    for turn in dict.fromkeys([*by_turn_a, *by_turn_b]):
        paired, left_a, left_b = _pair_turn(by_turn_a.get(turn, []), by_turn_b.get(turn, []))
        pairs += paired
        only_a += left_a
        only_b += left_b
    return Alignment(pairs, only_a, only_b)


def _by_turn(units: Iterable[Unit]) -> dict[str, list[Unit]]:
    grouped: dict[str, list[Unit]] = {}
    for unit in units:
        grouped.setdefault(unit.turn, []).append(unit)
    return grouped


def _pair_turn(
    xs: list[Unit], ys: list[Unit]
) -> tuple[list[tuple[Unit, Unit]], list[Unit], list[Unit]]:
    """Pair the outcomes of one turn: overlapping spans, then wording, then the last two."""
    chosen: dict[int, int] = {}
    overlaps = sorted(
        (-score, i, j)
        for i, x in enumerate(xs)
        for j, y in enumerate(ys)
        if x.span and y.span and (score := span_overlap(x.span, y.span)) > 0
    )
    for _, i, j in overlaps:
        if i not in chosen and j not in chosen.values():
            chosen[i] = j
    for i, x in enumerate(xs):
        if i in chosen or x.span:
            continue
        for j, y in enumerate(ys):
            if j not in chosen.values() and _same_wording(x, y):
                chosen[i] = j
                break
    for j, y in enumerate(ys):
        if y.span or j in chosen.values():
            continue
        for i, x in enumerate(xs):
            if i not in chosen and _same_wording(x, y):
                chosen[i] = j
                break
    rest_x = [i for i in range(len(xs)) if i not in chosen]
    rest_y = [j for j in range(len(ys)) if j not in chosen.values()]
    if len(rest_x) == len(rest_y) == 1 and not (xs[rest_x[0]].span and ys[rest_y[0]].span):
        chosen[rest_x[0]] = rest_y[0]
    pairs = [(xs[i], ys[j]) for i, j in sorted(chosen.items())]
    used = set(chosen.values())
    return (
        pairs,
        [x for i, x in enumerate(xs) if i not in chosen],
        [y for j, y in enumerate(ys) if j not in used],
    )


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters two spans share over the characters either covers (0 = disjoint, 1 = same)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    return shared / (max(a[1], b[1]) - min(a[0], b[0]))


def _same_wording(x: Unit, y: Unit) -> bool:
    return normalise(x.statement) == normalise(y.statement) or _text_key(x.text) == _text_key(
        y.text
    )


def _text_key(text: str) -> str:
    return " ".join(text.casefold().split())


# -- measuring ----------------------------------------------------------------------------------
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


def agreement(a: Coding, b: Coding) -> Agreement:
    """Align two codings and measure their agreement on codes and on polarity."""
    aligned = align(a, b)
    order = KIND_ORDER if a.unit == "outcome" else LABELS
    kinds = measure([x.code for x, _ in aligned.pairs], [y.code for _, y in aligned.pairs], order)
    polar = [(x, y) for x, y in aligned.pairs if x.polarity and y.polarity]
    polarity = measure(
        [x.polarity or "" for x, _ in polar], [y.polarity or "" for _, y in polar], POLARITY_ORDER
    )
    return Agreement(
        a.path,
        b.path,
        a.unit,
        kinds,
        polarity,
        [(x, y) for x, y in aligned.pairs if x.code != y.code],
        [(x, y) for x, y in polar if x.polarity != y.polarity],
        aligned.only_a,
        aligned.only_b,
    )


def compare(path_a: str | Path, path_b: str | Path) -> Agreement:
    """``interviewer agree A B``: read both codings, align them and measure agreement."""
    return agreement(load_coding(path_a), load_coding(path_b))


# -- writing ------------------------------------------------------------------------------------
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
