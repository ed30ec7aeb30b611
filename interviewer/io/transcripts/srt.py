"""SubRip captions (``.srt``): numbered cues with ``00:00:01,000 --> 00:00:04,000`` timings."""

from __future__ import annotations

import re

from interviewer.io.transcripts.captions import blocks, merge_cues, parse_cue
from interviewer.io.transcripts.model import Transcript, TranscriptError

_TS = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
TIMING = re.compile(rf"^(?P<start>{_TS})\s*-->\s*(?P<end>{_TS})(?:\s+.*)?$")


def is_srt(text: str) -> bool:
    """Whether the first block is a cue number followed by an SRT timing line."""
    lines = [line.strip() for line in text.lstrip("\n").split("\n", 2)[:2]]
    return len(lines) == 2 and lines[0].isdigit() and TIMING.match(lines[1]) is not None


def parse_srt(text: str, *, source: str, encoding: str) -> Transcript:
    """Speaker turns of an SRT file; a block without a valid timing names its line."""
    cues = [
        parse_cue(block, start, 1 if block[0].isdigit() else 0, TIMING, kind="SRT", source=source)
        for start, block in blocks(text.split("\n"))
    ]
    turns = merge_cues(cues)
    if not turns:
        raise TranscriptError(
            "no speaker turns found (subtitles need speaker names like 'Anna: ' or '[Anna]')",
            path=source,
        )
    return Transcript(source, "srt", encoding, tuple(turns))
