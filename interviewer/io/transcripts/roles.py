"""Who is the interviewer: explicit labels, the speaker map, header names, then how people speak."""

from __future__ import annotations

import re
from collections.abc import Mapping

from interviewer.core.session import Role
from interviewer.io.transcripts.labels import INTERVIEWER_LABELS, PARTICIPANT_LABELS, label_role_key
from interviewer.io.transcripts.model import SpokenTurn, Transcript

_QUESTION_START = re.compile(
    r"^(?:and |so |okay,? |ok,? |right,? |well,? )*(?:what|why|how|when|where|who|which|"
    r"could you|can you|would you|do you|did you|have you|are you|is it|is that|tell me)\b",
    re.IGNORECASE,
)
_INTERVIEWER_KEYS = ("interviewer", "moderator", "facilitator", "researcher", "host")
_PARTICIPANT_KEYS = ("participant", "participants", "respondent", "interviewee", "attendees")


def speaker_key(name: str) -> str:
    """A speaker name compared without case or extra spaces."""
    return " ".join(name.casefold().split())


def assign_roles(
    transcript: Transcript, speaker_map: Mapping[str, Role] | None = None
) -> dict[str, Role]:
    """Each speaker's role, first match wins:

    1. the ``--speaker-map`` (names compared without case);
    2. the role the file records (session files);
    3. a label every transcript agrees on (``Interviewer``, ``Q``, ``Me``, ``Moderator`` →
       interviewer; ``Respondent``, ``A``, ``P2``, ``Participant 3`` → participant);
    4. names in the header (``Interviewer: Sam``, ``Participants: Ana, Tom``);
    5. for the rest: when no interviewer is known yet, the one speaker who asks most (share of
       turns that are questions), speaks first and talks least is the interviewer; everyone else
       is a participant. A lone unknown speaker is a participant.
    """
    mapped = {speaker_key(name): role for name, role in (speaker_map or {}).items()}
    hints = _header_hints(transcript.metadata)
    roles: dict[str, Role] = {}
    unknown: list[str] = []
    for speaker in transcript.speakers:
        role = mapped.get(speaker_key(speaker)) or _recorded(transcript.turns, speaker)
        if role is None:
            role = _by_label(speaker) or _by_hint(speaker, hints)
        if role is None:
            unknown.append(speaker)
        else:
            roles[speaker] = role
    if unknown:
        has_interviewer = Role.INTERVIEWER in roles.values()
        chosen = (
            None
            if has_interviewer or len(transcript.speakers) < 2
            else _most_like_interviewer(transcript.turns, unknown)
        )
        for speaker in unknown:
            roles[speaker] = Role.INTERVIEWER if speaker == chosen else Role.PARTICIPANT
    return roles


def is_question(text: str) -> bool:
    """Whether a turn asks something: a question mark or a question word at its start."""
    return "?" in text or _QUESTION_START.match(text.strip()) is not None


def _recorded(turns: tuple[SpokenTurn, ...], speaker: str) -> Role | None:
    recorded = {turn.role for turn in turns if turn.speaker == speaker}
    if len(recorded) == 1:
        return recorded.pop()
    return None


def _by_label(speaker: str) -> Role | None:
    key = label_role_key(speaker)
    if key in INTERVIEWER_LABELS:
        return Role.INTERVIEWER
    if key in PARTICIPANT_LABELS:
        return Role.PARTICIPANT
    return None


def _header_hints(metadata: Mapping[str, str]) -> dict[str, Role]:
    hints: dict[str, Role] = {}
    for keys, role in (
        (_INTERVIEWER_KEYS, Role.INTERVIEWER),
        (_PARTICIPANT_KEYS, Role.PARTICIPANT),
    ):
        for key in keys:
            for name in re.split(r",|;|\band\b|&", metadata.get(key, "")):
                name = re.sub(r"\(.*?\)", "", name).strip()
                if name and len(name) <= 40:
                    hints.setdefault(speaker_key(name), role)
    return hints


def _by_hint(speaker: str, hints: Mapping[str, Role]) -> Role | None:
    key = speaker_key(speaker)
    if key in hints:
        return hints[key]
    first = key.split(" ", 1)[0]
    matches = {role for name, role in hints.items() if name.split(" ", 1)[0] == first}
    return matches.pop() if len(matches) == 1 else None


def _most_like_interviewer(turns: tuple[SpokenTurn, ...], candidates: list[str]) -> str:
    stats: dict[str, tuple[int, int, int]] = {}  # turns, questions, words
    for turn in turns:
        if turn.speaker in candidates:
            count, questions, words = stats.get(turn.speaker, (0, 0, 0))
            stats[turn.speaker] = (
                count + 1,
                questions + is_question(turn.text),
                words + len(turn.text.split()),
            )
    first = next(turn.speaker for turn in turns if turn.speaker in candidates)
    longest = max(words / count for count, _, words in stats.values()) or 1.0

    def score(speaker: str) -> tuple[float, int]:
        count, questions, words = stats[speaker]
        brevity = 1.0 - (words / count) / longest
        value = 2.0 * questions / count + 0.5 * brevity + (0.5 if speaker == first else 0.0)
        return value, -candidates.index(speaker)

    return max(candidates, key=score)
