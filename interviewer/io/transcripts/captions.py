"""Caption cues (WebVTT, SRT) merged into speaker turns: voice tags, ``Name:`` prefixes, markup."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from interviewer.io.transcripts.labels import is_speaker_label
from interviewer.io.transcripts.model import SpokenTurn

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
