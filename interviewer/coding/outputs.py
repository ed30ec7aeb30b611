"""Coded outputs written atomically: a temporary file beside the target, fsync, then rename."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from interviewer.coding.records import CSV_COLUMNS


@contextlib.contextmanager
def atomic_text(path: Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text handle whose content replaces ``path`` only when the block ends without error, so
    readers see the old file or the new one, never a torn one (streams; nothing is held)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise
    _fsync_dir(path.parent)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line, UTF-8 without BOM, ``\\n`` line ends."""
    with atomic_text(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")


def write_csv(path: Path, rows: Iterable[list[str]]) -> None:
    """A header and the rows, UTF-8 with a BOM so that spreadsheets detect the encoding."""
    with atomic_text(path, encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)


def write_text(path: Path, text: str) -> None:
    with atomic_text(path) as handle:
        handle.write(text)


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is flushed too (POSIX).
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
