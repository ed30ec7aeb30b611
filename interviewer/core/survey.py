"""The survey's plain records: a questionnaire item and one respondent's ratings of it."""

from __future__ import annotations

from dataclasses import dataclass

SCALE = range(1, 6)  # the 1–5 rating scale


@dataclass(frozen=True, slots=True)
class SurveyItem:
    """One distinct outcome: its code, statement, kind and polarity, and the two questions."""

    outcome_id: str
    statement: str
    kind: str
    polarity: str
    importance_question: str = ""
    satisfaction_question: str = ""
    interviews: int = 0  # how many interviews mention it
    mentions: int = 0  # how many outcomes it groups


@dataclass(frozen=True, slots=True)
class Response:
    """One respondent's importance and satisfaction ratings (1–5) of one outcome."""

    respondent: str
    outcome_id: str
    importance: int
    satisfaction: int
    segment: str = ""  # the respondent's value in the --segment column
