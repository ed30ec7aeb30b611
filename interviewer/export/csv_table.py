"""``csv``: one row per outcome, with cells a spreadsheet cannot mistake for formulas."""

from __future__ import annotations

import csv
from typing import TextIO

from interviewer.core.session import ROOT
from interviewer.export.model import ExportModel
from interviewer.graph.nodes import outcome_node

COLUMNS = ("id", "parent_id", "kind", "polarity", "statement", "count", "sources")
_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(cell: str) -> str:
    """A cell that starts like a formula (``= + - @``, tab, CR) gets a leading apostrophe."""
    return f"'{cell}" if cell.startswith(_FORMULA_LEAD) else cell


def write_csv(model: ExportModel, out: TextIO) -> None:
    """Rows in the graph's order; ``parent_id`` joins several parents (merged maps) with "; ".

    ``count`` is how many interviews mention the outcome (1 on a single interview's tree) and
    ``sources`` lists ``interview:turn`` of every place it was said.
    """
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for node in model.graph:
        if node == ROOT:
            continue
        view = outcome_node(model.graph, node)
        row = (
            view.id,
            "; ".join(str(parent) for parent in model.graph.predecessors(node)),
            view.kind_name,
            view.polarity_name,
            view.statement,
            str(view.count),
            "; ".join(model.sources(node)),
        )
        writer.writerow([neutralise(cell) for cell in row])
