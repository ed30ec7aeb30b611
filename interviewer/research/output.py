"""Output files of the research commands: checked before any work, then written atomically."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from interviewer.core.errors import InterviewerError, UsageError
from interviewer.io.atomic import write_atomic


class OutputError(InterviewerError):
    """An output file could not be written."""

    title = "cannot write output"


def check_writable(path: str | Path, option: str = "-o") -> Path:
    """``path`` as a Path, or a usage error when its folder is missing or it is a folder."""
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"{option} {path}: is a folder; name a file")
    parent = target.parent
    if not parent.is_dir():
        raise UsageError(f"{option} {path}: the folder {parent} does not exist")
    return target


def write_all(outputs: Mapping[Path, str | bytes]) -> None:
    """Write every file atomically (each is the old or the new file, never a torn one)."""
    for path, data in outputs.items():
        try:
            write_atomic(path, data)
        except OSError as exc:
            reason = exc.strerror or "input/output error"
            raise OutputError(f"cannot write ({reason})", path=path) from None
