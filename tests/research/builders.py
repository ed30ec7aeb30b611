"""Builders for research tests: coded transcripts, labeled files and response CSVs on disk."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Short codes used in the tables: F, E, S for the three outcome kinds.
KIND = {"F": "functional", "E": "emotional", "S": "social"}


def coded_outcome(
    oid: str,
    kind: str,
    statement: str = "",
    *,
    span: tuple[int, int] | None = None,
    polarity: str = "want",
    parent: str = "job",
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": oid,
        "parent": parent,
        "kind": KIND.get(kind, kind),
        "polarity": polarity,
        "statement": statement or f"statement of {oid}",
    }
    if span is not None:
        record["span"] = list(span)
    return record


def write_coded(path: Path, turns: Sequence[tuple[str, str, list[dict[str, Any]]]]) -> str:
    """A ``.coded.jsonl`` file of participant turns ``(turn id, text, outcomes)``."""
    lines = [
        json.dumps(
            {"id": tid, "role": "participant", "text": text, "job": "lose weight", "outcomes": oc}
        )
        for tid, text, oc in turns
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def one_outcome_per_turn(path: Path, kinds: Sequence[str]) -> str:
    """Turn ``t<i>`` says "answer <i>" and holds one outcome of ``kinds[i-1]`` over the whole
    answer: the shape of a coder's kind-per-unit table."""
    turns = []
    for number, kind in enumerate(kinds, start=1):
        text = f"answer {number}"
        turns.append((f"t{number}", text, [coded_outcome(f"o{number}", kind, span=(0, len(text)))]))
    return write_coded(path, turns)


def write_labeled(path: Path, rows: Sequence[tuple[str, str]]) -> str:
    """A labeled CSV of ``(text, label)`` rows."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(rows)
    return str(path)


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def cross(counts: dict[tuple[str, str], int]) -> tuple[list[str], list[str]]:
    """Two coders' codes from a cross-table of counts: {(A's code, B's code): units}."""
    a: list[str] = []
    b: list[str] = []
    for (x, y), n in counts.items():
        a += [x] * n
        b += [y] * n
    return a, b
