"""Labeled data files (for `evaluate` and `agree`): told apart from codings, read with the limits
every reader has."""

from __future__ import annotations

import csv
from pathlib import Path

from interviewer.core.errors import UnreadableInputError
from interviewer.io.coded import is_coded
from interviewer.io.csv_text import csv_message, csv_problem
from interviewer.io.files import decode, read_bytes, read_text
from interviewer.io.json_lines import loads_record
from interviewer.io.yaml_schema import safe_load
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


def is_labeled(file: Path) -> bool:
    """Whether ``file`` holds labeled rows rather than a coded transcript or a session.

    CSV is always labeled; JSONL is labeled when its first record has a label and no role;
    YAML is labeled unless it is a session file (a mapping with a ``format``). A file that does
    not parse is not labeled: the coded-file or session reader then names the fault.
    """
    suffix = file.suffix.lower()
    if suffix == ".csv":
        return True
    text = read_text(file, encoding="utf-8-sig")
    if suffix in (".yaml", ".yml"):
        try:
            data = safe_load(text, str(file), UnreadableInputError)
        except UnreadableInputError:
            return False
        return not (isinstance(data, dict) and "format" in data)
    if is_coded(file) or suffix == ".json":
        first = next((line for line in text.split("\n") if line.strip()), "")
        try:
            record = loads_record(first, path=file, line=1, error=UnreadableInputError)
        except UnreadableInputError:
            return False
        return isinstance(record, dict) and "label" in record and "role" not in record
    return False
