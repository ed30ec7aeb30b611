"""The Mermaid exports rendered by Mermaid itself in headless Chromium (opt-in).

Mermaid is not a Python package, so this check runs when ``MERMAID_JS`` names a
``mermaid.min.js``, e.g. from ``npm pack mermaid@12.3.0`` (``package/dist/mermaid.min.js``).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from interviewer.export.formats import render

from .helpers import hostile_model, rich_model, run_chromium

pytestmark = pytest.mark.slow


def mermaid_js() -> Path:
    given = os.environ.get("MERMAID_JS", "")
    if not given or not Path(given).is_file():
        pytest.skip("set MERMAID_JS to a mermaid.min.js (npm pack mermaid) to render with Mermaid")
    return Path(given).resolve()


@pytest.mark.parametrize("hostile", [False, True], ids=["rich", "hostile"])
@pytest.mark.parametrize("merged", [False, True], ids=["tree", "merged"])
def test_mermaid_parses_and_renders_the_export(hostile: bool, merged: bool, tmp_path: Path) -> None:
    script = mermaid_js()
    model = hostile_model(merged) if hostile else rich_model(merged)
    source = render(model, "mermaid")
    assert isinstance(source, str)
    literal = json.dumps(source).replace("<", "\\u003c")
    page = tmp_path / "mermaid.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>unchanged</title>'
        f'<script src="{script.as_uri()}"></script></head><body><div id="out"></div>'
        '<pre id="result">pending</pre><script>'
        "mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});"
        f"const source = {literal};"
        "(async () => { const result = document.getElementById('result');"
        "try { await mermaid.parse(source); const drawn = await mermaid.render('g', source);"
        "document.getElementById('out').innerHTML = drawn.svg; result.textContent = 'RENDERED';"
        "} catch (error) { result.textContent = 'ERROR ' + error; } })();"
        "</script></body></html>",
        encoding="utf-8",
    )
    done = run_chromium("--virtual-time-budget=15000", "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert '<pre id="result">RENDERED</pre>' in done.stdout, re.findall(
        r'<pre id="result">[^<]*', done.stdout
    )
    assert "<title>unchanged</title>" in done.stdout
    assert done.stdout.count('<g class="node') >= model.graph.number_of_nodes()
