"""Labeled data files (for `evaluate` and `agree`): read with the limits every reader has."""

from __future__ import annotations

import csv
from pathlib import Path

from interviewer.core.errors import UnreadableInputError
from interviewer.io.csv_text import csv_message, csv_problem
from interviewer.io.files import decode, read_bytes
from interviewer.nlp.corpus import LabeledRow, labeled_rows


def read_labeled(path: str | Path) -> list[LabeledRow]:
    """Labeled rows from a JSONL, CSV or YAML file (UTF-8, with or without its mark)."""
    file = Path(path)
    text = decode(read_bytes(file), "utf-8-sig", path=file)
    try:
        return labeled_rows(text, file)
    except csv.Error as exc:  # a CSV field over the size limit, a stray quote at the end …
        where = csv_problem(text)
        line, message = where if where is not None else (None, csv_message(exc))
        raise UnreadableInputError(message, path=file, line=line) from None
