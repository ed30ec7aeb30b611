"""The layers of ARCHITECTURE.md hold: import-linter contracts and a fast headless CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_import_linter_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("module", ["interviewer.cli", "interviewer.core"])
def test_headless_modules_do_not_load_textual_or_spacy(module: str) -> None:
    probe = (
        f"import sys, {module}; "
        "loaded = sorted(m for m in ('textual', 'spacy', 'thinc') if m in sys.modules); "
        "print(','.join(loaded))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.slow
def test_core_imports_no_framework() -> None:
    probe = (
        "import sys, interviewer.core; "
        "frameworks = ('textual', 'spacy', 'networkx', 'click', 'yaml', 'rich'); "
        "bad = sorted(m for m in frameworks if m in sys.modules); "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == ""
