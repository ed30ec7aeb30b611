"""The labeled outcome corpus shipped with the package, its fixed train/dev split, and the rows
of labeled files (``text``, ``label`` and optional ``polarity``; read by ``io.labeled``)."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from interviewer.core.errors import InterviewerError

LABELS = ("functional", "emotional", "social", "none")
POLARITIES = ("want", "avoid")
DEV_SHARE = 5  # one row in DEV_SHARE goes to the dev split


class LabeledDataError(InterviewerError):
    """A labeled data file has a malformed row."""


@dataclass(frozen=True, slots=True)
class LabeledRow:
    """One human-labeled text: its outcome kind (or ``none``), polarity and stative statement."""

    text: str
    label: str
    polarity: str | None = None
    statement: str = ""
    job: str = ""
    form: str = ""
    source: str = ""
    line: int = 0
    ambiguous: bool | None = None  # labeled files: whether a careful coder could pick otherwise


def split_of(row: LabeledRow | dict[str, Any]) -> str:
    """``train`` or ``dev``, fixed per *job*: every row of one job falls on the same side.

    Rows of one job share phrasing (paraphrases of one idea, the same objects and people), so a
    split by text put near-copies on both sides and dev could not see over-fitting. A row without
    a job is its own group.
    """
    if isinstance(row, LabeledRow):
        group = row.job or row.text
    else:
        group = str(row.get("job") or row.get("text") or "")
    return group_split(group)


def group_split(group: str) -> str:
    """``dev`` for one in :data:`DEV_SHARE` of the corpus's groups.

    The corpus's groups are ranked by a hash of their folded names and every fifth goes to dev,
    so dev holds a fifth of the jobs whatever the hash's luck; a group the corpus does not know
    falls to one side by its hash alone.
    """
    key = _folded(group)
    ranks = _group_ranks()
    if key in ranks:
        return "dev" if ranks[key] % DEV_SHARE == 0 else "train"
    return "dev" if _digest(key) % DEV_SHARE == 0 else "train"


def _folded(group: str) -> str:
    return " ".join(group.lower().split())


def _digest(key: str) -> int:
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:8], "big")


@functools.cache
def _group_ranks() -> dict[str, int]:
    groups: set[str] = set()
    for entry in _corpus_dir().iterdir():
        if entry.name.endswith(".jsonl"):
            for line in entry.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    groups.add(_folded(str(record.get("job") or record["text"])))
    return {group: rank for rank, group in enumerate(sorted(groups, key=_digest))}


def _corpus_dir() -> Any:
    return resources.files("interviewer.nlp").joinpath("data", "corpus")


def corpus_rows(*, multi: bool = False) -> list[LabeledRow]:
    """Every single-outcome row (or, with ``multi``, every multi-outcome answer's outcomes as rows
    whose text is the whole answer) of the packaged corpus, in file order."""
    rows: list[LabeledRow] = []
    for entry in sorted(_corpus_dir().iterdir(), key=lambda e: e.name):
        name = entry.name
        if not name.endswith(".jsonl") or name.endswith("_multi.jsonl") != multi:
            continue
        for number, line in enumerate(entry.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if multi:
                for outcome in record["outcomes"]:
                    rows.append(_row(record, name, number, outcome))
            else:
                rows.append(_row(record, name, number, record))
    return rows


def multi_answers() -> list[dict[str, Any]]:
    """The multi-outcome answers of the corpus, as records with their ``outcomes`` lists."""
    answers: list[dict[str, Any]] = []
    for entry in sorted(_corpus_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith("_multi.jsonl"):
            lines = entry.read_text(encoding="utf-8").splitlines()
            answers.extend(json.loads(line) for line in lines if line.strip())
    return answers


def _row(record: dict[str, Any], source: str, line: int, labels: dict[str, Any]) -> LabeledRow:
    return LabeledRow(
        text=record["text"],
        label=labels["label"],
        polarity=labels.get("polarity"),
        statement=labels.get("statement", ""),
        job=record.get("job", ""),
        form=record.get("form", ""),
        source=source,
        line=line,
    )


def labeled_row(record: Any, file: Path, line: int) -> LabeledRow:
    """One record of a labeled file (read by ``interviewer.io.labeled``) validated as a row."""
    if not isinstance(record, dict):
        raise LabeledDataError("a row must be an object with text and label", path=file, line=line)
    text, label = record.get("text"), record.get("label")
    if not isinstance(text, str):
        raise LabeledDataError("missing 'text'", path=file, line=line)
    label = str(label or "").strip().lower()
    if label not in LABELS:
        raise LabeledDataError(
            f"label {label!r} is not one of {', '.join(LABELS)}", path=file, line=line
        )
    polarity = str(record.get("polarity") or "").strip().lower() or None
    if polarity is not None and polarity not in POLARITIES:
        raise LabeledDataError(f"polarity {polarity!r} is not want or avoid", path=file, line=line)
    return LabeledRow(
        text,
        label,
        polarity,
        str(record.get("statement") or ""),
        job=str(record.get("job") or ""),
        form=str(record.get("form") or ""),
        source=str(file),
        line=line,
        ambiguous=str(record.get("ambiguous", "")).strip().lower() in ("true", "1", "yes"),
    )
