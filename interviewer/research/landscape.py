"""The opportunity landscape: importance × satisfaction with the served regions, via matplotlib.

matplotlib is imported inside :func:`render_landscape` only, and drawn through its Agg and SVG
canvases without pyplot, so nothing needs a display and ``import interviewer.cli`` stays light.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interviewer.core.errors import UsageError
from interviewer.core.outcome import OutcomeKind
from interviewer.research.scoring import OutcomeScore, ScoreReport

if TYPE_CHECKING:
    from matplotlib.axes import Axes

PLOT_FORMATS = ("png", "svg")
# Okabe–Ito colours (safe for colour-blind readers) and a marker per kind for grey prints.
KIND_STYLE = {
    OutcomeKind.FUNCTIONAL: ("#0072B2", "o"),
    OutcomeKind.EMOTIONAL: ("#D55E00", "s"),
    OutcomeKind.SOCIAL: ("#009E73", "^"),
}
OTHER_STYLE = ("#666666", "D")  # no kind given, or one that is none of the three
REGION_COLOURS = {
    "underserved": "#F4C7B8",
    "appropriately served": "#F2F2F2",
    "overserved": "#CFE3F3",
}
REGION_NOTES = {
    "underserved": "underserved: opportunity > 10 (dashed: 12, 15)",
    "appropriately served": "appropriately served",
    "overserved": "overserved: satisfaction > importance",
}
KEY_ROWS = 24  # outcomes listed in the key beside the chart


def plot_format(path: str | Path) -> str:
    """``png`` or ``svg`` from the file name; anything else is a usage error."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in PLOT_FORMATS:
        raise UsageError(f"--plot {path}: the file name must end in .png or .svg")
    return suffix


def landscape_title(report: ScoreReport) -> str:
    """ "Opportunity landscape: lose weight (24 respondents)" """
    job = f": {report.job}" if report.job else ""
    people = f"{report.respondents} respondent{'s' if report.respondents != 1 else ''}"
    return f"Opportunity landscape{job} ({people})"


def render_landscape(
    scores: Sequence[OutcomeScore], fmt: str = "png", *, title: str = "Opportunity landscape"
) -> bytes:
    """The landscape of ``scores`` as PNG or SVG bytes (deterministic for the same input).

    x is importance, y satisfaction (both 0–10). Below the line S = 2I − 10 (opportunity > 10)
    outcomes are underserved; above the diagonal S = I overserved; between them appropriately
    served. Dashed lines mark opportunity 12 and 15. Points are coloured and shaped by kind and
    labelled with their outcome id; a key beside the chart lists id, opportunity and statement.
    """
    if fmt not in PLOT_FORMATS:
        raise ValueError(f"unknown plot format {fmt!r}")
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise UsageError(
            "--plot needs matplotlib, which is not installed (pip install matplotlib)"
        ) from None

    with matplotlib.rc_context(
        {"svg.hashsalt": "interviewer", "svg.fonttype": "none", "font.family": "DejaVu Sans"}
    ):
        # Fixed axes (no automatic layout): a square chart on the left, the key on the right.
        figure = Figure(figsize=(12, 7), dpi=120)
        chart = figure.add_axes((0.065, 0.1, 0.46, 0.79))
        key = figure.add_axes((0.585, 0.1, 0.4, 0.79))
        _draw_regions(chart)
        _draw_points(chart, scores)
        _draw_key(key, chart, scores)
        figure.suptitle(title, y=0.965, fontsize=13, fontweight="bold")
        buffer = io.BytesIO()
        metadata: dict[str, str | None] = (
            {"Date": None, "Creator": "interviewer"}
            if fmt == "svg"
            else {"Software": "interviewer"}
        )
        figure.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def _draw_regions(ax: Axes) -> None:
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.set_aspect("equal")
    ax.fill([0, 10, 0], [0, 10, 10], color=REGION_COLOURS["overserved"], zorder=0)
    ax.fill([0, 5, 10], [0, 0, 10], color=REGION_COLOURS["appropriately served"], zorder=0)
    ax.fill([5, 10, 10], [0, 0, 10], color=REGION_COLOURS["underserved"], zorder=0)
    ax.plot([0, 10], [0, 10], color="#4A7FB0", linewidth=1, zorder=1)
    ax.plot([5, 10], [0, 10], color="#B5533C", linewidth=1, zorder=1)
    for level, (x0, x1, y1) in {12: (6, 10, 8), 15: (7.5, 10, 5)}.items():
        ax.plot([x0, x1], [0, y1], color="#B5533C", linewidth=0.8, linestyle="--", zorder=1)
        ax.annotate(
            f"opp. {level}",
            (x1, y1),
            xytext=(-3, 2),
            textcoords="offset points",
            ha="right",
            fontsize=7,
            color="#B5533C",
        )
    text: dict[str, Any] = {"fontsize": 10, "fontstyle": "italic", "alpha": 0.8, "zorder": 1}
    # Region names run along the lines that bound them (slopes 1 and 2 on equal axes).
    ax.text(0.4, 9.3, "Overserved", color="#2F5F8A", **text)
    along: dict[str, Any] = {
        "rotation_mode": "anchor",
        "transform_rotates_text": True,
        "va": "top",  # hang the words inside the region, below the line they follow
    }
    ax.text(1.8, 1.55, "Appropriately served", color="#555555", rotation=45, **along, **text)
    ax.text(7.55, 5.0, "Underserved", color="#8A3A26", rotation=63.43, **along, **text)
    ax.set_xlabel("Importance (10 × share rating 4–5)")
    ax.set_ylabel("Satisfaction (10 × share rating 4–5)")
    ax.set_xticks(range(11))
    ax.set_yticks(range(11))
    ax.grid(color="white", linewidth=0.5, zorder=0.5)


