"""Shared by the export tests: fixtures, running the CLI, golden files and real tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.export.formats import FORMATS
from interviewer.export.model import ExportModel, build_model
from interviewer.io.coded import load_interview

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
RICH = FIXTURES / "rich"
HOSTILE = FIXTURES / "hostile"
GOLDEN = HERE / "golden"
RICH_FILES = ["r1.coded.jsonl", "r2.coded.jsonl", "r3.session.yaml"]
HOSTILE_FILES = ["hostile.coded.jsonl", "hostile2.coded.jsonl"]
# The two exports every format is checked on: one interview's tree and a merged map whose
# cut-off keeps a code with two parents (so the map is not a tree).
VARIANTS = {
    "tree": ["r1.coded.jsonl"],
    "merged": [*RICH_FILES, "--merge", "--cutoff", "1"],
}
ALL_FORMATS = list(FORMATS)
GRAPHVIZ_FORMATS = [name for name, fmt in FORMATS.items() if fmt.graphviz]
TEXT_FORMATS = [name for name, fmt in FORMATS.items() if not fmt.is_binary]
# Set to 1 to fail, not skip, when `dot` or Chromium is missing (CI installs both).
REQUIRE_TOOLS = os.environ.get("INTERVIEWER_REQUIRE_TOOLS") == "1"


def export(argv: list[str], out: Path, capsys: pytest.CaptureFixture[str] | None = None) -> bytes:
    """Run ``interviewer export ARGV -o OUT`` and return the bytes written."""
    status = main(["export", *argv, "-o", str(out)])
    err = capsys.readouterr().err if capsys is not None else ""
    assert status == 0, err
    return out.read_bytes()


def rich_model(merged: bool) -> ExportModel:
    files = RICH_FILES if merged else RICH_FILES[:1]
    return build_model(
        [load_interview(RICH / name) for name in files], merge=merged, cutoff=1 if merged else None
    )


def hostile_model(merged: bool) -> ExportModel:
    files = HOSTILE_FILES if merged else HOSTILE_FILES[:1]
    return build_model(
        [load_interview(HOSTILE / name) for name in files],
        merge=merged,
        cutoff=1 if merged else None,
    )


def need(program: str, package: str) -> str:
    """The path of a program a test runs; skip (or fail with INTERVIEWER_REQUIRE_TOOLS=1)."""
    found = shutil.which(program)
    if found is None:
        message = f"`{program}` is not installed (Debian: apt-get install {package})"
        if REQUIRE_TOOLS:
            pytest.fail(message)
        pytest.skip(message)
    return found


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return need(name, "chromium")
    return need("chromium", "chromium")


# Headless, no network of its own, no sandbox (CI runs as root): how every test starts Chromium.
HEADLESS_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
)


def run_chromium(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with no network, no sandbox (CI runs as root) and a fresh profile."""
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium(), *HEADLESS_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
