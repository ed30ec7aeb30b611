"""The look shared by every diagram and the page: a colour, a shape and a title per kind.

These are the exports' colours, defined once here: the DOT, Mermaid, GEXF and REFI-QDA writers
read them, and the page's CSS variables are written from them. The TUI's colours are the
``$functional``, ``$emotional`` and ``$social`` variables of ``interviewer/tui/app.tcss``: the
same hues on a terminal's dark background.
"""

from __future__ import annotations

from dataclasses import dataclass

from interviewer.core.outcome import OutcomeKind
from interviewer.graph.nodes import OutcomeNode
from interviewer.graph.tree import JOB_KIND


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How one kind is drawn: fill and stroke colours, a Graphviz shape and a title."""

    fill: str
    stroke: str
    text: str
    shape: str
    title: str


JOB_STYLE = KindStyle("#334155", "#0f172a", "#ffffff", "box", "Job")
KIND_STYLES = {
    OutcomeKind.FUNCTIONAL: KindStyle("#dbeafe", "#1d4ed8", "#0b1f4d", "box", "Functional"),
    OutcomeKind.EMOTIONAL: KindStyle("#fde68a", "#b45309", "#451a03", "ellipse", "Emotional"),
    OutcomeKind.SOCIAL: KindStyle("#d1fae5", "#047857", "#022c22", "hexagon", "Social"),
}
# Every node style by the name of its kind (Mermaid classes, page classes): the job first.
STYLES: dict[str, KindStyle] = {JOB_KIND: JOB_STYLE, **{k.value: s for k, s in KIND_STYLES.items()}}
UNKNOWN = KindStyle("#f1f5f9", "#64748b", "#0f172a", "box", "Other")


def style_of(node: OutcomeNode) -> KindStyle:
    """The style of a node of a tree or map: the job's, its kind's, or ``UNKNOWN``."""
    if node.is_job:
        return JOB_STYLE
    return KIND_STYLES[node.kind] if node.kind else UNKNOWN


def page_colours() -> str:
    """The page's CSS colour variables: a fill and an ink per kind (the ink is the job's text
    colour, and the border colour of an outcome's card)."""
    lines = [f"  --{JOB_KIND}: {JOB_STYLE.fill}; --{JOB_KIND}-ink: {JOB_STYLE.text};\n"]
    lines += [
        f"  --{kind}: {style.fill}; --{kind}-ink: {style.stroke};\n"
        for kind, style in KIND_STYLES.items()
    ]
    return "".join(lines)


# How an outcome the analysis was unsure of is marked wherever it is shown (as in the TUI).
REVIEW_MARK = "⚑ review"
