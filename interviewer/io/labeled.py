"""Labeled data files (for `evaluate` and `agree`): JSONL, CSV or YAML rows with ``text``,
``label`` and optional ``polarity``, read with the limits every reader has and told apart from
codings."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from interviewer.core.errors import UnreadableInputError
from interviewer.io.coded import is_coded
from interviewer.io.csv_text import csv_message, csv_problem
from interviewer.io.files import decode, read_bytes, read_text
from interviewer.io.json_lines import loads_record
from interviewer.io.yaml_schema import safe_load
from interviewer.nlp.corpus import LabeledDataError, LabeledRow, labeled_row


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


def labeled_rows(text: str, file: Path) -> list[LabeledRow]:
    """Labeled rows of a JSONL, CSV or YAML file's ``text`` (the format by ``file``'s suffix),
    validated row by row."""
    suffix = file.suffix.lower()
    if suffix == ".csv":
        records = _csv_records(text, file)
    elif suffix in (".yaml", ".yml"):
        records = _yaml_records(text, file)
    else:
        records = _jsonl_records(text, file)
    rows = [labeled_row(record, file, line) for line, record in records]
    if not rows:
        raise LabeledDataError("no labeled rows found", path=file)
    return rows


def _jsonl_records(text: str, file: Path) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield number, loads_record(line, path=file, line=number, error=LabeledDataError)


def _csv_records(text: str, file: Path) -> Iterator[tuple[int, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"text", "label"} - set(reader.fieldnames or ())
    if missing:
        raise LabeledDataError(f"missing column {sorted(missing)[0]!r}", path=file, line=1)
    for record in reader:
        yield reader.line_num, record


def _yaml_records(text: str, file: Path) -> Iterator[tuple[int, Any]]:
    data = safe_load(text, str(file), LabeledDataError)
    if isinstance(data, dict) and "rows" in data:
        data = data["rows"]
    if not isinstance(data, list):
        raise LabeledDataError("expected a list of rows", path=file)
    yield from enumerate(data, 1)


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