def _draw_points(ax: Axes, scores: Sequence[OutcomeScore]) -> None:
    for kind in (*OutcomeKind, None):
        chosen = [s for s in scores if OutcomeKind.named(s.kind) is kind]
        if not chosen:
            continue
        colour, marker = _style(kind)
        ax.scatter(
            [float(s.importance) for s in chosen],
            [float(s.satisfaction) for s in chosen],
            c=colour,
            marker=marker,
            s=46,
            edgecolors="white",
            linewidths=0.6,
            label=kind.value if kind else "kind not given",
            zorder=3,
            clip_on=False,
        )
    # Outcomes with the same scores share one point and one label ("c1, c4").
    at: dict[tuple[float, float], list[str]] = {}
    for s in scores:
        at.setdefault((float(s.importance), float(s.satisfaction)), []).append(s.outcome_id)
    for (x, y), ids in at.items():
        right = x > 8.5
        ax.annotate(
            ", ".join(ids),
            (x, y),
            xytext=(-5 if right else 5, 4),
            textcoords="offset points",
            ha="right" if right else "left",
            fontsize=8,
            zorder=4,
            annotation_clip=False,
        )


def _style(kind: OutcomeKind | None) -> tuple[str, str]:
    """The colour and marker of a kind's points and key rows."""
    return KIND_STYLE[kind] if kind else OTHER_STYLE


def _draw_key(ax: Axes, chart: Axes, scores: Sequence[OutcomeScore]) -> None:
    from matplotlib.patches import Patch

    ax.axis("off")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    mono: dict[str, Any] = {"family": "DejaVu Sans Mono", "va": "top"}
    ax.text(0, 1, f"{'id':<6}{'opp':>5}   statement", fontsize=8.5, fontweight="bold", **mono)
    rows = list(scores[:KEY_ROWS])
    step = min(0.62 / max(len(rows), 1), 0.045)
    for index, s in enumerate(rows):
        kind = OutcomeKind.named(s.kind)
        statement = textwrap.shorten(s.statement or "(no statement)", 44, placeholder="…")
        ax.text(
            0,
            0.955 - index * step,
            f"{s.outcome_id:<6}{float(s.opportunity):>5.1f}   "
            f"[{kind.letter if kind else '?'}] {statement}",
            fontsize=8,
            color=_style(kind)[0],
            **mono,
        )
    if len(scores) > len(rows):
        more = f"… and {len(scores) - len(rows)} more"
        ax.text(0, 0.955 - len(rows) * step, more, fontsize=8, **mono)
    if not scores:
        ax.text(0, 0.955, "no outcome was rated", fontsize=9, **mono)
    handles, labels = chart.get_legend_handles_labels()
    for region, colour in REGION_COLOURS.items():
        handles.append(Patch(facecolor=colour, edgecolor="#999999", linewidth=0.5))
        labels.append(REGION_NOTES[region])
    ax.legend(handles, labels, loc="lower left", fontsize=8, frameon=False, borderaxespad=0)
