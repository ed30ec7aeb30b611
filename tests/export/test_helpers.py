"""The small pieces every writer relies on: safe text, outlines, escaping per format."""

from __future__ import annotations

import networkx as nx
import pytest

from interviewer.export.csv_table import neutralise
from interviewer.export.dot import quoted, tooltip
from interviewer.export.markdown import inline, quote_lines
from interviewer.export.mermaid import escape
from interviewer.export.outline import outline, walk
from interviewer.export.qdpx import guid, lf
from interviewer.export.safe_text import clean, shorten, wrap


def test_clean_replaces_what_no_file_may_hold_one_for_one() -> None:
    text = "a\x00b\x07c\x1b[31md\ud800e\ufffff\tg\nh\ri"
    assert clean(text) == "a\ufffdb\ufffdc\ufffd[31md\ufffde\ufffdf\tg\nh\ri"
    assert len(clean(text)) == len(text)


def test_shorten_and_wrap_cut_at_words() -> None:
    assert shorten("I am able to see where every euro went", 20) == "I am able to see…"
    assert shorten("short", 20) == "short"
    assert shorten("x" * 50, 10) == "xxxxxxxxx…"
    assert wrap("I am able to see where every euro went at a glance", 12, 2) == [
        "I am able to",
        "see where…",
    ]
    assert wrap("a\nb", 10, 3) == ["a b"]


def test_outline_expands_each_node_once_and_marks_repeats() -> None:
    graph = nx.DiGraph([("job", "a"), ("job", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    graph.add_edge("x", "y")  # a part the job does not reach
    graph.add_edge("l1", "l2")
    graph.add_edge("l2", "l1")  # a loop
    order = [(depth, e.node, e.repeat) for depth, e in walk(outline(graph))]
    assert order == [
        (0, "job", False),
        (1, "a", False),
        (2, "c", False),
        (3, "d", False),
        (1, "b", False),
        (2, "c", True),
        (0, "x", False),
        (1, "y", False),
        (0, "l1", False),
        (1, "l2", False),
        (2, "l1", True),
    ]


def test_outline_of_a_deep_tree_needs_no_recursion() -> None:
    graph = nx.DiGraph(nx.path_graph(["job", *map(str, range(5000))], create_using=nx.DiGraph))
    assert len(walk(outline(graph))) == 5001


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
    ],
)
def test_csv_neutralises_formula_leads(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_mermaid_escape_leaves_nothing_that_means_something() -> None:
    assert escape('a"b#c&d<e>f`g;h|i%j') == "a#34;b#35;c#38;d#60;e#62;f#96;g#59;h#124;i#37;j"
    # a bidi override is shown (Mermaid would obey an entity); other format characters are coded
    assert escape("x\u202ey\u200dz\nw") == "x⟨U+202E⟩y#8205;z w"
    assert escape("أريد 😀 [ok] (fine)") == "أريد 😀 [ok] (fine)"


def test_dot_strings_show_their_text_literally() -> None:
    assert quoted('say "hi" \\N &lt;') == '"say \\"hi\\" \\\\N &amp;lt;"'
    assert tooltip("a \\G b") == '"a ＼G b"'


def test_markdown_escapes_inline_and_block_markup() -> None:
    assert inline("*a* _b_ [c](d) <e> & `f` | ~g~ $h$") == (
        "\\*a\\* \\_b\\_ \\[c\\](d) &lt;e&gt; &amp; \\`f\\` \\| \\~g\\~ \\$h\\$"
    )
    assert quote_lines("# head\n- item\r\n1. one\n> q") == [
        "\\# head",
        "\\- item",
        "1\\. one",
        "&gt; q",
    ]


def test_qdpx_guids_and_line_ends() -> None:
    assert guid("code", "x") == guid("code", "x") != guid("code", "y")
    assert len(guid("a")) == 36 and guid("a").count("-") == 4
    assert lf("a\r\nb\rc\nd") == "a\nb\nc\nd"
