"""Every reader on generated input: it returns, or raises the project's own error as one line
naming the file — never another exception, never a second line, never Python's wording."""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.core.errors import InterviewerError
from interviewer.io.banks import parse_bank
from interviewer.io.codebook import parse_codebook
from interviewer.io.coded import load_coded
from interviewer.io.demo_script import load_script
from interviewer.io.keymap import read_keymap
from interviewer.io.labeled import read_labeled
from interviewer.io.survey import read_survey
from interviewer.io.transcripts import parse_speaker_map, parse_transcript
from interviewer.research.agreement.units import load_coding
from interviewer.research.responses import read_csv_responses

from .conftest import leaks_internals, time_limit
from .nasty import CODED, CSV, GENERIC, TRANSCRIPT, YAML

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEEDS = [*GENERIC.values(), *CODED.values(), *YAML.values(), *CSV.values(), *TRANSCRIPT.values()]
# Bytes: the hostile corpus, pieces of it spliced with noise, and plain noise.
BYTES = st.one_of(
    st.sampled_from(SEEDS),
    st.builds(
        lambda seed, cut, noise: seed[:cut] + noise,
        st.sampled_from(SEEDS),
        st.integers(0, 400),
        st.binary(max_size=200),
    ),
    st.binary(max_size=2000),
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)
KEYS = st.sampled_from(
    [
        "id",
        "role",
        "text",
        "speaker",
        "job",
        "outcomes",
        "kind",
        "polarity",
        "statement",
        "confidence",
        "span",
        "evidence",
        "parent",
        "label",
        "review",
        "code",
    ]
)
RECORD = st.dictionaries(
    KEYS,
    JSON | st.sampled_from(["participant", "interviewer", "functional", "want", "job", "o1", "t1"]),
    max_size=8,
)
TURN = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["t1", "t2", "t3", 1]),
        "role": st.sampled_from(["participant", "interviewer"]),
    },
    optional={"text": st.text(max_size=40), "outcomes": st.lists(RECORD, max_size=3), "job": JSON},
)


def assert_one_line_error(action: Callable[[], Any], name: str) -> None:
    """``action()`` returns, or raises an :class:`InterviewerError` naming ``name`` in one line."""
    try:
        with time_limit(10):
            action()
    except InterviewerError as exc:
        message = str(exc)
        assert "\n" not in message, message
        assert name in message, message
        assert not leaks_internals(message), message


@contextlib.contextmanager
def in_file(data: bytes, name: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        yield path


@FUZZ
@given(BYTES)
def test_coded_reader_on_bytes(data: bytes) -> None:
    with in_file(data, "p1.coded.jsonl") as path:
        assert_one_line_error(lambda: load_coded(path), "p1.coded.jsonl")


@FUZZ
@given(st.lists(TURN | RECORD, min_size=1, max_size=6))
def test_coded_reader_on_records(records: list[dict[str, Any]]) -> None:
    data = "\n".join(json.dumps(record) for record in records).encode()
    with in_file(data, "p1.coded.jsonl") as path:
        assert_one_line_error(lambda: load_coded(path), "p1.coded.jsonl")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".vtt", ".srt", ".docx", ".session.yaml"])
@FUZZ
@given(data=BYTES)
def test_transcript_reader(suffix: str, data: bytes) -> None:
    assert_one_line_error(lambda: parse_transcript(data, f"p1{suffix}"), f"p1{suffix}")


@FUZZ
@given(st.one_of(BYTES.map(lambda b: b.decode("utf-8", "replace")), st.text(max_size=500)))
def test_yaml_readers(text: str) -> None:
    assert_one_line_error(lambda: parse_bank(text, "mini.yaml"), "mini.yaml")
    assert_one_line_error(lambda: parse_codebook(text, "codes.yaml"), "codes.yaml")
    assert_one_line_error(lambda: parse_speaker_map(text, "speakers.txt"), "speakers.txt")


@FUZZ
@given(BYTES)
def test_csv_readers(data: bytes) -> None:
    with in_file(data, "responses.csv") as path:
        assert_one_line_error(lambda: read_survey(path), "responses.csv")
        try:
            read_csv_responses([path])
        except InterviewerError as exc:  # one line per faulty row, each naming the file
            lines = exc.lines() if hasattr(exc, "lines") else [str(exc)]
            assert all("responses.csv" in line or line.startswith("… and") for line in lines)
            assert not any(leaks_internals(line) for line in lines)


# YAML that is not labeled data goes to the session reader, another issue's (its messages for
# characters YAML forbids and for over-long integers are left to it).
@pytest.mark.parametrize("name", ["a.csv", "a.coded.jsonl", "a.jsonl"])
@FUZZ
@given(data=BYTES)
def test_agreement_reader(name: str, data: bytes) -> None:
    with in_file(data, name) as path:
        assert_one_line_error(lambda: load_coding(path), name)


# The YAML files read through io's one YAML helper: a user's key map, a demo script, labeled rows.
@pytest.mark.parametrize(
    ("name", "read"),
    [("keymap.yaml", read_keymap), ("demo.yaml", load_script), ("rows.yaml", read_labeled)],
)
@FUZZ
@given(data=BYTES)
def test_yaml_file_readers(name: str, read: Callable[[Path], object], data: bytes) -> None:
    with in_file(data, name) as path:
        assert_one_line_error(lambda: read(path), name)
