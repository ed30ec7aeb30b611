"""The export formats by name, and one call that renders a model in any of them."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from interviewer.export.csv_table import write_csv
from interviewer.export.dot import write_dot
from interviewer.export.gexf import write_gexf
from interviewer.export.graphml import write_graphml
from interviewer.export.graphviz import write_pdf, write_png, write_svg
from interviewer.export.html_page import write_html
from interviewer.export.json_report import write_json
from interviewer.export.markdown import write_markdown
from interviewer.export.mermaid import write_mermaid
from interviewer.export.model import ExportModel
from interviewer.export.opml import write_opml
from interviewer.export.qdpx import write_qdpx
from interviewer.export.safe_text import visible

TextWriter = Callable[[ExportModel, TextIO], None]
BinaryWriter = Callable[[ExportModel, BinaryIO], None]


@dataclass(frozen=True, slots=True)
class Format:
    """An export format: its name (``--format``), usual file suffix and writer."""

    name: str
    suffix: str
    description: str
    text: TextWriter | None = None
    human: bool = False  # read by people: bidi controls are shown, not obeyed
    binary: BinaryWriter | None = None
    graphviz: bool = False  # rendered by Graphviz's `dot` program

    @property
    def is_binary(self) -> bool:
        return self.binary is not None


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format("mermaid", ".mmd", "Mermaid flowchart", text=write_mermaid, human=True),
        Format("dot", ".dot", "Graphviz source", text=write_dot, human=True),
        Format("svg", ".svg", "drawing rendered by Graphviz", binary=write_svg, graphviz=True),
        Format("png", ".png", "picture rendered by Graphviz", binary=write_png, graphviz=True),
        Format("pdf", ".pdf", "PDF rendered by Graphviz", binary=write_pdf, graphviz=True),
        Format("graphml", ".graphml", "GraphML (yEd, Gephi, Cytoscape)", binary=write_graphml),
        Format("gexf", ".gexf", "GEXF (Gephi)", binary=write_gexf),
        Format("json", ".json", "node-link JSON, as `tree --format json`", text=write_json),
        Format("md", ".md", "Markdown outline with quotes", text=write_markdown, human=True),
        Format("opml", ".opml", "OPML outline (mind-map apps)", text=write_opml, human=True),
        Format("csv", ".csv", "one row per outcome", text=write_csv),
        Format("html", ".html", "standalone interactive page", text=write_html, human=True),
        Format("qdpx", ".qdpx", "REFI-QDA project", binary=write_qdpx),
    )
}


def render(model: ExportModel, name: str) -> str | bytes:
    """The model in format ``name``: ``str`` for text formats, ``bytes`` for binary ones."""
    fmt = FORMATS[name]
    if fmt.binary is not None:
        data = io.BytesIO()
        fmt.binary(model, data)
        return data.getvalue()
    assert fmt.text is not None
    text = io.StringIO(newline="")
    fmt.text(model, text)
    return visible(text.getvalue()) if fmt.human else text.getvalue()
