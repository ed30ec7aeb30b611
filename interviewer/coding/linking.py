"""A transcript's turns as a session: each answer's outcomes placed where its question points."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from interviewer.coding.courtesy import is_pleasantry
from interviewer.coding.intent import asks_for_cause
from interviewer.coding.placement import place_outcomes
from interviewer.coding.questions import Candidate, read_question, resolve_about
from interviewer.core.ladder import is_nothing_more
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome
from interviewer.core.session import CodedOutcome, Job, Role, Session, Turn
from interviewer.io.transcripts.model import Transcript

ABOUT_MOVES = (Move.LADDER_UP, Move.LADDER_DOWN, Move.CLARIFY)
# A question names an outcome said lately: comparing it with the last few hundred keeps linking
# linear in the length of the interview.
CANDIDATE_WINDOW = 200


@dataclass(frozen=True, slots=True)
class LinkedTranscript:
    """The coded interview: the session (turns in file order) and each turn's start time."""

    session: Session
    starts: tuple[float | None, ...]
    job_given: bool


def participant_texts(transcript: Transcript, roles: Mapping[str, Role]) -> list[str]:
    """The texts to analyse: every participant turn, in order."""
    return [
        turn.text
        for turn in transcript.turns
        if _role(turn.role, roles, turn.speaker) is Role.PARTICIPANT
    ]


def link_transcript(
    transcript: Transcript,
    roles: Mapping[str, Role],
    outcomes: Sequence[Sequence[Outcome]],
    *,
    job: str = "",
) -> LinkedTranscript:
    """Build the session of a transcript; ``outcomes`` holds one list per participant turn and
    ``job`` is the job named by the file or ``--job`` (``""`` when unknown).

    Each interviewer turn gets the move its wording makes (:func:`read_question`; a session file's
    recorded move wins) and, for ladder moves, the outcome it is about (:func:`resolve_about`,
    by default the top of the chain the last answer extended). A turn that asks nothing new
    ("Mm-hm.") keeps the move and focus of the question before it; a question that names one
    participant of a focus group ("Tom, why …?") looks at that participant's outcomes. Each
    participant turn's outcomes are then placed by :func:`place_outcomes`;
    an answer that says there is nothing more ("I don't know", "that's it") or is only courtesy
    ("Thanks!", "You're welcome") places none.
    """
    job_text = job.strip() or transcript.source  # a session needs a job; records omit this one
    session = Session(Job(job_text), participant=_participants(transcript, roles))
    answers = iter(outcomes)
    asked = False
    previous: Turn | None = None  # the last question that asked something
    focus: dict[str | None, str] = {}  # the last focus, overall (None) and per participant
    candidates: dict[str | None, deque[Candidate]] = {None: deque(maxlen=CANDIDATE_WINDOW)}
    names = _first_names(transcript, roles)
    for spoken in transcript.turns:
        role = _role(spoken.role, roles, spoken.speaker)
        turn_id = session.next_turn_id()
        if role is Role.OTHER:  # a narrator or second host: kept in the record, never coded
            session.turns.append(Turn(turn_id, Role.OTHER, spoken.text, spoken.speaker))
            continue
        if role is Role.INTERVIEWER:
            move = spoken.move or _move(spoken.text, first=not asked)
            asked = True
            if move is None:  # asks nothing new: the question before still stands
                move, about = (previous.move, previous.about) if previous else (None, None)
            elif move in ABOUT_MOVES:
                whom = _addressee(spoken.text, names)  # "Tom, why …?" is about Tom's answers
                whom = whom if whom in focus else None
                about = resolve_about(spoken.text, candidates.get(whom, ()), focus.get(whom))
            else:
                about = None
            turn = Turn(turn_id, Role.INTERVIEWER, spoken.text, spoken.speaker, "", move, about)
            session.turns.append(turn)
            previous = turn if move is not None else previous
            continue
        turn = Turn(turn_id, Role.PARTICIPANT, spoken.text, spoken.speaker)
        session.turns.append(turn)
        found = next(answers, ())
        quiet = is_nothing_more(turn.text) or is_pleasantry(turn.text)
        placed = place_outcomes(session, turn, [] if quiet else list(found))
        if placed:
            top = _focus(session, placed, session.question_before(turn.id))
            focus[None] = focus[spoken.speaker] = top
            for coded in placed:
                candidate = Candidate.of(
                    coded.id, coded.outcome.statement, coded.outcome.source_text
                )
                candidates[None].append(candidate)
                candidates.setdefault(spoken.speaker, deque(maxlen=CANDIDATE_WINDOW)).append(
                    candidate
                )
    starts = tuple(turn.start for turn in transcript.turns)
    return LinkedTranscript(session, starts, bool(job.strip()))


def _move(question: str, *, first: bool) -> Move | None:
    """The move of a question; a "why" about a feeling or a perception asks for its cause,
    which lies below it, as when laddering down."""
    move = read_question(question, first=first).move
    if move is Move.LADDER_UP and asks_for_cause(question):
        return Move.LADDER_DOWN
    return move


def _first_names(transcript: Transcript, roles: Mapping[str, Role]) -> dict[str, str]:
    """Participants by the first word of their name, when it reads as a name ("Tom", "Priya")."""
    names: dict[str, str] = {}
    for speaker in transcript.speakers:
        first = speaker.split(" ", 1)[0] if speaker else ""
        if roles.get(speaker) is Role.PARTICIPANT and len(first) > 1 and first.istitle():
            names[first] = speaker
    return names


def _addressee(question: str, names: Mapping[str, str]) -> str | None:
    """The one participant a question names, if exactly one."""
    named = {
        speaker
        for first, speaker in names.items()
        if re.search(rf"(?<!\w){re.escape(first)}(?!\w)", question)
    }
    return named.pop() if len(named) == 1 else None


def _role(recorded: Role | None, roles: Mapping[str, Role], speaker: str) -> Role:
    return roles.get(speaker) or recorded or Role.PARTICIPANT


def _participants(transcript: Transcript, roles: Mapping[str, Role]) -> str:
    named = transcript.metadata.get("participant", "").strip()
    if named:
        return named
    return ", ".join(s for s in transcript.speakers if roles.get(s) is Role.PARTICIPANT)


def _focus(session: Session, placed: list[CodedOutcome], question: Turn | None) -> str:
    """The outcome a following "why?" builds on: after laddering down, the feeling asked about
    (as the live engine decides); otherwise the deepest outcome of the answer, the most confident
    of equals (a transcript's "why is that important?" points at what was said most clearly)."""
    if (
        question is not None
        and question.move is Move.LADDER_DOWN
        and question.about in session.outcomes
    ):
        return question.about
    return max(
        placed, key=lambda c: (session.depth(c.id), c.outcome.confidence, c.outcome.span[0])
    ).id
