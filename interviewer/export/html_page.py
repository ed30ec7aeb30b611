"""``html``: one standalone page: a collapsible, searchable tree, quotes on click, A3 print."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from html import escape
from importlib import resources
from typing import Any, TextIO

from interviewer.core.outcome import LEGEND, Polarity
from interviewer.core.session import ROOT
from interviewer.export.model import ExportModel, Quote
from interviewer.export.outline import Entry, outline, walk
from interviewer.export.safe_text import shorten
from interviewer.export.style import KIND_STYLES, REVIEW_MARK, STYLES, page_colours
from interviewer.graph.nodes import outcome_node

# JSON inside <script>: these never end the element nor start a comment, and U+2028/2029 are
# not line breaks to older JavaScript engines.
_SCRIPT_SAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


# The line of page.css that stands for the kind colours of ``interviewer.export.style``.
COLOURS_HERE = "  /* the kind colours: interviewer.export.style.page_colours() */\n"


@cache
def asset(name: str) -> str:
    """A file of ``interviewer/export/assets`` (the page's CSS and JavaScript)."""
    return resources.files("interviewer.export").joinpath("assets", name).read_text("utf-8")


def page_css() -> str:
    """The page's stylesheet, its kind colours written from the exports' styles."""
    sheet = asset("page.css")
    if COLOURS_HERE not in sheet:
        raise RuntimeError(f"page.css lacks the kind colours' line {COLOURS_HERE.strip()!r}")
    return sheet.replace(COLOURS_HERE, page_colours(), 1)


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside ``<script type="application/json">``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SCRIPT_SAFE.get(char, char) for char in text)


