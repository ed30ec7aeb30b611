"""A user's key map remaps the app's bindings by id; a broken one is ignored with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.io.keymap import KEYMAP_ENV
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.wrapup import WrapUpScreen

from .conftest import lose_weight_app


async def test_a_remapped_key_runs_its_action(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keymap = tmp_path / "keymap.yaml"
    keymap.write_text("interview.wrap_up: f9\n", encoding="utf-8")
    monkeypatch.setenv(KEYMAP_ENV, str(keymap))
    app = lose_weight_app(tmp_path / "out")
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, InterviewScreen)
        await pilot.press("f3")  # the default key no longer wraps up
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, WrapUpScreen)


async def test_a_broken_keymap_is_ignored_with_a_warning_naming_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keymap = tmp_path / "keymap.yaml"
    keymap.write_text("interview.wrap_up: f9\ntree.kind: [K\n", encoding="utf-8")
    monkeypatch.setenv(KEYMAP_ENV, str(keymap))
    app = lose_weight_app(tmp_path / "out")
    async with app.run_test(size=(120, 40)) as pilot:
        [warning] = list(app._notifications)
        assert warning.severity == "warning"
        assert warning.message.startswith(f"{keymap}:3: keymap ignored (not valid YAML: ")
        await pilot.press("f3")  # the default keys still work
        await pilot.pause()
        assert isinstance(app.screen, WrapUpScreen)
