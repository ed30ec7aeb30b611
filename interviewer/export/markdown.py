"""``md``: the tree as a nested Markdown outline with kind/polarity badges and quotes."""

from __future__ import annotations

import re
from typing import TextIO

from interviewer.core.outcome import LEGEND
from interviewer.export.model import ExportModel, Quote
from interviewer.export.outline import Entry, outline, walk
from interviewer.export.safe_text import one_line
from interviewer.export.style import REVIEW_MARK
from interviewer.graph.nodes import OutcomeNode, outcome_node

_INLINE = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(r"[\\`*_\[\]<>&|~$!]")
_BLOCK_LEAD = re.compile(r"^(?:[#>+=\-]|\d+(?=[.)]))")
_LINES = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\v\f]")


def inline(text: str) -> str:
    """One line of Markdown that shows ``text`` literally: no markup, links, HTML or tables."""
    return _SPECIAL.sub(lambda m: _INLINE.get(m[0], "\\" + m[0]), one_line(text))


def quote_lines(text: str) -> list[str]:
    """Each line of ``text`` escaped for a block quote, block markers at the start included."""
    lines = []
    for raw in _LINES.split(text):
        line = inline(raw)
        lines.append(_BLOCK_LEAD.sub(_escape_lead, line))
    return lines


def _escape_lead(match: re.Match[str]) -> str:
    lead = match[0]
    return lead + "\\" if lead[0].isdigit() else "\\" + lead


def write_markdown(model: ExportModel, out: TextIO) -> None:
    """Heading, legend, the outline (quotes as block quotes under their outcome), findings."""
    out.write(f"# {inline(model.title)}\n\n{inline(model.subtitle)}\n\n")
    out.write(f"Legend: {inline(LEGEND)}\n\n")
    for depth, entry in walk(outline(model.graph)):
        indent = "  " * depth
        view = outcome_node(model.graph, entry.node)
        statement = inline(view.statement)
        if entry.repeat:
            out.write(f"{indent}- ↑ see above: {statement} (`{_code(entry.node)}`)\n")
            continue
        if view.is_job:
            out.write(f"{indent}- **{statement}** · {view.kind_name}\n")
            continue
        facts = " · ".join(_facts(model, entry, view))
        out.write(f"{indent}- `{view.badge}` **{statement}** · {facts}\n")
        for quote in model.quotes.get(entry.node, ()):
            _write_quote(out, indent + "  ", quote)
    out.write("\n## Findings\n\n")
    if not model.findings:
        out.write("No findings.\n")
    for finding in model.findings:
        where = f"{finding.interview} {finding.node}" if finding.interview else finding.node
        out.write(f"- **{inline(finding.code)}** {inline(where)}: {inline(finding.message)}\n")
        if finding.suggestion:
            out.write(f"  - → {inline(finding.suggestion)}\n")


def _facts(model: ExportModel, entry: Entry, view: OutcomeNode) -> list[str]:
    """What follows an outcome's statement: kind and polarity, id, counts, marks."""
    facts = [f"{view.kind_name}, {view.polarity_name}", f"`{_code(entry.node)}`"]
    if model.merged:
        facts.append(f"{view.count} interview{'s' if view.count != 1 else ''}")
    if view.review:
        facts.append(REVIEW_MARK)
    if entry.parent is not None and model.edge_label(entry.parent, entry.node):
        facts.append(f"← {model.edge_label(entry.parent, entry.node)}")
    return facts


def _write_quote(out: TextIO, indent: str, quote: Quote) -> None:
    for line in quote_lines(quote.text or quote.answer):
        out.write(f"{indent}> {line}\n" if line else f"{indent}>\n")
    who = ", ".join(part for part in (quote.speaker, f"{quote.interview} {quote.turn}") if part)
    out.write(f"{indent}>\n{indent}> — {inline(who)}\n")


def _code(text: str) -> str:
    """An id shown in a code span: backticks and line breaks cannot end it."""
    return one_line(text).replace("`", "'")