def csp_hash(source: str) -> str:
    """The Content-Security-Policy source expression that allows exactly this inline code."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def write_html(model: ExportModel, out: TextIO) -> None:
    """The page: no network (a CSP forbids it), all text escaped, data as inert JSON."""
    keys = {node: f"n{index}" for index, node in enumerate(model.graph)}
    css = "\n" + page_css()
    js = "\n" + asset("page.js")
    policy = (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    title = escape(model.title)
    out.write(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="generator" content="interviewer">\n'
        f"<title>{title} — outcomes</title>\n<style>{css}</style>\n</head>\n<body>\n"
        '<header class="top">\n'
        f'<div class="titles"><h1>{title}</h1>'
        f'<p class="subtitle">{escape(model.subtitle)}</p></div>\n'
        '<div class="controls" role="search">\n'
        '<input id="search" type="search" placeholder="Search outcomes and quotes…" '
        'aria-label="Search outcomes and quotes" autocomplete="off">\n'
        '<fieldset class="filters"><legend>Show</legend>\n'
    )
    for kind, style in KIND_STYLES.items():
        out.write(
            f'<label class="chip k-{kind}"><input type="checkbox" data-kind="{kind}" checked> '
            f"{style.title}</label>\n"
        )
    for polarity in Polarity:
        out.write(
            f'<label class="chip"><input type="checkbox" data-polarity="{polarity}" checked> '
            f"{polarity.sign} {polarity}</label>\n"
        )
    out.write(
        "</fieldset>\n"
        '<button id="expand" type="button">Expand all</button>\n'
        '<button id="collapse" type="button">Collapse all</button>\n'
        '<span id="status" role="status"></span>\n</div>\n</header>\n<main>\n'
        '<section class="tree-pane" aria-label="outcome tree">\n'
    )
    _write_tree(model, keys, out)
    out.write(
        "</section>\n"
        '<aside id="detail" class="detail" aria-live="polite">'
        '<p class="hint">Click an outcome to see its quotes and evidence.</p></aside>\n'
        "</main>\n"
    )
    _write_footer(model, out)
    out.write(
        '<noscript><p class="hint">Search, filters and quotes need JavaScript; '
        "the tree above is complete without it.</p></noscript>\n"
        f'<script id="outcome-data" type="application/json">{script_json(_data(model, keys))}'
        f"</script>\n<script>{js}</script>\n</body>\n</html>\n"
    )


def _write_tree(model: ExportModel, keys: dict[str, str], out: TextIO) -> None:
    out.write('<ul class="tree" role="tree">\n')
    depth = 0
    for level, entry in walk(outline(model.graph)):
        while depth > level:
            out.write("</ul></li>\n")
            depth -= 1
        out.write(_item(model, keys, entry))
        if entry.children:
            out.write('\n<ul role="group">\n')
            depth += 1
        else:
            out.write("</li>\n")
    while depth > 0:
        out.write("</ul></li>\n")
        depth -= 1
    out.write("</ul>\n")


def _item(model: ExportModel, keys: dict[str, str], entry: Entry) -> str:
    view = outcome_node(model.graph, entry.node)
    key = keys[entry.node]
    classes = ["node", f"k-{view.kind_name if view.kind_name in STYLES else 'other'}"]
    if view.polarity:
        classes.append(f"p-{view.polarity}")
    statement = escape(view.statement)
    twisty = (
        '<button class="twisty" type="button" aria-label="Collapse">▾</button>'
        if entry.children
        else '<span class="twisty leaf" aria-hidden="true"></span>'
    )
    if entry.repeat:
        classes.append("repeat")
        card = (
            f'<button class="card" type="button" data-key="{key}">'
            f'<span class="badge">↑</span><span class="statement" dir="auto">{statement}</span>'
            '<span class="meta">see above</span></button>'
        )
    else:
        head = view.badge.strip("[]")
        meta = ""
        if model.merged:
            meta = f'<span class="meta">{escape(_plural(view.count, "interview"))}</span>'
        if view.review:
            classes.append("review")
            meta += f'<span class="meta" title="the analysis was unsure">{REVIEW_MARK}</span>'
        card = (
            f'<button class="card" type="button" data-key="{key}">'
            f'<span class="badge">{escape(head)}</span>'
            f'<span class="statement" dir="auto">{statement}</span>{meta}</button>'
        )
    count = model.edge_label(entry.parent, entry.node) if entry.parent is not None else ""
    counted = f'<span class="count" title="links counted">{escape(count)}</span>' if count else ""
    expanded = ' aria-expanded="true"' if entry.children else ""
    return (
        f'<li class="{" ".join(classes)}" data-key="{key}" role="treeitem"{expanded}>'
        f'<div class="row">{twisty}{card}{counted}</div>'
    )


def _plural(count: object, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _write_footer(model: ExportModel, out: TextIO) -> None:
    out.write(f'<footer class="legend"><p>{escape(LEGEND)} · dashed border: avoid</p>\n')
    if model.findings:
        out.write(f"<p>Findings ({len(model.findings)}):</p><ul>\n")
        for finding in model.findings:
            where = f"{finding.interview} {finding.node}" if finding.interview else finding.node
            text = f"[{finding.code}] {where}: {finding.message}"
            if finding.suggestion:
                text += f" → {finding.suggestion}"
            out.write(f"<li>{escape(text)}</li>\n")
        out.write("</ul>\n")
    else:
        out.write("<p>No findings.</p>\n")
    out.write("</footer>\n")


def _data(model: ExportModel, keys: dict[str, str]) -> dict[str, Any]:
    nodes: dict[str, Any] = {}
    for node, key in keys.items():
        view = outcome_node(model.graph, node)
        item: dict[str, Any] = {
            "id": view.id,
            "kind": view.kind_name,
            "polarity": view.polarity_name,
            "statement": view.statement,
            "quotes": [_quote(quote) for quote in model.quotes.get(node, ())],
        }
        if model.merged:
            item["count"] = view.count
            item["mentions"] = view.mentions
            item["interviews"] = view.interviews.replace(",", ", ")
            item["links"] = "; ".join(
                _link(model, parent, node) for parent in model.graph.predecessors(node)
            )
        nodes[key] = item
    titles = {name: style.title for name, style in STYLES.items()}
    return {"merged": model.merged, "kinds": titles, "nodes": nodes}


def _link(model: ExportModel, parent: str, node: str) -> str:
    count = model.edge_label(parent, node)
    if parent == ROOT:
        return f"begins {count} ladder(s)"
    statement = shorten(outcome_node(model.graph, parent).statement, 40)
    return f"after “{statement}” ({parent}): {count}"


def _quote(quote: Quote) -> dict[str, Any]:
    answer = quote.answer
    start = max(0, min(quote.start, len(answer)))
    end = max(start, min(quote.end, len(answer)))
    if start == end:
        before, span, after = answer, "", ""
    else:
        before, span, after = answer[:start], answer[start:end], answer[end:]
    return {
        "interview": quote.interview,
        "turn": quote.turn,
        "speaker": quote.speaker,
        "question": quote.question,
        "before": before,
        "span": span,
        "after": after,
        "confidence": round(quote.confidence, 2),
        "evidence": list(quote.evidence),
    }
