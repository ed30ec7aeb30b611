"""Nothing typed is lost: ratings are saved as they are typed, and quitting keeps everything."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.io.session_file import journal_path, read_session
from interviewer.tui.screens.wrapup import WrapUpScreen

from .conftest import answer, lose_weight_app

SIZES = [(160, 48), (100, 30), (80, 24)]


@pytest.mark.parametrize("size", SIZES)
async def test_ratings_typed_then_ctrl_q_are_in_the_file(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        assert app.controller is not None and app.controller.store is not None
        path = app.controller.store.path
        [oid] = app.controller.session.outcomes
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, WrapUpScreen)
        await pilot.press("4", "tab", "2")  # importance 4, satisfaction 2; no ctrl+s
        await pilot.pause()
        # journaled (fsynced) before the row shows as saved
        journaled = '"ratings":{"' + oid + '":{"importance":4,"satisfaction":2}}'
        assert journaled in journal_path(path).read_text(encoding="utf-8")
        assert "saved" in str(app.screen.query_one(f"#state-{oid}").render())
        await pilot.press("ctrl+q")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["ratings"] == {oid: {"importance": 4, "satisfaction": 2}}
    assert read_session(path).session.ratings[oid].importance == 4


async def test_quit_with_a_typed_answer_or_half_a_rating_asks_first(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        await pilot.press(*"and also")  # a draft, not submitted
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running  # warned, not gone
        await pilot.press("enter")  # the interviewer saves it instead
        await pilot.pause(0.3)
        assert app.controller is not None
        assert list(app.controller.session.participant_turns())[-1].text == "and also"
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("4")  # importance only
        app._quit_warned_at = -100.0  # a later quit: warned afresh
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+q")  # twice: quit anyway
        await pilot.pause()
    assert not app.is_running
