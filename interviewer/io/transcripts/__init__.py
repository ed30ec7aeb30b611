"""Transcript readers: text/Markdown, WebVTT, SRT, DOCX and session files, to speaker turns."""

from __future__ import annotations

from interviewer.io.transcripts.detect import (
    is_transcript_name,
    parse_transcript,
    read_transcript,
)
from interviewer.io.transcripts.model import (
    NotEnglishError,
    NoTurnsError,
    SpokenTurn,
    Transcript,
    TranscriptError,
)
from interviewer.io.transcripts.roles import (
    assign_roles,
    is_question,
    looks_like_notes,
    role_warnings,
    speaker_key,
)
from interviewer.io.transcripts.speaker_map import (
    SpeakerMapError,
    load_speaker_map,
    parse_speaker_map,
)

__all__ = [
    "NoTurnsError",
    "NotEnglishError",
    "SpeakerMapError",
    "SpokenTurn",
    "Transcript",
    "TranscriptError",
    "assign_roles",
    "is_question",
    "is_transcript_name",
    "load_speaker_map",
    "looks_like_notes",
    "parse_speaker_map",
    "parse_transcript",
    "read_transcript",
    "role_warnings",
    "speaker_key",
]
