"""Beside a video call: what must stay on screen at 160×48, 100×30 and 80×24; every action in ctrl+p."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.command import CommandPalette
from textual.widgets._footer import FooterKey

from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.export.style import KIND_STYLES
from interviewer.tui.app import InterviewApp
from interviewer.tui.screens.interview import CorrectableTree, InterviewScreen
from interviewer.tui.widgets.badges import badge, kind_colours

from .conftest import answer, lose_weight_app

SIZES = [(160, 48), (100, 30), (80, 24)]
ESSENTIAL_KEYS = {"f1", "ctrl+q", "f4"}


def visible_keys(app: InterviewApp, width: int) -> set[str]:
    return {
        key.key
        for key in app.screen.query(FooterKey)
        if key.region.width and key.region.right <= width
    }


@pytest.mark.parametrize("size", SIZES)
async def test_save_indicator_and_essential_keys_stay_visible(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    width = size[0]
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        await pilot.pause(0.1)
        status = app.screen.query_one("#status")
        shown = str(status.render())[: status.region.width - 2]
        assert "✓ saved" in shown and "rev" in shown
        assert visible_keys(app, width) >= ESSENTIAL_KEYS
        await pilot.press("ctrl+t")  # the tree's keys come after the essential ones
        await pilot.pause(0.1)
        tree = app.screen.query_one(CorrectableTree)
        assert tree.has_focus and tree.region.width > 0
        assert visible_keys(app, width) >= ESSENTIAL_KEYS
        if width >= 160:
            assert {"l", "b", "k", "p", "e", "d", "m", "a"} <= visible_keys(app, width)
        legend = str(app.screen.query_one("#legend").render())
        assert "F functional" in legend and "S social" in legend


async def test_at_80_columns_the_tree_is_a_pane_of_its_own(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        screen = app.screen
        assert not screen.query_one("#right").display or screen.query_one("#right").size.width == 0
        await pilot.press("ctrl+t")
        await pilot.pause(0.1)
        tree = screen.query_one(CorrectableTree)
        assert tree.has_focus and tree.size.width >= 70  # labels get the whole width
        assert screen.query_one("#left").size.width == 0
        await pilot.press("ctrl+t")
        await pilot.pause(0.1)
        assert screen.query_one("#left").size.width >= 70


def test_social_is_one_hue_in_the_terminal_and_the_exports() -> None:
    import colorsys

    def hue(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return colorsys.rgb_to_hls(r, g, b)[0] * 360

    tcss = (Path(__file__).parents[2] / "interviewer/tui/app.tcss").read_text(encoding="utf-8")
    for kind in OutcomeKind:
        colour = kind_colours()[kind]
        assert f"${kind}: {colour};" in tcss  # the badges' colour is the stylesheet's
        assert badge(Outcome(kind, Polarity.AVOID, "I am fit")).style == f"bold {colour}"
        assert abs(hue(colour) - hue(KIND_STYLES[kind].stroke)) < 15, kind


async def test_every_binding_is_a_palette_command_and_runs(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        commands = {command.title: command for command in app.get_system_commands(screen)}
        bindings = [*InterviewScreen.BINDINGS, *CorrectableTree.BINDINGS, *app.BINDINGS]
        for binding in bindings:
            assert isinstance(binding, Binding)
            assert binding.id and binding.tooltip, binding
            assert binding.description in commands, binding.description
            owner = app if binding in app.BINDINGS else screen
            action = binding.action.removeprefix("screen.")
            assert callable(getattr(owner, f"action_{action}", None)), binding.action
        assert "Export" in commands and "Undo" in commands and "Ladder down" in commands

        # Driven as a person would: ctrl+p, type, Enter.
        [jeans] = app.controller.session.outcomes  # type: ignore[union-attr]
        await pilot.press("ctrl+t")
        screen.query_one(CorrectableTree).rebuild(app.controller.session, jeans)  # type: ignore[union-attr]
        await pilot.pause(0.1)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Ladder down")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.controller.decision.move is Move.LADDER_DOWN  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_f2_keeps_the_latest_answer_in_view(tmp_path: Path, size: tuple[int, int]) -> None:
    from interviewer.tui.widgets.conversation import Conversation

    app = lose_weight_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        for text in ("my old jeans", "I'd be confident", "disciplined, they'd say", "more energy"):
            await answer(pilot, app, text)
        conversation = app.screen.query_one(Conversation)
        await pilot.pause(0.2)
        assert conversation.max_scroll_y > 0 and conversation.is_vertical_scroll_end
        await pilot.press("f2")
        await pilot.pause(0.3)
        assert conversation.show_evidence and conversation.is_vertical_scroll_end
        assert "evidence: fake:energy" in str(app.screen.query_one("#outcomes-t8").render())


@pytest.mark.parametrize("key", ["e", "a"])
async def test_dialogs_leave_the_question_readable(tmp_path: Path, key: str) -> None:
    from interviewer.tui.widgets.probe import ProbePanel

    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        probe = app.screen.query_one(ProbePanel).region
        assert probe.height > 2
        await pilot.press("ctrl+t", key)
        await pilot.pause(0.2)
        dialog = app.screen.query_one("#edit-body").region
        assert not probe.overlaps(dialog), (probe, dialog)


async def test_every_palette_command_of_ours_runs_without_error(tmp_path: Path) -> None:
    app = lose_weight_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await answer(pilot, app, "I want to fit into my old jeans")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        ours = [c for c in app.get_system_commands(screen) if c.help.endswith(")")]
        assert len(ours) == len(InterviewScreen.BINDINGS) + len(CorrectableTree.BINDINGS) + 1
        opened: list[str] = []
        for command in ours:
            [jeans] = app.controller.session.outcomes or ["job"]  # type: ignore[union-attr]
            screen.query_one(CorrectableTree).rebuild(app.controller.session, jeans)  # type: ignore[union-attr]
            await pilot.pause(0.05)
            ran = command.callback()
            if inspect.isawaitable(ran):  # as the palette does
                await ran
            await pilot.pause(0.2)
            if app.screen is not screen:
                opened.append(type(app.screen).__name__)
            while app.screen is not screen:  # a dialog, the help or the wrap-up opened
                await pilot.press("escape")
                await pilot.pause(0.1)
            if screen.moving is not None:
                await pilot.press("escape")  # `m` waits for a new parent
            assert app.is_running, command.title
            if app.controller.undo_stack:  # type: ignore[union-attr]
                await pilot.press("ctrl+z")  # keep the one outcome for the next command
        assert sorted(opened) == [
            "AddOutcomeScreen",
            "EditStatementScreen",
            "HelpScreen",
            "WrapUpScreen",
        ]
