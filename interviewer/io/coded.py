"""Coded transcripts (``.coded.jsonl``, one JSON record per turn) and session files read into
interviews."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interviewer.core.errors import SessionFileError
from interviewer.core.interview import Interview
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, CodedOutcome, Job, Role, Session, Turn
from interviewer.graph.codebook import Codebook
from interviewer.graph.grouping import GROUP_SIMILARITY
from interviewer.io.codebook import load_codebook
from interviewer.io.files import read_text
from interviewer.io.json_lines import loads_record
from interviewer.io.session_file import load_session

CODED_SUFFIXES = (".coded.jsonl", ".jsonl")
MAX_LADDER_DEPTH = 100  # links from the job to an outcome; interviews stop after about five
_NAME_SUFFIXES = (*CODED_SUFFIXES, ".session.yaml", ".session.yml", ".yaml", ".yml")


class CodedFileError(SessionFileError):
    """A coded transcript is malformed: bad JSON, a bad record, a broken ladder."""

    title = "invalid coded file"


def interview_name(path: str | Path) -> str:
    """The file name without its format suffix: ``p1.coded.jsonl`` and ``p1.yaml`` are ``p1``."""
    name = Path(path).name
    for suffix in _NAME_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def is_coded(path: str | Path) -> bool:
    """Whether ``path`` names a coded transcript (``.coded.jsonl`` or any ``.jsonl``)."""
    return Path(path).name.lower().endswith(CODED_SUFFIXES)


def load_coded(path: str | Path) -> Session:
    """Read a ``.coded.jsonl`` file into a session; errors are one line naming file and line.

    Each line is one turn: ``{"id", "source", "turn", "speaker", "role", "text", "start"?,
    "job"?, "outcomes": [Outcome + {"id", "parent"}]}``. ``parent`` is another outcome's id (it
    may come later in the file) or ``"job"``; a missing or null parent means the job. The job is
    the first non-empty ``"job"`` of the file, else the file's name (see :func:`read_coded`).
    """
    return read_coded(path).session


def read_coded(path: str | Path) -> Interview:
    """A coded transcript as an interview: :func:`load_coded`'s session, named after its file,
    telling also whether the file named its job."""
    file = Path(path)
    # JSON Lines end at "\n" only: str.splitlines() would also cut at U+2028 and the like,
    # which JSON strings may hold raw.
    lines = [line.rstrip("\r") for line in read_text(file, encoding="utf-8-sig").split("\n")]
    session, job_given = _Reader(str(file)).read(lines)
    return Interview(interview_name(path), session, str(path), job_given)


def load_tree_source(path: str | Path) -> Session:
    """A session from a coded transcript (``.coded.jsonl``/``.jsonl``) or a session file."""
    return load_interview(path).session


def load_interview(path: str | Path) -> Interview:
    """An :class:`Interview` from a coded transcript or a session file, named after its file
    (:func:`interview_name`)."""
    if is_coded(path):
        return read_coded(path)
    return Interview(interview_name(path), _load_session_file(path), str(path))


@dataclass(frozen=True, slots=True)
class InterviewSet:
    """Interviews read from files, with the code mapping and similarity that group their
    outcomes into codes when they are merged, surveyed or scored."""

    interviews: tuple[Interview, ...]
    threshold: float = GROUP_SIMILARITY
    codebook: Codebook | None = None


def load_interviews(
    files: Iterable[str | Path], mapping: str | Path | None = None, threshold: float | None = None
) -> InterviewSet:
    """Every file as an :class:`Interview`, after the code mapping file ``mapping`` (if any) is
    read and checked; ``threshold`` defaults to :data:`GROUP_SIMILARITY`."""
    codebook = load_codebook(mapping) if mapping is not None else None
    interviews = tuple(load_interview(path) for path in files)
    return InterviewSet(interviews, GROUP_SIMILARITY if threshold is None else threshold, codebook)


def _load_session_file(path: str | Path) -> Session:
    """A session file whose ladders can be drawn: no outcome named like the root, no loop."""
    try:
        session = load_session(path)
    except RecursionError:  # the YAML composer recurses once per level of nesting
        raise SessionFileError("nested too deeply to be a session file", path=path) from None
    problem = _ladder_problem(session)
    if problem is not None:
        raise SessionFileError(problem[1], path=path)
    return session


class _Reader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.job = ""
        self.participant = ""
        self.turns: list[Turn] = []
        self.turn_lines: dict[str, int] = {}
        self.outcomes: dict[str, CodedOutcome] = {}
        self.lines: dict[str, int] = {}  # outcome id -> the line it was read from

    def error(self, message: str, line: int | None = None) -> CodedFileError:
        return CodedFileError(message, path=self.path, line=line)

    def read(self, lines: list[str]) -> tuple[Session, bool]:
        """The session, and whether the file named its job."""
        for number, record in self._records(lines):
            self._turn(number, record)
        if not self.turns:
            raise self.error("the file is empty; expected one JSON record per turn")
        for coded in self.outcomes.values():
            if coded.parent != ROOT and coded.parent not in self.outcomes:
                raise self.error(
                    f"outcome {coded.id} has unknown parent {coded.parent!r}", self.lines[coded.id]
                )
        problem = _ladder_problem_of(self.outcomes)
        if problem is not None:
            at, message = problem
            raise self.error(message, self.lines[at])
        job = self.job or Path(self.path).name
        session = Session(Job(job), participant=self.participant)
        session.turns.extend(self.turns)
        session.outcomes.update(self.outcomes)
        return session, bool(self.job)

    def _records(self, lines: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
        for number, text in enumerate(lines, start=1):
            if not text.strip():
                continue
            record = loads_record(text, path=self.path, line=number, error=CodedFileError)
            if not isinstance(record, dict):
                raise self.error("expected a JSON object (one record per turn)", number)
            yield number, record

    def _turn(self, number: int, record: dict[str, Any]) -> None:
        turn_id = _text(record.get("id"))
        if not turn_id:
            raise self.error("the turn has no 'id'", number)
        if turn_id in self.turn_lines:
            raise self.error(
                f"turn id {turn_id!r} was already used on line {self.turn_lines[turn_id]}", number
            )
        try:
            role = Role(str(record.get("role")))
        except ValueError:
            raise self.error(
                f"turn {turn_id}: role must be 'interviewer', 'participant' or 'other', "
                f"got {record.get('role')!r}",
                number,
            ) from None
        text = record.get("text", "")
        if not isinstance(text, str):
            raise self.error(f"turn {turn_id}: 'text' must be a string", number)
        speaker = _text(record.get("speaker"))
        job = record.get("job")
        if isinstance(job, str) and job.strip() and not self.job:
            self.job = job.strip()
        if role is Role.PARTICIPANT and speaker and not self.participant:
            self.participant = speaker
        self.turns.append(Turn(turn_id, role, text, speaker))
        self.turn_lines[turn_id] = number
        outcomes = record.get("outcomes", [])
        if not isinstance(outcomes, list):
            raise self.error(f"turn {turn_id}: 'outcomes' must be a list", number)
        for position, item in enumerate(outcomes, start=1):
            self._outcome(number, turn_id, text, position, item)

    def _outcome(self, number: int, turn_id: str, text: str, position: int, item: Any) -> None:
        where = f"turn {turn_id}, outcome {position}"
        if not isinstance(item, dict):
            raise self.error(f"{where}: expected a JSON object", number)
        oid = _text(item.get("id"))
        if not oid:
            raise self.error(f"{where}: the outcome has no 'id'", number)
        if oid == ROOT:
            raise self.error(f"{where}: the id {ROOT!r} is reserved for the root", number)
        if oid in self.lines:
            raise self.error(
                f"outcome id {oid!r} was already used on line {self.lines[oid]}", number
            )
        for key, enum in (("kind", OutcomeKind), ("polarity", Polarity)):
            allowed = [member.value for member in enum]
            if key in item and item[key] not in allowed:
                choices = f"{', '.join(allowed[:-1])} or {allowed[-1]}"
                raise self.error(
                    f"outcome {oid}: {key} must be {choices}, got {_shown(item[key])}", number
                )
        problem = _outcome_problem(item)
        if problem is not None:
            raise self.error(f"outcome {oid}: {problem}", number)
        outcome = Outcome.from_dict(item, text=text)
        parent = _text(item.get("parent")) or ROOT
        code = item.get("code")
        code = code.strip() if isinstance(code, str) else ""
        self.outcomes[oid] = CodedOutcome(oid, turn_id, parent, outcome, code)
        self.lines[oid] = number


def _outcome_problem(item: dict[str, Any]) -> str | None:
    """What is wrong with an outcome record's fields, in the file's terms, or None."""
    if "kind" not in item or "statement" not in item:
        return f"missing key {'kind' if 'kind' not in item else 'statement'!r}"
    if not isinstance(item["statement"], str):
        return f"statement must be text, got {_shown(item['statement'])}"
    confidence = item.get("confidence", 1.0)
    if not _is_number(confidence) or not 0.0 <= confidence <= 1.0:
        return f"confidence must be a number from 0 to 1, got {_shown(confidence)}"
    span = item.get("span", [0, 0])
    if (
        not isinstance(span, list)
        or len(span) != 2
        or not all(isinstance(at, int) and not isinstance(at, bool) for at in span)
        or not 0 <= span[0] <= span[1]
    ):
        return f"span must be [start, end] with 0 ≤ start ≤ end, got {_shown(span)}"
    if not isinstance(item.get("evidence", []), list):
        return f"evidence must be a list, got {_shown(item['evidence'])}"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def _shown(value: Any, limit: int = 40) -> str:
    """A value as it reads in JSON, cut short: a message is one readable line."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: Any) -> str:
    """Ids may be written as numbers; anything else that is not text counts as missing."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | str):
        return str(value).strip()
    return ""


def _ladder_problem(session: Session) -> tuple[str, str] | None:
    """For a session file: an outcome id that clashes with the root, or a loop of parents."""
    if ROOT in session.outcomes:
        return ROOT, f"the outcome id {ROOT!r} is reserved for the root"
    return _ladder_problem_of(session.outcomes)


def _ladder_problem_of(outcomes: dict[str, CodedOutcome]) -> tuple[str, str] | None:
    """A loop of parent links or a ladder deeper than :data:`MAX_LADDER_DEPTH`: (where,
    message), or None."""
    return _ladder_cycle(outcomes) or _ladder_too_deep(outcomes)


def _ladder_too_deep(outcomes: dict[str, CodedOutcome]) -> tuple[str, str] | None:
    """The first outcome more than :data:`MAX_LADDER_DEPTH` links below the job (the links
    have no loop); every drawing and outline would nest that deep."""
    depth: dict[str, int] = {}
    for start in outcomes:
        chain: list[str] = []
        node = start
        while node != ROOT and node in outcomes and node not in depth:
            chain.append(node)
            node = outcomes[node].parent
        level = depth.get(node, 0)
        for item in reversed(chain):
            level += 1
            depth[item] = level
            if level > MAX_LADDER_DEPTH:
                return item, f"outcome ladder deeper than {MAX_LADDER_DEPTH} levels at {item}"
    return None


def _ladder_cycle(outcomes: dict[str, CodedOutcome]) -> tuple[str, str] | None:
    """The first loop of parent links, in the outcomes' order: (where, message), or None."""
    done: set[str] = set()
    for start in outcomes:
        trail: dict[str, int] = {}
        node = start
        while node != ROOT and node not in done and node in outcomes:
            if node in trail:
                loop = list(trail)[trail[node] :]
                first = min(loop, key=list(outcomes).index)
                at = loop.index(first)
                ordered = [*loop[at:], *loop[:at]]
                # ``ordered`` follows parent links; show the loop from parent to child instead.
                chain = " → ".join([first, *reversed(ordered[1:]), first])
                return first, f"outcome ladder has a cycle at {first}: {chain}"
            trail[node] = len(trail)
            node = outcomes[node].parent
        done.update(trail)
    return None
