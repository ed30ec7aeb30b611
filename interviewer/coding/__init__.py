"""Batch coding of archived transcripts: read, analyse, link into ladders, write, summarise."""

from __future__ import annotations

from interviewer.coding.batch import BatchOptions, BatchResult, code_batch
from interviewer.coding.questions import QuestionReading, read_question, resolve_about
from interviewer.coding.report import FileReport

__all__ = [
    "BatchOptions",
    "BatchResult",
    "FileReport",
    "QuestionReading",
    "code_batch",
    "read_question",
    "resolve_about",
]
