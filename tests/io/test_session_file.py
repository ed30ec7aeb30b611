"""Session files round-trip, are written atomically and reject malformed input in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.errors import InputFileError, SessionFileError
from interviewer.core.move import Move
from interviewer.core.outcome import OutcomeKind
from interviewer.io.session_file import dump_session, load_session, save_session

from ..conftest import E, F, S, exchange, outcome, session


def sample_session():  # type: ignore[no-untyped-def]
    s = session()
    [o1] = exchange(
        s, Move.OPENING, "I'd fit in my jeans", outcome(F, "I am able to fit into my old jeans")
    )
    [o2] = exchange(
        s, Move.LADDER_UP, "I'd feel good", outcome(E, "I feel good about myself"), about=o1
    )
    exchange(
        s, Move.LADDER_UP, "friends notice", outcome(S, "My friends see me as healthy"), about=o2
    )
    s.correct(o2, kind=OutcomeKind.EMOTIONAL, statement="I feel good in my body")
    s.rate(o1, 5, 2)
    return s


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    s = sample_session()
    path = tmp_path / "p1.session.yaml"
    save_session(s, path)
    again = load_session(path)
    assert again == s
    text = path.read_text(encoding="utf-8")
    assert text.startswith("format: interviewer-session/1\n")
    assert "corrected_by_human: true" in text
    assert not list(tmp_path.glob(".*.tmp"))


def test_unicode_and_hostile_text_survive(tmp_path: Path) -> None:
    s = session("send a package")
    hostile = 'He said "no" ]]> <script>alert(1)</script> : - # | 🚀 שלום\nsecond line'
    s.answer(hostile)
    path = tmp_path / "h.yaml"
    save_session(s, path)
    assert load_session(path).turns[0].text == hostile


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("format: interviewer-session/9\njob: x\n", "unknown format"),
        ("- a list\n", "must be a YAML mapping"),
        ("format: interviewer-session/1\n", "missing key 'job'"),
        (
            "format: interviewer-session/1\njob: x\nturns: [{id: t1, role: boss}]\n",
            "malformed session",
        ),
        ("format: [unclosed\n", "not valid YAML"),
    ],
)
def test_malformed_session_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_unknown_parent_is_reported(tmp_path: Path) -> None:
    text = dump_session(sample_session()).replace("parent: o1", "parent: o99")
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionFileError, match="unknown parent 'o99'"):
        load_session(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        load_session(tmp_path / "nope.yaml")


def test_written_files_are_not_made_private(tmp_path: Path) -> None:
    from interviewer.io.atomic import write_atomic

    target = tmp_path / "export.md"
    write_atomic(target, "x")
    assert target.stat().st_mode & 0o044  # readable by group/others as umask allows
    target.chmod(0o600)
    write_atomic(target, "y")
    assert target.stat().st_mode & 0o777 == 0o600  # an existing file keeps its mode


def test_review_and_added_by_human_flags_round_trip(tmp_path: Path) -> None:
    from dataclasses import replace

    s = session()
    unsure = replace(outcome(E, "I feel settled"), review=True)
    added = replace(outcome(F, "I have lost 10 pounds"), added_by_human=True)
    exchange(s, Move.OPENING, "well, it's settled I guess", unsure, added)
    path = tmp_path / "p1.session.yaml"
    save_session(s, path)
    text = path.read_text(encoding="utf-8")
    assert text.count("review: true") == 1
    assert text.count("added_by_human: true") == 1
    again = load_session(path)
    flags = sorted((c.outcome.review, c.outcome.added_by_human) for c in again.outcomes.values())
    assert flags == [(False, True), (True, False)]
