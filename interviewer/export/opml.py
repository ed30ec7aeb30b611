"""``opml``: the tree as an OPML 2.0 outline for XMind, MindNode and other mind-map apps."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from interviewer.export.model import ExportModel
from interviewer.export.outline import Entry, outline
from interviewer.export.safe_text import one_line
from interviewer.graph.nodes import outcome_node


def write_opml(model: ExportModel, out: TextIO) -> None:
    """Each outcome an ``<outline>`` whose ``text`` is its badge and statement; the ``_note``
    (shown as a note by OmniOutliner, MindNode and XMind) holds kind, counts and the quotes."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = one_line(model.title)
    body = ET.SubElement(root, "body")
    parents = [(body, entry) for entry in outline(model.graph)]
    stack = list(reversed(parents))
    while stack:
        parent, entry = stack.pop()
        element = ET.SubElement(parent, "outline", _attributes(model, entry))
        stack.extend((element, child) for child in reversed(entry.children))
    ET.indent(root, space="  ")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")


def _attributes(model: ExportModel, entry: Entry) -> dict[str, str]:
    view = outcome_node(model.graph, entry.node)
    statement = one_line(view.statement)
    if entry.repeat:
        return {"text": f"↑ see above: {statement}"}
    if view.is_job:
        return {"text": statement, "_note": model.subtitle}
    note = [f"{view.kind_name}, {view.polarity_name} · {entry.node}"]
    if model.merged:
        note.append(f"mentioned in {view.count} interview(s)")
    if entry.parent is not None and model.edge_label(entry.parent, entry.node):
        note.append(f"link count: {model.edge_label(entry.parent, entry.node)}")
    for quote in model.quotes.get(entry.node, ()):
        who = f"{quote.speaker}, " if quote.speaker else ""
        note.append(f"“{quote.text or quote.answer}” — {who}{quote.interview} {quote.turn}")
    return {
        "text": f"{view.badge} {statement}",
        "_note": "\n\n".join(note),
    }
