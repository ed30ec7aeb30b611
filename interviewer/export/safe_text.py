"""Interview text made safe for every format: characters no file may hold become U+FFFD."""

from __future__ import annotations

import re
from dataclasses import replace

from interviewer.core.interview import Interview
from interviewer.core.session import CodedOutcome, Job, Session
from interviewer.core.text import show_bidi_controls

REPLACEMENT = "\ufffd"
# Not allowed in XML 1.0 (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE/U+FFFF)
# and never useful in interview text. Each is replaced one for one, so offsets keep their meaning.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` with every character that no export may hold replaced by U+FFFD, one for one."""
    return _UNSAFE.sub(REPLACEMENT, text)


def visible(text: str) -> str:
    """``text`` for a person to read: bidirectional controls shown as ``⟨U+202E⟩`` instead of
    reordering the text around them. Human-facing formats pass through it; data formats (JSON,
    CSV, GraphML, GEXF, QDPX) keep the text as it was said."""
    return show_bidi_controls(text)


def one_line(text: str) -> str:
    """Runs of whitespace (newlines, tabs, line and paragraph separators) as one space."""
    return _SPACE.sub(" ", text).strip()


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters, cut at a word boundary and ended with "…"."""
    line = one_line(text)
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def wrap(text: str, width: int, lines: int) -> list[str]:
    """``text`` on at most ``lines`` lines of about ``width`` characters, the last one shortened."""
    out: list[str] = []
    current = ""
    for word in one_line(text).split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    return [shorten(line, width) for line in out]


def clean_interview(interview: Interview) -> Interview:
    """The interview with every text of its session (and its name) passed through :func:`clean`."""
    session = interview.session
    safe = Session(
        Job(clean(session.job.statement)),
        participant=clean(session.participant),
        bank=clean(session.bank),
        started=clean(session.started),
        updated=clean(session.updated),
        ratings=dict(session.ratings),
    )
    safe.turns.extend(
        replace(turn, id=clean(turn.id), text=clean(turn.text), speaker=clean(turn.speaker))
        for turn in session.turns
    )
    for coded in session.outcomes.values():
        safe.outcomes[clean(coded.id)] = _clean_outcome(coded)
    return replace(
        interview, name=clean(interview.name), session=safe, source=clean(interview.source)
    )


def _clean_outcome(coded: CodedOutcome) -> CodedOutcome:
    outcome = coded.outcome
    return CodedOutcome(
        clean(coded.id),
        clean(coded.turn),
        clean(coded.parent),
        replace(
            outcome,
            statement=clean(outcome.statement),
            text=clean(outcome.text),
            evidence=tuple(clean(cue) for cue in outcome.evidence),
        ),
    )
