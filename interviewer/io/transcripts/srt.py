"""SubRip captions (``.srt``): numbered cues with ``00:00:01,000 --> 00:00:04,000`` timings."""

from __future__ import annotations

import re

from interviewer.io.transcripts.captions import Cue, merge_cues
from interviewer.io.transcripts.labels import seconds
from interviewer.io.transcripts.model import Transcript, TranscriptError

_TS = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
TIMING = re.compile(rf"^(?P<start>{_TS})\s*-->\s*(?P<end>{_TS})(?:\s+.*)?$")


def is_srt(text: str) -> bool:
    """Whether the first block is a cue number followed by an SRT timing line."""
    lines = [line.strip() for line in text.lstrip("\n").split("\n", 2)[:2]]
    return len(lines) == 2 and lines[0].isdigit() and TIMING.match(lines[1]) is not None


def parse_srt(text: str, *, source: str, encoding: str) -> Transcript:
    """Speaker turns of an SRT file; a block without a valid timing names its line."""
    lines = text.split("\n")
    cues: list[Cue] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        while index < len(lines) and lines[index].strip():
            index += 1
        block = [line.strip() for line in lines[block_start:index]]
        timing_at = 1 if block[0].isdigit() else 0
        if timing_at >= len(block) or "-->" not in block[timing_at]:
            raise TranscriptError(
                "malformed SRT block: expected a cue number and a timing line 'start --> end'",
                path=source,
                line=block_start + 1,
            )
        match = TIMING.match(block[timing_at])
        if match is None:
            raise TranscriptError(
                f"malformed SRT timing {block[timing_at][:60]!r}",
                path=source,
                line=block_start + timing_at + 1,
            )
        cues.append(
            Cue(
                seconds(match.group("start")),
                block_start + timing_at + 1,
                tuple(block[timing_at + 1 :]),
            )
        )
    turns = merge_cues(cues)
    if not turns:
        raise TranscriptError(
            "no speaker turns found (subtitles need speaker names like 'Anna: ' or '[Anna]')",
            path=source,
        )
    return Transcript(source, "srt", encoding, tuple(turns))
