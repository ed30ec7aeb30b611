"""The look shared by every diagram: a colour, a shape and a badge per outcome kind."""

from __future__ import annotations

from dataclasses import dataclass

from interviewer.graph.render import marker
from interviewer.graph.tree import JOB_KIND

KINDS = ("functional", "emotional", "social")


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How one kind is drawn: fill and stroke colours, a Graphviz shape and a title."""

    fill: str
    stroke: str
    text: str
    shape: str
    title: str


STYLES = {
    JOB_KIND: KindStyle("#334155", "#0f172a", "#ffffff", "box", "Job"),
    "functional": KindStyle("#dbeafe", "#1d4ed8", "#0b1f4d", "box", "Functional"),
    "emotional": KindStyle("#fde68a", "#b45309", "#451a03", "ellipse", "Emotional"),
    "social": KindStyle("#d1fae5", "#047857", "#022c22", "hexagon", "Social"),
}
# The same hues on a terminal's dark background (the TUI's badges and app.tcss variables):
# one hue per kind wherever an outcome is shown.
KIND_COLOURS = {"functional": "#3b82f6", "emotional": "#f59e0b", "social": "#10b981"}
UNKNOWN = KindStyle("#f1f5f9", "#64748b", "#0f172a", "box", "Other")


def style_of(kind: str) -> KindStyle:
    """The style of a node kind (``job``, ``functional``, ``emotional``, ``social``)."""
    return STYLES.get(kind, UNKNOWN)


def badge(kind: str, polarity: str) -> str:
    """``[F+]``, ``[E-]``, ``[S+]`` for outcomes, ``[job]`` for the root."""
    return "[job]" if kind == JOB_KIND else marker(kind, polarity)


# How an outcome the analysis was unsure of is marked wherever it is shown (as in the TUI).
REVIEW_MARK = "⚑ review"
