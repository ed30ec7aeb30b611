"""``gexf``: the graph for Gephi, labelled with statements and coloured by kind."""

from __future__ import annotations

from typing import Any, BinaryIO
from xml.etree.ElementTree import Element

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from interviewer.export.model import ExportModel
from interviewer.export.style import style_of
from interviewer.graph.nodes import outcome_node

_VIZ_COLOR = "{http://www.gexf.net/1.2draft/viz}color"


def gexf_graph(model: ExportModel) -> nx.DiGraph:
    """A copy of the graph whose nodes carry a ``label`` (the statement) and a ``viz`` colour."""
    graph = model.graph.copy()
    nodes: Any = graph.nodes
    for node in graph:
        view = outcome_node(model.graph, node)
        attrs = nodes[node]
        attrs["label"] = view.statement
        fill = style_of(view).fill
        red, green, blue = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
        attrs["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}
    return graph


def write_gexf(model: ExportModel, out: BinaryIO) -> None:
    """GEXF 1.2 of the tree or map; no date in the header: the same input, the same bytes."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
        creator = meta.find("creator")
        if creator is not None:
            creator.text = "interviewer"
        description = meta.find("description")
        if description is None:
            description = meta.makeelement("description", {})
            meta.append(description)
        description.text = f"{model.subtitle}: {model.job}"
    writer.add_graph(gexf_graph(model))
    _follow_schema(writer.xml)
    writer.write(out)


def _follow_schema(root: Element) -> None:
    """Fit networkx's output to the GEXF 1.2draft XSD: ``<graph>`` has no ``name`` attribute,
    and a node's colour is the GEXF namespace's ``<color>`` (its attributes typed by the viz
    schema), not ``viz:color``. Gephi reads colours by local name, so it still sees them."""
    for graph in root.iter("graph"):
        graph.attrib.pop("name", None)
    for element in root.iter(_VIZ_COLOR):
        element.tag = "color"
