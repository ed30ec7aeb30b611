"""Golden files: the bytes of every format on the rich fixture are the contract.

Regenerate after an intended change with::

    INTERVIEWER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/export/test_golden.py

and review the diff of ``tests/export/golden/`` before committing. SVG, PNG and PDF depend on
the installed Graphviz, so they are checked by parsing (``test_read_back.py``), not byte for
byte; their DOT source is golden. A ``.qdpx`` is compared member by member (the zip's deflate
bytes depend on the zlib build).
"""

from __future__ import annotations

import difflib
import io
import os
import zipfile
from pathlib import Path

import pytest

from interviewer.export.formats import FORMATS

from .helpers import GOLDEN, GRAPHVIZ_FORMATS, RICH, VARIANTS, export, need

UPDATE = os.environ.get("INTERVIEWER_UPDATE_GOLDEN") == "1"
GOLDEN_FORMATS = [name for name in FORMATS if name not in GRAPHVIZ_FORMATS]


def golden_files(variant: str, fmt: str, data: bytes) -> dict[str, bytes]:
    """The golden file names and bytes of one export (a qdpx: one file per member)."""
    if fmt != "qdpx":
        return {f"{variant}{FORMATS[fmt].suffix}": data}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names[0] == "project.qde"
        files = {f"{variant}.qdpx.project.qde": archive.read("project.qde")}
        files[f"{variant}.qdpx.sources.txt"] = b"".join(
            f"==> {name} <==\n".encode() + archive.read(name) for name in names[1:]
        )
    return files


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_output_matches_the_golden_file(
    variant: str,
    fmt: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(RICH)  # relative input paths: the JSON's "source" is the same everywhere
    data = export([*VARIANTS[variant], "--format", fmt], tmp_path / f"out.{fmt}", capsys)
    for name, actual in golden_files(variant, fmt, data).items():
        path = GOLDEN / name
        if UPDATE:
            path.write_bytes(actual)
            continue
        assert path.exists(), f"no golden file {name}: run with INTERVIEWER_UPDATE_GOLDEN=1"
        expected = path.read_bytes()
        if actual != expected:
            diff = difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(),
                actual.decode("utf-8", "replace").splitlines(),
                f"golden/{name}",
                "export",
                lineterm="",
                n=1,
            )
            pytest.fail(f"{name} differs from the golden file:\n" + "\n".join(list(diff)[:40]))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_same_input_gives_the_same_bytes(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if fmt in GRAPHVIZ_FORMATS:
        need("dot", "graphviz")
    monkeypatch.chdir(RICH)
    first = export([*VARIANTS["merged"], "--format", fmt], tmp_path / "a")
    second = export([*VARIANTS["merged"], "--format", fmt], tmp_path / "b")
    assert first == second
