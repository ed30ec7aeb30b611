"""Text drawings: deterministic, kinds and polarities marked, counts on maps, findings below."""

from __future__ import annotations

from dataclasses import replace

import networkx as nx

from interviewer.core.outcome import Polarity
from interviewer.graph.findings import validate
from interviewer.graph.render import draw, render_tree, render_value_map
from interviewer.graph.tree import outcome_tree
from interviewer.graph.value_map import merge_interviews

from ..conftest import E, F, S, interview, laddered


def test_a_tree_with_a_finding() -> None:
    s = laddered(
        [(F, "I have lost 10 pounds"), (E, "I feel confident"), (S, "Others see me as fit")],
        [(F, "I am able to fit into my old jeans")],
        [(E, "I don't have to worry about my health", Polarity.AVOID)],
    )
    tree = outcome_tree(s)
    assert render_tree(tree, validate(tree), title="Outcome tree of p1.yaml") == "\n".join(
        [
            "Outcome tree of p1.yaml",
            "lose weight  [job]",
            "├── [F+] I have lost 10 pounds  (o1)",
            "│   └── [E+] I feel confident  (o2)",
            "│       └── [S+] Others see me as fit  (o3)",
            "├── [F+] I am able to fit into my old jeans  (o4)",
            "└── [E-] I don't have to worry about my health  (o5)  ! no-functional-basis",
            "",
            "Findings (1):",
            "  [no-functional-basis] o5: emotional outcome o5 "
            '("I don\'t have to worry about my health") has no functional outcome below it',
            "      → What would have to happen so that you don't have to worry about your health?",
            "",
            "F functional · E emotional · S social · + want · - avoid",
        ]
    )


def test_detached_parts_are_drawn_after_the_tree() -> None:
    s = laddered([(F, "I have lost 10 pounds"), (E, "I feel confident"), (S, "Others see me")])
    s.outcomes["o2"] = replace(s.outcomes["o2"], parent="o3")  # o2 ⇄ o3
    lines = render_tree(outcome_tree(s), legend=False).splitlines()
    assert lines[:6] == [
        "lose weight  [job]",
        "└── [F+] I have lost 10 pounds  (o1)",
        "",
        "not reached from the job:",
        "[E+] I feel confident  (o2)",
        "└── [S+] Others see me  (o3)",
    ]
    assert lines[6] == "    └── [E+] I feel confident  (o2)  ↑ see above"


def test_a_node_with_two_parents_is_expanded_once() -> None:
    graph = nx.DiGraph([("job", "a"), ("job", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    assert draw(graph, str) == [
        "job",
        "├── a",
        "│   └── c",
        "│       └── d",
        "└── b",
        "    └── c  ↑ see above",
    ]


def test_a_merged_map_shows_counts_and_the_cutoff() -> None:
    a, b = (F, "I have lost 10 pounds"), (E, "I feel confident")
    merged = merge_interviews(
        [interview("p1", [a, b]), interview("p2", [a, b]), interview("p3", [a])]
    )
    assert render_value_map(merged, legend=False).splitlines() == [
        "Hierarchical value map of 3 interviews (3 ladders, 2 codes, 2 in the map)",
        "cut-off 2 on direct counts (proposed 2) · kept links represent 2 of 2 relations (100.0%)",
        "",
        "lose weight  [job]",
        "└── [F+] I have lost 10 pounds  (c1 = functional/want/lose-pound: 3 interviews, "
        "3 mentions)  ← begins 3 ladders",
        "    └── [E+] I feel confident  (c2 = emotional/want/confident: 2 interviews, "
        "2 mentions)  ← 2 direct, 0 indirect",
        "",
        "No findings.",
    ]


def test_rendering_is_deterministic() -> None:
    def build() -> str:
        merged = merge_interviews(
            [
                interview("p1", [(F, "A result"), (E, "I feel calm")], [(F, "Another result")]),
                interview("p2", [(F, "Another result"), (E, "I feel calm")]),
            ],
            cutoff=1,
        )
        return render_value_map(merged)

    assert build() == build()
