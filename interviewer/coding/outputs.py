"""Coded outputs, written atomically (:func:`interviewer.io.atomic.atomic_text`)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from interviewer.coding.records import CSV_COLUMNS
from interviewer.io.atomic import atomic_text


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


def write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Text written piece by piece (a summary of many files is never one string in memory)."""
    with atomic_text(path) as handle:
        for chunk in chunks:
            handle.write(chunk)
