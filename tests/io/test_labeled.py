"""Labeled files: told apart from codings by content; YAML and JSON faults name file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.io.labeled import is_labeled, read_labeled
from interviewer.nlp.corpus import LabeledDataError

LABELED_ROW = json.dumps({"text": "I feel calm", "label": "emotional"})
CODED_TURN = json.dumps({"id": "t1", "role": "participant", "text": "hi", "outcomes": []})


@pytest.mark.parametrize(
    ("name", "content", "labeled"),
    [
        ("rows.csv", "text,label\nI feel calm,emotional\n", True),  # CSV is always labeled
        ("rows.jsonl", LABELED_ROW + "\n", True),
        ("p1.coded.jsonl", CODED_TURN + "\n", False),  # a turn has a role
        ("rows.yaml", "- {text: I feel calm, label: emotional}\n", True),
        ("p1.yaml", "format: interviewer-session/1\njob: x\n", False),  # a session file
        ("broken.yaml", "- [unclosed\n", False),  # left to the session reader to name the fault
        ("broken.jsonl", "{oops\n", False),  # left to the coded-file reader
        ("notes.txt", "text,label\n", False),
    ],
)
def test_labeled_files_are_told_from_codings_by_content(
    tmp_path: Path, name: str, content: str, labeled: bool
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert is_labeled(path) is labeled


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.yaml"
    path.write_text("- {text: a, label: social}\n- {text: b, label: [\n", encoding="utf-8")
    with pytest.raises(LabeledDataError) as caught:
        read_labeled(path)
    assert caught.value.path == str(path) and caught.value.line == 3
    assert caught.value.message.startswith("not valid YAML: ")


def test_json_nested_too_deep_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(LABELED_ROW + "\n" + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(LabeledDataError) as caught:
        read_labeled(path)
    assert caught.value.line == 2 and "nested more than" in caught.value.message
