"""``mermaid``: a flowchart with one class per kind, polarity marked, text safely escaped."""

from __future__ import annotations

import unicodedata
from typing import TextIO

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.export.model import ExportModel
from interviewer.export.safe_text import one_line, shorten, visible
from interviewer.export.style import STYLES
from interviewer.graph.nodes import outcome_node

LABEL_WIDTH = 60
# Characters that mean something to Mermaid or to the HTML its labels become: written as
# Mermaid entity codes (``#35;``). ``%`` is among them, so ``%%{init}%%`` cannot smuggle a
# directive in; so are controls, format characters (bidi overrides) and line separators.
_SPECIAL = frozenset('"#&<>`;|%')
# Shapes as in the DOT drawing: boxes for results, rounded for feelings, hexagons for others.
_SHAPES = {OutcomeKind.EMOTIONAL: ("([", "])"), OutcomeKind.SOCIAL: ("{{", "}}")}
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


def escape(text: str) -> str:
    """``text`` for a double-quoted Mermaid label: specials as ``#code;`` entities."""
    return "".join(
        f"#{ord(char)};"
        if char in _SPECIAL or unicodedata.category(char) in _ESCAPED_CATEGORIES
        else char
        for char in one_line(visible(text))
    )


def note(text: str) -> str:
    """``text`` for a ``%%`` comment line: escaped like a label, so the source stays inert
    even when pasted into an HTML page (``<pre class="mermaid">``)."""
    return escape(text)


def write_mermaid(model: ExportModel, out: TextIO) -> None:
    """``flowchart TB`` from the job; each node's full statement in a ``%%`` note above it."""
    ids = {node: f"n{index}" for index, node in enumerate(model.graph)}
    out.write(f"%% {note(model.subtitle)}: {note(model.title)}\n")
    out.write("flowchart TB\n")
    members: dict[str, list[str]] = {}
    for node, key in ids.items():
        view = outcome_node(model.graph, node)
        statement = view.statement
        label = shorten(statement, LABEL_WIDTH)
        if not view.is_job:
            label = f"{view.badge} {label}"
            if model.merged:
                label += f" ({view.count})"
        out.write(f"  %% {key} = {note(str(node))}: {note(statement)}\n")
        opening, closing = _SHAPES.get(view.kind, ("[", "]")) if view.kind else ("[", "]")
        out.write(f'  {key}{opening}"{escape(label)}"{closing}\n')
        name = view.kind_name
        members.setdefault(name if name in STYLES else "other", []).append(key)
        if view.polarity is Polarity.AVOID:
            members.setdefault(Polarity.AVOID, []).append(key)
    for parent, child in model.graph.edges:
        count = model.edge_label(parent, child)
        arrow = f'-->|"{escape(count)}"|' if count else "-->"
        out.write(f"  {ids[parent]} {arrow} {ids[child]}\n")
    for kind, style in STYLES.items():
        out.write(f"  classDef {kind} fill:{style.fill},stroke:{style.stroke},color:{style.text}\n")
    out.write(f"  classDef {Polarity.AVOID} stroke-dasharray:6 3,stroke-width:2px\n")
    for name, keys in members.items():
        if name != "other":
            out.write(f"  class {','.join(keys)} {name}\n")
