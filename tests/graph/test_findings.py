"""Findings on outcome trees: precise messages, ladder-down probes, and never an exception."""

from __future__ import annotations

from dataclasses import replace

import networkx as nx
import pytest

from interviewer.core.outcome import Polarity
from interviewer.core.session import ROOT, Session
from interviewer.graph.findings import Finding, validate
from interviewer.graph.tree import outcome_tree

from ..conftest import E, F, S, laddered


def reparented(s: Session, **parents: str) -> Session:
    """The session with some parent links rewritten (as a hand-edited file could have them)."""
    for oid, parent in parents.items():
        s.outcomes[oid] = replace(s.outcomes[oid], parent=parent)
    return s


JEANS = (F, "I am able to fit into my old jeans")
CONFIDENT = (E, "I feel confident")


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        # a feeling on a functional outcome: nothing to say
        (laddered([JEANS, CONFIDENT]), []),
        # a feeling right under the job: ladder down, with the probe in the second person
        (
            laddered([CONFIDENT]),
            [
                Finding(
                    "no-functional-basis",
                    "o1",
                    "emotional outcome o1 ('I feel confident') has no functional outcome below it",
                    "What would have to happen so that you feel confident?",
                )
            ],
        ),
        # social outcome, avoid polarity, climbing from another feeling: still no functional basis
        (
            laddered([CONFIDENT, (S, "I am not seen as lazy", Polarity.AVOID)]),
            [
                Finding(
                    "no-functional-basis",
                    "o1",
                    "emotional outcome o1 ('I feel confident') has no functional outcome below it",
                    "What would have to happen so that you feel confident?",
                ),
                Finding(
                    "no-functional-basis",
                    "o2",
                    "social outcome o2 ('I am not seen as lazy') "
                    "has no functional outcome below it",
                    "What would have to happen so that you are not seen as lazy?",
                ),
            ],
        ),
        # the same feeling again further up the ladder ("really" is a function word)
        (
            laddered(
                [JEANS, CONFIDENT, (S, "Others see me as fit"), (E, "I feel really confident")]
            ),
            [
                Finding(
                    "duplicate-in-ladder",
                    "o4",
                    "o4 repeats o2 in the same ladder "
                    "('I feel really confident' ~ 'I feel confident', similarity 1.00)",
                    "merge o4 into o2: the ladder ended when the answer repeated itself",
                )
            ],
        ),
        # same words, opposite polarity: not a repeat
        (laddered([JEANS, CONFIDENT, (E, "I feel confident", Polarity.AVOID)]), []),
        # the same feeling in two different ladders: not a repeat
        (laddered([JEANS, CONFIDENT], [(F, "I have lost 10 pounds"), CONFIDENT]), []),
        # o1 and o2 point at each other: one cycle, named at its first node; o3 hangs on it
        (
            reparented(laddered([JEANS, CONFIDENT, (S, "Others see me as fit")]), o1="o2"),
            [
                Finding(
                    "cycle",
                    "o1",
                    "outcome tree has a cycle at o1: o1 → o2 → o1",
                    "re-attach one outcome of the loop under the job or under a functional outcome",
                )
            ],
        ),
        # an outcome whose own parent is itself
        (
            reparented(laddered([JEANS]), o1="o1"),
            [
                Finding(
                    "cycle",
                    "o1",
                    "outcome tree has a cycle at o1: o1 → o1",
                    "re-attach one outcome of the loop under the job or under a functional outcome",
                )
            ],
        ),
        # a missing parent cuts o2 (and o3 under it) off the job
        (
            reparented(laddered([JEANS, CONFIDENT, (S, "Others see me as fit")]), o2="o99"),
            [
                Finding(
                    "orphan",
                    "o2",
                    "o2 is not reachable from the job; 1 outcome is cut off below it",
                    "attach o2 under the outcome it was laddered from, or under the job",
                )
            ],
        ),
    ],
)
def test_findings(s: Session, expected: list[Finding]) -> None:
    assert validate(outcome_tree(s)) == expected


@pytest.mark.parametrize(
    "graph",
    [
        nx.DiGraph(),  # nothing at all
        nx.DiGraph([("a", "b"), ("b", "a")]),  # no root, only a loop
        nx.DiGraph([(ROOT, "a")]),  # nodes without any attributes
    ],
)
def test_validation_never_raises(graph: nx.DiGraph) -> None:
    assert isinstance(validate(graph), list)


def test_findings_on_a_graph_without_a_root_name_every_detached_part() -> None:
    graph = nx.DiGraph([("a", "b"), ("c", "d"), ("d", "c")])
    assert [(f.code, f.node) for f in validate(graph)] == [("cycle", "c"), ("orphan", "a")]


def test_a_finding_is_plain_data() -> None:
    finding = Finding("orphan", "o2", "m", "s")
    assert finding.to_dict() == {
        "code": "orphan",
        "node": "o2",
        "message": "m",
        "suggestion": "s",
        "interview": "",
    }
