"""Hierarchical value maps: many interviews of one job merged into coded, counted links."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import networkx as nx

from interviewer.core.errors import ExitStatus, InterviewerError
from interviewer.core.interview import Interview
from interviewer.core.session import ROOT
from interviewer.graph.codebook import Codebook
from interviewer.graph.concepts import content_code
from interviewer.graph.findings import Finding, validate
from interviewer.graph.grouping import GROUP_SIMILARITY, CodeGroup, Mention, group_mentions
from interviewer.graph.implication import ImplicationMatrix
from interviewer.graph.statements import normalise
from interviewer.graph.tree import JOB_KIND, ladders, outcome_tree

UNNAMED_JOB = "(the job is not named in the inputs)"


class MergeError(InterviewerError):
    """Inputs that cannot be merged into one map (different jobs, one interview twice)."""

    exit_status = ExitStatus.USAGE
    title = "cannot merge"


@dataclass
class ValueMap:
    """The hierarchical value map of one job, with the numbers behind it."""

    graph: nx.DiGraph
    matrix: ImplicationMatrix
    groups: list[CodeGroup]
    job: str
    interviews: int
    cutoff: int
    proposed_cutoff: int
    indirect: bool
    findings: list[Finding]

    @property
    def represented_percent(self) -> float | None:
        """The share of all relations (in %) the kept links represent; None without relations."""
        return self.matrix.represented_percent(self.cutoff, self.indirect)

    @property
    def order(self) -> list[str]:
        """Code ids in the order they were found (codebook codes first)."""
        return [group.id for group in self.groups]


def merge_interviews(
    interviews: Sequence[Interview],
    *,
    threshold: float = GROUP_SIMILARITY,
    codebook: Codebook | None = None,
    cutoff: int | None = None,
    indirect: bool = False,
) -> ValueMap:
    """Merge the outcome trees of several interviews of one job into a hierarchical value map.

    Every root-to-leaf path of each interview's tree is a ladder; its outcomes are grouped into
    codes (:func:`interviewer.graph.grouping.group_mentions`), the ladders are counted into the
    implication matrix (:mod:`interviewer.graph.implication`, which states the conventions), and
    the links whose count reaches the cut-off (default: the proposed one) make the map.

    The map's root ``"job"`` links to the codes that begin ladders, with the number of such
    ladders as ``direct``; those links obey the same cut-off. Only codes on a kept link are in the
    map. Node attributes: ``kind``, ``polarity``, ``statement`` (the code's label or most frequent
    wording), ``count`` (how many interviews mention it), ``mentions`` (how many outcomes it
    groups; on the root, the number of ladders), ``interviews`` and ``outcomes`` (comma-joined
    names and ``interview:id``). Edge attributes: ``direct``, ``indirect`` and ``count`` (how many
    interviews have the relation).

    Raises :class:`MergeError` when the interviews are about different jobs (coded files without
    a job take the job of the others) or two of them share a name.
    """
    if not interviews:
        raise ValueError("nothing to merge")
    if cutoff is not None and cutoff < 1:
        raise ValueError(f"the cut-off must be at least 1, got {cutoff}")
    job = _common_job(interviews)
    findings: list[Finding] = []
    mentions: list[Mention] = []
    paths: list[tuple[str, list[str]]] = []
    for interview in interviews:
        tree = outcome_tree(interview.session)
        findings.extend(replace(f, interview=interview.name) for f in validate(tree))
        found = ladders(tree)
        paths.extend((interview.name, ladder) for ladder in found)
        mentions.extend(_mentions(interview, tree, {node for ladder in found for node in ladder}))
    grouping = group_mentions(mentions, threshold=threshold, codebook=codebook)
    findings.extend(grouping.findings)
    matrix = ImplicationMatrix.from_ladders(
        (name, [grouping.code_of[name, node] for node in ladder]) for name, ladder in paths
    )
    proposed = matrix.proposed_cutoff(indirect)
    used = cutoff if cutoff is not None else proposed
    graph = _map_graph(job, len(interviews), grouping.groups, matrix, used, indirect)
    return ValueMap(
        graph, matrix, grouping.groups, job, len(interviews), used, proposed, indirect, findings
    )


def _mentions(interview: Interview, tree: nx.DiGraph, on_ladders: set[str]) -> list[Mention]:
    """The outcomes of one interview's tree that are on a ladder, in tree order, each with its
    content code (the file's, else the one computed from kind, polarity and statement)."""
    nodes = tree.nodes
    outcomes = interview.session.outcomes
    found: list[Mention] = []
    for node in tree:
        if node not in on_ladders:
            continue
        kind, polarity, statement = (nodes[node][key] for key in ("kind", "polarity", "statement"))
        code = outcomes[node].code or content_code(kind, polarity, statement)
        found.append(Mention(interview.name, node, kind, polarity, statement, code))
    return found


def _common_job(interviews: Sequence[Interview]) -> str:
    names: dict[str, Interview] = {}
    for interview in interviews:
        earlier = names.setdefault(interview.name, interview)
        if earlier is not interview:
            raise MergeError(
                f"two inputs are both named {interview.name!r} "
                f"({earlier.source or earlier.name}, {interview.source or interview.name}); "
                "merge each interview once, under a name of its own"
            )
    known = [interview for interview in interviews if interview.job_given]
    if not known:
        return UNNAMED_JOB
    first = known[0]
    for other in known[1:]:
        if normalise(other.session.job.statement) != normalise(first.session.job.statement):
            raise MergeError(
                "cannot merge interviews of different jobs: "
                f"{first.source or first.name} is about {first.session.job.statement!r}, "
                f"{other.source or other.name} about {other.session.job.statement!r}; "
                "merge the interviews of one job at a time"
            )
    return first.session.job.statement


def _map_graph(
    job: str,
    interviews: int,
    groups: list[CodeGroup],
    matrix: ImplicationMatrix,
    cutoff: int,
    indirect: bool,
) -> nx.DiGraph:
    rank = {group.id: position for position, group in enumerate(groups)}
    kept = sorted(
        matrix.kept(cutoff, indirect),
        key=lambda pair: (
            rank[pair[0]],
            -matrix.cells[pair].counted(indirect),
            rank[pair[1]],
        ),
    )
    starts = sorted(
        (code for code, cell in matrix.starts.items() if cell.direct >= cutoff),
        key=lambda code: (-matrix.starts[code].direct, rank[code]),
    )
    in_map = set(starts) | {code for pair in kept for code in pair}
    graph = nx.DiGraph(
        job=job, interviews=interviews, ladders=matrix.ladders, cutoff=cutoff, indirect=indirect
    )
    percent = matrix.represented_percent(cutoff, indirect)
    if percent is not None:
        graph.graph["represented_percent"] = percent
    graph.add_node(
        ROOT,
        kind=JOB_KIND,
        polarity="",
        statement=job,
        count=interviews,
        mentions=matrix.ladders,
        interviews="",
        outcomes="",
    )
    for group in groups:
        if group.id in in_map:
            graph.add_node(
                group.id,
                kind=group.kind,
                polarity=group.polarity,
                statement=group.statement,
                count=len(group.interviews),
                mentions=len(group.mentions),
                interviews=",".join(group.interviews),
                outcomes=",".join(f"{m.interview}:{m.node}" for m in group.mentions),
            )
    for code in starts:
        cell = matrix.starts[code]
        graph.add_edge(ROOT, code, direct=cell.direct, indirect=0, count=len(cell.interviews))
    for pair in kept:
        cell = matrix.cells[pair]
        graph.add_edge(
            *pair, direct=cell.direct, indirect=cell.indirect, count=len(cell.interviews)
        )
    return graph
