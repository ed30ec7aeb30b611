"""A few snapshots of the screens at a fixed size (the look is part of the product)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from .conftest import all_coded, lose_weight_app

SIZE = (130, 40)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    import interviewer.tui.screens.interview as interview

    monkeypatch.setattr(interview, "monotonic", lambda: 1000.0)
    monkeypatch.setattr(interview, "wall_clock", lambda: "10:00:00")


async def answered(pilot, *answers: str) -> None:  # type: ignore[no-untyped-def]
    from interviewer.tui.widgets.answer_box import AnswerBox

    pilot.app.screen.query_one(AnswerBox).cursor_blink = False  # a blink is not a regression
    for text in answers:
        await pilot.press(*text, "enter")
        await all_coded(pilot)
    await pilot.pause(0.3)
    await pilot.wait_for_scheduled_animations()


class TestInterviewScreen:
    def test_after_a_ladder_up_and_a_feeling(self, snap_compare, tmp_path, frozen_clock) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
            await answered(pilot, "I want my old jeans to fit", "Then I'd feel confident")

        assert snap_compare(lose_weight_app(tmp_path), terminal_size=SIZE, run_before=run_before)

    def test_help_screen(self, snap_compare, tmp_path, frozen_clock) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
            await answered(pilot)
            await pilot.press("f1")
            await pilot.pause(0.3)

        assert snap_compare(lose_weight_app(tmp_path), terminal_size=SIZE, run_before=run_before)


class TestWrapUp:
    def test_chains_and_ratings(self, snap_compare, tmp_path, frozen_clock) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
            await answered(
                pilot,
                "I want my old jeans to fit",
                "Then I'd feel confident",
                "People would call me disciplined",
            )
            await pilot.press("f3")
            await pilot.pause(0.2)
            for rating in pilot.app.screen.query(Input):
                rating.cursor_blink = False  # on a busy machine the shot fell between blinks
            await pilot.pause()

        assert snap_compare(lose_weight_app(tmp_path), terminal_size=SIZE, run_before=run_before)
