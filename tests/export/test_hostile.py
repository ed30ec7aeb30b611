"""Hostile interview text (quotes, brackets, |, #, <script>, ]]>, newlines, emoji, RTL, a
5,000-character answer, control characters) goes through every format without breaking it."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from markdown_it import MarkdownIt

from interviewer.cli import main
from interviewer.core.session import ROOT
from interviewer.export.formats import FORMATS, render
from interviewer.export.html_page import script_json
from interviewer.export.model import ExportModel, build_model
from interviewer.export.safe_text import one_line
from interviewer.io.coded import load_interview

from .helpers import HOSTILE, HOSTILE_FILES, export, hostile_model, need
from .test_read_back import REFI_XSD, SVG, same_graph

MERGED = pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
ANSWER_WITH_SCRIPT = "<script>document.title='pwned'</script> I want my bills paid"


def statements(model: ExportModel) -> list[str]:
    return [str(model.graph.nodes[node]["statement"]) for node in model.graph if node != ROOT]


def test_the_fixture_is_hostile() -> None:
    model = hostile_model(False)
    text = " ".join(statements(model)) + " ".join(t.text for t in model.interviews[0].session.turns)
    for needle in ('"', "[", "|", "#", "<script>", "]]>", "\n", "😀", "أريد", "\u202e", "%%{"):
        assert needle in text, needle
    assert max(len(t.text) for t in model.interviews[0].session.turns) >= 4995
    assert "\ufffd" in text  # the bell and escape characters, replaced one for one


@pytest.mark.parametrize("fmt", list(FORMATS))
@MERGED
def test_every_format_writes_the_hostile_fixture_through_the_cli(
    fmt: str, merged: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if FORMATS[fmt].graphviz:
        need("dot", "graphviz")
    files = [str(HOSTILE / name) for name in (HOSTILE_FILES if merged else HOSTILE_FILES[:1])]
    merge = ["--merge", "--cutoff", "1"] if merged else []
    data = export([*files, *merge, "--format", fmt], tmp_path / f"out.{fmt}", capsys)
    assert data
    if not FORMATS[fmt].is_binary:
        data.decode("utf-8")  # whole characters only: no lone surrogates made it through


@MERGED
def test_mermaid_labels_cannot_break_out(merged: bool) -> None:
    text = render(hostile_model(merged), "mermaid")
    assert isinstance(text, str)
    assert "%%{" not in text and "<" not in text and "`" not in text
    label = r'"[^"#&<>`;|%]*(?:#\d+;[^"#&<>`;|%]*)*"'
    structure = re.compile(
        rf"^(%% .*|flowchart TB|  %% .*|  n\d+(?:\[{label}\]|\(\[{label}\]\)|\{{\{{{label}\}}\}})"
        r'|  n\d+ -->(?:\|"[0-9a-z +]+"\|)? n\d+|  classDef \w+ [^"]+|  class [n\d,]+ \w+)$'
    )
    for line in text.splitlines():
        assert structure.match(line), line
    assert "#60;script#62;document.title='pwned'#60;/script#62;" in text


@MERGED
def test_dot_escapes_and_graphviz_shows_the_text_literally(merged: bool) -> None:
    need("dot", "graphviz")
    model = hostile_model(merged)
    svg = render(model, "svg")
    assert isinstance(svg, bytes)
    root = ET.fromstring(svg)
    assert not list(root.iter(f"{SVG}script"))
    texts = [text.text or "" for text in root.iter(f"{SVG}text")]
    assert "[F+] <script>document.title='p…" in texts  # shortened, shown as text
    tooltips = " ".join(
        a.get("{http://www.w3.org/1999/xlink}title", "") for a in root.iter(f"{SVG}a")
    )
    assert "${injection} ＼N ＼G ＼L" in tooltips  # not expanded by Graphviz
    assert r"\N \G \L" in texts  # labels show backslashes as typed
    assert 'I don\'t feel "stupid" ]]>' in tooltips
    assert "<script>document.title='pwned'</script> bills are paid" in tooltips


@MERGED
def test_graphml_and_gexf_read_back_with_the_text_intact(merged: bool) -> None:
    model = hostile_model(merged)
    graphml = render(model, "graphml")
    gexf = render(model, "gexf")
    assert isinstance(graphml, bytes) and isinstance(gexf, bytes)
    same_graph(nx.read_graphml(io.BytesIO(graphml)), model.graph)
    same_graph(nx.read_gexf(io.BytesIO(gexf)), model.graph, ["kind", "polarity", "statement"])


@MERGED
def test_json_keeps_every_character(merged: bool) -> None:
    model = hostile_model(merged)
    text = render(model, "json")
    assert isinstance(text, str)
    assert json.loads(text) == json.loads(json.dumps(model.report))
    assert "أريد أن أشعر بالأمان 😀" in text


@MERGED
def test_markdown_renders_no_html_links_or_code_from_interview_text(merged: bool) -> None:
    text = render(hostile_model(merged), "md")
    assert isinstance(text, str)
    assert "<script" not in text and "<img" not in text and "<!--" not in text
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert "javascript:" not in re.findall(r'href="([^"]*)"', html).__str__()
    assert "<table" not in html and "<h2>Findings</h2>" in html
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in html
    for line in text.splitlines():
        if line.lstrip().startswith(">"):
            assert re.match(r"^( {2})+> ", line + " "), line


@MERGED
def test_opml_attributes_hold_the_text(merged: bool) -> None:
    model = hostile_model(merged)
    text = render(model, "opml")
    assert isinstance(text, str)
    root = ET.fromstring(text.encode("utf-8"))
    shown = {o.get("text", "").split("] ", 1)[-1] for o in root.iter("outline")}
    for statement in statements(model):
        assert one_line(statement) in shown
    notes = " ".join(o.get("_note", "") for o in root.iter("outline"))
    assert "Line one\nline two\r\nline three" in notes  # newlines survive in the notes


@MERGED
def test_csv_cells_never_start_like_a_formula(merged: bool) -> None:
    model = hostile_model(merged)
    text = render(model, "csv")
    assert isinstance(text, str)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == model.graph.number_of_nodes()
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    cells = [cell for row in rows for cell in row]
    if not merged:
        assert "'=1+1" in cells and "'@SUM(A1)" in cells and "'-o4" in cells
    assert any(cell.startswith("'+others see me") for cell in cells)
    assert any(cell.startswith("'\tTab-led") for cell in cells)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@MERGED
def test_html_escapes_all_text_and_embeds_inert_json(merged: bool) -> None:
    model = hostile_model(merged)
    page = render(model, "html")
    assert isinstance(page, str)
    parser = _Tags()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert tags.count("script") == 2 and "img" not in tags and "i" not in tags
    assert not [a for _, attrs in parser.tags for a in attrs if a.startswith("on")]
    data = page.split('<script id="outcome-data" type="application/json">', 1)[1]
    data = data.split("</script>", 1)[0]
    assert "<" not in data and ">" not in data and "\u2028" not in data
    nodes = json.loads(data)["nodes"]
    assert {node["statement"] for node in nodes.values()} >= set(statements(model))
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page


def test_script_json_escapes_what_could_end_a_script() -> None:
    text = script_json({"a": "</script><!-- \u2028\u2029 & >"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u2028\\u2029 \\u0026 \\u003e"}'
    assert json.loads(text) == {"a": "</script><!-- \u2028\u2029 & >"}


@MERGED
def test_qdpx_stays_valid_with_offsets_on_the_stored_text(merged: bool) -> None:
    model = hostile_model(merged)
    data = render(model, "qdpx")
    assert isinstance(data, bytes)
    archive = zipfile.ZipFile(io.BytesIO(data))
    qde = archive.read("project.qde").decode("utf-8")
    if REFI_XSD.exists():
        xmlschema = pytest.importorskip("xmlschema")
        xmlschema.XMLSchema(str(REFI_XSD)).validate(qde)
    root = ET.fromstring(qde)
    ns = "{urn:QDA-XML:project:1.0}"
    found = []
    for source in root.iter(f"{ns}TextSource"):
        name = source.get("plainTextPath", "").removeprefix("internal://")
        text = archive.read(f"Sources/{name}").decode("utf-8")
        assert "\r" not in text
        for selection in source.iter(f"{ns}PlainTextSelection"):
            start = int(selection.get("startPosition", 0))
            end = int(selection.get("endPosition", 0))
            found.append(text[start:end])
    assert ANSWER_WITH_SCRIPT in found
    assert "أريد أن أشعر بالأمان" in found
    assert "Line one\nline two\nline three" in found  # CR LF stored as LF, offsets follow
    assert any(len(span) >= 4995 for span in found)  # the whole long answer


def bidi_model(tmp_path: Path) -> ExportModel:
    """A tree whose statement, quote and job hold right-to-left overrides ("evil" shown as
    "live" by a browser that obeys them)."""
    answer = "I want to stay \u202elive\u202c and \u2067calm\u2069 about money."
    records = [
        {"id": "t1", "role": "interviewer", "text": "Why?", "job": "save \u202emoney\u202c"},
        {
            "id": "t2",
            "role": "participant",
            "text": answer,
            "outcomes": [
                {
                    "id": "o1",
                    "parent": "job",
                    "kind": "emotional",
                    "polarity": "want",
                    "statement": "I feel \u202elive\u202c",
                    "confidence": 0.9,
                    "span": [0, len(answer)],
                    "evidence": [],
                }
            ],
        },
    ]
    path = tmp_path / "bidi.coded.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return build_model([load_interview(path)])


BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("fmt", [name for name, fmt in FORMATS.items() if fmt.human])
def test_bidi_overrides_are_shown_not_obeyed_in_human_formats(fmt: str, tmp_path: Path) -> None:
    data = render(bidi_model(tmp_path), fmt)
    assert isinstance(data, str)
    assert not BIDI.search(data)
    assert "⟨U+202E⟩live⟨U+202C⟩" in data  # the statement (mermaid, dot, md, opml, html)
    assert "⟨U+2067⟩" in data or fmt in ("mermaid", "dot")  # the quote, where quotes are shown


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_data_formats_keep_the_text_as_it_was_said(fmt: str, tmp_path: Path) -> None:
    data = render(bidi_model(tmp_path), fmt)
    assert isinstance(data, str)
    text = json.dumps(json.loads(data), ensure_ascii=False) if fmt == "json" else data
    assert "I feel \u202elive\u202c" in text and "⟨U+202E⟩" not in text


def test_the_drawing_graphviz_renders_shows_bidi_overrides(tmp_path: Path) -> None:
    from interviewer.export.graphviz import _dot

    source = _dot(bidi_model(tmp_path))
    assert not BIDI.search(source) and "⟨U+202E⟩live⟨U+202C⟩" in source


def test_tree_text_shows_bidi_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bidi_model(tmp_path)
    assert main(["tree", str(tmp_path / "bidi.coded.jsonl")]) == 0
    out = capsys.readouterr().out
    assert not BIDI.search(out) and "I feel ⟨U+202E⟩live⟨U+202C⟩" in out


def test_an_outcome_the_analysis_was_unsure_of_is_marked_in_md_and_html(tmp_path: Path) -> None:
    from dataclasses import replace

    from interviewer.core.move import Move
    from interviewer.io.session_file import save_session

    from ..conftest import E, F, exchange, outcome, session

    s = session()
    unsure = replace(outcome(E, "I feel settled"), review=True)
    exchange(s, Move.OPENING, "it's settled I guess", unsure, outcome(F, "I have lost 10 pounds"))
    source = tmp_path / "p1.session.yaml"
    save_session(s, source)
    for fmt in ("md", "html"):
        out = tmp_path / f"tree.{fmt}"
        assert main(["export", str(source), "--format", fmt, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert text.count("⚑ review") == 1, fmt
        marked = text.index("⚑ review")
        assert text.rfind("I feel settled", 0, marked) > text.rfind(
            "I have lost 10 pounds", 0, marked
        )
