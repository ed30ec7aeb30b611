"""Who is the interviewer: the speaker map, explicit labels, header names, then who asks."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from interviewer.core.session import Role
from interviewer.io.transcripts.labels import label_role_key, label_words
from interviewer.io.transcripts.model import SpokenTurn, Transcript

_QUESTION_START = re.compile(
    r"^(?:and |so |okay,? |ok,? |right,? |well,? )*(?:what|why|how|when|where|who|which|"
    r"could you|can you|would you|do you|did you|have you|are you|is it|is that|tell me)\b",
    re.IGNORECASE,
)
NARRATOR_TURNS = 3  # an unknown speaker who never answers and speaks this little is "other"
SECOND_HOST_ASKING = 0.5  # share of asking turns that marks a second host
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
    3. a label every transcript agrees on (``Interviewer``, ``Q``, ``I``, ``Moderator`` →
       interviewer; ``Respondent``, ``S``, ``Subject``, ``P2`` → participant; ``Narrator`` →
       other);
    4. names in the header (``Interviewer: Sam``, ``Participants: Ana, Tom``);
    5. for the rest, by how they speak (:func:`_by_speech`): the one who asks is the interviewer
       (share of turns that ask, over all their turns), not the one who speaks first.
    """
    mapped = {speaker_key(name): role for name, role in (speaker_map or {}).items()}
    hints = _header_hints(transcript.metadata)
    recorded = _recorded_roles(transcript.turns)
    roles: dict[str, Role] = {}
    unknown: list[str] = []
    for speaker in transcript.speakers:
        role = mapped.get(speaker_key(speaker)) or recorded.get(speaker)
        if role is None:
            role = _by_label(speaker) or _by_hint(speaker, hints)
        if role is None:
            unknown.append(speaker)
        else:
            roles[speaker] = role
    if unknown:
        known = {speaker for speaker, role in roles.items() if role is Role.INTERVIEWER}
        roles.update(_by_speech(transcript.turns, unknown, known))
    return {speaker: roles[speaker] for speaker in transcript.speakers}


def looks_like_notes(transcript: Transcript) -> bool:
    """Whether "turns" are rather a list of notes (``Episode 12: …``, ``Link: …``): nobody speaks
    twice, nobody asks anything and no label is a role every transcript knows. A folder's
    ``sources.md`` reads so."""
    if transcript.format not in ("text", "markdown", "docx") or len(transcript.turns) < 2:
        return False
    if any(_by_label(speaker) is not None for speaker in transcript.speakers):
        return False
    if any(is_question(turn.text) for turn in transcript.turns):
        return False
    return len(transcript.speakers) == len(transcript.turns)


def role_warnings(transcript: Transcript, roles: Mapping[str, Role]) -> list[str]:
    """``path:line: warning: …`` when a participant asks more questions than every
    interviewer: the labels or the guess may have the roles the wrong way round."""
    stats = _speech(transcript.turns)
    asking = {s: stats[s].questions for s, role in roles.items() if role is Role.INTERVIEWER}
    most = max(asking.values(), default=0)
    warnings: list[str] = []
    for speaker, role in roles.items():
        if role is Role.PARTICIPANT and asking and stats[speaker].questions > most:
            interviewer = max(asking, key=lambda name: asking[name])
            warnings.append(
                f"{transcript.source}:{stats[speaker].line}: warning: participant {speaker!r} "
                f"asks more questions ({stats[speaker].questions}) than interviewer "
                f"{interviewer!r} ({most}); check the roles or pass --speaker-map"
            )
    return warnings


def is_question(text: str) -> bool:
    """Whether a turn asks something: a question mark or a question word at its start."""
    return "?" in text or _QUESTION_START.match(text.strip()) is not None


def _recorded_roles(turns: tuple[SpokenTurn, ...]) -> dict[str, Role]:
    """The role each speaker's turns record, when they all record the same one."""
    recorded: dict[str, set[Role | None]] = {}
    for turn in turns:
        recorded.setdefault(turn.speaker, set()).add(turn.role)
    return {
        speaker: role
        for speaker, found in recorded.items()
        if len(found) == 1 and (role := next(iter(found))) is not None
    }


def _by_label(speaker: str) -> Role | None:
    key = label_role_key(speaker)
    words = label_words()
    if key in words.interviewer:
        return Role.INTERVIEWER
    if key in words.participant:
        return Role.PARTICIPANT
    if key in words.other:
        return Role.OTHER
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


@dataclass
class _Speech:
    """How one speaker talks: turns, turns that ask, words, turns that follow a question."""

    line: int  # where the speaker first asks (or first speaks)
    turns: int = 0
    questions: int = 0
    words: int = 0
    answers: int = 0  # turns right after another speaker's question

    @property
    def asking(self) -> float:
        return self.questions / self.turns if self.turns else 0.0


def _speech(turns: tuple[SpokenTurn, ...]) -> dict[str, _Speech]:
    stats: dict[str, _Speech] = {}
    previous: SpokenTurn | None = None
    for turn in turns:
        speech = stats.setdefault(turn.speaker, _Speech(turn.line))
        asks = is_question(turn.text)
        if asks and not speech.questions:
            speech.line = turn.line
        speech.turns += 1
        speech.questions += asks
        speech.words += len(turn.text.split())
        if previous is not None and previous.speaker != turn.speaker and is_question(previous.text):
            speech.answers += 1
        previous = turn
    return stats


def _outside_questions(turns: tuple[SpokenTurn, ...], interviewers: set[str]) -> set[str]:
    """Speakers who speak only before the interviewers' first question or after their last
    (none when the interviewers ask nothing)."""
    asked = [
        i for i, turn in enumerate(turns) if turn.speaker in interviewers and is_question(turn.text)
    ]
    if not asked:
        return set()
    inside = {turn.speaker for turn in turns[asked[0] : asked[-1] + 1]}
    return {turn.speaker for turn in turns} - inside


def _by_speech(
    turns: tuple[SpokenTurn, ...], unknown: list[str], interviewers: set[str]
) -> dict[str, Role]:
    """Roles of speakers no label names.

    Without a known interviewer (and with two speakers or more), the interviewer is the one
    whose turns most often ask (then who asks more, then who talks less). Once the interviewer is
    known, a speaker among three or more who never answers a question, speaks at most
    :data:`NARRATOR_TURNS` times and only before the interviewer's first question or after the
    last one (an intro, an outro) is ``other``, and so is a second
    host: another speaker whose turns ask as often as the interviewer's half the time or more.
    Everyone else is a participant; a lone speaker is a participant.
    """
    stats = _speech(turns)
    roles: dict[str, Role] = {}
    interviewer: str | None = None
    if not interviewers and len(stats) >= 2:
        askers = [s for s in unknown if stats[s].questions]
        if askers:
            interviewer = max(
                askers,
                key=lambda s: (stats[s].asking, stats[s].questions, -stats[s].words),
            )
            roles[interviewer] = Role.INTERVIEWER
    outside = _outside_questions(turns, interviewers | ({interviewer} if interviewer else set()))
    crowd = len(stats) >= 3
    lead = stats[interviewer].asking if interviewer else 0.0
    for speaker in unknown:
        if speaker == interviewer:
            continue
        speech = stats[speaker]
        narrator = (
            crowd and not speech.answers and speech.turns <= NARRATOR_TURNS and speaker in outside
        )
        co_host = (
            crowd
            and interviewer is not None
            and speech.questions >= 2
            and speech.asking >= max(SECOND_HOST_ASKING, lead / 2)
        )
        roles[speaker] = Role.OTHER if narrator or co_host else Role.PARTICIPANT
    return roles
