"""The coded units of one file: outcomes of a coded transcript or session, or labeled texts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from interviewer.core.errors import InterviewerError
from interviewer.core.session import Session
from interviewer.io.coded import load_tree_source
from interviewer.io.files import check_regular
from interviewer.io.labeled import is_labeled, read_labeled

UnitKind = Literal["outcome", "text"]


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


def load_coding(path: str | Path) -> Coding:
    """The units of a coded transcript, a session file or a labeled file (told by content)."""
    file = Path(path)
    check_regular(file)
    if is_labeled(file):
        rows = read_labeled(file)
        return labeled_coding(((r.line, r.text, r.label, r.polarity) for r in rows), str(file))
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
