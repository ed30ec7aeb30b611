"""Checks on an outcome tree: cycles, orphans, feelings with no functional basis, repeats."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from interviewer.core.outcome import OutcomeKind
from interviewer.core.session import ROOT
from interviewer.core.text import second_person
from interviewer.graph.statements import StatementKey
from interviewer.graph.tree import JOB_KIND, reachable

DUPLICATE_SIMILARITY = 0.8  # content-word overlap at which two outcomes of a ladder say the same

CYCLE = "cycle"
ORPHAN = "orphan"
NO_FUNCTIONAL_BASIS = "no-functional-basis"
DUPLICATE_IN_LADDER = "duplicate-in-ladder"
UNUSED_CODE = "unused-code"  # a code-mapping entry that matched no outcome (merged maps)


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a researcher should look at in a tree; never an error."""

    code: str
    node: str
    message: str
    suggestion: str = ""
    interview: str = ""  # set on the findings of a merged map: which interview it belongs to

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def ladder_down_probe(statement: str) -> str:
    """The probe that asks for the functional outcome under an emotional or social one."""
    return f"What would have to happen so that {second_person(statement)}?"


def validate(
    graph: nx.DiGraph, *, root: str = ROOT, duplicate_similarity: float = DUPLICATE_SIMILARITY
) -> list[Finding]:
    """Findings on an outcome tree, in a stable order; never raises.

    - ``cycle``: parent links that loop ("outcome tree has a cycle at o4: o4 → o5 → o4"), named
      at the first node of the loop in the graph's node order;
    - ``orphan``: the top node of each part that hangs under nothing reachable from the root;
    - ``no-functional-basis``: an emotional or social outcome with no functional outcome between
      it and the job, with the ladder-down probe to ask;
    - ``duplicate-in-ladder``: an outcome of the same kind and polarity as one above it on the
      same root-to-leaf path, with content-word similarity of at least ``duplicate_similarity``.

    Each node reachable from the root is checked along the first path that reaches it (on a tree,
    its only path), so the work is linear in nodes times ladder depth.
    """
    order = {node: index for index, node in enumerate(graph)}
    loops = _loops(graph, order)
    findings = [_cycle(graph, loop, order) for loop in loops]
    in_loops = set().union(*loops)
    seen = reachable(graph, root)
    for node in graph:
        if node in seen or node in in_loops or graph.in_degree(node):
            continue
        below = len(nx.descendants(graph, node))
        cut = ""
        if below:
            cut = f"; {below} outcome{' is' if below == 1 else 's are'} cut off below it"
        findings.append(
            Finding(
                ORPHAN,
                str(node),
                f"{node} is not reachable from the job{cut}",
                f"attach {node} under the outcome it was laddered from, or under the job",
            )
        )
    findings.extend(_walk(graph, root, duplicate_similarity))
    return findings


def _loops(graph: nx.DiGraph, order: dict[str, int]) -> list[set[str]]:
    """The strongly connected parts that loop, ordered by their first node."""
    loops = [
        set(component)
        for component in nx.strongly_connected_components(graph)
        if len(component) > 1 or any(graph.has_edge(node, node) for node in component)
    ]
    return sorted(loops, key=lambda nodes: min(order[n] for n in nodes))


def _cycle(graph: nx.DiGraph, component: set[str], order: dict[str, int]) -> Finding:
    start = min(component, key=order.__getitem__)
    edges = nx.find_cycle(graph.subgraph(component), source=start)
    loop = " → ".join([str(start), *(str(target) for _, target in edges)])
    return Finding(
        CYCLE,
        str(start),
        f"outcome tree has a cycle at {start}: {loop}",
        "re-attach one outcome of the loop under the job or under a functional outcome",
    )


def _walk(graph: nx.DiGraph, root: str, threshold: float) -> Iterator[Finding]:
    if root not in graph:
        return
    nodes: Any = graph.nodes
    succ: Any = graph.succ
    keys: dict[str, StatementKey] = {}
    visited = {root}
    # Each stack entry: node, the outcomes above it (nearest last), whether one is functional.
    stack: list[tuple[str, tuple[str, ...], bool]] = [(root, (), False)]
    pending: list[Finding] = []
    while stack:
        node, above, functional_below = stack.pop()
        attrs = nodes[node]
        kind = attrs.get("kind", "")
        if node != root and kind != JOB_KIND:
            keys[node] = StatementKey.of(str(attrs.get("statement", "")))
            if kind in (OutcomeKind.EMOTIONAL, OutcomeKind.SOCIAL) and not functional_below:
                pending.append(_no_basis(str(node), kind, str(attrs.get("statement", ""))))
            repeat = _repeated(nodes, keys, node, above, threshold)
            if repeat is not None:
                pending.append(repeat)
            above = (*above, node)
            functional_below = functional_below or kind == OutcomeKind.FUNCTIONAL
        for child in reversed(list(succ[node])):
            if child not in visited:
                visited.add(child)
                stack.append((child, above, functional_below))
    yield from pending


def _no_basis(node: str, kind: str, statement: str) -> Finding:
    return Finding(
        NO_FUNCTIONAL_BASIS,
        node,
        f"{kind} outcome {node} ({statement!r}) has no functional outcome below it",
        ladder_down_probe(statement),
    )


def _repeated(
    nodes: Any, keys: dict[str, StatementKey], node: str, above: tuple[str, ...], threshold: float
) -> Finding | None:
    attrs = nodes[node]
    for earlier in reversed(above):
        other = nodes[earlier]
        if other.get("kind") != attrs.get("kind") or other.get("polarity") != attrs.get("polarity"):
            continue
        score = keys[node].similarity(keys[earlier])
        if score >= threshold:
            return Finding(
                DUPLICATE_IN_LADDER,
                str(node),
                f"{node} repeats {earlier} in the same ladder "
                f"({attrs.get('statement')!r} ~ {other.get('statement')!r}, "
                f"similarity {score:.2f})",
                f"merge {node} into {earlier}: the ladder ended when the answer repeated itself",
            )
    return None
