"""The implication matrix of laddering: how often one code leads to another, and the cut-off.

Conventions (Reynolds & Gutman 1988, "Laddering theory, method, analysis, and
interpretation"):

- a **ladder** is one root-to-leaf path of an interview's outcome tree, read as a sequence of
  codes from the job outwards (the job itself is not an element of the matrix);
- for an ordered pair of different codes (A, B), a ladder counts as **direct** when B
  immediately follows A somewhere in it, otherwise as **indirect** when B follows A further on;
- each ladder adds at most one to a cell, as direct or as indirect (direct wins), so a repeat
  inside a ladder cannot inflate the counts; a code following itself is not a relation.

A link is **kept** when its counted value reaches the cut-off: the direct count, or direct +
indirect when indirect relations are counted (``--indirect``). The share represented is the sum
of the counted values of the kept links over the sum of all cells' counted values.

The **proposed cut-off** is the largest one whose kept links still represent at least two
thirds of all relations. Reynolds & Gutman advise trying several cut-offs and choosing the one
that leaves an informative yet readable map; keeping about two thirds of the relations is a
common rule of thumb for that choice. Raising the cut-off drops the idiosyncratic links that
clutter a map; unlike a fixed share of the number of ladders, this rule adapts to how
concentrated the data is. On small studies, where most relations are counted once, it is 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise

REPRESENTED_TARGET = Fraction(2, 3)  # share of relations the proposed cut-off keeps at least


@dataclass
class Cell:
    """The counts of one ordered pair of codes, and the interviews they came from."""

    direct: int = 0
    indirect: int = 0
    interviews: set[str] = field(default_factory=set)

    def counted(self, indirect: bool) -> int:
        return self.direct + self.indirect if indirect else self.direct


@dataclass(frozen=True, slots=True)
class Link:
    """A relation of the matrix: ``source`` leads to ``target``."""

    source: str
    target: str
    direct: int
    indirect: int
    interviews: int  # how many interviews have at least one ladder with this relation


@dataclass
class ImplicationMatrix:
    """Direct and indirect counts for every ordered pair of codes, and the ladders' first codes."""

    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    starts: dict[str, Cell] = field(default_factory=dict)  # ladders that begin with a code
    ladders: int = 0

    @classmethod
    def from_ladders(cls, ladders: Iterable[tuple[str, Sequence[str]]]) -> ImplicationMatrix:
        """Count ``(interview, codes)`` ladders; see the module docstring for the conventions."""
        matrix = cls()
        for interview, codes in ladders:
            matrix.add(interview, codes)
        return matrix

    def add(self, interview: str, codes: Sequence[str]) -> None:
        """Count one ladder of ``interview`` given as its codes from the job outwards."""
        self.ladders += 1
        if not codes:
            return
        start = self.starts.setdefault(codes[0], Cell())
        start.direct += 1
        start.interviews.add(interview)
        direct = {(a, b) for a, b in pairwise(codes) if a != b}
        later = {
            (codes[i], codes[j])
            for i in range(len(codes))
            for j in range(i + 2, len(codes))
            if codes[i] != codes[j]
        }
        for pair in direct:
            cell = self._cell(pair)
            cell.direct += 1
            cell.interviews.add(interview)
        for pair in later - direct:
            cell = self._cell(pair)
            cell.indirect += 1
            cell.interviews.add(interview)

    def _cell(self, pair: tuple[str, str]) -> Cell:
        cell = self.cells.get(pair)
        if cell is None:
            cell = self.cells[pair] = Cell()
        return cell

    def links(self, order: Sequence[str] = ()) -> list[Link]:
        """Every non-empty cell, by source then target in ``order`` (then by name)."""
        rank = {code: position for position, code in enumerate(order)}
        last = len(rank)

        def key(pair: tuple[str, str]) -> tuple[int, str, int, str]:
            a, b = pair
            return (rank.get(a, last), a, rank.get(b, last), b)

        return [
            Link(a, b, cell.direct, cell.indirect, len(cell.interviews))
            for (a, b), cell in sorted(self.cells.items(), key=lambda item: key(item[0]))
        ]

    def total(self, indirect: bool = False) -> int:
        """All relations counted: the sum of every cell's counted value."""
        return sum(cell.counted(indirect) for cell in self.cells.values())

    def kept(self, cutoff: int, indirect: bool = False) -> set[tuple[str, str]]:
        """The pairs whose counted value reaches ``cutoff``."""
        return {pair for pair, cell in self.cells.items() if cell.counted(indirect) >= cutoff}

    def represented(self, cutoff: int, indirect: bool = False) -> Fraction | None:
        """The share of all relations that the kept links account for (None: no relations)."""
        total = self.total(indirect)
        if not total:
            return None
        kept = sum(
            cell.counted(indirect)
            for cell in self.cells.values()
            if cell.counted(indirect) >= cutoff
        )
        return Fraction(kept, total)

    def represented_percent(self, cutoff: int, indirect: bool = False) -> float | None:
        """:meth:`represented` in percent, rounded to one decimal."""
        share = self.represented(cutoff, indirect)
        return None if share is None else round(float(share * 100), 1)

    def proposed_cutoff(self, indirect: bool = False) -> int:
        """The largest cut-off that still represents at least two thirds of all relations."""
        values = sorted((cell.counted(indirect) for cell in self.cells.values()), reverse=True)
        total = sum(values)
        kept = 0
        best = 1
        # From the highest count down, ``kept`` sums the cells at or above ``value``: the first
        # value that reaches the target is the largest cut-off that does.
        for position, value in enumerate(values):
            kept += value
            last_of_value = position + 1 == len(values) or values[position + 1] != value
            if value and last_of_value and Fraction(kept, total) >= REPRESENTED_TARGET:
                best = value
                break
        return best
