"""Plain-text drawings of outcome trees and value maps, with their findings listed below."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import networkx as nx

from interviewer.core.outcome import LEGEND as LEGEND  # re-exported: drawings end with it
from interviewer.core.session import ROOT
from interviewer.graph.findings import Finding
from interviewer.graph.nodes import outcome_node
from interviewer.graph.value_map import ValueMap

Label = Callable[[str], str]
EdgeNote = Callable[[str, str], str]


def render_tree(
    graph: nx.DiGraph, findings: Sequence[Finding] = (), *, title: str = "", legend: bool = True
) -> str:
    """One interview's outcome tree, flagged nodes marked, then its findings."""
    flagged: dict[str, list[str]] = {}
    for finding in findings:
        flagged.setdefault(finding.node, []).append(finding.code)

    def label(node: str) -> str:
        view = outcome_node(graph, node)
        if view.is_job:
            return f"{view.statement}  {view.badge}"
        flags = f"  ! {', '.join(flagged[node])}" if node in flagged else ""
        return f"{view.badge} {view.statement}  ({node}){flags}"

    lines = [title] if title else []
    lines += draw(graph, label)
    lines += ["", *_findings(findings)]
    if legend:
        lines += ["", LEGEND]
    return "\n".join(lines)


def render_value_map(value_map: ValueMap, *, legend: bool = True) -> str:
    """A hierarchical value map: its numbers, the map with link counts, then the findings."""
    graph = value_map.graph
    edges: Any = graph.edges
    matrix = value_map.matrix
    counted = "direct + indirect" if value_map.indirect else "direct"
    total = matrix.total(value_map.indirect)
    share = matrix.represented(value_map.cutoff, value_map.indirect)
    if share is None:
        represented = "no relations between codes to represent"
    else:
        kept = int(share * total)
        represented = (
            f"kept links represent {kept} of {total} relations ({value_map.represented_percent}%)"
        )
    plural = "s" if value_map.interviews != 1 else ""
    lines = [
        f"Hierarchical value map of {value_map.interviews} interview{plural} "
        f"({matrix.ladders} ladders, {len(value_map.groups)} codes, "
        f"{graph.number_of_nodes() - 1} in the map)",
        f"cut-off {value_map.cutoff} on {counted} counts (proposed {value_map.proposed_cutoff})"
        f" · {represented}",
        "",
    ]

    codes = {group.id: group.code for group in value_map.groups if group.id != group.code}

    def label(node: str) -> str:
        view = outcome_node(graph, node)
        if view.is_job:
            return f"{view.statement}  {view.badge}"
        people = view.count
        code = f" = {codes[node]}" if codes.get(node) else ""
        return (
            f"{view.badge} {view.statement}  "
            f"({node}{code}: {people} interview{'s' if people != 1 else ''}, "
            f"{view.mentions} mentions)"
        )

    def note(parent: str, node: str) -> str:
        link = edges[parent, node]
        if parent == ROOT:
            return f"  ← begins {link['direct']} ladder{'s' if link['direct'] != 1 else ''}"
        return f"  ← {link['direct']} direct, {link['indirect']} indirect"

    lines += draw(graph, label, note)
    lines += ["", *_findings(value_map.findings)]
    if legend:
        lines += ["", LEGEND]
    return "\n".join(lines)


def draw(graph: nx.DiGraph, label: Label, note: EdgeNote | None = None) -> list[str]:
    """Box-drawing lines of the graph from the job, each node expanded once.

    A node met again (a map node with two parents, or a loop) is shown with "see above" and not
    expanded twice. Nodes the job does not reach follow under "not reached from the job", each
    detached part from its top (or, for a loop, from its first node in the graph's order).
    """
    shown: set[str] = set()
    lines: list[str] = []
    if ROOT in graph:
        lines += _subtree(graph, ROOT, label, note, shown)
    rest = [node for node in graph if node not in shown]
    if rest:
        lines += ["", "not reached from the job:"]
        tops = [node for node in rest if not graph.in_degree(node)]
        for top in [*tops, *rest]:
            if top not in shown:
                lines += _subtree(graph, top, label, note, shown)
    return lines


def _subtree(
    graph: nx.DiGraph, top: str, label: Label, note: EdgeNote | None, shown: set[str]
) -> list[str]:
    succ: Any = graph.succ
    lines = [label(top)]
    shown.add(top)
    stack: list[tuple[str, str, bool, str]] = []

    def push(node: str, prefix: str) -> None:
        children = list(succ[node])
        for position in range(len(children) - 1, -1, -1):
            stack.append((children[position], prefix, position == len(children) - 1, node))

    push(top, "")
    while stack:
        node, prefix, last, parent = stack.pop()
        branch = "└── " if last else "├── "
        extra = note(parent, node) if note is not None else ""
        if node in shown:
            lines.append(f"{prefix}{branch}{label(node)}{extra}  ↑ see above")
            continue
        shown.add(node)
        lines.append(f"{prefix}{branch}{label(node)}{extra}")
        push(node, prefix + ("    " if last else "│   "))
    return lines


def _findings(findings: Sequence[Finding]) -> list[str]:
    if not findings:
        return ["No findings."]
    lines = [f"Findings ({len(findings)}):"]
    for finding in findings:
        where = f"{finding.interview} {finding.node}" if finding.interview else finding.node
        lines.append(f"  [{finding.code}] {where}: {finding.message}")
        if finding.suggestion:
            lines.append(f"      → {finding.suggestion}")
    return lines
