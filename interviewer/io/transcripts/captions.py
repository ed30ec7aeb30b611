"""Caption cues (WebVTT, SRT) merged into speaker turns: voice tags, ``Name:`` prefixes, markup."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from interviewer.io.transcripts.labels import is_speaker_label, seconds
from interviewer.io.transcripts.model import SpokenTurn, TranscriptError

_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]*>|\{\\[^}]*\}")  # HTML-like tags, <00:01.000> timestamps, {\an8}
_NAME_PREFIX = re.compile(r"^(?:>>\s*)?(?P<name>[^:\n]{1,40}):\s+(?P<text>.*)$", re.DOTALL)
_BRACKET_NAME = re.compile(r"^\[(?P<name>[^\]\n]{1,40})\]\s*(?P<text>.*)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Cue:
    """One caption cue: its start (seconds), the line of its timing, and its payload lines."""

    start: float
    line: int
    payload: tuple[str, ...]


_MISSING_TIMING = {
    "SRT": "malformed SRT block: expected a cue number and a timing line 'start --> end'",
    "WebVTT": "malformed WebVTT cue: expected a timing line 'start --> end'",
}
_BROKEN_TIMING = {"SRT": "malformed SRT timing", "WebVTT": "malformed WebVTT cue timing"}


def blocks(lines: list[str], start: int = 0) -> Iterator[tuple[int, list[str]]]:
    """(0-based index of its first line, stripped lines) of each blank-line separated block."""
    index = start
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        while index < len(lines) and lines[index].strip():
            index += 1
        yield block_start, [line.strip() for line in lines[block_start:index]]


def parse_cue(
    block: list[str],
    block_start: int,
    timing_at: int,
    timing: re.Pattern[str],
    *,
    kind: str,
    source: str,
) -> Cue:
    """The cue of a caption block whose timing line is ``block[timing_at]``; a missing or broken
    timing is an error naming its line."""
    if timing_at >= len(block) or "-->" not in block[timing_at]:
        raise TranscriptError(
            _MISSING_TIMING[kind],
            path=source,
            line=block_start + 1,
        )
    match = timing.match(block[timing_at])
    if match is None:
        raise TranscriptError(
            f"{_BROKEN_TIMING[kind]} {block[timing_at][:60]!r}",
            path=source,
            line=block_start + timing_at + 1,
        )
    return Cue(
        seconds(match.group("start")), block_start + timing_at + 1, tuple(block[timing_at + 1 :])
    )


def cue_utterances(cue: Cue) -> list[tuple[str | None, str]]:
    """(speaker or ``None``, text) pieces of one cue; a voice tag or ``Name:`` names the speaker."""
    payload = "\n".join(cue.payload)
    voices = list(_VOICE.finditer(payload))
    if voices:
        pieces: list[tuple[str | None, str]] = []
        head = _clean(payload[: voices[0].start()])
        if head:
            pieces.append((None, head))
        for index, voice in enumerate(voices):
            end = voices[index + 1].start() if index + 1 < len(voices) else len(payload)
            pieces.append((voice.group(1).strip(), _clean(payload[voice.end() : end])))
        return pieces
    text = _clean(payload)
    for pattern in (_NAME_PREFIX, _BRACKET_NAME):
        match = pattern.match(text)
        if match and is_speaker_label(match.group("name")):
            return [(match.group("name").strip(), match.group("text").strip())]
    return [(None, text)]


def merge_cues(cues: list[Cue]) -> list[SpokenTurn]:
    """Speaker turns from cues: consecutive cues of one speaker become one turn; a cue without a
    speaker continues the turn before it (captions cut sentences anywhere)."""
    turns: list[SpokenTurn] = []
    for cue in cues:
        for speaker, text in cue_utterances(cue):
            if not text:
                continue
            if turns and (speaker is None or speaker == turns[-1].speaker):
                last = turns[-1]
                turns[-1] = SpokenTurn(last.speaker, f"{last.text} {text}", last.line, last.start)
            elif speaker is not None:
                turns.append(SpokenTurn(speaker, text, cue.line, cue.start))
    return turns


def _clean(text: str) -> str:
    """Payload text without tags, entities and caption line breaks."""
    text = html.unescape(_TAG.sub("", text)).replace("\u200e", "").replace("\u200f", "")
    return " ".join(text.split())
