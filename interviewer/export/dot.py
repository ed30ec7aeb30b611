"""``dot``: Graphviz source with colours and shapes per kind, polarity and counts marked."""

from __future__ import annotations

from typing import Any, TextIO

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.export.model import ExportModel
from interviewer.export.safe_text import one_line, wrap
from interviewer.export.style import KIND_STYLES, style_of
from interviewer.graph.nodes import outcome_node

LABEL_WIDTH = 26  # characters per line of a node's label
LABEL_LINES = 4  # lines of a label at most; the full statement is in the tooltip
FONT = "Helvetica,Arial,sans-serif"


def quoted(text: str) -> str:
    """A DOT double-quoted string showing ``text`` literally (``\\N``, ``&lt;``, quotes and all).

    Graphviz reads ``&name;`` entities in labels, so ``&`` is written as ``&amp;``.
    """
    escaped = one_line(text).replace("&", "&amp;").replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def tooltip(text: str) -> str:
    """A DOT tooltip string. Graphviz expands ``\\N``, ``\\G``, ``\\L`` in tooltips even after
    an escaped backslash, so a backslash is shown as the full-width ``＼`` instead."""
    return quoted(text.replace("\\", "＼"))


def label(lines: list[str]) -> str:
    """A multi-line DOT label: each line escaped, joined by Graphviz's centred line break."""
    return '"' + "\\n".join(quoted(line)[1:-1] for line in lines) + '"'


def write_dot(model: ExportModel, out: TextIO) -> None:
    """``digraph`` from the job down; the legend is a cluster of one sample node per kind."""
    ids = {node: f"n{index}" for index, node in enumerate(model.graph)}
    out.write("digraph outcomes {\n")
    out.write(
        f"  graph [rankdir=TB, fontname={quoted(FONT)}, labelloc=t, fontsize=18, "
        f"label={label([model.title, model.subtitle])}, tooltip={tooltip(model.subtitle)}, "
        "nodesep=0.3, ranksep=0.5];\n"
    )
    out.write(
        f"  node [fontname={quoted(FONT)}, fontsize=11, style=filled, penwidth=1.5, margin=0.12];\n"
    )
    out.write(f'  edge [fontname={quoted(FONT)}, fontsize=10, color="#475569"];\n')
    for node, key in ids.items():
        out.write(f"  {key} [{_node_attributes(model, node)}];\n")
    for parent, child in model.graph.edges:
        count = model.edge_label(parent, child)
        extra = (
            f", label={quoted(count)}, tooltip={tooltip(_link_note(model, parent, child))}"
            if count
            else ""
        )
        out.write(f"  {ids[parent]} -> {ids[child]} [arrowsize=0.7{extra}];\n")
    out.write('  subgraph cluster_legend {\n    label="Legend"; fontsize=11; color="#cbd5e1";\n')
    for kind, style in KIND_STYLES.items():
        out.write(
            f"    legend_{kind} [label={quoted(kind)}, shape={style.shape}, "
            f'fillcolor="{style.fill}", color="{style.stroke}", fontcolor="{style.text}"];\n'
        )
    out.write(
        '    legend_avoid [label="avoid (dashed)", shape=box, style="filled,dashed", '
        'fillcolor="#ffffff", color="#475569"];\n'
    )
    order = " -> ".join(f"legend_{name}" for name in (*OutcomeKind, Polarity.AVOID))
    out.write(f"    {{ rank=same; {order} [style=invis]; }}\n  }}\n}}\n")


def _node_attributes(model: ExportModel, node: str) -> str:
    view = outcome_node(model.graph, node)
    statement = view.statement
    style = style_of(view)
    lines = wrap(statement, LABEL_WIDTH, LABEL_LINES)
    if view.is_job:
        note = f"{view.kind_name}: {statement}"
        shape_style = "filled,bold,rounded"
    else:
        lines = [f"{view.badge} {lines[0]}", *lines[1:]]
        note = f"{view.kind_name}, {view.polarity_name} ({node}): {statement}"
        if model.merged:
            people = view.count
            lines.append(f"({people} interview{'s' if people != 1 else ''})")
        shape_style = "filled,dashed" if view.polarity is Polarity.AVOID else "filled"
    return (
        f"label={label(lines)}, tooltip={tooltip(note)}, shape={style.shape}, "
        f'style="{shape_style}", fillcolor="{style.fill}", color="{style.stroke}", '
        f'fontcolor="{style.text}"'
    )


def _link_note(model: ExportModel, parent: str, child: str) -> str:
    edges: Any = model.graph.edges
    link = edges[parent, child]
    if outcome_node(model.graph, parent).is_job:
        return f"begins {link.get('direct', 0)} ladder(s) in {link.get('count', 0)} interview(s)"
    return (
        f"{link.get('direct', 0)} direct, {link.get('indirect', 0)} indirect "
        f"in {link.get('count', 0)} interview(s)"
    )
