"""A node of an outcome tree or value map, read once with its kind and polarity typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from interviewer.core.outcome import OutcomeKind, Polarity, badge
from interviewer.graph.tree import JOB_KIND


@dataclass(frozen=True, slots=True)
class OutcomeNode:
    """What the drawings and writers show of a node: the graph keeps scalar attributes (so
    GraphML and GEXF accept it), this view gives them their types.

    ``kind`` and ``polarity`` are None on the job at the root. ``count`` is how many interviews
    mention the node (1 on one interview's tree); ``mentions`` and ``interviews`` are set on
    merged maps only.
    """

    id: str
    statement: str
    is_job: bool
    kind: OutcomeKind | None
    polarity: Polarity | None
    count: int
    mentions: int
    interviews: str
    review: bool

    @property
    def kind_name(self) -> str:
        """``job``, ``functional``, ``emotional`` or ``social``: the node's ``kind`` attribute."""
        return JOB_KIND if self.is_job else self.kind.value if self.kind else ""

    @property
    def polarity_name(self) -> str:
        """``want`` or ``avoid``; ``""`` on the job."""
        return self.polarity.value if self.polarity else ""

    @property
    def badge(self) -> str:
        """``[F+]``, ``[E-]``, ``[S+]`` for outcomes, ``[job]`` for the root."""
        return f"[{JOB_KIND}]" if self.is_job else badge(self.kind, self.polarity)


def outcome_node(graph: nx.DiGraph, node: str) -> OutcomeNode:
    """The typed view of ``node`` of an outcome tree or value map."""
    nodes: Any = graph.nodes
    attrs: dict[str, Any] = nodes[node]
    kind = str(attrs.get("kind", ""))
    return OutcomeNode(
        id=str(node),
        statement=str(attrs.get("statement", "")),
        is_job=kind == JOB_KIND,
        kind=OutcomeKind.named(kind),
        polarity=Polarity.named(str(attrs.get("polarity", ""))),
        count=int(attrs.get("count", 0)),
        mentions=int(attrs.get("mentions", 0)),
        interviews=str(attrs.get("interviews", "")),
        review=bool(attrs.get("review", False)),
    )
