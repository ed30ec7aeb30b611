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
from interviewer.core.outcome import OutcomeKind, Polarity

# The classifiers' labels: the outcome kinds, and "none" for a text that holds no outcome.
LABELS = (*(kind.value for kind in OutcomeKind), "none")
POLARITIES = tuple(polarity.value for polarity in Polarity)
DEV_SHARE = 5  # one job in DEV_SHARE goes to the dev split
SPLIT_FILE = "split.tsv"  # the fixed side of each job the corpus held when the split was fixed


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
    """``train`` or ``dev`` for a group (a job).

    The jobs the corpus held when the split was fixed keep their side from ``data/split.tsv``
    (a fifth of them are dev), so figures before and after a corpus change are measured on the
    same dev jobs; a job added later falls to ``dev`` for one hash in :data:`DEV_SHARE`.
    """
    key = " ".join(group.lower().split())
    fixed = _fixed_split().get(key)
    if fixed is not None:
        return fixed
    return "dev" if group_digest(key) % DEV_SHARE == 0 else "train"


@functools.cache
def _fixed_split() -> dict[str, str]:
    text = resources.files("interviewer.nlp").joinpath("data", SPLIT_FILE).read_text("utf-8")
    sides: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            side, key = line.split("\t", 1)
            sides[key] = side
    return sides


def group_digest(group: str) -> int:
    """A stable number for a group (a job), its case and spacing folded."""
    key = " ".join(group.lower().split())
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:8], "big")


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
