"""WebVTT captions (Zoom, Teams ``<v Name>``): header, cues, NOTE/STYLE/REGION blocks."""

from __future__ import annotations

import re

from interviewer.io.transcripts.captions import Cue, merge_cues
from interviewer.io.transcripts.labels import seconds
from interviewer.io.transcripts.model import Transcript, TranscriptError

_TS = r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
TIMING = re.compile(rf"^(?P<start>{_TS})\s+-->\s+(?P<end>{_TS})(?:\s+.*)?$")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


def is_webvtt(text: str) -> bool:
    first = text.split("\n", 1)[0]
    return first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))


def parse_webvtt(text: str, *, source: str, encoding: str) -> Transcript:
    """Speaker turns of a WebVTT file; a missing header or a broken cue names its line."""
    lines = text.split("\n")
    if not is_webvtt(text):
        raise TranscriptError(
            "not a WebVTT file: the first line must be 'WEBVTT'", path=source, line=1
        )
    cues: list[Cue] = []
    index = 1
    while index < len(lines) and lines[index].strip():  # header lines (Kind:, Language:)
        index += 1
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        while index < len(lines) and lines[index].strip():
            index += 1
        block = [line.strip() for line in lines[block_start:index]]
        if block[0].split(" ", 1)[0].split("\t", 1)[0] in _SKIPPED_BLOCKS:
            continue
        cues.append(_cue(block, block_start, source))
    turns = merge_cues(cues)
    if not turns:
        raise TranscriptError(
            "no speaker turns found (cues need a voice tag like '<v Anna>' or 'Anna: ')",
            path=source,
        )
    return Transcript(source, "webvtt", encoding, tuple(turns))


def _cue(block: list[str], block_start: int, source: str) -> Cue:
    """``block_start`` is the 0-based index of the block's first line."""
    timing_at = 0 if "-->" in block[0] else 1
    if timing_at >= len(block) or "-->" not in block[timing_at]:
        raise TranscriptError(
            "malformed WebVTT cue: expected a timing line 'start --> end'",
            path=source,
            line=block_start + 1,
        )
    match = TIMING.match(block[timing_at])
    if match is None:
        raise TranscriptError(
            f"malformed WebVTT cue timing {block[timing_at][:60]!r}",
            path=source,
            line=block_start + timing_at + 1,
        )
    return Cue(
        seconds(match.group("start")), block_start + timing_at + 1, tuple(block[timing_at + 1 :])
    )
