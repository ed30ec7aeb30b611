"""The importance/satisfaction questionnaire of the distinct outcomes found across interviews."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interviewer.core.interview import Interview
from interviewer.core.survey import SurveyItem
from interviewer.core.text import second_person
from interviewer.graph.codebook import Codebook
from interviewer.graph.grouping import GROUP_SIMILARITY, CodeGroup
from interviewer.graph.value_map import UNNAMED_JOB, merge_interviews
from interviewer.io.survey import SURVEY_COLUMNS

IMPORTANCE_SCALE = "1 = not at all important, 2, 3, 4, 5 = extremely important"
SATISFACTION_SCALE = "1 = not at all satisfied, 2, 3, 4, 5 = completely satisfied"
_BOXES = "☐1 ☐2 ☐3 ☐4 ☐5"


@dataclass(frozen=True)
class Survey:
    """The questionnaire of one job."""

    job: str
    interviews: int
    items: list[SurveyItem]

    def to_csv(self) -> str:
        """One row per outcome, with the columns of :data:`SURVEY_COLUMNS`."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(SURVEY_COLUMNS)
        for item in self.items:
            writer.writerow(
                [
                    item.outcome_id,
                    item.statement,
                    item.kind,
                    item.polarity,
                    item.importance_question,
                    item.satisfaction_question,
                    item.interviews,
                    item.mentions,
                ]
            )
        return out.getvalue()

    def to_markdown(self) -> str:
        """A printable questionnaire: one table row per outcome with boxes to tick."""
        job = self.job if self.job != UNNAMED_JOB else ""
        title = f"# Survey: {job}" if job else "# Survey"
        lead = f"When you {_job_clause(job)}, how" if job else "How"
        lines = [
            title,
            "",
            "Respondent: ____________________    Date: ____________",
            "",
            f"For each statement, tick **how important** it is to you and **how satisfied** you "
            f"are today. Importance: {IMPORTANCE_SCALE}. Satisfaction: {SATISFACTION_SCALE}.",
            "",
            f"| # | {lead} important is it to you that … | Importance | Satisfied today |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {item.outcome_id} | {_cell(survey_clause(item.statement))} | {_BOXES} | {_BOXES} |"
            for item in self.items
        ]
        lines += [
            "",
            f"*{len(self.items)} outcomes from {self.interviews} interview"
            f"{'s' if self.interviews != 1 else ''}. Enter the answers as CSV rows "
            "`respondent,outcome_id,importance,satisfaction` for `interviewer score`.*",
            "",
        ]
        return "\n".join(lines)


def survey_clause(statement: str) -> str:
    """An outcome statement addressed to the respondent, as a clause after "… that".

    "I have lost 10 pounds." → "you have lost 10 pounds"; "Others don't see me as lazy" →
    "others don't see you as lazy"; "The package arrives on time" → "the package arrives on time".
    """
    return second_person(statement)


def importance_question(statement: str, job: str = "") -> str:
    """ "When you lose weight, how important is it to you that you have lost 10 pounds?" """
    lead = f"When you {_job_clause(job)}, how" if job and job != UNNAMED_JOB else "How"
    return f"{lead} important is it to you that {survey_clause(statement)}?"


def satisfaction_question(statement: str) -> str:
    """ "Today, how satisfied are you that you have lost 10 pounds?" """
    return f"Today, how satisfied are you that {survey_clause(statement)}?"


def _job_clause(job: str) -> str:
    return second_person(job.strip().rstrip("."))


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def build_survey(
    interviews: Sequence[Interview],
    *,
    threshold: float = GROUP_SIMILARITY,
    codebook: Codebook | None = None,
) -> Survey:
    """The questionnaire of the outcomes of several interviews of one job.

    Outcomes are merged into codes as for the hierarchical value map
    (:func:`interviewer.graph.value_map.merge_interviews`), so a survey's ``outcome_id`` is the
    code of ``interviewer tree --merge`` with the same files, threshold and mapping.
    """
    value_map = merge_interviews(interviews, threshold=threshold, codebook=codebook)
    items = [_item(group, value_map.job) for group in value_map.groups]
    return Survey(value_map.job, len(interviews), items)


def _item(group: CodeGroup, job: str) -> SurveyItem:
    return SurveyItem(
        group.id,
        group.statement,
        group.kind,
        group.polarity,
        importance_question(group.statement, job),
        satisfaction_question(group.statement),
        len(group.interviews),
        len(group.mentions),
    )


def markdown_path(csv_path: str | Path) -> Path:
    """Where the printable version of ``OUT.csv`` goes: ``OUT.md`` beside it."""
    return Path(csv_path).with_suffix(".md")
