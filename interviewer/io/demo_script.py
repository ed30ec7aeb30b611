"""Demo scripts (``interviewer-demo/1``): the scripted participant of ``interviewer demo``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interviewer.core.errors import InterviewerError
from interviewer.core.move import Move
from interviewer.io.bundled import bundled_dir
from interviewer.io.yaml_schema import load_file

DEMO_FORMAT = "interviewer-demo/1"
DEFAULT_SCRIPT = "demo-lose-weight.yaml"


class DemoScriptError(InterviewerError):
    """A demo script is malformed."""


@dataclass(frozen=True)
class Step:
    """One answer of the scripted participant, and the move to switch to before it."""

    answer: str
    move: Move | None = None


@dataclass(frozen=True)
class DemoScript:
    """Who is interviewed about which job with which bank; the answers; the wrap-up ratings."""

    bank: str
    job: str
    participant: str
    steps: list[Step]
    ratings: list[tuple[int, int]] = field(default_factory=list)


def load_script(path: Path | None = None) -> DemoScript:
    """The bundled demo script, or the one at ``path``."""
    file = path or bundled_dir("transcripts") / DEFAULT_SCRIPT
    data: Any = load_file(file, DemoScriptError, missing="no such demo script")
    try:
        if data.get("format") != DEMO_FORMAT:
            raise DemoScriptError(f"expected format {DEMO_FORMAT!r}", path=file)
        steps = [
            Step(" ".join(str(s["answer"]).split()), Move(s["move"]) if s.get("move") else None)
            for s in data["steps"]
        ]
        ratings = [(int(i), int(s)) for i, s in data.get("ratings") or []]
        return DemoScript(
            str(data["bank"]), str(data["job"]), str(data["participant"]), steps, ratings
        )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise DemoScriptError(f"malformed demo script ({exc})", path=file) from None
