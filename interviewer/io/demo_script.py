"""Demo scripts (``interviewer-demo/1``): the scripted participant of ``interviewer demo``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from interviewer.core.errors import InterviewerError
from interviewer.core.move import Move
from interviewer.io.bundled import bundled_dir
from interviewer.io.yaml_schema import load_file

DEMO_FORMAT = "interviewer-demo/1"
DEFAULT_SCRIPT = "demo-lose-weight.yaml"
MOVES = tuple(move.value for move in Move)


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
    data = load_file(file, DemoScriptError, missing="no such demo script")
    if not isinstance(data, dict):
        raise _malformed("expected a mapping of keys to values", file)
    if data.get("format") != DEMO_FORMAT:
        raise DemoScriptError(f"expected format {DEMO_FORMAT!r}", path=file)
    missing = [key for key in ("bank", "job", "participant", "steps") if key not in data]
    if missing:
        raise _malformed(f"missing key {missing[0]!r}", file)
    return DemoScript(
        str(data["bank"]),
        str(data["job"]),
        str(data["participant"]),
        [_step(entry, file) for entry in _entries(data["steps"], "steps", file)],
        [_rating(entry, file) for entry in _entries(data.get("ratings") or [], "ratings", file)],
    )


def _entries(value: object, key: str, file: Path) -> list[object]:
    if not isinstance(value, list):
        raise _malformed(f"{key!r} must be a list", file)
    return value


def _step(entry: object, file: Path) -> Step:
    if not isinstance(entry, dict) or "answer" not in entry:
        raise _malformed("every step needs an 'answer'", file)
    move = entry.get("move")
    if move and move not in MOVES:
        raise _malformed(f"unknown move {move!r} (expected one of: {', '.join(MOVES)})", file)
    return Step(" ".join(str(entry["answer"]).split()), Move(move) if move else None)


def _rating(entry: object, file: Path) -> tuple[int, int]:
    """``[importance, satisfaction]``: two numbers (or text of numbers)."""
    if isinstance(entry, list) and len(entry) == 2:
        try:
            return int(entry[0]), int(entry[1])
        except (TypeError, ValueError, OverflowError):
            pass
    raise _malformed("every rating is a pair [importance, satisfaction]", file)


def _malformed(reason: str, file: Path) -> DemoScriptError:
    return DemoScriptError(f"malformed demo script ({reason})", path=file)
