"""A session's turns and outcomes with the indexes that keep building and reading them O(1).

Both are the builtin ``list``/``dict`` with every mutating method kept, so code that appends to
``session.turns`` or assigns into ``session.outcomes`` keeps working; appends and assignments
update the indexes as they go, and any other change marks them stale, to be rebuilt once on the
next lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex

if TYPE_CHECKING:
    from interviewer.core.session import CodedOutcome, Turn


class TurnLog(list["Turn"]):
    """The turns in order, with each turn's position and the last question before it."""

    _stale = True  # also what pickle and copy see while they refill a fresh, uninitialised copy

    def __init__(self, turns: Iterable[Turn] = ()) -> None:
        super().__init__(turns)
        self._stale = True
        self._position: dict[str, int] = {}
        self._question_before: list[int] = []  # per position: the last interviewer turn, or -1
        self._last_question = -1

    def _rebuild(self) -> None:
        self._position, self._question_before, self._last_question = {}, [], -1
        for position, turn in enumerate(self):
            self._index(position, turn)
        self._stale = False

    def _index(self, position: int, turn: Turn) -> None:
        self._position.setdefault(turn.id, position)
        self._question_before.append(self._last_question)
        if turn.role.value == "interviewer":
            self._last_question = position

    def position(self, turn_id: str) -> int | None:
        """Where the turn ``turn_id`` is (the first one, should an id repeat)."""
        if self._stale:
            self._rebuild()
        return self._position.get(turn_id)

    def question_before(self, position: int) -> Turn | None:
        """The last interviewer turn before ``position``."""
        if self._stale:
            self._rebuild()
        asked = self._question_before[position]
        return self[asked] if asked >= 0 else None

    def append(self, turn: Turn) -> None:
        super().append(turn)
        if not self._stale:
            self._index(len(self) - 1, turn)

    def extend(self, turns: Iterable[Turn]) -> None:
        for turn in turns:
            self.append(turn)

    def __iadd__(self, turns: Iterable[Turn]) -> TurnLog:  # type: ignore[override,misc]
        self.extend(turns)
        return self

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self._stale = True

    def __delitem__(self, key: SupportsIndex | slice) -> None:
        super().__delitem__(key)
        self._stale = True

    def insert(self, index: SupportsIndex, turn: Turn) -> None:
        super().insert(index, turn)
        self._stale = True

    def pop(self, index: SupportsIndex = -1) -> Turn:
        self._stale = True
        return super().pop(index)

    def remove(self, turn: Turn) -> None:
        super().remove(turn)
        self._stale = True

    def clear(self) -> None:
        super().clear()
        self._stale = True

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._stale = True

    def reverse(self) -> None:
        super().reverse()
        self._stale = True


class OutcomeTable(dict[str, "CodedOutcome"]):
    """Outcomes by id, with their children by parent, their outcomes by turn and the next id."""

    _stale = True  # as for TurnLog: a copy being refilled indexes itself on first lookup

    def __init__(self, outcomes: Mapping[str, CodedOutcome] | None = None) -> None:
        super().__init__(outcomes or {})
        self._stale = True
        self._order: dict[str, int] = {}  # id -> insertion rank (the dict's own order)
        self._children: dict[str, dict[str, None]] = {}
        self._by_turn: dict[str, dict[str, None]] = {}
        self._ranks = 0
        self._highest = 0  # the largest N of the ids "oN"

    def _rebuild(self) -> None:
        self._order, self._children, self._by_turn, self._ranks, self._highest = {}, {}, {}, 0, 0
        for coded in self.values():
            self._index(coded)
        self._stale = False

    def _index(self, coded: CodedOutcome) -> None:
        if coded.id not in self._order:
            self._order[coded.id] = self._ranks
            self._ranks += 1
        self._children.setdefault(coded.parent, {})[coded.id] = None
        self._by_turn.setdefault(coded.turn, {})[coded.id] = None
        number = coded.id[1:]
        if number.isdigit():
            self._highest = max(self._highest, int(number))

    def _unindex(self, coded: CodedOutcome) -> None:
        self._children.get(coded.parent, {}).pop(coded.id, None)
        self._by_turn.get(coded.turn, {}).pop(coded.id, None)

    def _sorted(self, ids: Iterable[str]) -> list[CodedOutcome]:
        return [self[oid] for oid in sorted(ids, key=self._order.__getitem__)]

    def children(self, node: str) -> list[CodedOutcome]:
        """The outcomes directly under ``node``, in the table's order."""
        if self._stale:
            self._rebuild()
        return self._sorted(self._children.get(node, ()))

    def of_turn(self, turn_id: str) -> list[CodedOutcome]:
        """The outcomes read from turn ``turn_id``, in the table's order."""
        if self._stale:
            self._rebuild()
        return self._sorted(self._by_turn.get(turn_id, ()))

    def highest_number(self) -> int:
        """The largest N among the ids ``oN`` (0 when there is none)."""
        if self._stale:
            self._rebuild()
        return self._highest

    def __setitem__(self, key: str, value: CodedOutcome) -> None:
        earlier = self.get(key)
        super().__setitem__(key, value)
        if self._stale:
            return
        if earlier is not None:
            self._unindex(earlier)
        self._index(value)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._stale = True  # a freed id changes the next one, and the order of later ones

    def pop(self, key: str, *default: Any) -> Any:
        self._stale = True
        return super().pop(key, *default)

    def popitem(self) -> tuple[str, CodedOutcome]:
        self._stale = True
        return super().popitem()

    def clear(self) -> None:
        super().clear()
        self._stale = True

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def __ior__(self, other: Any) -> OutcomeTable:  # type: ignore[override,misc]
        self.update(other)
        return self
