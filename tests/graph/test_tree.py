"""Outcome trees: nodes and edges from a session, ladders, node-link and GraphML round trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from interviewer.core.move import Move
from interviewer.core.outcome import Polarity
from interviewer.core.session import ROOT
from interviewer.graph.node_link import tree_from_dict, tree_to_dict
from interviewer.graph.tree import ladders, outcome_tree
from interviewer.graph.value_map import merge_interviews

from ..conftest import E, F, S, exchange, interview, laddered, outcome, session


def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a == b


def sample_tree() -> nx.DiGraph:
    s = laddered(
        [(F, "I have lost 10 pounds"), (E, "I feel confident"), (S, "Others see me as fit")],
        [(F, "I am able to fit into my old jeans"), (E, "I don't have to worry", Polarity.AVOID)],
    )
    s.correct("o2", statement="I feel confident at the beach")
    return outcome_tree(s)


def test_the_tree_has_the_job_at_the_root_and_every_outcome_under_its_parent() -> None:
    tree = sample_tree()
    assert tree.nodes[ROOT] == {
        "kind": "job",
        "polarity": "",
        "statement": "lose weight",
        "source_text": "",
        "turns": "",
        "confidence": 1.0,
        "count": 1,
        "corrected": False,
    }
    assert list(tree.edges) == [
        ("job", "o1"),
        ("job", "o4"),
        ("o1", "o2"),
        ("o2", "o3"),
        ("o4", "o5"),
    ]
    assert all(
        attrs == {"direct": 1, "indirect": 0, "count": 1} for *_, attrs in tree.edges(data=True)
    )
    corrected = tree.nodes["o2"]
    assert corrected["statement"] == "I feel confident at the beach"
    assert corrected["corrected"] is True
    assert corrected["source_text"] == "I feel confident"  # the participant's words are kept
    assert corrected["turns"] == "t4"
    assert tree.nodes["o5"]["polarity"] == "avoid"
    assert tree.graph == {"job": "lose weight", "participant": "p1"}


def test_laddering_down_puts_the_functional_outcome_between_job_and_feeling() -> None:
    s = session()
    [feeling] = exchange(s, Move.OPENING, "I want to feel good", outcome(E, "I feel good"))
    [result] = exchange(
        s, Move.LADDER_DOWN, "I'd have lost weight", outcome(F, "I have lost weight"), about=feeling
    )
    tree = outcome_tree(s)
    assert list(tree.successors(ROOT)) == [result]
    assert list(tree.successors(result)) == [feeling]
    assert ladders(tree) == [[result, feeling]]


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        # a single chain is one ladder
        ([("job", "a"), ("a", "b")], [["a", "b"]]),
        # a branch makes one ladder per leaf, in the children's order
        ([("job", "a"), ("a", "b"), ("a", "c"), ("job", "d")], [["a", "b"], ["a", "c"], ["d"]]),
        # a node off the job is on no ladder
        ([("job", "a"), ("x", "y")], [["a"]]),
        # a loop reached from the job ends the walk instead of running forever
        ([("job", "a"), ("a", "b"), ("b", "a")], [["a", "b"]]),
        # the job alone: no ladder
        ([], []),
    ],
)
def test_ladders_are_the_root_to_leaf_paths(
    edges: list[tuple[str, str]], expected: list[list[str]]
) -> None:
    graph = nx.DiGraph()
    graph.add_node(ROOT)
    graph.add_edges_from(edges)
    assert ladders(graph) == expected


def test_node_link_round_trip_keeps_the_tree_and_every_attribute() -> None:
    tree = sample_tree()
    data = json.loads(json.dumps(tree_to_dict(tree)))
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "edges"}
    again = tree_from_dict(data)
    assert nx.is_isomorphic(tree, again, node_match=same, edge_match=same)
    assert again.graph == tree.graph
    assert list(again.nodes) == list(tree.nodes)


def test_node_link_round_trip_of_a_merged_map() -> None:
    merged = merge_interviews(
        [
            interview("p1", [(F, "I have lost 10 pounds"), (E, "I feel confident")]),
            interview("p2", [(F, "I have lost 10 pounds"), (E, "I feel confident")]),
        ]
    )
    again = tree_from_dict(json.loads(json.dumps(tree_to_dict(merged.graph))))
    assert nx.is_isomorphic(merged.graph, again, node_match=same, edge_match=same)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_writers_accept_the_tree(tmp_path: Path, fmt: str) -> None:
    tree = sample_tree()
    path = tmp_path / f"tree.{fmt}"
    if fmt == "graphml":
        nx.write_graphml(tree, path)
        again = nx.read_graphml(path)
        assert nx.is_isomorphic(tree, again, node_match=same, edge_match=same)
    else:
        nx.write_gexf(tree, path)
        assert nx.read_gexf(path).number_of_nodes() == tree.number_of_nodes()


def test_graphml_accepts_the_merged_map(tmp_path: Path) -> None:
    merged = merge_interviews([interview("p1", [(F, "I have lost 10 pounds"), (E, "I feel fit")])])
    nx.write_graphml(merged.graph, tmp_path / "map.graphml")
    again = nx.read_graphml(tmp_path / "map.graphml")
    assert nx.is_isomorphic(merged.graph, again, node_match=same, edge_match=same)
