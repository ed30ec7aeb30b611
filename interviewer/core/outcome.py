"""Success outcomes: what a customer wants (or wants to avoid) once the job is done."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Self


class _Named(StrEnum):
    """An enum whose members can be looked up leniently by name."""

    @classmethod
    def named(cls, name: str) -> Self | None:
        """The member called ``name``, or None when it names none (the job, a blank cell)."""
        try:
            return cls(name)
        except ValueError:
            return None


class OutcomeKind(_Named):
    """The three kinds of success outcome."""

    FUNCTIONAL = "functional"
    EMOTIONAL = "emotional"
    SOCIAL = "social"

    @property
    def is_functional(self) -> bool:
        return self is OutcomeKind.FUNCTIONAL

    @property
    def letter(self) -> str:
        """``F``, ``E`` or ``S``: the kind in a badge."""
        return self.value[:1].upper()


class Polarity(_Named):
    """Whether the outcome is a state to reach (want) or one to stay clear of (avoid)."""

    WANT = "want"
    AVOID = "avoid"

    def toggled(self) -> Polarity:
        return Polarity.AVOID if self is Polarity.WANT else Polarity.WANT

    @property
    def sign(self) -> str:
        """``+`` (want) or ``-`` (avoid): the polarity in a badge."""
        return "+" if self is Polarity.WANT else "-"


def badge(kind: OutcomeKind | None, polarity: Polarity | None) -> str:
    """``[F+]``, ``[E-]``, ``[S+]``: an outcome's kind and polarity at a glance (``?`` where
    one is unknown). The one badge of every view: text drawings, exports, the TUI, ``classify``."""
    return f"[{kind.letter if kind else '?'}{polarity.sign if polarity else '?'}]"


# What the badges mean, wherever they are shown.
LEGEND = " · ".join(
    [f"{kind.letter} {kind.value}" for kind in OutcomeKind]
    + [f"{polarity.sign} {polarity.value}" for polarity in Polarity]
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One success outcome found in a text, restated as a stative statement.

    ``span`` holds character offsets into ``text`` (the answer it came from); ``evidence`` lists
    the cues or rule ids that decided kind and polarity, so the coding can be defended.
    ``review`` marks an outcome the pipeline is unsure of: it is shown marked and never drives a
    probe. ``added_by_human`` marks one an interviewer or researcher added by hand.
    """

    kind: OutcomeKind
    polarity: Polarity
    statement: str
    text: str = ""
    span: tuple[int, int] = (0, 0)
    confidence: float = 1.0
    evidence: tuple[str, ...] = field(default_factory=tuple)
    corrected_by_human: bool = False
    review: bool = False
    added_by_human: bool = False

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be within 0..1, got {self.confidence}")
        start, end = self.span
        if start < 0 or end < start:
            raise ValueError(f"span must be an ordered pair of offsets, got {self.span}")

    @property
    def source_text(self) -> str:
        """The part of ``text`` the outcome was read from."""
        start, end = self.span
        return self.text[start:end]

    def corrected(self, **changes: Any) -> Outcome:
        """A copy with ``changes`` applied and marked as corrected by a human coder."""
        return replace(self, corrected_by_human=True, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The ``Outcome`` object of the CLI contract (``classify --format jsonl``)."""
        record: dict[str, Any] = {
            "kind": self.kind.value,
            "polarity": self.polarity.value,
            "statement": self.statement,
            "confidence": round(self.confidence, 4),
            "span": [self.span[0], self.span[1]],
            "evidence": list(self.evidence),
        }
        for flag in ("review", "corrected_by_human", "added_by_human"):
            if getattr(self, flag):
                record[flag] = True
        return record

    @classmethod
    def from_dict(cls, record: Mapping[str, Any], *, text: str = "") -> Outcome:
        """Inverse of :meth:`to_dict`; raises ``KeyError``/``ValueError`` on malformed records."""
        span = record.get("span", (0, 0))
        return cls(
            kind=OutcomeKind(record["kind"]),
            polarity=Polarity(record.get("polarity", Polarity.WANT.value)),
            statement=str(record["statement"]),
            text=text,
            span=(int(span[0]), int(span[1])),
            confidence=float(record.get("confidence", 1.0)),
            evidence=tuple(str(cue) for cue in record.get("evidence", ())),
            corrected_by_human=bool(record.get("corrected_by_human", False)),
            review=bool(record.get("review", False)),
            added_by_human=bool(record.get("added_by_human", False)),
        )
