"""The setup screen refuses the generic bank's placeholder as a job."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from interviewer.io.banks import find_bank
from interviewer.tui.app import make_app
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.setup import SetupScreen

from ..conftest import lose_weight_analyzer


async def test_the_generic_placeholder_is_not_a_job(tmp_path: Path) -> None:
    generic = find_bank("generic")
    app = make_app(bank=generic, out_dir=tmp_path, analyzer=lose_weight_analyzer)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, SetupScreen)
        assert screen.query_one("#job", Input).value == ""  # not pre-filled with the placeholder
        consent = screen.query_one(".consent")  # the whole sentence, wrapped, on screen
        assert consent.region.bottom <= 24 and consent.region.height >= 2
        assert consent.region.width <= 80
        screen.query_one("#job", Input).value = generic.job
        screen.query_one("#participant", Input).value = "p1"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen and screen.query_one("#job", Input).has_focus
        assert not list(tmp_path.glob("*.session.yaml"))
        screen.query_one("#job", Input).value = "send a parcel abroad"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
