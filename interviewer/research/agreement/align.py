"""Pairing the units of two codings of the same material (see the package docstring)."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from interviewer.core.errors import UsageError
from interviewer.graph.statements import normalise
from interviewer.research.agreement.units import AgreementError, Coding, Unit

_DESCRIBED = {"outcome": "a coded transcript or session", "text": "a labeled file"}


@dataclass(frozen=True, slots=True)
class Alignment:
    """The units of A and B paired, and those left over on either side."""

    pairs: list[tuple[Unit, Unit]]
    only_a: list[Unit]
    only_b: list[Unit]


def align(a: Coding, b: Coding) -> Alignment:
    """Pair the units of two codings of the same material (see the package docstring)."""
    if a.unit != b.unit:
        raise UsageError(
            f"{a.path} is {_DESCRIBED[a.unit]} but {b.path} is {_DESCRIBED[b.unit]}; "
            "compare two codings of the same kind"
        )
    if a.unit == "text":
        return _align_texts(a.units, b.units)
    return _align_outcomes(a, b)


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters two spans share over the characters either covers (0 = disjoint, 1 = same)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    return shared / (max(a[1], b[1]) - min(a[0], b[0]))


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
    _check_same_transcript(a, b)
    by_turn_a, by_turn_b = _by_turn(a.units), _by_turn(b.units)
    aligned = Alignment([], [], [])
    for turn in dict.fromkeys([*by_turn_a, *by_turn_b]):
        paired, left_a, left_b = _pair_turn(by_turn_a.get(turn, []), by_turn_b.get(turn, []))
        aligned.pairs.extend(paired)
        aligned.only_a.extend(left_a)
        aligned.only_b.extend(left_b)
    return aligned


def _check_same_transcript(a: Coding, b: Coding) -> None:
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


def _by_turn(units: Iterable[Unit]) -> dict[str, list[Unit]]:
    grouped: dict[str, list[Unit]] = {}
    for unit in units:
        grouped.setdefault(unit.turn, []).append(unit)
    return grouped


def _pair_turn(
    xs: list[Unit], ys: list[Unit]
) -> tuple[list[tuple[Unit, Unit]], list[Unit], list[Unit]]:
    """Pair the outcomes of one turn: overlapping spans, then wording, then the last two."""
    chosen = _pair_overlapping(xs, ys)  # index in xs -> index in ys
    _pair_same_wording(xs, ys, chosen)
    _pair_last_two(xs, ys, chosen)
    used = set(chosen.values())
    return (
        [(xs[i], ys[j]) for i, j in sorted(chosen.items())],
        [x for i, x in enumerate(xs) if i not in chosen],
        [y for j, y in enumerate(ys) if j not in used],
    )


def _pair_overlapping(xs: list[Unit], ys: list[Unit]) -> dict[int, int]:
    """Spanned outcomes by overlap, the largest overlap first."""
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
    return chosen


def _pair_same_wording(xs: list[Unit], ys: list[Unit], chosen: dict[int, int]) -> None:
    """An unspanned outcome on either side pairs with the first free one of the same wording."""
    for i, x in enumerate(xs):
        if i not in chosen and not x.span:
            free = [j for j in range(len(ys)) if j not in chosen.values()]
            match = _first_same_wording(x, ys, free)
            if match is not None:
                chosen[i] = match
    for j, y in enumerate(ys):
        if j not in chosen.values() and not y.span:
            free = [i for i in range(len(xs)) if i not in chosen]
            match = _first_same_wording(y, xs, free)
            if match is not None:
                chosen[match] = j


def _pair_last_two(xs: list[Unit], ys: list[Unit], chosen: dict[int, int]) -> None:
    """One outcome left on each side, not both spanned: they code the same thing."""
    rest_x = [i for i in range(len(xs)) if i not in chosen]
    rest_y = [j for j in range(len(ys)) if j not in chosen.values()]
    if len(rest_x) == len(rest_y) == 1 and not (xs[rest_x[0]].span and ys[rest_y[0]].span):
        chosen[rest_x[0]] = rest_y[0]


def _first_same_wording(unit: Unit, others: list[Unit], free: list[int]) -> int | None:
    return next((k for k in free if _same_wording(unit, others[k])), None)


def _same_wording(x: Unit, y: Unit) -> bool:
    return normalise(x.statement) == normalise(y.statement) or _text_key(x.text) == _text_key(
        y.text
    )


def _text_key(text: str) -> str:
    return " ".join(text.casefold().split())
