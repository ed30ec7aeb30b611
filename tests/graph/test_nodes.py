"""The typed view of a tree's or map's node: the job apart, kinds and polarities as enums."""

from __future__ import annotations

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.core.session import ROOT
from interviewer.graph.nodes import outcome_node
from interviewer.graph.tree import outcome_tree
from interviewer.graph.value_map import merge_interviews

from ..conftest import E, F, interview, laddered


def test_a_tree_node_and_the_job() -> None:
    tree = outcome_tree(
        laddered([(F, "I have lost 10 pounds"), (E, "I am not anxious", Polarity.AVOID)])
    )
    job = outcome_node(tree, ROOT)
    assert (job.is_job, job.kind, job.polarity, job.badge) == (True, None, None, "[job]")
    assert (job.kind_name, job.polarity_name, job.statement) == ("job", "", "lose weight")
    feeling = outcome_node(tree, "o2")
    assert feeling.kind is OutcomeKind.EMOTIONAL and feeling.polarity is Polarity.AVOID
    assert (feeling.badge, feeling.kind_name, feeling.polarity_name) == (
        "[E-]",
        "emotional",
        "avoid",
    )
    assert (feeling.statement, feeling.count, feeling.review) == ("I am not anxious", 1, False)


def test_a_map_node_counts_interviews_and_mentions() -> None:
    ladder = [(F, "I have lost 10 pounds")]
    merged = merge_interviews([interview("a", ladder), interview("b", ladder, ladder)], cutoff=1)
    [code] = [node for node in merged.graph if node != ROOT]
    view = outcome_node(merged.graph, code)
    assert (view.kind, view.count, view.mentions, view.interviews) == (
        OutcomeKind.FUNCTIONAL,
        2,
        3,
        "a,b",
    )
