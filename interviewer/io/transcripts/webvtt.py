"""WebVTT captions (Zoom, Teams ``<v Name>``): header, cues, NOTE/STYLE/REGION blocks."""

from __future__ import annotations

import re

from interviewer.io.transcripts.captions import blocks, merge_cues, parse_cue
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
    header_end = 1
    while header_end < len(lines) and lines[header_end].strip():  # Kind:, Language: …
        header_end += 1
    cues = [
        parse_cue(block, start, 0 if "-->" in block[0] else 1, TIMING, kind="WebVTT", source=source)
        for start, block in blocks(lines, header_end)
        if block[0].split(" ", 1)[0].split("\t", 1)[0] not in _SKIPPED_BLOCKS
    ]
    turns = merge_cues(cues)
    if not turns:
        raise TranscriptError(
            "no speaker turns found (cues need a voice tag like '<v Anna>' or 'Anna: ')",
            path=source,
        )
    return Transcript(source, "webvtt", encoding, tuple(turns))
