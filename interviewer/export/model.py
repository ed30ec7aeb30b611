"""What every writer reads: one tree or merged map, its quotes, and the interviews behind it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from interviewer.core.errors import UsageError
from interviewer.core.interview import Interview
from interviewer.core.outcome import Outcome
from interviewer.core.session import ROOT, Role, Session, Turn
from interviewer.export.safe_text import clean_interview
from interviewer.graph.codebook import Codebook
from interviewer.graph.findings import Finding, validate
from interviewer.graph.grouping import GROUP_SIMILARITY
from interviewer.graph.node_link import tree_report, value_map_report
from interviewer.graph.tree import outcome_tree
from interviewer.graph.value_map import ValueMap, merge_interviews


@dataclass(frozen=True, slots=True)
class Quote:
    """Where an outcome was said: the answer span, who said it, and what was asked before."""

    interview: str
    outcome: str  # the outcome's id in that interview
    turn: str
    speaker: str
    question: str  # the interviewer's probe the answer replied to ("" when none)
    text: str  # the span of the answer the outcome was read from
    answer: str  # the whole answer
    start: int
    end: int
    confidence: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ExportModel:
    """A tree (one interview) or a hierarchical value map (``merged``), ready to be written.

    ``graph`` is the networkx graph that ``interviewer tree`` shows, ``report`` its
    ``tree --format json`` object; ``code_of`` maps each (interview, outcome id) to its node in
    the graph (merged maps: its code, which may have fallen under the cut-off), and ``quotes``
    lists, per node or code, every place it was said.
    """

    title: str
    subtitle: str
    job: str
    merged: bool
    graph: nx.DiGraph
    report: dict[str, Any]
    interviews: tuple[Interview, ...]
    findings: tuple[Finding, ...]
    code_of: dict[tuple[str, str], str] = field(default_factory=dict)
    quotes: dict[str, tuple[Quote, ...]] = field(default_factory=dict)
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)

    def attrs(self, node: str) -> dict[str, Any]:
        """The attributes of a node of the graph."""
        nodes: Any = self.graph.nodes
        data: dict[str, Any] = nodes[node]
        return data

    def edge_label(self, parent: str, child: str) -> str:
        """The counts shown on a link of a merged map ("3", "3 +1 indirect"); "" on a tree."""
        if not self.merged:
            return ""
        edges: Any = self.graph.edges
        link = edges[parent, child]
        label = str(link.get("direct", 0))
        if link.get("indirect", 0):
            label += f" +{link['indirect']} indirect"
        return label

    def sources(self, node: str) -> list[str]:
        """``interview:turn`` of every quote of a node, in order, each once."""
        return list(dict.fromkeys(f"{q.interview}:{q.turn}" for q in self.quotes.get(node, ())))


def build_model(
    interviews: Sequence[Interview],
    *,
    merge: bool = False,
    cutoff: int | None = None,
    indirect: bool = False,
    threshold: float = GROUP_SIMILARITY,
    codebook: Codebook | None = None,
) -> ExportModel:
    """The export of one interview's tree, or with ``merge`` of several interviews' map."""
    if not interviews:
        raise UsageError("nothing to export")
    safe = tuple(clean_interview(interview) for interview in interviews)
    if merge:
        return _merged(
            merge_interviews(
                safe, threshold=threshold, codebook=codebook, cutoff=cutoff, indirect=indirect
            ),
            safe,
        )
    if len(safe) > 1:
        raise UsageError(
            f"{len(safe)} files given: add --merge to export their merged map "
            "(without it, export one interview's tree at a time)"
        )
    return _tree(safe[0])


def _tree(interview: Interview) -> ExportModel:
    session = interview.session
    graph = outcome_tree(session)
    findings = validate(graph)
    context = _context(session)
    quotes: dict[str, tuple[Quote, ...]] = {
        coded.id: (_quote(interview.name, session, coded.id, context),)
        for coded in session.outcomes.values()
        if _has_quote(coded.outcome)
    }
    who = f" ({session.participant})" if session.participant else ""
    return ExportModel(
        title=session.job.statement,
        subtitle=f"Outcome tree of interview {interview.name}{who}",
        job=session.job.statement,
        merged=False,
        graph=graph,
        report=tree_report(graph, findings, interview.source),
        interviews=(interview,),
        findings=tuple(findings),
        code_of={(interview.name, oid): oid for oid in session.outcomes},
        quotes=quotes,
        codes={
            oid: {
                "kind": attrs["kind"],
                "polarity": attrs["polarity"],
                "statement": attrs["statement"],
            }
            for oid, attrs in graph.nodes(data=True)
            if oid != ROOT
        },
    )


def _merged(value_map: ValueMap, interviews: tuple[Interview, ...]) -> ExportModel:
    sessions = {interview.name: interview.session for interview in interviews}
    contexts = {name: _context(session) for name, session in sessions.items()}
    quotes: dict[str, tuple[Quote, ...]] = {}
    code_of: dict[tuple[str, str], str] = {}
    for group in value_map.groups:
        quotes[group.id] = tuple(
            _quote(m.interview, sessions[m.interview], m.node, contexts[m.interview])
            for m in group.mentions
            if _has_quote(sessions[m.interview].outcomes[m.node].outcome)
        )
        for mention in group.mentions:
            code_of[mention.interview, mention.node] = group.id
    plural = "s" if value_map.interviews != 1 else ""
    counted = "direct + indirect" if value_map.indirect else "direct"
    percent = value_map.represented_percent
    share = f", {percent}% of relations represented" if percent is not None else ""
    return ExportModel(
        title=value_map.job,
        subtitle=(
            f"Hierarchical value map of {value_map.interviews} interview{plural} "
            f"({value_map.matrix.ladders} ladders, cut-off {value_map.cutoff} on {counted} "
            f"counts{share})"
        ),
        job=value_map.job,
        merged=True,
        graph=value_map.graph,
        report=value_map_report(value_map),
        interviews=interviews,
        findings=tuple(value_map.findings),
        code_of=code_of,
        quotes=quotes,
        codes={
            group.id: {"kind": group.kind, "polarity": group.polarity, "statement": group.statement}
            for group in value_map.groups
        },
    )


def _context(session: Session) -> dict[str, tuple[Turn, str]]:
    """Each turn by id, with the text of the interviewer's probe before it ("" when none)."""
    found: dict[str, tuple[Turn, str]] = {}
    question = ""
    for turn in session.turns:
        found.setdefault(turn.id, (turn, question))
        if turn.role is Role.INTERVIEWER:
            question = turn.text
    return found


def _has_quote(outcome: Outcome) -> bool:
    """An outcome added by hand has no quote unless a span of the answer was chosen."""
    start, end = outcome.span
    return not outcome.added_by_human or end > start


def _quote(
    interview: str, session: Session, oid: str, context: dict[str, tuple[Turn, str]]
) -> Quote:
    coded = session.outcomes[oid]
    outcome = coded.outcome
    speaker, question = "", ""
    if coded.turn in context:
        turn, question = context[coded.turn]
        speaker = turn.speaker or session.participant
    start, end = outcome.span
    return Quote(
        interview=interview,
        outcome=oid,
        turn=coded.turn,
        speaker=speaker,
        question=question,
        text=outcome.source_text,
        answer=outcome.text,
        start=start,
        end=end,
        confidence=outcome.confidence,
        evidence=outcome.evidence,
    )
