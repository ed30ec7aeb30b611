"""The export formats by name, and one call that renders a model in any of them.

The table names each writer by module and function and imports it only to render, so the CLI
can offer the format names without loading networkx and every writer.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from interviewer.export.safe_text import visible

if TYPE_CHECKING:
    from interviewer.export.model import ExportModel

Writer = Callable[["ExportModel", Any], None]  # writes a model to a text or bytes handle


@dataclass(frozen=True, slots=True)
class Format:
    """An export format: its name (``--format``), usual file suffix and writer."""

    name: str
    suffix: str
    description: str
    writer: str  # "module:function" under interviewer.export
    binary: bool = False  # the writer writes bytes, not text
    human: bool = False  # read by people: bidi controls are shown, not obeyed
    graphviz: bool = False  # rendered by Graphviz's `dot` program (to bytes)

    @property
    def is_binary(self) -> bool:
        return self.binary or self.graphviz

    def write(self) -> Writer:
        """The writer function, imported on first use."""
        module, _, name = self.writer.partition(":")
        function: Writer = getattr(importlib.import_module(f"interviewer.export.{module}"), name)
        return function


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format("mermaid", ".mmd", "Mermaid flowchart", "mermaid:write_mermaid", human=True),
        Format("dot", ".dot", "Graphviz source", "dot:write_dot", human=True),
        Format("svg", ".svg", "drawing rendered by Graphviz", "graphviz:write_svg", graphviz=True),
        Format("png", ".png", "picture rendered by Graphviz", "graphviz:write_png", graphviz=True),
        Format("pdf", ".pdf", "PDF rendered by Graphviz", "graphviz:write_pdf", graphviz=True),
        Format(
            "graphml",
            ".graphml",
            "GraphML (yEd, Gephi, Cytoscape)",
            "graphml:write_graphml",
            binary=True,
        ),
        Format("gexf", ".gexf", "GEXF (Gephi)", "gexf:write_gexf", binary=True),
        Format(
            "json", ".json", "node-link JSON, as `tree --format json`", "json_report:write_json"
        ),
        Format("md", ".md", "Markdown outline with quotes", "markdown:write_markdown", human=True),
        Format("opml", ".opml", "OPML outline (mind-map apps)", "opml:write_opml", human=True),
        Format("csv", ".csv", "one row per outcome", "csv_table:write_csv"),
        Format("html", ".html", "standalone interactive page", "html_page:write_html", human=True),
        Format("qdpx", ".qdpx", "REFI-QDA project", "qdpx:write_qdpx", binary=True),
    )
}


def render(model: ExportModel, name: str) -> str | bytes:
    """The model in format ``name``: ``str`` for text formats, ``bytes`` for binary ones."""
    fmt = FORMATS[name]
    write = fmt.write()
    if fmt.is_binary:
        data = io.BytesIO()
        write(model, data)
        return data.getvalue()
    text = io.StringIO(newline="")
    write(model, text)
    return visible(text.getvalue()) if fmt.human else text.getvalue()
