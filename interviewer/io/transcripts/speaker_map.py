"""The ``--speaker-map`` file: ``Name: interviewer|participant|other`` lines overriding guesses."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.errors import UsageError
from interviewer.core.session import Role
from interviewer.io.files import read_text

_ALIASES = {
    "interviewer": Role.INTERVIEWER,
    "moderator": Role.INTERVIEWER,
    "i": Role.INTERVIEWER,
    "participant": Role.PARTICIPANT,
    "respondent": Role.PARTICIPANT,
    "p": Role.PARTICIPANT,
    "other": Role.OTHER,
    "narrator": Role.OTHER,
}


class SpeakerMapError(UsageError):
    """The speaker map is missing or has a malformed line."""

    title = "invalid speaker map"


def parse_speaker_map(text: str, path: str = "<speaker map>") -> dict[str, Role]:
    """``{speaker name: role}`` from lines ``NAME: ROLE`` (or ``NAME = ROLE``); ``#`` starts a
    comment. Names keep their spelling; matching them to speakers ignores case."""
    mapping: dict[str, Role] = {}
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        separator = max(line.rfind(":"), line.rfind("="))
        if separator <= 0:
            raise SpeakerMapError(
                f"expected 'NAME: interviewer' or 'NAME: participant', got {line[:60]!r}",
                path=path,
                line=number,
            )
        name = line[:separator].strip().strip("'\"").strip()
        value = line[separator + 1 :].strip().strip("'\"").lower()
        if value not in _ALIASES:
            raise SpeakerMapError(
                f"role of {name!r} must be interviewer, participant or other, got {value!r}",
                path=path,
                line=number,
            )
        key = " ".join(name.casefold().split())
        if key in seen:
            raise SpeakerMapError(
                f"{name!r} is already mapped on line {seen[key]}", path=path, line=number
            )
        seen[key] = number
        mapping[name] = _ALIASES[value]
    if not mapping:
        raise SpeakerMapError("the speaker map names no speaker", path=path)
    return mapping


def load_speaker_map(path: str | Path) -> dict[str, Role]:
    """Read a speaker map file (UTF-8); errors name the file and line."""
    file = Path(path)
    text = read_text(file, encoding="utf-8-sig", error=SpeakerMapError)
    return parse_speaker_map(text, str(file))
