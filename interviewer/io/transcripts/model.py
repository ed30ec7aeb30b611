"""What every transcript reader produces: speaker turns with their line, start time and metadata."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from interviewer.core.errors import ExitStatus, InterviewerError
from interviewer.core.move import Move
from interviewer.core.session import Role
from interviewer.io.transcripts.cleanup import TrimmedLine


class TranscriptError(InterviewerError):
    """A transcript cannot be coded: empty, binary, truncated, malformed, or without turns."""

    exit_status = ExitStatus.FAILURE
    title = "cannot read transcript"


class NoTurnsError(TranscriptError):
    """Text without a single speaker turn: notes, a README, prose — not a transcript."""


class NotEnglishError(TranscriptError):
    """A transcript in a language other than English, which the analysis does not read."""


@dataclass(frozen=True, slots=True)
class SpokenTurn:
    """One speaker's turn as written in the source.

    ``text`` is stored with ``\\n`` line ends; every offset reported later is counted on it.
    ``line`` is the 1-based line (paragraph, for DOCX) where the turn starts. ``role`` and ``move``
    are set only when the source states them (session files, ``Q:``/``A:`` style labels decide
    roles elsewhere).
    """

    speaker: str
    text: str
    line: int
    start: float | None = None  # seconds from the start of the recording, when the source says
    role: Role | None = None
    move: Move | None = None


@dataclass(frozen=True, slots=True)
class Transcript:
    """A whole interview as read from one file."""

    source: str
    format: str  # text, markdown, webvtt, srt, docx or session
    encoding: str
    turns: tuple[SpokenTurn, ...]
    metadata: Mapping[str, str] = field(default_factory=dict)
    trimmed: tuple[TrimmedLine, ...] = ()  # page furniture left out (comment forms, share lines)
    warnings: tuple[str, ...] = ()  # ``path[:line]: warning: …`` lines for the person coding

    @property
    def job(self) -> str:
        """The job named in the file's header or metadata, or ``""``."""
        for key in ("job", "job to be done", "jtbd"):
            value = self.metadata.get(key, "").strip()
            if value:
                return value
        return ""

    @property
    def speakers(self) -> list[str]:
        """Distinct speaker names in order of their first turn."""
        return list(dict.fromkeys(turn.speaker for turn in self.turns))
