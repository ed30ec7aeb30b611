"""Speaker labels and timestamps as transcripts write them: ``[00:01:23] Anna: …``, ``Q:``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_STAMP = rf"(?:\[{TIME}\]|\({TIME}\)|{TIME})"
_LEADING_STAMP = re.compile(rf"^(?P<stamp>{_STAMP})\s*(?:[-–—|]\s*)?")
_TRAILING_STAMP = re.compile(rf"\s*(?:[-–—|]\s*)?(?P<stamp>{_STAMP})$")
STAMP_ONLY = re.compile(rf"^\s*{_STAMP}\s*$")
_BULLET = re.compile(r"^(?:[-*•+]|>+)\s+")
_LABEL_COLON = re.compile(r":(?!\d)")  # the colon that ends a label, not one inside a time
_INLINE_OTTER = re.compile(
    rf"^(?P<label>[^:]+?)(?:\s{{2,}}|\s*[-–—|]\s*)(?P<stamp>{TIME})\s+(?P<text>\S.*)$"
)
_DOTTED = re.compile(r"^(?P<label>[^.:!?]+)\.$")
_ASIDE = re.compile(r"\s*\([^()\d]{1,30}\)$")  # "Interviewer (Jane)": a role, then who
_QA_DOT = re.compile(r"^(?P<label>[QA])\.\s+(?P<text>\S.*)$")  # "Q. Why?" "A. Because …"
_TOKEN = re.compile(r"^(?:[^\W\d_][\w.'’-]*|\d+|#\d+)$")
_PARTICLES = frozenset(
    {"de", "van", "der", "von", "da", "di", "du", "del", "la", "le", "bin", "al"}
)
MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 4


@dataclass(frozen=True, slots=True)
class LabelWords:
    """The label vocabulary of ``data/labels.yaml``, each set lowercased."""

    interviewer: frozenset[str]
    participant: frozenset[str]
    other: frozenset[str]
    not_speakers: frozenset[str]
    non_speech: frozenset[str]


@cache
def label_words() -> LabelWords:
    """The shipped label vocabulary (read once)."""
    text = resources.files("interviewer.io.transcripts").joinpath("data", "labels.yaml")
    data = yaml.safe_load(text.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        listed = data[key]
        if not all(isinstance(word, str) for word in listed):  # an unquoted yes/no in YAML
            raise ValueError(f"labels.yaml: every {key} entry must be text")
        return frozenset(word.lower() for word in listed)

    return LabelWords(
        words("interviewer"),
        words("participant"),
        words("other"),
        words("not_speakers"),
        words("non_speech"),
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
    key = re.sub(r"[\d#]+", " ", _ASIDE.sub("", label).lower().replace("’", "'"))
    return " ".join(key.replace(".", " ").split())


def is_speaker_label(label: str) -> bool:
    """Whether ``label`` (the part before a colon) names a speaker rather than starting prose."""
    label = _ASIDE.sub("", label.strip())
    if not label or len(label) > MAX_LABEL_CHARS:
        return False
    key = label_role_key(label)
    vocabulary = label_words()
    if key in vocabulary.interviewer or key in vocabulary.participant or key in vocabulary.other:
        return True
    if label.lower().rstrip(".") in vocabulary.not_speakers or key in vocabulary.not_speakers:
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

    Recognised: ``Name: text``, ``Role (Name): text``, ``Q. text``/``A. text``,
    ``Name  0:03  text`` (Otter, inline), ``[00:01:23] Name: text``,
    ``00:01:23 Name: text``, ``Name (00:01:23): text``, ``**Name:** text``, ``- Name: text``,
    and header lines whose text follows on the next lines: ``Name  0:03`` (Otter),
    ``00:01:23 Name``, ``[00:01:23] Name`` and ``Name:``.
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
    inline = _INLINE_OTTER.match(raw)
    if inline and not lead and is_speaker_label(strip_markup(inline.group("label"))):
        label = strip_markup(inline.group("label"))
        return LabeledLine(label, inline.group("text").strip(), seconds(inline.group("stamp")))
    if lead and is_speaker_label(strip_markup(raw)):
        return LabeledLine(strip_markup(raw), "", start)
    trail = _TRAILING_STAMP.search(raw)
    if trail and not lead:
        label = strip_markup(raw[: trail.start()])
        if is_speaker_label(label):
            return LabeledLine(label, "", seconds(trail.group("stamp")))
    dotted = _QA_DOT.match(raw)
    if dotted:
        return LabeledLine(dotted.group("label"), dotted.group("text").strip(), start)
    return None


def dotted_label(line: str) -> str | None:
    """The label of a book-style line that holds only a name and a dot (``Interviewer.``,
    ``**Walker.**``), the turn following on the next lines; ``None`` for any other line."""
    match = _DOTTED.match(strip_markup(line).strip(" *_"))
    if match is None:
        return None
    label = match.group("label").strip()
    return label if is_speaker_label(label) else None


def is_role_label(label: str) -> bool:
    """Whether ``label`` is one every transcript agrees on (``Interviewer``, ``S``, ``P2``)."""
    key = label_role_key(label)
    words = label_words()
    return key in words.interviewer or key in words.participant or key in words.other
