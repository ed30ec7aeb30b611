"""Survey responses for scoring: long-form CSV rows or the wrap-up ratings of session files.

CSV: ``respondent,outcome_id,importance,satisfaction`` (header names are matched without regard
to case and surrounding spaces; other columns are allowed, e.g. for ``--segment``). Every
problem is collected as one line ``path:line: column 'name': …``; nothing is scored unless the
whole input is valid.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from interviewer.core.errors import InterviewerError, UsageError
from interviewer.core.interview import Interview
from interviewer.graph.codebook import Codebook
from interviewer.graph.grouping import GROUP_SIMILARITY
from interviewer.graph.value_map import UNNAMED_JOB, merge_interviews
from interviewer.io.csv_text import csv_message, failed_row
from interviewer.io.files import read_text
from interviewer.research.scoring import SCALE, Response
from interviewer.research.survey import SurveyItem

RESPONSE_COLUMNS = ("respondent", "outcome_id", "importance", "satisfaction")
MAX_PROBLEMS = 20  # problems listed before "… and N more"
BLANK_SEGMENT = "(blank)"  # the segment of respondents whose --segment cell is empty


class ResponsesError(InterviewerError):
    """Responses that cannot be scored; ``problems`` holds one line per fault."""

    title = "invalid responses"

    def __init__(self, problems: Sequence[str]) -> None:
        first = problems[0] if problems else "invalid responses"
        super().__init__(first if len(problems) <= 1 else f"{first} (and {len(problems) - 1} more)")
        self.problems = list(problems)

    def lines(self) -> list[str]:
        """The problems, one line each, at most :data:`MAX_PROBLEMS` and a count of the rest."""
        shown = self.problems[:MAX_PROBLEMS]
        rest = len(self.problems) - len(shown)
        return shown + ([f"… and {rest} more problems"] if rest else [])


@dataclass
class ResponseSet:
    """Valid responses with the outcomes they rate, and notes on how they were read."""

    responses: list[Response]
    items: dict[str, SurveyItem]
    job: str = ""
    notes: list[str] = field(default_factory=list)


def is_csv(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".csv"


def read_csv_responses(
    paths: Sequence[str | Path],
    *,
    survey: Mapping[str, SurveyItem] | None = None,
    survey_path: str = "",
    segment: str | None = None,
) -> ResponseSet:
    """Responses from long-form CSV files; raises :class:`ResponsesError` listing every fault.

    With ``survey`` every ``outcome_id`` must be one of its items, and statements and kinds come
    from it; without, they come from optional ``statement`` and ``kind`` columns.
    """
    reader = _CsvReader(survey, survey_path or "the survey", segment)
    for path in paths:
        reader.read(Path(path))
    if reader.problems:
        raise ResponsesError(reader.problems)
    if not reader.responses:
        raise ResponsesError([f"{', '.join(str(p) for p in paths)}: no responses to score"])
    items = dict(survey) if survey is not None else reader.items
    return ResponseSet(reader.responses, items)


class _CsvReader:
    def __init__(
        self, survey: Mapping[str, SurveyItem] | None, survey_name: str, segment: str | None
    ) -> None:
        self.survey = survey
        self.survey_name = survey_name
        self.segment = segment
        self.problems: list[str] = []
        self.responses: list[Response] = []
        self.items: dict[str, SurveyItem] = {}
        self.rated: dict[tuple[str, str], str] = {}  # (respondent, outcome) -> "path:line"
        self.segments: dict[str, tuple[str, str]] = {}  # respondent -> (value, "path:line")

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def read(self, file: Path) -> None:
        text = read_text(file, encoding="utf-8-sig")
        rows = csv.DictReader(io.StringIO(text, newline=""))
        try:
            self.records(file, rows)
        except csv.Error as exc:
            self.problem(f"{file}:{failed_row(rows)}", csv_message(exc))

    def records(self, file: Path, rows: csv.DictReader[str]) -> None:
        header = {name.strip().lower(): name for name in rows.fieldnames or [] if name}
        wanted = [*RESPONSE_COLUMNS, *([self.segment.strip().lower()] if self.segment else [])]
        missing = [name for name in wanted if name not in header]
        if missing:
            names = ", ".join(repr(name) for name in missing)
            plural = "s" if len(missing) > 1 else ""
            by = " (named by --segment)" if self.segment and missing == [wanted[-1]] else ""
            self.problem(f"{file}:1", f"missing column{plural} {names}{by}")
            return
        for record in rows:
            self.row(file, rows.line_num, {key: record.get(name) for key, name in header.items()})

    def row(self, file: Path, line: int, record: dict[str, str | None]) -> None:
        where = f"{file}:{line}"
        respondent = (record["respondent"] or "").strip()
        oid = (record["outcome_id"] or "").strip()
        ratings: dict[str, int] = {}
        ok = True
        for column, value in (("respondent", respondent), ("outcome_id", oid)):
            if not value:
                self.problem(where, f"column {column!r} is empty")
                ok = False
        if oid and self.survey is not None and oid not in self.survey:
            self.problem(
                where, f"column 'outcome_id': {oid!r} is not an outcome of {self.survey_name}"
            )
            ok = False
        for column in ("importance", "satisfaction"):
            value = (record[column] or "").strip()
            rating = _rating(value)
            if rating is None:
                shown = f"{value!r}" if value else "empty"
                self.problem(where, f"column {column!r}: {shown} is not a rating 1–5")
                ok = False
            else:
                ratings[column] = rating
        segment = ""
        if self.segment is not None:
            segment = (record[self.segment.strip().lower()] or "").strip() or BLANK_SEGMENT
            if respondent:
                first = self.segments.setdefault(respondent, (segment, where))
                if first[0] != segment:
                    self.problem(
                        where,
                        f"column {self.segment!r}: respondent {respondent!r} is {segment!r} here "
                        f"but {first[0]!r} at {first[1]}",
                    )
                    ok = False
        if respondent and oid:
            earlier = self.rated.setdefault((respondent, oid), where)
            if earlier != where:
                self.problem(
                    where,
                    f"columns 'respondent', 'outcome_id': {respondent!r} already rated {oid!r} "
                    f"at {earlier}",
                )
                ok = False
        if not ok:
            return
        self.responses.append(
            Response(respondent, oid, ratings["importance"], ratings["satisfaction"], segment)
        )
        if self.survey is None and oid not in self.items:
            statement = (record.get("statement") or "").strip()
            kind = (record.get("kind") or "").strip().lower()
            self.items[oid] = SurveyItem(oid, statement, kind, "")


def _rating(value: str) -> int | None:
    """A whole number 1–5 ("4", " 4 "), else None."""
    if not value.isdigit():
        return None
    rating = int(value)
    return rating if rating in SCALE else None


def session_responses(
    interviews: Sequence[Interview],
    *,
    threshold: float = GROUP_SIMILARITY,
    codebook: Codebook | None = None,
) -> ResponseSet:
    """The wrap-up ratings of sessions, one respondent per interview, pooled by outcome code.

    Outcomes are merged into codes as for ``survey`` and ``tree --merge`` with the same files,
    threshold and mapping. A respondent who rated two outcomes of one code counts once, with the
    first rating in the file; a note says so.
    """
    value_map = merge_interviews(interviews, threshold=threshold, codebook=codebook)
    code_of = {
        (mention.interview, mention.node): group.id
        for group in value_map.groups
        for mention in group.mentions
    }
    items = {
        group.id: SurveyItem(group.id, group.statement, group.kind, group.polarity)
        for group in value_map.groups
    }
    problems: list[str] = []
    notes: list[str] = []
    responses: list[Response] = []
    for interview in interviews:
        source = interview.source or interview.name
        first: dict[str, str] = {}
        for oid, rating in interview.session.ratings.items():
            code = code_of.get((interview.name, oid))
            if code is None:
                problems.append(f"{source}: ratings: {oid!r} is not an outcome of the session")
                continue
            if code in first:
                notes.append(
                    f"{source} rated {code} twice ({first[code]}, {oid}): the first rating counts"
                )
                continue
            first[code] = oid
            responses.append(Response(interview.name, code, rating.importance, rating.satisfaction))
    if problems:
        raise ResponsesError(problems)
    if not responses:
        raise ResponsesError(
            [
                f"{', '.join(i.source or i.name for i in interviews)}: no wrap-up ratings "
                "to score (sessions hold them once the participant rated the outcomes)"
            ]
        )
    job = value_map.job if value_map.job != UNNAMED_JOB else ""
    return ResponseSet(responses, items, job, notes)


def check_sources(paths: Sequence[str]) -> bool:
    """Whether RESPONSES are CSV files (True) or session/coded files (False); not both."""
    kinds = {is_csv(path) for path in paths}
    if len(kinds) > 1:
        raise UsageError(
            "RESPONSES are either CSV files or session files, not both: " + ", ".join(paths)
        )
    return kinds == {True}
