"""A job's outcome tree: the session's ladders as a networkx graph rooted at the job."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx

from interviewer.core.session import ROOT, Session

JOB_KIND = "job"  # the ``kind`` attribute of the root node


def outcome_tree(session: Session) -> nx.DiGraph:
    """The outcome tree of one interview.

    The root ``"job"`` has ``kind="job"`` and the job statement; every outcome is a node with
    scalar attributes only (``kind``, ``polarity``, ``statement``, ``source_text``, ``turns``,
    ``confidence``, ``count=1``, ``corrected``, and ``review`` where the analysis was unsure),
    so GraphML and GEXF writers accept the graph.
    Each edge runs from an outcome's parent to the outcome with ``direct=1, indirect=0, count=1``.
    Laddering down is already in the session's parents: the functional outcome a "what would have
    to happen?" revealed sits between the job and the feeling it supports.

    The graph is built as given: an outcome whose parent is missing gets no edge (an orphan) and
    parent links that loop make a cycle; :func:`interviewer.graph.findings.validate` reports both.
    """
    graph = nx.DiGraph(job=session.job.statement, participant=session.participant)
    graph.add_node(
        ROOT,
        kind=JOB_KIND,
        polarity="",
        statement=session.job.statement,
        source_text="",
        turns="",
        confidence=1.0,
        count=1,
        corrected=False,
    )
    for coded in session.outcomes.values():
        outcome = coded.outcome
        graph.add_node(
            coded.id,
            kind=outcome.kind.value,
            polarity=outcome.polarity.value,
            statement=outcome.statement,
            source_text=outcome.source_text,
            turns=coded.turn,
            confidence=round(outcome.confidence, 4),
            count=1,
            corrected=outcome.corrected_by_human,
        )
        if outcome.review:  # set only where true, so trees without any keep their attributes
            graph.nodes[coded.id]["review"] = True
    for coded in session.outcomes.values():
        if coded.parent in graph:
            graph.add_edge(coded.parent, coded.id, direct=1, indirect=0, count=1)
    return graph


def ladders(graph: nx.DiGraph, root: str = ROOT) -> list[list[str]]:
    """Every root-to-leaf path of the tree, without the root: one list of node ids per ladder.

    Nodes not reachable from the root (orphans, cycles) are on no ladder. A child already on the
    current path is skipped, so the walk ends even on a graph that loops.
    """
    return list(_walk_ladders(graph, root))


def _walk_ladders(graph: nx.DiGraph, root: str) -> Iterator[list[str]]:
    if root not in graph:
        return
    succ: Any = graph.succ
    path: list[str] = []
    on_path: set[str] = set()
    # Each stack entry is a node and an iterator over its children, like a recursive walk.
    stack: list[tuple[str, Iterator[str]]] = [(root, iter(succ[root]))]
    on_path.add(root)
    leaf = {root: not succ[root]}
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            on_path.discard(node)
            if node != root:
                if leaf[node]:
                    yield list(path)
                path.pop()
            continue
        if child in on_path:
            continue
        # A node whose children all lie on the path is a leaf of this walk.
        leaf[child] = all(
            grandchild in on_path or grandchild == child for grandchild in succ[child]
        )
        path.append(child)
        on_path.add(child)
        stack.append((child, iter(succ[child])))


def reachable(graph: nx.DiGraph, root: str = ROOT) -> set[str]:
    """The nodes reachable from the root, the root included (empty when there is no root)."""
    if root not in graph:
        return set()
    return {root} | set(nx.descendants(graph, root))
