"""Plain-text and Markdown transcripts: speaker-labelled turns, a metadata header, front matter."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from interviewer.io.transcripts.cleanup import (
    TrimmedLine,
    is_boilerplate,
    strip_non_speech,
    unescape_markdown,
)
from interviewer.io.transcripts.labels import (
    STAMP_ONLY,
    LabeledLine,
    dotted_label,
    is_role_label,
    parse_labeled_line,
    seconds,
)
from interviewer.io.transcripts.model import NoTurnsError, SpokenTurn, Transcript

_HEADING = re.compile(r"^#{1,6}\s")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")
_COMMENT = re.compile(r"^<!--.*-->$")
_META = re.compile(
    r"^[-*•]?\s*\**(?P<key>[A-Za-z][A-Za-z /-]{0,30}?)\**\s*:\s*\**\s*(?P<value>.*)$"
)
# Keys that only a header uses; a header block holding one of them is metadata, not turns.
_HEADER_KEYS = frozenset(
    {
        "job",
        "job to be done",
        "jtbd",
        "title",
        "date",
        "study",
        "project",
        "session",
        "location",
        "duration",
        "recorded",
        "recording",
        "transcript",
        "topic",
        "language",
        "participant id",
        "interview",
        "interview id",
        "participants",
        "attendees",
    }
)
MAX_HEADER_LINES = 40  # a header block is short; a longer block without a blank line is turns
NO_TURNS = "no speaker turns found (expected lines like 'Interviewer: …', 'Q: …' or 'P1: …')"


@dataclass
class _Turn:
    speaker: str
    line: int
    start: float | None
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = list(self.lines)
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines)


def parse_lines(
    lines: Sequence[str], *, source: str, fmt: str, encoding: str, numbers: Sequence[int] = ()
) -> Transcript:
    """Turns from the lines of a transcript (``numbers``: each line's number, 1-based by default).

    A line with a speaker label opens a turn; the lines after it, blank lines included, continue
    it (multi-paragraph answers) until the next label. A leading front matter (``---`` … ``---``)
    or a header block naming a job, date, title or the like is metadata. Markdown headings, rules
    and lone timestamps are never part of a turn (a lone timestamp dates the next turn).
    """
    numbers = numbers or range(1, len(lines) + 1)
    if len(numbers) != len(lines):
        raise ValueError("one number per line")
    lines = [unescape_markdown(line) for line in lines]
    metadata, first = _metadata(lines)
    dotted = _dotted_speakers(lines, first)
    turns: list[_Turn] = []
    trimmed: list[TrimmedLine] = []
    pending_start: float | None = None
    for number, raw in zip(islice(numbers, first, None), islice(lines, first, None), strict=True):
        line = raw.strip()
        if _HEADING.match(line) or _RULE.match(line) or _COMMENT.match(line):
            continue
        if STAMP_ONLY.match(line):
            pending_start = seconds(line)
            continue
        if is_boilerplate(line):
            trimmed.append(TrimmedLine(number, line))
            continue
        labeled = parse_labeled_line(line)
        if labeled is None and dotted_label(line) in dotted:
            labeled = LabeledLine(str(dotted_label(line)), "", None)
        if labeled is not None:
            start = labeled.start if labeled.start is not None else pending_start
            turns.append(_Turn(labeled.speaker, number, start, [labeled.text]))
            pending_start = None
        elif turns:
            turns[-1].lines.append(line)
    spoken = tuple(
        SpokenTurn(turn.speaker, text, turn.line, turn.start)
        for turn in turns
        if (text := strip_non_speech(turn.text()))
    )
    if not spoken:
        raise NoTurnsError(NO_TURNS, path=source)
    return Transcript(source, fmt, encoding, spoken, metadata, tuple(trimmed))


def _dotted_speakers(lines: Sequence[str], first: int) -> frozenset[str]:
    """Book-style labels alone on their line (``Interviewer.``) that open turns: a label every
    transcript knows, or a name standing so at least twice; followed by text, not another label.
    """
    seen: dict[str, int] = {}
    following = ""  # the next non-blank line, walking from the end
    for position in range(len(lines) - 1, first - 1, -1):
        line = lines[position]
        label = dotted_label(line) if line.strip() else None
        if label is not None and following and dotted_label(following) is None:
            seen[label] = seen.get(label, 0) + 1
        if line.strip():
            following = line
    return frozenset(label for label, count in seen.items() if count >= 2 or is_role_label(label))


def _metadata(lines: Sequence[str]) -> tuple[dict[str, str], int]:
    """(metadata, where the turns begin): front matter, then a header block (at most
    :data:`MAX_HEADER_LINES` lines) before the first blank line."""
    metadata: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index < len(lines) and lines[index].strip() == "---":
        end = next(
            (i for i in range(index + 1, len(lines)) if lines[i].strip() in ("---", "...")),
            None,
        )
        if end is not None:
            for line in lines[index + 1 : end]:
                _add_meta(metadata, line)
            index = end + 1
    # Skip blank lines and headings (a title) before a possible header block.
    while index < len(lines) and (not lines[index].strip() or _HEADING.match(lines[index].strip())):
        index += 1
    block_end = index
    while block_end < len(lines) and lines[block_end].strip():
        block_end += 1
        if block_end - index > MAX_HEADER_LINES:
            return metadata, index  # a long block is the conversation, not a header
    block = [line.strip() for line in lines[index:block_end]]
    titles = 0  # lines before the first "key: value" of the block, such as "Interview 4"
    while titles < len(block) and _META.match(block[titles]) is None:
        titles += 1
    matches = [_META.match(line) for line in block[titles:]]
    if matches and all(matches) and any(m and _key(m) in _HEADER_KEYS for m in matches):
        for line in block[titles:]:
            _add_meta(metadata, line)
        index = block_end
    return metadata, index


def _key(match: re.Match[str]) -> str:
    return " ".join(match.group("key").lower().split())


def _add_meta(metadata: dict[str, str], line: str) -> None:
    match = _META.match(line.strip())
    if match is None:
        return
    value = match.group("value").strip().strip("*").strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    metadata.setdefault(_key(match), value)
