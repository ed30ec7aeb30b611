"""The ``.coded.jsonl`` records (one per turn) and ``--format csv`` rows (one per outcome)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from interviewer.coding.linking import LinkedTranscript
from interviewer.core.session import CodedOutcome
from interviewer.graph.concepts import content_code

CSV_COLUMNS = (
    "source",
    "job",
    "turn_id",
    "turn",
    "speaker",
    "role",
    "start",
    "outcome_id",
    "parent",
    "kind",
    "polarity",
    "statement",
    "confidence",
    "span_start",
    "span_end",
    "quote",
    "evidence",
    "code",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _by_turn(linked: LinkedTranscript) -> dict[str, list[CodedOutcome]]:
    grouped: dict[str, list[CodedOutcome]] = {}
    for coded in linked.session.outcomes.values():
        grouped.setdefault(coded.turn, []).append(coded)
    for outcomes in grouped.values():
        outcomes.sort(key=lambda c: (-c.outcome.confidence, c.outcome.span[0]))
    return grouped


def turn_records(linked: LinkedTranscript, source: str) -> Iterator[dict[str, Any]]:
    """One record per turn, as the CLI contract has it: ``id, source, turn, speaker, role, text,
    start?, job? (first record, when the file or ``--job`` named it), outcomes``; each outcome is
    the ``classify`` object plus ``id``, ``parent`` (an outcome id or ``"job"``) and ``code`` (its
    content code, :func:`interviewer.graph.concepts.content_code`), highest confidence first."""
    session = linked.session
    grouped = _by_turn(linked)
    for number, (turn, start) in enumerate(zip(session.turns, linked.starts, strict=True), 1):
        record: dict[str, Any] = {
            "id": turn.id,
            "source": source,
            "turn": number,
            "speaker": turn.speaker,
            "role": turn.role.value,
            "text": turn.text,
        }
        if start is not None:
            record["start"] = start
        if number == 1 and linked.job_given:
            record["job"] = session.job.statement
        record["outcomes"] = [
            {**coded.outcome.to_dict(), "id": coded.id, "parent": coded.parent, **_code(coded)}
            for coded in grouped.get(turn.id, ())
        ]
        yield record


def _code(coded: CodedOutcome) -> dict[str, str]:
    """The outcome's content code (``{"code": "emotional/want/confident"}``), when it has one."""
    o = coded.outcome
    code = coded.code or content_code(o.kind.value, o.polarity.value, o.statement)
    return {"code": code} if code else {}


def csv_rows(linked: LinkedTranscript, source: str) -> Iterator[list[str]]:
    """One row per outcome in :data:`CSV_COLUMNS` order; cells that a spreadsheet would run as a
    formula (starting with ``= + - @``) get a leading apostrophe."""
    session = linked.session
    job = session.job.statement if linked.job_given else ""
    grouped = _by_turn(linked)
    for number, (turn, start) in enumerate(zip(session.turns, linked.starts, strict=True), 1):
        for coded in grouped.get(turn.id, ()):
            o = coded.outcome
            row = [
                source,
                job,
                turn.id,
                str(number),
                turn.speaker,
                turn.role.value,
                "" if start is None else f"{start:g}",
                coded.id,
                coded.parent,
                o.kind.value,
                o.polarity.value,
                o.statement,
                f"{o.confidence:.4f}",
                str(o.span[0]),
                str(o.span[1]),
                o.source_text,
                "; ".join(o.evidence),
                _code(coded).get("code", ""),
            ]
            yield [_neutralised(cell) for cell in row]


def _neutralised(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell
