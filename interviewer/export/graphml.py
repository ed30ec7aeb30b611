"""``graphml``: the graph with scalar attributes, for yEd, Gephi, Cytoscape and networkx."""

from __future__ import annotations

import io
from typing import BinaryIO

import networkx as nx

from interviewer.export.model import ExportModel


def write_graphml(model: ExportModel, out: BinaryIO) -> None:
    """GraphML of the tree or map (ElementTree writer, so the bytes do not depend on lxml).

    A carriage return in interview text is written as ``&#13;``: XML parsers would otherwise
    read CR LF back as LF.
    """
    data = io.BytesIO()
    nx.write_graphml_xml(model.graph, data, encoding="utf-8", prettyprint=True)
    out.write(data.getvalue().replace(b"\r", b"&#13;"))
