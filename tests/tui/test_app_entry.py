"""The interview TUI starts on the bundled defaults and opens fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.io.banks import find_bank
from interviewer.tui.app import make_app
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.setup import SetupScreen
from interviewer.tui.widgets.probe import ProbePanel

from ..conftest import lose_weight_analyzer
from .conftest import lose_weight_app


async def test_with_job_and_participant_the_opening_probe_is_shown(tmp_path: Path) -> None:
    bank = find_bank("lose-weight")
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, InterviewScreen)
        probe = str(app.screen.query_one(ProbePanel).render())
        openings = [t.replace("{job}", "lose weight") for t in bank.probes["opening"]]
        assert any(opening in probe for opening in openings)
        assert app.screen.query_one(ProbePanel).border_title == "Ask · opening"
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    # the session file exists and is valid from the first second
    [session_file] = tmp_path.glob("p1-*.session.yaml")
    assert session_file.read_text(encoding="utf-8").startswith("format: interviewer-session/1")


async def test_without_participant_the_setup_screen_asks(tmp_path: Path) -> None:
    app = make_app(bank=find_bank("generic"), out_dir=tmp_path, analyzer=lose_weight_analyzer)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, SetupScreen)
        await pilot.press("ctrl+s")  # nothing typed yet: refused with a hint
        assert isinstance(app.screen, SetupScreen)


async def test_two_interviews_in_one_folder_get_their_own_files(tmp_path: Path) -> None:
    paths = []
    for _ in range(2):
        app = make_app(
            bank=find_bank("generic"),
            job="x",
            participant="p1",
            out_dir=tmp_path,
            analyzer=lose_weight_analyzer,
        )
        async with app.run_test(size=(100, 30)):
            assert app.controller and app.controller.store
            paths.append(app.controller.store.path)
    assert paths[0] != paths[1]
    assert all(p.exists() for p in paths)


@pytest.mark.slow
def test_the_tui_modules_do_not_load_spacy_at_start() -> None:
    probe = "import sys, interviewer.tui.app; print('spacy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr
