"""Each format opened by the real tool or parser: networkx, Graphviz, XML parsers, csv."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from interviewer.cli import main
from interviewer.core.session import ROOT
from interviewer.export.formats import render

from .helpers import RICH, VARIANTS, export, need, rich_model

REFI_XSD = Path(__file__).resolve().parents[3] / "shared" / "refi-qda" / "Project.xsd"
REFI = "{urn:QDA-XML:project:1.0}"
GEXF_XSD = Path(__file__).resolve().parents[3] / "shared" / "gexf-1.2draft" / "gexf.xsd"
GEXF = "{http://www.gexf.net/1.2draft}"
SVG = "{http://www.w3.org/2000/svg}"


def same_graph(read: nx.DiGraph, original: nx.DiGraph, keys: list[str] | None = None) -> None:
    """Isomorphic, with every (or each named) node and edge attribute equal."""

    def match(a: dict[str, Any], b: dict[str, Any]) -> bool:
        names = keys if keys is not None else sorted(set(a) | set(b))
        return all(a.get(name) == b.get(name) for name in names)

    assert read.is_directed()
    assert nx.is_isomorphic(read, original, node_match=match, edge_match=match)
    assert set(read.nodes) == set(original.nodes)
    assert set(read.edges) == set(original.edges)


@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_networkx_reads_graphml_back_isomorphic(merged: bool) -> None:
    model = rich_model(merged)
    data = render(model, "graphml")
    assert isinstance(data, bytes)
    graph = nx.read_graphml(io.BytesIO(data))
    same_graph(graph, model.graph)
    assert graph.graph["job"] == "manage a household budget"


@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_networkx_reads_gexf_back_isomorphic(merged: bool) -> None:
    model = rich_model(merged)
    data = render(model, "gexf")
    assert isinstance(data, bytes)
    assert b"lastmodifieddate" not in data
    graph = nx.read_gexf(io.BytesIO(data))
    same_graph(graph, model.graph, ["kind", "polarity", "statement", "count"])
    same_graph(graph, model.graph, ["direct", "indirect"] if merged else ["direct"])
    for node in graph:
        assert graph.nodes[node]["label"] == model.graph.nodes[node]["statement"]


@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_gexf_is_valid_against_the_official_gexf_1_2draft_schema(merged: bool) -> None:
    import xmlschema

    data = render(rich_model(merged), "gexf")
    assert isinstance(data, bytes)
    xmlschema.XMLSchema(str(GEXF_XSD)).validate(io.BytesIO(data))
    root = ET.fromstring(data)
    assert root.find(f"{GEXF}graph").get("name") is None
    colours = {
        node.get("id"): tuple(int(node.find(f"{GEXF}color").get(c)) for c in "rgb")
        for node in root.iter(f"{GEXF}node")
    }
    assert colours["job"] == (51, 65, 85)  # every node coloured by its kind, the job slate
    assert len(set(colours.values())) > 1


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_json_is_exactly_what_tree_prints_and_reads_back(
    variant: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(RICH)
    data = export([*VARIANTS[variant], "--format", "json"], tmp_path / "out.json", capsys)
    assert main(["tree", *VARIANTS[variant], "--format", "json"]) == 0
    assert data.decode("utf-8") == capsys.readouterr().out
    report = json.loads(data)
    graph = nx.node_link_graph(report, directed=True, edges="edges")
    same_graph(graph, rich_model(variant == "merged").graph)
    if variant == "merged":
        assert {"implication_matrix", "codes", "cutoff", "proposed_cutoff"} <= set(report)


@pytest.mark.slow
@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_dot_renders_svg_png_and_pdf(merged: bool) -> None:
    need("dot", "graphviz")
    model = rich_model(merged)
    svg = render(model, "svg")
    assert isinstance(svg, bytes)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    texts = " ".join(text.text or "" for text in root.iter(f"{SVG}text"))
    assert "manage a household budget" in texts
    assert "[S-] My partner doesn't see me" in texts
    tooltips = [a.get("{http://www.w3.org/1999/xlink}title", "") for a in root.iter(f"{SVG}a")]
    assert "functional, want (o7): I am able to see where every euro went at a glance" in (
        tooltips if not merged else [t.replace("(c7)", "(o7)") for t in tooltips]
    )
    if merged:
        assert re.search(r">3</text>", svg.decode())  # link counts on the edges
    png = render(model, "png")
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    pdf = render(model, "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    assert b"/CreationDate (D:19700101000000" in pdf  # a fixed date: stable bytes


@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_opml_parses_as_an_outline_of_the_tree(merged: bool) -> None:
    model = rich_model(merged)
    text = render(model, "opml")
    assert isinstance(text, str)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title") == "manage a household budget"
    [job] = root.findall("body/outline")
    assert job.get("text") == "manage a household budget"
    bills = job.find("outline")
    assert bills is not None and bills.get("text") == "[F+] All bills are paid on time"
    note = bills.get("_note") or ""
    assert "Knowing every bill is paid on time" in note
    outlines = root.iter("outline")
    repeats = [o for o in outlines if (o.get("text") or "").startswith("↑ see above")]
    assert len(repeats) == (1 if merged else 0)  # the merged map's code with two parents


@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_csv_has_one_row_per_outcome(merged: bool) -> None:
    model = rich_model(merged)
    text = render(model, "csv")
    assert isinstance(text, str)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == ["id", "parent_id", "kind", "polarity", "statement", "count", "sources"]
    assert [row["id"] for row in rows] == [node for node in model.graph if node != ROOT]
    first = rows[0]
    if merged:
        assert first["count"] == "3" and first["sources"] == "r1:t2; r2:t2; r3:t6"
        assert any(row["parent_id"] == "c1; c2" for row in rows)
    else:
        assert (first["id"], first["parent_id"], first["count"]) == ("o1", "job", "1")
        assert first["sources"] == "r1:t2"


def test_markdown_outline_nests_with_badges_and_quotes() -> None:
    text = render(rich_model(False), "md")
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[0] == "# manage a household budget"
    assert "- **manage a household budget** · job" in lines
    assert "  - `[F+]` **All bills are paid on time** · functional, want · `o1`" in lines
    assert "    - `[E-]` **I don't feel stupid about late fees** · emotional, avoid · `o3`" in lines
    assert "      > when a late fee lands I feel like an idiot" in lines
    assert "      > — Dana, r1 t4" in lines


def test_mermaid_flowchart_has_a_class_per_kind_and_counts() -> None:
    text = render(rich_model(True), "mermaid")
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[1] == "flowchart TB"
    for kind in ("job", "functional", "emotional", "social", "avoid"):
        assert any(line.startswith(f"  classDef {kind} ") for line in lines)
    assert '  n1["#91;F+#93; All bills are paid on time (3)"]' not in lines
    assert '  n1["[F+] All bills are paid on time (3)"]' in lines
    assert '  n0 -->|"3"| n1' in lines


@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_qdpx_is_valid_refi_qda_with_codings_on_the_exact_text(merged: bool) -> None:
    model = rich_model(merged)
    data = render(model, "qdpx")
    assert isinstance(data, bytes)
    archive = zipfile.ZipFile(io.BytesIO(data))
    qde = archive.read("project.qde")
    if REFI_XSD.exists():
        xmlschema = pytest.importorskip("xmlschema")
        xmlschema.XMLSchema(str(REFI_XSD)).validate(qde.decode("utf-8"))
    root = ET.fromstring(qde)
    kinds = [code.get("name") for code in root.findall(f"{REFI}CodeBook/{REFI}Codes/{REFI}Code")]
    assert kinds == ["Functional", "Emotional", "Social"]
    codes = {
        code.get("guid"): code.get("name")
        for code in root.iter(f"{REFI}Code")
        if code.get("isCodable") == "true"
    }
    assert len(codes) == len(model.codes) == 11
    sources = root.findall(f"{REFI}Sources/{REFI}TextSource")
    assert len(sources) == (3 if merged else 1)
    said = {q.text for quotes in model.quotes.values() for q in quotes}
    selections = 0
    for source in sources:
        path = source.get("plainTextPath", "")
        assert path.startswith("internal://")
        raw = archive.read("Sources/" + path.removeprefix("internal://"))
        assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
        text = raw.decode("utf-8")
        for selection in source.findall(f"{REFI}PlainTextSelection"):
            start, end = (
                int(selection.get("startPosition", -1)),
                int(selection.get("endPosition", -1)),
            )
            span = text[start:end]
            assert span in said or span.split(": ", 1)[-1] in said, span
            ref = selection.find(f"{REFI}Coding/{REFI}CodeRef")
            assert ref is not None and ref.get("targetGUID") in codes
            selections += 1
    assert selections == sum(len(quotes) for quotes in model.quotes.values())
    links = root.findall(f"{REFI}Links/{REFI}Link")
    assert links and all(link.get("direction") == "OneWay" for link in links)
    pairs = {(codes[link.get("originGUID")], codes[link.get("targetGUID")]) for link in links}
    assert ("All bills are paid on time", "I don't feel stupid about late fees") in pairs
