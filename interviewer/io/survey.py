"""Questionnaire CSV files: their columns, and reading one back for scoring."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from interviewer.core.errors import InterviewerError
from interviewer.core.survey import SurveyItem
from interviewer.io.csv_text import csv_message, failed_row
from interviewer.io.files import read_text

SURVEY_COLUMNS = (
    "outcome_id",
    "statement",
    "kind",
    "polarity",
    "importance_question",
    "satisfaction_question",
    "interviews",
    "mentions",
)
REQUIRED_COLUMNS = SURVEY_COLUMNS[:3]  # what scoring needs of a questionnaire


class SurveyFileError(InterviewerError):
    """A questionnaire CSV (read back for scoring) is malformed."""

    title = "invalid survey file"


def read_survey(path: str | Path) -> dict[str, SurveyItem]:
    """The items of a questionnaire CSV by outcome id; errors name the file, row and column."""
    file = Path(path)
    text = read_text(file, encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        return _survey_items(reader, file)
    except csv.Error as exc:
        raise SurveyFileError(csv_message(exc), path=file, line=failed_row(reader)) from None


def _survey_items(reader: csv.DictReader[str], file: Path) -> dict[str, SurveyItem]:
    columns = reader.fieldnames or []
    for column in REQUIRED_COLUMNS:
        if column not in columns:
            raise SurveyFileError(f"missing column {column!r}", path=file, line=1)
    items: dict[str, SurveyItem] = {}
    lines: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        oid = (record.get("outcome_id") or "").strip()
        if not oid:
            raise SurveyFileError("column 'outcome_id' is empty", path=file, line=line)
        if oid in items:
            raise SurveyFileError(
                f"column 'outcome_id': {oid!r} was already listed on line {lines[oid]}",
                path=file,
                line=line,
            )
        items[oid] = SurveyItem(
            oid,
            (record.get("statement") or "").strip(),
            (record.get("kind") or "").strip(),
            (record.get("polarity") or "").strip(),
        )
        lines[oid] = line
    if not items:
        raise SurveyFileError("the survey lists no outcome", path=file)
    return items
