"""A tree or map as an outline from the job: each node expanded once, repeats marked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from interviewer.core.session import ROOT


@dataclass
class Entry:
    """A node in the outline: ``repeat`` when it was already shown (not expanded again)."""

    node: str
    parent: str | None
    repeat: bool = False
    children: list[Entry] = field(default_factory=list)


def outline(graph: nx.DiGraph) -> list[Entry]:
    """The outline's top entries: the job, then each part the job does not reach.

    Children follow the graph's order. A node met again (a map node with two parents, or a loop)
    is an entry with ``repeat=True`` and no children, as in ``interviewer tree``.
    """
    succ: Any = graph.succ
    shown: set[str] = set()
    tops: list[Entry] = []
    rest = [node for node in graph if node != ROOT]
    starts = [ROOT] if ROOT in graph else []
    starts += [node for node in rest if not graph.in_degree(node)] + rest
    for start in starts:
        if start in shown:
            continue
        top = Entry(start, None)
        tops.append(top)
        stack = [top]
        while stack:
            entry = stack.pop()
            if entry.node in shown:
                entry.repeat = True
                continue
            shown.add(entry.node)
            entry.children = [Entry(child, entry.node) for child in succ[entry.node]]
            stack.extend(reversed(entry.children))
    return tops


def walk(entries: list[Entry], depth: int = 0) -> list[tuple[int, Entry]]:
    """The entries in reading order (depth first), each with its depth."""
    out: list[tuple[int, Entry]] = []
    stack = [(depth, entry) for entry in reversed(entries)]
    while stack:
        level, entry = stack.pop()
        out.append((level, entry))
        stack.extend((level + 1, child) for child in reversed(entry.children))
    return out
