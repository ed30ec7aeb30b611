"""Question banks: probe templates grouped by move (and by outcome kind or circumstance)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from interviewer.core.move import Circumstance, Move
from interviewer.core.outcome import OutcomeKind
from interviewer.core.text import second_person

BANK_FORMAT = "interviewer-bank/1"
MIN_PROBES_PER_GROUP = 4

# The probe groups of a bank, as dotted paths under ``probes``: (required, placeholders allowed).
# ``{outcome}`` is required where the probe is about an outcome and forbidden where none is known.
PROBE_GROUPS: Mapping[str, tuple[bool, frozenset[str], frozenset[str]]] = {
    # group: (required?, allowed placeholders, required placeholders)
    "opening": (True, frozenset({"job"}), frozenset()),
    "framing.problem": (True, frozenset({"job"}), frozenset()),
    "framing.goal": (True, frozenset({"job"}), frozenset()),
    "framing.transformation": (True, frozenset({"job"}), frozenset()),
    "framing.threat": (True, frozenset({"job"}), frozenset()),
    "ladder_up.any": (True, frozenset({"job", "outcome"}), frozenset({"outcome"})),
    "ladder_up.functional": (False, frozenset({"job", "outcome"}), frozenset({"outcome"})),
    "ladder_up.emotional": (False, frozenset({"job", "outcome"}), frozenset({"outcome"})),
    "ladder_up.social": (False, frozenset({"job", "outcome"}), frozenset({"outcome"})),
    "ladder_down.any": (True, frozenset({"job", "outcome"}), frozenset({"outcome"})),
    "ladder_down.emotional": (False, frozenset({"job", "outcome"}), frozenset({"outcome"})),
    "ladder_down.social": (False, frozenset({"job", "outcome"}), frozenset({"outcome"})),
    "clarify": (True, frozenset({"job", "outcome"}), frozenset()),
    "new_ladder": (True, frozenset({"job"}), frozenset()),
    "wrap_up": (True, frozenset({"job"}), frozenset()),
}
_PLACEHOLDER = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")


def placeholders(template: str) -> set[str]:
    """Names of the ``{…}`` placeholders in a probe template (``{{``/``}}`` are literal braces)."""
    return set(_PLACEHOLDER.findall(template.replace("{{", "").replace("}}", "")))


def unbalanced_brace(template: str) -> str | None:
    """The text around a ``{`` or ``}`` that opens or closes no placeholder (``{job`` without its
    ``}``), or None when every brace is part of a placeholder or doubled."""
    text = template.replace("{{", "  ").replace("}}", "  ")
    text = _PLACEHOLDER.sub(lambda match: " " * len(match.group(0)), text)
    at = next((i for i, ch in enumerate(text) if ch in "{}"), None)
    if at is None:
        return None
    return template[max(at - 10, 0) : at + 11].strip()


def render(template: str, *, job: str, outcome: str | None = None) -> str:
    """Fill a probe template; ``outcome`` is a first-person stative statement."""
    values = {"job": second_person(job.strip().rstrip("."))}
    if outcome is not None:
        values["outcome"] = second_person(outcome)
    text = template.replace("{{", "\0").replace("}}", "\1")
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    text = text.replace("\0", "{").replace("\1", "}")
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class QuestionBank:
    """A validated question bank (see ``question_banks/README.md`` for the file schema)."""

    id: str
    title: str
    description: str
    job: str
    probes: Mapping[str, tuple[str, ...]]
    end_states: tuple[str, ...] = ()
    path: str | None = field(default=None, compare=False)

    def probes_for(
        self,
        move: Move,
        kind: OutcomeKind | None = None,
        circumstance: Circumstance | None = None,
    ) -> tuple[str, ...]:
        """Probe templates for a move, the kind-specific ones first."""
        if move is Move.FRAMING:
            chosen = circumstance or Circumstance.PROBLEM
            return self.probes[f"framing.{chosen.value}"]
        if move in (Move.LADDER_UP, Move.LADDER_DOWN):
            specific = self.probes.get(f"{move.value}.{kind.value}", ()) if kind else ()
            return specific + self.probes[f"{move.value}.any"]
        return self.probes[move.value]
