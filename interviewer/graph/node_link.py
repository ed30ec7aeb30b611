"""Trees and value maps as JSON-ready node-link data (networkx, ``edges="edges"``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from interviewer.graph.findings import Finding
from interviewer.graph.value_map import ValueMap


def tree_to_dict(graph: nx.DiGraph) -> dict[str, Any]:
    """Node-link data of a tree or map: ``directed``, ``graph``, ``nodes`` and ``edges``."""
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return data


def tree_from_dict(data: dict[str, Any]) -> nx.DiGraph:
    """The graph of :func:`tree_to_dict` data (the extra report keys are ignored)."""
    graph: nx.DiGraph = nx.node_link_graph(data, directed=True, multigraph=False, edges="edges")
    return graph


def tree_report(graph: nx.DiGraph, findings: Sequence[Finding], source: str = "") -> dict[str, Any]:
    """The ``tree --format json`` object of one interview: node-link data plus findings."""
    data = tree_to_dict(graph)
    if source:
        data["source"] = source
    data["findings"] = [finding.to_dict() for finding in findings]
    return data


def value_map_report(value_map: ValueMap) -> dict[str, Any]:
    """The ``tree --merge --format json`` object: node-link data, matrix and the cut-off."""
    data = tree_to_dict(value_map.graph)
    matrix = value_map.matrix
    kept = matrix.kept(value_map.cutoff, value_map.indirect)
    data["implication_matrix"] = [
        {
            "from": link.source,
            "to": link.target,
            "direct": link.direct,
            "indirect": link.indirect,
            "interviews": link.interviews,
            "kept": (link.source, link.target) in kept,
        }
        for link in matrix.links(value_map.order)
    ]
    data["codes"] = [
        {
            "id": group.id,
            "kind": group.kind,
            "polarity": group.polarity,
            "statement": group.statement,
            "count": len(group.interviews),
            "mentions": len(group.mentions),
            "in_map": group.id in value_map.graph,
        }
        for group in value_map.groups
    ]
    data["ladders"] = matrix.ladders
    data["cutoff"] = value_map.cutoff
    data["proposed_cutoff"] = value_map.proposed_cutoff
    data["indirect"] = value_map.indirect
    data["represented_percent"] = value_map.represented_percent
    data["findings"] = [finding.to_dict() for finding in value_map.findings]
    return data
