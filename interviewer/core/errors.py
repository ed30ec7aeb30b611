"""The project's own errors and exit statuses, turned into messages by the CLI seam."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitStatus(IntEnum):
    """Process exit statuses shared by every command."""

    OK = 0
    FAILURE = 1  # the command ran, but some input could not be processed
    USAGE = 2  # bad arguments, missing or unreadable input files, unavailable features
    INTERRUPTED = 130


class InterviewerError(Exception):
    """Base class of every error a user can cause; never shown with a traceback."""

    exit_status: ExitStatus = ExitStatus.FAILURE
    title = "error"

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    @property
    def location(self) -> str | None:
        """``path`` or ``path:line`` when the error belongs to a file."""
        if self.path is None:
            return None
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        location = self.location
        return f"{location}: {self.message}" if location else self.message


class UsageError(InterviewerError):
    """The command was called wrongly (bad option value, missing input file)."""

    exit_status = ExitStatus.USAGE
    title = "usage error"


class InputFileError(InterviewerError):
    """An input file cannot be read at all."""

    exit_status = ExitStatus.USAGE
    title = "cannot read input"


class UnreadableInputError(InterviewerError):
    """An input file exists but cannot be processed: not a regular file, too large, a line too
    long, or not text in a known encoding."""

    exit_status = ExitStatus.FAILURE
    title = "cannot read input"


class NotYetAvailableError(InterviewerError):
    """A command of the CLI contract whose implementation has not landed yet."""

    exit_status = ExitStatus.USAGE
    title = "not available yet"


class BankError(InterviewerError):
    """A question bank is missing, malformed or violates the schema."""

    exit_status = ExitStatus.FAILURE
    title = "invalid question bank"


class SessionFileError(InterviewerError):
    """A session file is malformed or of an unknown format."""

    exit_status = ExitStatus.FAILURE
    title = "invalid session file"
