"""Timing outcome trees at scale: build, validate and draw 10,000 outcomes; merge 50 interviews.

Run with ``.venv/bin/python -m benchmarks.bench_tree``. The target is under one second for
build + validate + draw of a 10,000-outcome tree.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from interviewer.core.interview import Interview
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, CodedOutcome, Job, Role, Session, Turn
from interviewer.graph.findings import validate
from interviewer.graph.render import render_tree, render_value_map
from interviewer.graph.tree import outcome_tree
from interviewer.graph.value_map import merge_interviews

T = TypeVar("T")
TARGET_SECONDS = 1.0
LADDER = (
    OutcomeKind.FUNCTIONAL,
    OutcomeKind.EMOTIONAL,
    OutcomeKind.SOCIAL,
    OutcomeKind.EMOTIONAL,
    OutcomeKind.SOCIAL,
)
_OBJECTS = ["jeans", "pounds", "energy", "sleep", "budget", "package", "skills", "savings"]
_FEELINGS = ["confident", "calm", "proud", "safe", "relaxed", "capable", "free", "hopeful"]
_TRAITS = ["disciplined", "reliable", "healthy", "competent", "organised", "generous", "fit"]
_QUALIFIERS = ["", "again", "every day", "at work", "at home", "with friends"]


def statement(kind: OutcomeKind, rng: random.Random) -> str:
    """A plausible stative statement; the qualifier varies the wording of one idea."""
    qualifier = rng.choice(_QUALIFIERS)
    if kind is OutcomeKind.FUNCTIONAL:
        text = f"I am able to manage my {rng.choice(_OBJECTS)}"
    elif kind is OutcomeKind.EMOTIONAL:
        text = f"I feel {rng.choice(_FEELINGS)}"
    else:
        text = f"Others see me as {rng.choice(_TRAITS)}"
    return f"{text} {qualifier}".strip()


def synthetic_session(outcomes: int, seed: int = 7, name: str = "p1") -> Session:
    """A session of ``outcomes`` outcomes in ladders of five, built without the O(n) helpers."""
    rng = random.Random(seed)
    s = Session(Job("lose weight"), participant=name)
    parent = ROOT
    for number in range(outcomes):
        depth = number % len(LADDER)
        if depth == 0:
            parent = ROOT
        kind = LADDER[depth]
        text = statement(kind, rng)
        turn = Turn(f"t{number + 1}", Role.PARTICIPANT, text, name)
        s.turns.append(turn)
        polarity = Polarity.AVOID if rng.random() < 0.1 else Polarity.WANT
        found = Outcome(kind, polarity, text, text=text, span=(0, len(text)), confidence=0.8)
        coded = CodedOutcome(f"o{number + 1}", turn.id, parent, found)
        s.outcomes[coded.id] = coded
        parent = coded.id
    return s


def timed(label: str, action: Callable[[], T], figures: dict[str, float]) -> T:
    start = time.perf_counter()
    result = action()
    figures[label] = time.perf_counter() - start
    return result


def main() -> int:
    figures: dict[str, float] = {}
    big = synthetic_session(10_000)
    tree = timed("build tree (10,000 outcomes)", lambda: outcome_tree(big), figures)
    findings = timed("validate", lambda: validate(tree), figures)
    text = timed("render text", lambda: render_tree(tree, findings), figures)
    interviews = [
        Interview(f"p{n}", synthetic_session(200, seed=n, name=f"p{n}")) for n in range(50)
    ]
    merged = timed(
        "merge 50 interviews (200 outcomes each)", lambda: merge_interviews(interviews), figures
    )
    timed("render merged map", lambda: render_value_map(merged), figures)
    for label, seconds in figures.items():
        print(f"{label:<44} {seconds * 1000:8.1f} ms")
    single = sum(
        figures[label] for label in ("build tree (10,000 outcomes)", "validate", "render text")
    )
    verdict = "ok" if single < TARGET_SECONDS else "SLOW"
    print(f"{'build + validate + render (target < 1 s)':<44} {single * 1000:8.1f} ms  {verdict}")
    print(
        f"tree: {tree.number_of_nodes() - 1} outcomes, {len(findings)} findings, "
        f"{len(text.splitlines())} lines; map: {len(merged.groups)} codes, "
        f"{merged.matrix.ladders} ladders, cut-off {merged.cutoff}, "
        f"{merged.represented_percent}% represented"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
