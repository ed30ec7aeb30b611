"""The domain core: outcomes, sessions, question banks and the laddering engine (no frameworks)."""

from __future__ import annotations

from interviewer.core.bank import QuestionBank
from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.errors import ExitStatus, InterviewerError
from interviewer.core.interview import Interview
from interviewer.core.ladder import Decision, LadderConfig, decide, next_probe, place_answer
from interviewer.core.move import ChainEnd, Circumstance, Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, CodedOutcome, Job, Rating, Role, Session, Turn

__all__ = [
    "ROOT",
    "ChainEnd",
    "Circumstance",
    "CodedOutcome",
    "Decision",
    "ExitStatus",
    "Interview",
    "InterviewerError",
    "Job",
    "LadderConfig",
    "Move",
    "Outcome",
    "OutcomeAnalyzer",
    "OutcomeKind",
    "Polarity",
    "QuestionBank",
    "Rating",
    "Role",
    "Session",
    "Turn",
    "decide",
    "next_probe",
    "place_answer",
]
