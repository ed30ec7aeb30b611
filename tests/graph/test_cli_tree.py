"""`interviewer tree`: trees and merged maps, JSON that networkx reads back, one-line errors."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from interviewer.cli import main
from interviewer.io.session_file import save_session

from ..conftest import E, F, laddered

FIXTURES = Path(__file__).parent / "fixtures"
STUDY = [str(FIXTURES / f"p{n}.coded.jsonl") for n in (1, 2, 3)]
MAPPING = str(FIXTURES / "codes.yaml")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def record(turn: str, *outcomes: dict[str, Any], text: str = "x") -> str:
    return json.dumps({"id": turn, "role": "participant", "text": text, "outcomes": list(outcomes)})


def oc(
    oid: str, parent: str, kind: str = "functional", statement: str = "I have lost weight"
) -> dict[str, Any]:
    return {"id": oid, "parent": parent, "kind": kind, "polarity": "want", "statement": statement}


def test_one_file_prints_its_tree(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["tree", STUDY[0]], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines()[:7] == [
        f"Outcome tree of {STUDY[0]}",
        "lose weight  [job]",
        "├── [F+] I have lost 10 pounds  (o1)",
        "│   └── [E+] I feel confident  (o2)",
        "│       └── [S+] Others see me as disciplined  (o3)",
        "└── [F+] I am able to fit into my old jeans  (o4)",
        "    └── [E+] I feel confident  (o5)",
    ]


def test_several_files_print_each_tree_in_turn(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["tree", *STUDY], capsys)
    assert status == 0
    titles = re.findall(r"^Outcome tree of (.+)$", out, re.MULTILINE)
    assert titles == STUDY
    assert out.count("F functional · E emotional") == 1


def test_json_of_one_tree_reads_back_into_networkx(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["tree", STUDY[2], "--format", "json"], capsys)
    assert status == 0
    data = json.loads(out)
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.is_directed()
    assert list(graph.edges) == [("job", "o1"), ("o1", "o2"), ("o2", "o3")]
    assert {n: graph.nodes[n]["kind"] for n in graph} == {
        "job": "job",
        "o1": "functional",
        "o2": "emotional",
        "o3": "social",
    }
    assert graph.nodes["o2"]["statement"] == "I feel really confident"
    assert graph.edges["o1", "o2"] == {"direct": 1, "indirect": 0, "count": 1}
    assert data["findings"] == []
    assert data["source"] == STUDY[2]


def test_json_of_several_trees_is_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["tree", *STUDY[:2], "--format", "json"], capsys)
    assert status == 0
    data = json.loads(out)
    assert [item["source"] for item in data] == STUDY[:2]
    assert [nx.node_link_graph(item, edges="edges").number_of_nodes() for item in data] == [6, 3]


def test_merged_json_carries_the_hand_computed_study(capsys: pytest.CaptureFixture[str]) -> None:
    # With the mapping, the fixtures are the study of test_value_map (A..D, four ladders):
    # direct A→B 1, B→C 2, D→B 2, A→C 1 (sum 6); indirect A→C 1, D→C 1. Cut-off 2 keeps
    # B→C and D→B: 4 of 6 = 66.7 %.
    status, out, err = run(
        ["tree", "--merge", *STUDY, "--mapping", MAPPING, "--format", "json"], capsys
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    graph = nx.node_link_graph(data, edges="edges")
    assert (data["cutoff"], data["proposed_cutoff"], data["represented_percent"]) == (2, 2, 66.7)
    assert data["ladders"] == 4
    assert data["findings"] == []
    assert {
        (row["from"], row["to"]): (row["direct"], row["indirect"])
        for row in data["implication_matrix"]
    } == {
        ("c1", "confident"): (1, 0),  # A→B
        ("c1", "disciplined"): (1, 1),  # A→C
        ("confident", "disciplined"): (2, 0),  # B→C
        ("c2", "confident"): (2, 0),  # D→B
        ("c2", "disciplined"): (0, 1),  # D→C
    }
    assert sorted(graph.edges) == [
        ("c2", "confident"),
        ("confident", "disciplined"),
        ("job", "c1"),
        ("job", "c2"),
    ]
    for node, attrs in graph.nodes(data=True):
        assert {"kind", "polarity", "statement", "count"} <= set(attrs), node
    assert graph.nodes["disciplined"]["count"] == 3
    assert graph.nodes["confident"]["kind"] == "emotional"
    for *_, attrs in graph.edges(data=True):
        assert set(attrs) == {"direct", "indirect", "count"}


@pytest.mark.parametrize(
    ("options", "line"),
    [
        # proposed cut-off, direct counts
        (
            [],
            "cut-off 2 on direct counts (proposed 2) · "
            "kept links represent 4 of 6 relations (66.7%)",
        ),
        # an explicit cut-off of 1 keeps every relation
        (
            ["--cutoff", "1"],
            "cut-off 1 on direct counts (proposed 2) · "
            "kept links represent 6 of 6 relations (100.0%)",
        ),
        # indirect relations counted: A→C reaches 2
        (
            ["--indirect"],
            "cut-off 2 on direct + indirect counts (proposed 2) · "
            "kept links represent 6 of 8 relations (75.0%)",
        ),
    ],
)
def test_merged_text_states_the_cutoff_and_the_share(
    options: list[str], line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["tree", "--merge", *STUDY, "--mapping", MAPPING, *options], capsys)
    assert status == 0
    assert out.splitlines()[1] == line


def test_without_the_mapping_similar_wordings_still_share_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(["tree", "--merge", *STUDY, "--format", "json", "--cutoff", "1"], capsys)
    assert status == 0
    codes = {code["statement"]: code["mentions"] for code in json.loads(out)["codes"]}
    # "I feel really confident" joins "I feel confident"; the two social wordings share the
    # content code social/want/disciplined, so they are one code too.
    assert codes == {
        "I have lost 10 pounds": 2,
        "I feel confident": 3,
        "Others see me as disciplined": 3,
        "I am able to fit into my old jeans": 2,
    }


def test_a_session_file_works_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p9.session.yaml"
    save_session(laddered([(E, "I feel calm")], [(F, "I have lost weight")]), path)
    status, out, _ = run(["tree", str(path)], capsys)
    assert status == 0  # findings never fail the command
    assert "[no-functional-basis] o1" in out
    assert "→ What would have to happen so that you feel calm?" in out


Writer = Callable[[Path], None]


def coded(name: str, *lines: str) -> Writer:
    def write(folder: Path) -> None:
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")

    return write


def session_of(job: str, name: str) -> Writer:
    def write(folder: Path) -> None:
        save_session(laddered([(F, "I have lost weight")], job=job), folder / name)

    return write


CYCLE = coded("x.coded.jsonl", record("t1", oc("o1", "o2")), record("t2", oc("o2", "o1")))
UNKNOWN_PARENT = coded(
    "x.coded.jsonl",
    record("t1", oc("o1", "o2")),  # o2 comes later in the file: fine
    "",
    record("t2", oc("o2", "job"), oc("o9", "o42")),
)
BAD_JSON = coded("x.coded.jsonl", record("t1"), '{"id": "t2",')
BAD_MAPPING = coded(
    "codes.yaml", "format: interviewer-codes/1", "codes:", "  a:", "    statment: [x]"
)


@pytest.mark.parametrize(
    ("files", "argv", "status", "pattern"),
    [
        # o1 and o2 are each other's parent: an input error at o1's line
        (
            [CYCLE],
            ["{dir}/x.coded.jsonl"],
            1,
            r"^{dir}/x\.coded\.jsonl:1: outcome ladder has a cycle at o1: o1 → o2 → o1$",
        ),
        # a parent that is nowhere in the file
        (
            [UNKNOWN_PARENT],
            ["{dir}/x.coded.jsonl"],
            1,
            r"^{dir}/x\.coded\.jsonl:3: outcome o9 has unknown parent 'o42'$",
        ),
        # a line that is not JSON
        ([BAD_JSON], ["{dir}/x.coded.jsonl"], 1, r"^{dir}/x\.coded\.jsonl:2: not valid JSON"),
        # a coded file that does not exist: exit 2
        ([], ["{dir}/nope.coded.jsonl"], 2, r"^{dir}/nope\.coded\.jsonl: no such file$"),
        # a session file that does not exist: exit 2 as well
        ([], ["{dir}/nope.yaml"], 2, r"^{dir}/nope\.yaml: no such file$"),
        # two jobs cannot merge into one map
        (
            [session_of("lose weight", "a.yaml"), session_of("send a package", "b.yaml")],
            ["--merge", "{dir}/a.yaml", "{dir}/b.yaml"],
            2,
            r"^interviewer: cannot merge interviews of different jobs: {dir}/a\.yaml is about "
            r"'lose weight', {dir}/b\.yaml about 'send a package'",
        ),
        # merge-only options without --merge
        (
            [session_of("lose weight", "a.yaml")],
            ["--cutoff", "2", "{dir}/a.yaml"],
            2,
            r"^interviewer: --cutoff: only with --merge$",
        ),
        # a broken mapping file names its line
        (
            [session_of("lose weight", "a.yaml"), BAD_MAPPING],
            ["--merge", "{dir}/a.yaml", "--mapping", "{dir}/codes.yaml"],
            1,
            r"^{dir}/codes\.yaml:4: unknown key 'statment' in code 'a'",
        ),
    ],
)
def test_bad_input_is_one_line_on_stderr(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: list[Writer],
    argv: list[str],
    status: int,
    pattern: str,
) -> None:
    for write in files:
        write(tmp_path)
    code, out, err = run(["tree", *(arg.format(dir=tmp_path) for arg in argv)], capsys)
    assert code == status
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert re.match(pattern.replace("{dir}", re.escape(str(tmp_path))), lines[0]), lines[0]
