"""``gexf``: the graph for Gephi, labelled with statements and coloured by kind."""

from __future__ import annotations

from typing import Any, BinaryIO

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from interviewer.export.model import ExportModel
from interviewer.export.style import style_of


def gexf_graph(model: ExportModel) -> nx.DiGraph:
    """A copy of the graph whose nodes carry a ``label`` (the statement) and a ``viz`` colour."""
    graph = model.graph.copy()
    nodes: Any = graph.nodes
    for node in graph:
        attrs = nodes[node]
        attrs["label"] = str(attrs.get("statement", node))
        fill = style_of(str(attrs.get("kind", ""))).fill
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
    writer.write(out)
