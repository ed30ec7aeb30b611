"""The HTML page in headless Chromium: the tree renders, quotes open, search filters, hostile
text stays text (nothing injected runs), and it prints as one A3 landscape poster."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from interviewer.export.formats import render
from interviewer.export.model import ExportModel
from interviewer.export.outline import outline, walk

from .helpers import hostile_model, rich_model, run_chromium

pytestmark = pytest.mark.slow


def page(model: ExportModel, folder: Path, name: str = "page.html") -> Path:
    html = render(model, "html")
    assert isinstance(html, str)
    path = folder / name
    path.write_text(html, encoding="utf-8")
    return path


def dump_dom(path: Path, fragment: str = "") -> str:
    done = run_chromium("--dump-dom", path.as_uri() + fragment)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "</html>" in done.stdout
    return done.stdout


def key_of(model: ExportModel, node: str) -> str:
    return f"n{list(model.graph).index(node)}"


def test_the_tree_renders_and_a_click_target_shows_quotes_and_evidence(tmp_path: Path) -> None:
    model = rich_model(True)
    dom = dump_dom(page(model, tmp_path), "#" + key_of(model, "c5"))
    assert 'data-ready="true"' in dom  # the script ran under the page's CSP
    entries = walk(outline(model.graph))
    assert dom.count('role="treeitem"') == len(entries)
    assert dom.count('class="node k-') == len(entries)
    detail = dom.split('id="detail"', 1)[1].split("</aside>", 1)[0]
    assert '<h2 dir="auto">I don\'t have to worry about money</h2>' in detail
    assert "3 quotes" in detail
    assert "<mark>I just want to stop worrying about money</mark>" in detail
    assert "Q: Why is having money left at the end of the month important to you?" in detail
    assert "rule:feeling=worry" in detail
    assert ">Emotional<" in detail  # the kind titled as export/style.py titles it
    assert 'class="card selected"' in dom


def test_hostile_text_is_shown_as_text_and_nothing_injected_runs(tmp_path: Path) -> None:
    model = hostile_model(False)
    dom = dump_dom(page(model, tmp_path), "#" + key_of(model, "=1+1"))
    [title] = re.findall(r"<title>(.*?)</title>", dom)
    assert title == 'get "things" &lt;done&gt; &amp; | # ]]&gt; 🚀 — outcomes'  # not 'pwned'
    assert "pwned" not in title
    assert 'data-ready="true"' in dom
    assert len(re.findall(r"<script\b", dom)) == 2  # the data and the page's own code
    assert not re.search(r"<img\b", dom) and not re.search(r"<i>x", dom)
    detail = dom.split('id="detail"', 1)[1].split("</aside>", 1)[0]
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt; I want my bills paid" in detail
    assert "أريد أن أشعر بالأمان 😀" in dom


SEARCH = "const s = document.getElementById('search'); s.value = 'PARTNER';"
UNTICK = (
    "for (const kind of ['emotional', 'social']) {"
    "const box = document.querySelector(`input[data-kind=${kind}]`); box.checked = false;"
    "box.dispatchEvent(new Event('change')); }"
)


@pytest.mark.parametrize(
    ("driver", "expected", "status"),
    [
        (SEARCH + "s.dispatchEvent(new Event('input'));", ("job", "o1", "o3", "o4"), "1 outcome"),
        (UNTICK, ("job", "o1", "o2", "o7", "o9", "o10"), "5 outcomes"),
    ],
    ids=["search", "kinds"],
)
def test_search_and_kind_filters_hide_what_does_not_match(
    driver: str, expected: tuple[str, ...], status: str, tmp_path: Path
) -> None:
    model = rich_model(False)
    html = render(model, "html")
    assert isinstance(html, str)
    # A copy without the CSP, with a script that acts as the user: types or unticks.
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", html)
    path = tmp_path / "driven.html"
    path.write_text(html.replace("</body>", f"<script>{driver}</script></body>"), "utf-8")
    dom = dump_dom(path)
    tags = re.findall(r'<li class="node [^"]*" data-key="(n\d+)"([^>]*)>', dom)
    visible = {key for key, rest in tags if "hidden" not in rest}
    assert visible == {key_of(model, node) for node in expected}
    assert f"{status} match" in dom
    if "PARTNER" in driver:
        assert "<mark>partner</mark>" in dom.lower()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_shows_the_page(tmp_path: Path) -> None:
    model = rich_model(True)
    path = page(model, tmp_path)
    shot = tmp_path / "shot.png"
    done = run_chromium(
        f"--screenshot={shot}", "--window-size=1400,1000", path.as_uri() + "#" + key_of(model, "c5")
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert _png_size(shot) == (1400, 1000)
    assert shot.stat().st_size > 30_000  # a drawn page, not a blank one


def test_prints_as_one_a3_landscape_page(tmp_path: Path) -> None:
    path = page(rich_model(True), tmp_path)
    pdf = tmp_path / "poster.pdf"
    done = run_chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes, "no page in the PDF"
    for width, height in boxes:
        # A3 landscape is 420 x 297 mm = 1190.55 x 841.89 pt (Chromium rounds to pixels).
        assert abs(float(width) - 1190.55) < 2 and abs(float(height) - 841.89) < 2
    assert len(boxes) == 1
