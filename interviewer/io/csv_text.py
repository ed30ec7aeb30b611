"""CSV read errors (a field over the size limit, a NUL byte) as one line naming the row."""

from __future__ import annotations

import csv
import io

MAX_FIELD_CHARS = csv.field_size_limit()  # 131,072 unless a caller raised it


def csv_problem(text: str) -> tuple[int, str] | None:
    """``(line, message)`` of the first row the csv module refuses (the line the row begins
    on), or None when it reads every row. Readers call this when :class:`csv.Error`
    interrupted them, to point at the row."""
    reader = csv.reader(io.StringIO(text, newline=""))
    read_to = 0
    try:
        for _ in reader:
            read_to = reader.line_num
    except csv.Error as exc:
        return read_to + 1, csv_message(exc)
    return None


def failed_row(rows: csv.DictReader[str]) -> int:
    """The line where the row a :class:`csv.DictReader` failed on begins: its ``line_num``
    still counts the last whole row it read."""
    return rows.line_num + 1


def csv_message(exc: csv.Error) -> str:
    """The user's reading of a :class:`csv.Error`."""
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a CSV field is longer than {MAX_FIELD_CHARS:,} characters"
    if "NUL" in text:
        return "a NUL byte in a CSV row (is this a CSV file?)"
    return f"not valid CSV ({text})"
