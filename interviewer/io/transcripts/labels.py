"""Speaker labels and timestamps as transcripts write them: ``[00:01:23] Anna: …``, ``Q:``."""

from __future__ import annotations

import re
from dataclasses import dataclass

TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_STAMP = rf"(?:\[{TIME}\]|\({TIME}\)|{TIME})"
_LEADING_STAMP = re.compile(rf"^(?P<stamp>{_STAMP})\s*(?:[-–—|]\s*)?")
_TRAILING_STAMP = re.compile(rf"\s*(?:[-–—|]\s*)?(?P<stamp>{_STAMP})$")
STAMP_ONLY = re.compile(rf"^\s*{_STAMP}\s*$")
_BULLET = re.compile(r"^(?:[-*•+]|>+)\s+")
_LABEL_COLON = re.compile(r":(?!\d)")  # the colon that ends a label, not one inside a time
_TOKEN = re.compile(r"^(?:[^\W\d_][\w.'’-]*|\d+|#\d+)$")
_PARTICLES = frozenset(
    {"de", "van", "der", "von", "da", "di", "du", "del", "la", "le", "bin", "al"}
)
MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 4

# Labels whose role every transcript agrees on (lowercase, without digits).
INTERVIEWER_LABELS = frozenset(
    {
        "interviewer",
        "int",
        "i",
        "q",
        "question",
        "me",
        "moderator",
        "mod",
        "facilitator",
        "researcher",
        "host",
        "ux researcher",
        "user researcher",
    }
)
PARTICIPANT_LABELS = frozenset(
    {
        "participant",
        "respondent",
        "interviewee",
        "a",
        "answer",
        "r",
        "ie",
        "p",
        "customer",
        "user",
        "guest",
        "candidate",
    }
)
# Words that end with a colon in running text or headers but never name a speaker.
_NOT_SPEAKERS = frozenset(
    {
        "note",
        "notes",
        "nb",
        "n.b",
        "ps",
        "p.s",
        "example",
        "e.g",
        "i.e",
        "summary",
        "context",
        "background",
        "update",
        "edit",
        "source",
        "tip",
        "warning",
        "important",
        "disclaimer",
        "transcript",
        "title",
        "date",
        "time",
        "location",
        "duration",
        "job",
        "participants",
        "attendees",
        "recording",
        "subject",
        "topic",
        "agenda",
        "yes",
        "no",
        "ok",
        "okay",
        "well",
        "so",
        "and",
        "but",
        "because",
        "honestly",
        "basically",
        "like",
        "um",
        "uh",
        "also",
        "then",
        "now",
        "first",
        "second",
        "third",
        "finally",
        "again",
        "anyway",
        "really",
        "actually",
        "http",
        "https",
        "mailto",
    }
)


@dataclass(frozen=True, slots=True)
class LabeledLine:
    """A line that opens a turn: who speaks, when, and the text after the label (may be empty)."""

    speaker: str
    text: str
    start: float | None


def seconds(stamp: str) -> float:
    """``"01:02:03.5"`` → 3723.5; ``"1:23"`` (minutes:seconds) → 83.0."""
    parts = stamp.strip("[]() ").replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return round(total, 3)


def label_role_key(label: str) -> str:
    """A label reduced for role lookup: lowercase, without digits, ``#`` or trailing dots."""
    key = re.sub(r"[\d#]+", " ", label.lower().replace("’", "'"))
    return " ".join(key.replace(".", " ").split())


def is_speaker_label(label: str) -> bool:
    """Whether ``label`` (the part before a colon) names a speaker rather than starting prose."""
    label = label.strip()
    if not label or len(label) > MAX_LABEL_CHARS:
        return False
    key = label_role_key(label)
    if key in INTERVIEWER_LABELS or key in PARTICIPANT_LABELS:
        return True
    if label.lower().rstrip(".") in _NOT_SPEAKERS or key in _NOT_SPEAKERS:
        return False
    tokens = label.split()
    if len(tokens) > MAX_LABEL_WORDS or not tokens[0][0].isupper():
        return False
    for token in tokens:
        if not _TOKEN.match(token):
            return False
        capitalised = token[0].isupper() or token[0].isdigit() or token[0] == "#"
        if not capitalised and token.lower() not in _PARTICLES:
            return False
    return True


def strip_markup(text: str) -> str:
    """A label without Markdown emphasis or bullets: ``- **Anna:**`` → ``Anna:``."""
    text = _BULLET.sub("", text.strip())
    return text.replace("**", "").replace("__", "").strip()


def parse_labeled_line(line: str) -> LabeledLine | None:
    """The speaker, start and text of a line that opens a turn; ``None`` for any other line.

    Recognised: ``Name: text``, ``[00:01:23] Name: text``, ``00:01:23 Name: text``,
    ``Name (00:01:23): text``, ``**Name:** text``, ``- Name: text``, and header lines whose text
    follows on the next lines: ``Name  0:03`` (Otter), ``00:01:23 Name``, ``[00:01:23] Name``
    and ``Name:``.
    """
    raw = _BULLET.sub("", line.strip())
    start: float | None = None
    lead = _LEADING_STAMP.match(raw)
    if lead:
        start = seconds(lead.group("stamp"))
        raw = raw[lead.end() :]
    colon = _LABEL_COLON.search(raw)
    if colon is not None and colon.start() <= MAX_LABEL_CHARS + 20:
        label = raw[: colon.start()].replace("**", "").replace("__", "").strip(" *_")
        trail = _TRAILING_STAMP.search(label)
        if trail:
            start = seconds(trail.group("stamp")) if start is None else start
            label = label[: trail.start()].strip()
        if is_speaker_label(label):
            rest = raw[colon.end() :].strip()
            if raw[:2] in ("**", "__") and rest[:2] == raw[:2]:
                rest = rest[2:].strip()  # the closing mark of "**Name:** text"
            return LabeledLine(label, rest, start)
    if lead and is_speaker_label(strip_markup(raw)):
        return LabeledLine(strip_markup(raw), "", start)
    trail = _TRAILING_STAMP.search(raw)
    if trail and not lead:
        label = strip_markup(raw[: trail.start()])
        if is_speaker_label(label):
            return LabeledLine(label, "", seconds(trail.group("stamp")))
    return None
