"""Coded transcripts (.coded.jsonl): read into sessions; malformed files fail in one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from interviewer.core.errors import InputFileError, SessionFileError, UnreadableInputError
from interviewer.core.move import Move
from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.core.session import ROOT, Role
from interviewer.io.coded import (
    interview_name,
    is_coded,
    load_coded,
    load_interview,
    load_interviews,
    load_tree_source,
    read_coded,
)
from interviewer.io.session_file import dump_session, save_session

from ..conftest import E, F, exchange, outcome, session

FIXTURES = Path(__file__).resolve().parents[1] / "graph" / "fixtures"


def line(turn: str, *outcomes: dict[str, Any], **extra: Any) -> str:
    record = {"id": turn, "role": "participant", "text": "I could fit my jeans", **extra}
    return json.dumps({**record, "outcomes": list(outcomes)})


def oc(oid: str | int, parent: str | None = "job", **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": oid,
        "kind": "functional",
        "polarity": "want",
        "statement": "I fit my jeans",
    }
    if parent is not None:
        record["parent"] = parent
    return {**record, **fields}


def write(tmp_path: Path, *lines: str, name: str = "p1.coded.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_fixture_reads_into_a_session() -> None:
    s = load_coded(FIXTURES / "p1.coded.jsonl")
    assert s.job.statement == "lose weight"
    assert s.participant == "P1"
    assert [t.id for t in s.turns] == [f"t{n}" for n in range(1, 9)]
    assert s.turns[0].role is Role.INTERVIEWER
    assert {oid: coded.parent for oid, coded in s.outcomes.items()} == {
        "o1": ROOT,
        "o2": "o1",
        "o3": "o2",
        "o4": ROOT,
        "o5": "o4",
    }
    o5 = s.outcome("o5").outcome
    assert o5.kind is OutcomeKind.EMOTIONAL and o5.polarity is Polarity.WANT
    assert o5.confidence == 0.9 and o5.evidence == ("fixture",)
    assert o5.text == "I could fit into my old jeans, and I'd feel confident in them."
    assert s.outcome("o5").turn == "t8"


def test_a_parent_later_in_the_file_is_fine(tmp_path: Path) -> None:
    path = write(tmp_path, line("t1", oc("o2", "o1")), line("t2", oc("o1")))
    s = load_coded(path)
    assert s.outcome("o2").parent == "o1"
    assert s.ladders() == ["o1"]


def test_the_job_is_the_first_non_empty_one_else_the_file_name(tmp_path: Path) -> None:
    named = write(tmp_path, line("t1", job=" "), line("t2", job="lose weight"), line("t3", job="x"))
    assert read_coded(named).session.job.statement == "lose weight"
    assert read_coded(named).job_given
    unnamed = write(tmp_path, line("t1"), name="p7.coded.jsonl")
    coded = read_coded(unnamed)
    assert coded.session.job.statement == "p7.coded.jsonl"
    assert not coded.job_given
    assert not load_interview(unnamed).job_given


def test_an_interview_is_named_after_its_file_whatever_it_was_read_from(tmp_path: Path) -> None:
    save_session(session(), tmp_path / "p2.session.yaml")
    coded = write(tmp_path, line("t1", oc("o1"), job="lose weight"), name="p1.coded.jsonl")
    first, second = load_interviews([coded, tmp_path / "p2.session.yaml"]).interviews
    assert (first.name, first.source, first.job_given) == ("p1", str(coded), True)
    assert (second.name, second.job_given) == ("p2", True)
    assert second.session == load_tree_source(tmp_path / "p2.session.yaml")


def test_load_interviews_reads_the_mapping_first_and_defaults_the_threshold(
    tmp_path: Path,
) -> None:
    from interviewer.core.errors import InterviewerError
    from interviewer.graph.grouping import GROUP_SIMILARITY

    coded = write(tmp_path, line("t1", oc("o1")))
    loaded = load_interviews([coded])
    assert (loaded.threshold, loaded.codebook) == (GROUP_SIMILARITY, None)
    assert load_interviews([coded], threshold=0.25).threshold == 0.25
    mapping = FIXTURES / "codes.yaml"
    codebook = load_interviews([coded], mapping).codebook
    assert codebook is not None and codebook.path == str(mapping) and codebook.codes
    with pytest.raises(InterviewerError) as refused:  # the mapping fails before any interview
        load_interviews([tmp_path / "missing.coded.jsonl"], tmp_path / "missing.yaml")
    assert "missing.yaml" in str(refused.value)


@pytest.mark.parametrize(
    ("lines", "at", "message"),
    [
        # broken JSON names the line
        ([line("t1"), '{"id": "t2", '], 2, "not valid JSON"),
        # one object per line
        (["[1, 2]"], 1, "expected a JSON object (one record per turn)"),
        # every turn has an id, once
        ([json.dumps({"role": "participant"})], 1, "the turn has no 'id'"),
        ([line("t1"), line("t1")], 2, "turn id 't1' was already used on line 1"),
        # roles are the two of the contract
        (
            [json.dumps({"id": "t1", "role": "boss"})],
            1,
            "role must be 'interviewer', 'participant' or 'other'",
        ),
        # outcomes are a list of objects with an id
        ([json.dumps({"id": "t1", "role": "participant", "outcomes": {}})], 1, "must be a list"),
        ([line("t1", oc(""))], 1, "the outcome has no 'id'"),
        # outcome ids are unique across the file, and "job" is the root's
        ([line("t1", oc("o1")), line("t2", oc("o1"))], 2, "outcome id 'o1' was already used"),
        ([line("t1", oc("job"))], 1, "the id 'job' is reserved for the root"),
        # an outcome needs a kind from the contract
        ([line("t1", oc("o1", kind="feeling"))], 1, "kind must be functional, emotional or social"),
        ([line("t1", {"id": "o1", "statement": "x"})], 1, "outcome o1: missing key 'kind'"),
        ([line("t1", oc("o1", polarity="maybe"))], 1, "polarity must be want or avoid"),
        ([line("t1", oc("o1", span=[5, 2]))], 1, "0 ≤ start ≤ end, got [5, 2]"),
        ([line("t1", oc("o1", span=[0]))], 1, "span must be"),
        ([line("t1", oc("o1", span=None))], 1, "0 ≤ start ≤ end, got null"),
        ([line("t1", oc("o1", confidence=3))], 1, "confidence must be a number from 0 to 1"),
        ([line("t1", oc("o1", confidence=[1]))], 1, "from 0 to 1, got [1]"),
        ([line("t1", oc("o1", statement={"a": 1}))], 1, "statement must be text"),
        ([line("t1", oc("o1", evidence="cue"))], 1, "evidence must be a list"),
        # a parent nowhere in the file, reported where the outcome is
        (
            [line("t1", oc("o1")), "", line("t2", oc("o9", "o42"))],
            3,
            "outcome o9 has unknown parent 'o42'",
        ),
        # a loop of parents, named at its first outcome in file order
        (
            [line("t1", oc("o1", "o3")), line("t2", oc("o2", "o1"), oc("o3", "o2"))],
            1,
            "outcome ladder has a cycle at o1: o1 → o2 → o3 → o1",
        ),
        # an outcome that is its own parent
        ([line("t1", oc("o1", "o1"))], 1, "outcome ladder has a cycle at o1: o1 → o1"),
    ],
)
def test_malformed_files_fail_in_one_line_naming_file_and_line(
    tmp_path: Path, lines: list[str], at: int, message: str
) -> None:
    path = write(tmp_path, *lines)
    with pytest.raises(SessionFileError) as caught:
        load_coded(path)
    text = str(caught.value)
    assert text.startswith(f"{path}:{at}: "), text
    assert message in text
    assert "\n" not in text
    assert caught.value.exit_status == 1


def test_an_empty_file_is_malformed(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="the file is empty"):
        load_coded(write(tmp_path, ""))


@pytest.mark.parametrize("name", ["nope.coded.jsonl", "nope.yaml"])
def test_a_missing_file_is_an_input_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputFileError, match="no such file") as caught:
        load_tree_source(tmp_path / name)
    assert caught.value.exit_status == 2


def test_an_undecodable_file_is_an_input_failure_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.coded.jsonl"
    path.write_bytes(b'{"id": "t1"}\n\xc3\x28 not utf-8')
    with pytest.raises(UnreadableInputError, match=r"bad.coded.jsonl:2: not valid UTF-8") as err:
        load_coded(path)
    assert err.value.exit_status == 1


def test_missing_parent_means_the_job_and_numbers_are_ids(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        json.dumps({"id": 1, "role": "participant", "text": "x", "outcomes": [oc(7, None)]}),
    )
    s = load_coded(path)
    assert [t.id for t in s.turns] == ["1"]
    assert s.outcome("7").parent == ROOT


def test_tree_sources_dispatch_on_the_suffix(tmp_path: Path) -> None:
    s = session()
    exchange(s, Move.OPENING, "x", outcome(F, "I have lost weight"))
    save_session(s, tmp_path / "p2.session.yaml")
    write(tmp_path, line("t1", oc("o1")), name="p3.jsonl")
    assert load_tree_source(tmp_path / "p2.session.yaml") == s
    assert load_tree_source(tmp_path / "p3.jsonl").outcome("o1").parent == ROOT


def test_a_session_file_with_a_loop_is_refused(tmp_path: Path) -> None:
    s = session()
    [o1] = exchange(s, Move.OPENING, "x", outcome(F, "I have lost weight"))
    exchange(s, Move.LADDER_UP, "y", outcome(E, "I feel light"), about=o1)
    text = dump_session(s).replace("parent: job", "parent: o2")
    path = tmp_path / "loop.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionFileError, match=r"loop\.yaml: outcome ladder has a cycle at o1"):
        load_tree_source(path)


@pytest.mark.parametrize(
    ("path", "name", "coded"),
    [
        ("out/p1.coded.jsonl", "p1", True),  # the `code` command's output
        ("p1.jsonl", "p1", True),  # any JSON lines file is read as coded
        ("sessions/p1.session.yaml", "p1", False),  # the `interview` command's output
        ("P1.YAML", "P1", False),  # suffixes in any case
        (".yaml", ".yaml", False),  # nothing left but the suffix: the name stays
    ],
)
def test_interview_names_and_kinds(path: str, name: str, coded: bool) -> None:
    assert interview_name(path) == name
    assert is_coded(path) is coded


def test_a_line_separator_inside_an_answer_does_not_split_the_record(tmp_path: Path) -> None:
    import json

    from interviewer.io.coded import load_coded

    record = {
        "id": "t1",
        "source": "x",
        "turn": 1,
        "speaker": "P",
        "role": "participant",
        "text": "first\u2028second\u0085third",
        "outcomes": [],
    }
    path = tmp_path / "odd.coded.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [turn] = load_coded(path).turns
    assert turn.text == "first\u2028second\u0085third"


def test_lone_surrogates_become_visible_replacement_characters(tmp_path: Path) -> None:
    record = {"id": "t1", "role": "participant", "text": "a\ud800b \U0001f600", "outcomes": []}
    path = tmp_path / "p1.coded.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")  # ensure_ascii: "\ud800" escapes
    (turn,) = load_coded(path).turns
    assert turn.text == "a\ufffdb \U0001f600"  # the emoji's escaped pair joins back


def test_an_integer_too_long_to_convert_is_invalid_json(tmp_path: Path) -> None:
    path = write(tmp_path, '{"id": "t1", "role": "participant", "n": ' + "9" * 5000 + "}")
    with pytest.raises(SessionFileError, match=r":1: not valid JSON \(a number too long to read\)"):
        load_coded(path)


def test_json_nested_deeper_than_the_limit_is_refused_at_its_line(tmp_path: Path) -> None:
    deep = '{"id": "t2", "role": "participant", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path = write(tmp_path, line("t1"), deep)
    with pytest.raises(SessionFileError, match=r":2: JSON nested more than 64 levels deep"):
        load_coded(path)
    brackets_in_text = json.dumps({"id": "t1", "role": "participant", "text": "[" * 500})
    assert load_coded(write(tmp_path, brackets_in_text)).turns[0].text == "[" * 500
