"""Question banks: probe templates grouped by move (and by outcome kind or circumstance)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from interviewer.core.move import Circumstance, Move
from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.core.text import address, second_person

BANK_FORMAT = "interviewer-bank/1"
MIN_PROBES_PER_GROUP = 4

# The probe groups of a bank, as dotted paths under ``probes``: (required, placeholders allowed,
# placeholders of which one is required). ``{outcome}`` is required where the probe is about an
# outcome and forbidden where none is known; groups for an avoided outcome may name it with
# ``{outcome_no_longer}`` ("you no longer feel gross") or ``{outcome_not_to}`` ("not to feel …").
_ABOUT = frozenset({"job", "outcome"})
_AVOIDED = frozenset({"outcome", "outcome_no_longer", "outcome_not_to"})
_JOB = frozenset({"job"})
_NONE: frozenset[str] = frozenset()
PROBE_GROUPS: Mapping[str, tuple[bool, frozenset[str], frozenset[str]]] = {
    "opening": (True, _JOB, _NONE),
    "framing.problem": (True, _JOB, _NONE),
    "framing.goal": (True, _JOB, _NONE),
    "framing.transformation": (True, _JOB, _NONE),
    "framing.threat": (True, _JOB, _NONE),
    "ladder_up.any": (True, _ABOUT, frozenset({"outcome"})),
    "ladder_up.functional": (False, _ABOUT, frozenset({"outcome"})),
    "ladder_up.emotional": (False, _ABOUT, frozenset({"outcome"})),
    "ladder_up.social": (False, _ABOUT, frozenset({"outcome"})),
    "ladder_up.avoid": (False, _AVOIDED | _JOB, _AVOIDED),
    "ladder_up.generic": (False, _JOB, _NONE),
    "ladder_down.any": (True, _ABOUT, frozenset({"outcome"})),
    "ladder_down.emotional": (False, _ABOUT, frozenset({"outcome"})),
    "ladder_down.social": (False, _ABOUT, frozenset({"outcome"})),
    "ladder_down.avoid": (False, _AVOIDED | _JOB, _AVOIDED),
    "ladder_down.generic": (False, _JOB, _NONE),
    "clarify": (True, _ABOUT, _NONE),
    "new_ladder": (True, _JOB, _NONE),
    "wrap_up": (True, _JOB, _NONE),
}
OUTCOME_PLACEHOLDERS = _AVOIDED
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
    """Fill a probe template; ``outcome`` is a first-person stative statement.

    A form the statement lacks falls back to one that reads the same way: ``{outcome_not_to}``
    to "that <clause>" ("Why is it important to you that the package is not damaged?") and
    ``{outcome_no_longer}`` to the clause itself.
    """
    values = {"job": second_person(job.strip().rstrip("."))}
    if outcome is not None:
        forms = address(outcome)
        values["outcome"] = forms.clause
        values["outcome_no_longer"] = forms.no_longer or forms.clause
        values["outcome_not_to"] = forms.not_to or f"that {forms.clause}"
    text = template.replace("{{", "\0").replace("}}", "\1")
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    text = text.replace("\0", "{").replace("\1", "}")
    return " ".join(text.split())


def names_outcome(template: str) -> bool:
    """Whether ``template`` names the outcome (in any of its forms)."""
    return bool(placeholders(template) & OUTCOME_PLACEHOLDERS)


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
        polarity: Polarity | None = None,
    ) -> tuple[str, ...]:
        """Probe templates for a move, the most specific first: an avoided outcome's own wording
        (then the kind-neutral ones), else the kind's, then the move's generic ones."""
        if move is Move.FRAMING:
            chosen = circumstance or Circumstance.PROBLEM
            return self.probes[f"framing.{chosen.value}"]
        if move in (Move.LADDER_UP, Move.LADDER_DOWN):
            if polarity is Polarity.AVOID and f"{move.value}.avoid" in self.probes:
                return self.probes[f"{move.value}.avoid"] + self.probes[f"{move.value}.any"]
            specific = self.probes.get(f"{move.value}.{kind.value}", ()) if kind else ()
            return specific + self.probes[f"{move.value}.any"]
        return self.probes[move.value]

    def unnamed_probes(self, move: Move) -> tuple[str, ...]:
        """Wordings of ``move`` that name no outcome, for an outcome marked for review or an
        answer without one: the move's ``generic`` group, else clarifying probes."""
        generic = self.probes.get(f"{move.value}.generic", ())
        own = tuple(t for t in self.probes.get(move.value, ()) if not names_outcome(t))
        clarify = tuple(t for t in self.probes["clarify"] if not names_outcome(t))
        return generic or own or clarify
