"""The labeled corpus: size, breadth, a fixed split, and no overlap with test inputs."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from interviewer.core.errors import InputFileError
from interviewer.io.labeled import read_labeled
from interviewer.nlp.corpus import (
    LABELS,
    LabeledDataError,
    corpus_rows,
    multi_answers,
    split_of,
)

TESTS = Path(__file__).resolve().parents[1]


def test_corpus_size_and_breadth() -> None:
    rows = corpus_rows()
    assert len(rows) >= 2000
    assert len({r.job for r in rows}) >= 40
    forms = Counter(r.form for r in rows)
    assert forms["statement"] > 500 and forms["answer"] > 500
    labels = Counter(r.label for r in rows)
    assert set(labels) == set(LABELS)
    assert min(labels[k] for k in ("functional", "emotional", "social")) > 400
    assert len(multi_answers()) >= 150


def test_rows_are_valid_and_unique() -> None:
    rows = corpus_rows()
    texts = [r.text for r in rows]
    assert len(texts) == len(set(texts))
    for row in rows:
        assert row.label in LABELS
        if row.label == "none":
            assert row.statement == ""
        else:
            assert row.polarity in ("want", "avoid") and row.statement


def test_the_split_is_by_job_and_about_one_fifth() -> None:
    rows = corpus_rows() + corpus_rows(multi=True)
    dev = [r for r in rows if split_of(r) == "dev"]
    assert 0.15 < len(dev) / len(rows) < 0.25
    # every job falls on one side: paraphrases of one job's rows never straddle the split
    sides: dict[str, set[str]] = {}
    for row in rows:
        sides.setdefault(row.job, set()).add(split_of(row))
    assert all(len(found) == 1 for found in sides.values())
    assert 0.15 < sum(found == {"dev"} for found in sides.values()) / len(sides) < 0.25
    # a multi-outcome answer's record falls where its job's rows do
    answer = multi_answers()[0]
    assert split_of(answer) == split_of(next(r for r in rows if r.job == answer["job"]))
    # a group the corpus does not know still has a fixed side, case and spacing folded
    assert split_of({"job": "Tune a Piano"}) == split_of({"job": "  tune a   piano"})


def test_no_test_input_is_in_the_corpus() -> None:
    corpus = {" ".join(r.text.lower().split()) for r in corpus_rows()}
    quoted = set()
    for path in TESTS.rglob("test_*.py"):
        for literal in re.findall(r'"([^"\n]{25,})"', path.read_text(encoding="utf-8")):
            quoted.add(" ".join(literal.lower().split()))
    assert not quoted & corpus


def test_read_labeled_csv_jsonl_yaml(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        "text,label,polarity\nI feel calm,emotional,want\n", encoding="utf-8"
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": "x", "label": "social"}) + "\n", encoding="utf-8"
    )
    (tmp_path / "c.yaml").write_text("- {text: y, label: none}\n", encoding="utf-8")
    assert read_labeled(tmp_path / "a.csv")[0].polarity == "want"
    assert read_labeled(tmp_path / "b.jsonl")[0].label == "social"
    assert read_labeled(tmp_path / "c.yaml")[0].label == "none"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.csv", "text,kind\nx,social\n", "bad.csv:1: missing column 'label'"),
        ("bad.jsonl", '{"text": "x", "label": "social"}\n{oops\n', "bad.jsonl:2: not valid JSON"),
        (
            "bad2.jsonl",
            '{"text": "x", "label": "happy"}\n',
            "bad2.jsonl:1: label 'happy' is not one of",
        ),
        ("bad3.jsonl", '{"text": "x", "label": "social", "polarity": "meh"}\n', "polarity 'meh'"),
    ],
)
def test_bad_labeled_files_name_file_and_line(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(LabeledDataError) as caught:
        read_labeled(tmp_path / name)
    assert message in str(caught.value)


def test_missing_labeled_file() -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_labeled("/nonexistent/labels.jsonl")
