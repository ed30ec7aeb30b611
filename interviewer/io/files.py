"""Reading a user's text file with the one-line errors every command gives."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.errors import InputFileError, InterviewerError


def read_text(
    path: str | Path, *, encoding: str = "utf-8-sig", error: type[InterviewerError] = InputFileError
) -> str:
    """The text of ``path``; a missing, unreadable or undecodable file raises ``error`` naming it.

    ``utf-8-sig`` reads UTF-8 with or without the byte-order mark spreadsheet tools write.
    """
    file = Path(path)
    try:
        return file.read_text(encoding=encoding)
    except FileNotFoundError:
        raise error("no such file", path=file) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot read ({exc.__class__.__name__})", path=file) from None
