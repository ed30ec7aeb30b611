"""Long-form survey responses read from CSV: ``respondent,outcome_id,importance,satisfaction``.

Header names are matched without regard to case and surrounding spaces; other columns are
allowed (``statement`` and ``kind`` describe an outcome when no survey is given; any column can
be named by ``--segment``). Every problem is collected as one line ``path:line: column 'name': …``
so that a person can fix the whole file at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from interviewer.core.survey import SCALE, Response, SurveyItem
from interviewer.io.csv_text import csv_message, failed_row
from interviewer.io.files import read_text

RESPONSE_COLUMNS = ("respondent", "outcome_id", "importance", "satisfaction")
RATING_COLUMNS = RESPONSE_COLUMNS[2:]
BLANK_SEGMENT = "(blank)"  # the segment of respondents whose --segment cell is empty

Record = dict[str, str | None]  # one row by lowercased header name


@dataclass
class ResponseRows:
    """What the files hold: the valid responses, the outcomes described by their ``statement``
    and ``kind`` columns (when no survey is given), and one line per problem."""

    responses: list[Response] = field(default_factory=list)
    items: dict[str, SurveyItem] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class ResponseReader:
    """Reads response files one after the other, checking each row against those before it.

    With ``survey``, each ``outcome_id`` must be one of its items (``survey_name`` says which
    survey in the message); ``segment`` names the column a respondent's segment is in.
    """

    def __init__(
        self,
        survey: Mapping[str, SurveyItem] | None = None,
        survey_name: str = "the survey",
        segment: str | None = None,
    ) -> None:
        self.survey = survey
        self.survey_name = survey_name
        self.segment = segment
        self.segment_key = segment.strip().lower() if segment is not None else None
        self.found = ResponseRows()
        self.rated: dict[tuple[str, str], str] = {}  # (respondent, outcome) -> "path:line"
        self.segments: dict[str, tuple[str, str]] = {}  # respondent -> (value, "path:line")

    def read_all(self, paths: Sequence[str | Path]) -> ResponseRows:
        """Every row of the CSV files."""
        for path in paths:
            self.read(Path(path))
        return self.found

    def read(self, file: Path) -> None:
        text = read_text(file, encoding="utf-8-sig")
        rows = csv.DictReader(io.StringIO(text, newline=""))
        try:
            self.records(file, rows)
        except csv.Error as exc:
            self.found.problems.append(f"{file}:{failed_row(rows)}: {csv_message(exc)}")

    def records(self, file: Path, rows: csv.DictReader[str]) -> None:
        header = {name.strip().lower(): name for name in rows.fieldnames or [] if name}
        wanted = [*RESPONSE_COLUMNS, *([self.segment_key] if self.segment else [])]
        missing = [name for name in wanted if name not in header]
        if missing:
            names = ", ".join(repr(name) for name in missing)
            plural = "s" if len(missing) > 1 else ""
            by = " (named by --segment)" if self.segment and missing == [wanted[-1]] else ""
            self.found.problems.append(f"{file}:1: missing column{plural} {names}{by}")
            return
        for record in rows:
            where = f"{file}:{rows.line_num}"
            self.row(where, {key: record.get(name) for key, name in header.items()})

    def row(self, where: str, record: Record) -> None:
        respondent, oid = _cell(record, "respondent"), _cell(record, "outcome_id")
        ratings = [(column, _cell(record, column)) for column in RATING_COLUMNS]
        unrated = [_rating_problem(column, text) for column, text in ratings if not _rating(text)]
        segment = self.segment_of(record)
        problems = [
            *self.identity_problems(respondent, oid),
            *unrated,
            *self.segment_problems(respondent, segment, where),
            *self.repeat_problems(respondent, oid, where),
        ]
        importance, satisfaction = (_rating(value) for _, value in ratings)
        if problems or importance is None or satisfaction is None:
            self.found.problems += [f"{where}: {problem}" for problem in problems]
            return
        self.found.responses.append(Response(respondent, oid, importance, satisfaction, segment))
        if self.survey is None and oid not in self.found.items:
            kind = _cell(record, "kind").lower()
            self.found.items[oid] = SurveyItem(oid, _cell(record, "statement"), kind, "")

    def identity_problems(self, respondent: str, oid: str) -> list[str]:
        problems = [
            f"column {column!r} is empty"
            for column, value in (("respondent", respondent), ("outcome_id", oid))
            if not value
        ]
        if oid and self.survey is not None and oid not in self.survey:
            problems.append(f"column 'outcome_id': {oid!r} is not an outcome of {self.survey_name}")
        return problems

    def segment_of(self, record: Record) -> str:
        if self.segment_key is None:
            return ""
        return _cell(record, self.segment_key) or BLANK_SEGMENT

    def segment_problems(self, respondent: str, segment: str, where: str) -> list[str]:
        """A respondent belongs to one segment throughout."""
        if self.segment is None or not respondent:
            return []
        first, at = self.segments.setdefault(respondent, (segment, where))
        if first == segment:
            return []
        return [
            f"column {self.segment!r}: respondent {respondent!r} is {segment!r} here "
            f"but {first!r} at {at}"
        ]

    def repeat_problems(self, respondent: str, oid: str, where: str) -> list[str]:
        """A respondent rates an outcome once."""
        if not (respondent and oid):
            return []
        earlier = self.rated.setdefault((respondent, oid), where)
        if earlier == where:
            return []
        return [
            f"columns 'respondent', 'outcome_id': {respondent!r} already rated {oid!r} at {earlier}"
        ]


def _cell(record: Record, column: str) -> str:
    return (record.get(column) or "").strip()


def _rating(value: str) -> int | None:
    """A whole number 1–5 ("4", " 4 "), else None."""
    if not value.isdigit():
        return None
    rating = int(value)
    return rating if rating in SCALE else None


def _rating_problem(column: str, value: str) -> str:
    shown = f"{value!r}" if value else "empty"
    return f"column {column!r}: {shown} is not a rating 1–5"
