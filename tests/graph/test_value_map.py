"""Merging interviews: the implication matrix, the cut-off and the map, checked by hand."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.session import ROOT
from interviewer.graph.grouping import Mention, group_mentions
from interviewer.graph.implication import ImplicationMatrix
from interviewer.graph.value_map import UNNAMED_JOB, MergeError, ValueMap, merge_interviews
from interviewer.io.codebook import parse_codebook

from ..conftest import E, F, S, interview

# The codes of the hand-computed study (job: lose weight).
A = (F, "I have lost 10 pounds")
B = (E, "I feel confident")
C = (S, "Others see me as disciplined")
D = (F, "I am able to fit into my old jeans")
LETTER = {statement: letter for letter, (_, statement) in zip("ABCD", (A, B, C, D), strict=True)}

# Three interviews, four ladders:
#   p1: A → B → C   and   D → B
#   p2: A → C
#   p3: D → B → C
# Direct (the second code right after the first in a ladder):
#   A→B 1 (p1)   B→C 2 (p1, p3)   D→B 2 (p1, p3)   A→C 1 (p2)          sum 6
# Indirect (the second later in the ladder, not adjacent):
#   A→C 1 (p1: A B C)   D→C 1 (p3: D B C)                              sum 2
# Ladders begin with A twice (p1, p2) and with D twice (p1, p3).
STUDY = [
    interview("p1", [A, B, C], [D, B]),
    interview("p2", [A, C]),
    interview("p3", [D, B, C]),
]
DIRECT = {("A", "B"): 1, ("B", "C"): 2, ("D", "B"): 2, ("A", "C"): 1}
INDIRECT = {("A", "C"): 1, ("D", "C"): 1}


def lettered(value_map: ValueMap) -> dict[str, str]:
    """Code id -> the study's letter, through the code's statement."""
    return {group.id: LETTER[group.statement] for group in value_map.groups}


def test_the_matrix_holds_the_hand_computed_counts() -> None:
    merged = merge_interviews(STUDY, cutoff=1)
    letter = lettered(merged)
    assert len(merged.groups) == 4
    assert merged.matrix.ladders == 4
    direct = {
        (letter[a], letter[b]): cell.direct
        for (a, b), cell in merged.matrix.cells.items()
        if cell.direct
    }
    indirect = {
        (letter[a], letter[b]): cell.indirect
        for (a, b), cell in merged.matrix.cells.items()
        if cell.indirect
    }
    assert direct == DIRECT
    assert indirect == INDIRECT
    starts = {letter[code]: cell.direct for code, cell in merged.matrix.starts.items()}
    assert starts == {"A": 2, "D": 2}
    assert merged.matrix.total() == 6
    assert merged.matrix.total(indirect=True) == 8


@pytest.mark.parametrize(
    ("cutoff", "indirect", "links", "percent"),
    [
        # every direct cell counts at least once: 6 of 6 relations
        (1, False, {("A", "B"), ("B", "C"), ("D", "B"), ("A", "C")}, 100.0),
        # only B→C and D→B were said twice: 4 of 6 = 66.7 %
        (2, False, {("B", "C"), ("D", "B")}, 66.7),
        # nothing was said three times
        (3, False, set(), 0.0),
        # direct + indirect: A→C counts 1 + 1 = 2, so it joins B→C and D→B: 6 of 8 = 75 %
        (2, True, {("B", "C"), ("D", "B"), ("A", "C")}, 75.0),
        # direct + indirect at 1 keeps the indirect-only D→C too: 8 of 8
        (1, True, {("A", "B"), ("B", "C"), ("D", "B"), ("A", "C"), ("D", "C")}, 100.0),
    ],
)
def test_the_cutoff_keeps_exactly_the_expected_links(
    cutoff: int, indirect: bool, links: set[tuple[str, str]], percent: float
) -> None:
    merged = merge_interviews(STUDY, cutoff=cutoff, indirect=indirect)
    letter = lettered(merged)
    kept = {(letter[a], letter[b]) for a, b in merged.graph.edges if a != ROOT}
    assert kept == links
    assert merged.represented_percent == percent


def test_the_share_represented_is_exact() -> None:
    matrix = merge_interviews(STUDY).matrix
    assert matrix.represented(2) == Fraction(4, 6)
    assert matrix.represented(2, indirect=True) == Fraction(6, 8)


@pytest.mark.parametrize(
    ("indirect", "proposed"),
    [
        # direct: 2 keeps 4 of 6 = exactly two thirds, 3 keeps nothing -> 2
        (False, 2),
        # direct + indirect: 2 keeps 6 of 8 = 75 %, 3 keeps nothing -> 2
        (True, 2),
    ],
)
def test_the_proposed_cutoff_is_the_largest_that_keeps_two_thirds(
    indirect: bool, proposed: int
) -> None:
    merged = merge_interviews(STUDY, indirect=indirect)
    assert merged.proposed_cutoff == proposed
    assert merged.cutoff == proposed  # used when no cut-off is given


def test_the_map_at_the_proposed_cutoff() -> None:
    merged = merge_interviews(STUDY)
    letter = lettered(merged)
    graph = merged.graph
    edges = {
        (letter.get(a, a), letter[b]): (attrs["direct"], attrs["indirect"], attrs["count"])
        for a, b, attrs in graph.edges(data=True)
    }
    # job→A and job→D: each begins 2 ladders (in 2 interviews); D→B and B→C: 2 direct each.
    assert edges == {
        ("job", "A"): (2, 0, 2),
        ("job", "D"): (2, 0, 2),
        ("D", "B"): (2, 0, 2),
        ("B", "C"): (2, 0, 2),
    }
    b = next(code for code, name in letter.items() if name == "B")
    assert graph.nodes[b] == {
        "kind": "emotional",
        "polarity": "want",
        "statement": "I feel confident",
        "count": 2,  # interviews: p1 and p3
        "mentions": 3,  # outcomes: p1 says it in both of its ladders
        "interviews": "p1,p3",
        "outcomes": "p1:o2,p1:o5,p3:o2",
    }
    assert graph.nodes[ROOT]["count"] == 3
    assert graph.nodes[ROOT]["mentions"] == 4  # ladders
    assert graph.graph["represented_percent"] == 66.7


@pytest.mark.parametrize(
    ("codes", "direct", "indirect"),
    [
        # adjacent pairs are direct, the rest indirect
        ("ABC", {"AB": 1, "BC": 1}, {"AC": 1}),
        # a longer ladder: three direct, three indirect
        ("ABCD", {"AB": 1, "BC": 1, "CD": 1}, {"AC": 1, "AD": 1, "BD": 1}),
        # a repeat inside a ladder: A→B adjacent twice and also non-adjacent, counted once as direct
        ("ABAB", {"AB": 1, "BA": 1}, {}),
        # a code following itself is no relation; A→B is adjacent, so direct and not indirect
        ("AAB", {"AB": 1}, {}),
        # a ladder of one code has no relation
        ("A", {}, {}),
    ],
)
def test_each_ladder_adds_at_most_one_to_a_cell(
    codes: str, direct: dict[str, int], indirect: dict[str, int]
) -> None:
    matrix = ImplicationMatrix.from_ladders([("p1", list(codes))])
    assert {a + b: c.direct for (a, b), c in matrix.cells.items() if c.direct} == direct
    assert {a + b: c.indirect for (a, b), c in matrix.cells.items() if c.indirect} == indirect
    assert matrix.starts["A"].direct == 1


def test_no_relations_means_no_share() -> None:
    merged = merge_interviews([interview("p1", [A], [D])])
    assert merged.represented_percent is None
    assert set(merged.graph.successors(ROOT)) == {group.id for group in merged.groups}


@pytest.mark.parametrize(
    ("statements", "groups"),
    [
        # "really" is a function word: the same content, one code
        (["I feel really confident", "I feel confident"], [[0, 1]]),
        # {lost, 10, pounds} vs {lost, ten, pounds}: 2 of 4 words = 0.5 < 0.6, two codes
        (["I have lost 10 pounds", "I've lost ten pounds"], [[0], [1]]),
        # {able, fit, old, jeans} vs {able, fit, jeans}: 3 of 4 = 0.75, one code
        (["I am able to fit into my old jeans", "I am able to fit into my jeans"], [[0, 1]]),
        # the third joins the most similar leader, not the first one that passes
        (
            ["I have more energy", "I have energy every day", "I have energy every single day"],
            [[0], [1, 2]],
        ),
    ],
)
def test_grouping_by_content_words(statements: list[str], groups: list[list[int]]) -> None:
    mentions = [
        Mention(f"p{i}", "o1", "functional", "want", text) for i, text in enumerate(statements)
    ]
    grouping = group_mentions(mentions, threshold=0.6)
    found = [[int(m.interview[1:]) for m in group.mentions] for group in grouping.groups]
    assert found == groups


def test_grouping_keeps_kinds_and_polarities_apart() -> None:
    mentions = [
        Mention("p1", "o1", "emotional", "want", "I feel confident"),
        Mention("p2", "o1", "social", "want", "I feel confident"),
        Mention("p3", "o1", "emotional", "avoid", "I feel confident"),
    ]
    assert len(group_mentions(mentions).groups) == 3


def test_a_codebook_merges_and_splits_and_reports_unused_entries() -> None:
    book = parse_codebook(
        "format: interviewer-codes/1\n"
        "codes:\n"
        "  disciplined:\n"
        "    statement: Others see me as disciplined\n"
        "    statements:\n"
        "      - Others see me as disciplined\n"
        "      - Other people think I have self-control\n"
        "  jeans:\n"
        "    outcomes:\n"
        "      p2: [o1]\n"
        "      p9: [o1]\n",
        "codes.yaml",
    )
    merged = merge_interviews(
        [
            interview("p1", [A, C]),
            interview("p2", [D, (S, "Other people think I have self-control")]),
            interview("p3", [(F, "I am able to fit into my jeans")]),
        ],
        codebook=book,
        cutoff=1,
    )
    ids = {
        group.id: sorted(f"{m.interview}:{m.node}" for m in group.mentions)
        for group in merged.groups
    }
    # The two social statements share one code although they share few words (a merge);
    # p3's jeans are similar to p2's but p2's outcome is pinned to "jeans", p3 joins it by words.
    assert ids == {
        "disciplined": ["p1:o2", "p2:o2"],
        "jeans": ["p2:o1", "p3:o1"],
        "c1": ["p1:o1"],
    }
    assert merged.graph.nodes["disciplined"]["statement"] == "Others see me as disciplined"
    [unused] = merged.findings
    assert unused.code == "unused-code" and unused.node == "jeans"
    assert unused.message == "codes.yaml:11: outcome p9:o1 of code 'jeans' matches no outcome"


def test_a_codebook_splits_similar_outcomes() -> None:
    book = parse_codebook(
        "format: interviewer-codes/1\n"
        "codes:\n"
        "  confident-work:\n"
        "    outcomes: {p1: [o2]}\n"
        "  confident-beach:\n"
        "    outcomes: {p2: [o2]}\n",
    )
    same_words = [A, (E, "I feel confident")]
    merged = merge_interviews(
        [interview("p1", same_words), interview("p2", same_words)], codebook=book
    )
    assert [group.id for group in merged.groups] == ["confident-work", "confident-beach", "c1"]


@pytest.mark.parametrize(
    ("jobs", "fragment"),
    [
        # two named jobs differ
        (["lose weight", "send a package"], "cannot merge interviews of different jobs"),
        # case and punctuation do not make a different job
        (["lose weight", "Lose weight."], None),
    ],
)
def test_interviews_of_different_jobs_do_not_merge(jobs: list[str], fragment: str | None) -> None:
    interviews = [interview(f"p{i}", [A], job=job) for i, job in enumerate(jobs)]
    if fragment is None:
        assert merge_interviews(interviews).job == "lose weight"
        return
    with pytest.raises(MergeError, match=fragment) as caught:
        merge_interviews(interviews)
    assert caught.value.exit_status == 2
    assert "p0.yaml is about 'lose weight', p1.yaml about 'send a package'" in str(caught.value)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from("ABCDEF"), min_size=1, max_size=6), max_size=30),
    st.booleans(),
)
def test_the_proposed_cutoff_matches_a_brute_force_search(
    ladders: list[list[str]], indirect: bool
) -> None:
    matrix = ImplicationMatrix.from_ladders(("p1", ladder) for ladder in ladders)
    highest = max((cell.counted(indirect) for cell in matrix.cells.values()), default=0)
    reaching = [
        cutoff
        for cutoff in range(1, highest + 1)
        if (share := matrix.represented(cutoff, indirect)) is not None and share >= Fraction(2, 3)
    ]
    assert matrix.proposed_cutoff(indirect) == max(reaching, default=1)


def test_interviews_without_a_named_job_take_the_job_of_the_others() -> None:
    named = interview("p1", [A])
    unnamed = replace(interview("p2", [A], job="p2.coded.jsonl"), job_given=False)
    assert merge_interviews([unnamed, named]).job == "lose weight"
    alone = merge_interviews([unnamed])
    assert alone.job == UNNAMED_JOB
    assert alone.graph.nodes[ROOT]["statement"] == UNNAMED_JOB
