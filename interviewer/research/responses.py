"""Survey responses for scoring: long-form CSV rows or the wrap-up ratings of session files.

The CSV format and its reader are :mod:`interviewer.io.responses`. Every problem is one line
``path:line: column 'name': …``; nothing is scored unless the whole input is valid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from interviewer.core.errors import InterviewerError, UsageError
from interviewer.core.interview import Interview
from interviewer.core.survey import Response, SurveyItem
from interviewer.graph.codebook import Codebook
from interviewer.graph.grouping import GROUP_SIMILARITY
from interviewer.graph.value_map import UNNAMED_JOB, merge_interviews
from interviewer.io.responses import ResponseReader

MAX_PROBLEMS = 20  # problems listed before "… and N more"


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
    found = ResponseReader(survey, survey_path or "the survey", segment).read_all(paths)
    if found.problems:
        raise ResponsesError(found.problems)
    if not found.responses:
        raise ResponsesError([f"{', '.join(str(p) for p in paths)}: no responses to score"])
    items = dict(survey) if survey is not None else found.items
    return ResponseSet(found.responses, items)


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
    job = value_map.job if value_map.job != UNNAMED_JOB else ""
    found = ResponseSet([], items, job)
    problems = [problem for interview in interviews for problem in _pool(interview, code_of, found)]
    if problems:
        raise ResponsesError(problems)
    if not found.responses:
        raise ResponsesError(
            [
                f"{', '.join(i.source or i.name for i in interviews)}: no wrap-up ratings "
                "to score (sessions hold them once the participant rated the outcomes)"
            ]
        )
    return found


def _pool(
    interview: Interview, code_of: Mapping[tuple[str, str], str], found: ResponseSet
) -> list[str]:
    """Add an interview's ratings to ``found`` by outcome code; the ratings of no outcome."""
    source = interview.source or interview.name
    problems: list[str] = []
    first: dict[str, str] = {}  # code -> the outcome whose rating counts
    for oid, rating in interview.session.ratings.items():
        code = code_of.get((interview.name, oid))
        if code is None:
            problems.append(f"{source}: ratings: {oid!r} is not an outcome of the session")
        elif code in first:
            found.notes.append(
                f"{source} rated {code} twice ({first[code]}, {oid}): the first rating counts"
            )
        else:
            first[code] = oid
            found.responses.append(
                Response(interview.name, code, rating.importance, rating.satisfaction)
            )
    return problems


def check_sources(paths: Sequence[str]) -> bool:
    """Whether RESPONSES are CSV files (True) or session/coded files (False); not both."""
    kinds = {is_csv(path) for path in paths}
    if len(kinds) > 1:
        raise UsageError(
            "RESPONSES are either CSV files or session files, not both: " + ", ".join(paths)
        )
    return kinds == {True}
