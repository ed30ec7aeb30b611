"""`interviewer demo`: the scripted participant plays a whole interview through the real screens."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from interviewer import analyzer
from interviewer.core.errors import InputFileError
from interviewer.io.demo_script import DemoScriptError, load_script
from interviewer.io.session_file import load_session
from interviewer.tui.demo import make_demo_app


@pytest.mark.slow
async def test_the_bundled_demo_runs_to_the_end(tmp_path: Path) -> None:
    script = load_script()
    app = make_demo_app(script, analyzer=lambda: analyzer(), fast=True, out_dir=tmp_path)
    async with app.run_test(size=(150, 45)) as pilot:
        await asyncio.wait_for(app.finished.wait(), 90)
        await pilot.pause(0.2)
        assert app.controller is not None and app.controller.store is not None
        path = app.controller.store.path
    session = load_session(path)
    moves = [t.move.value for t in session.turns if t.move is not None]
    assert moves[0] == "opening" and moves[-1] == "wrap_up"
    assert "ladder_up" in moves and "ladder_down" in moves and "new_ladder" in moves
    assert len(list(session.participant_turns())) == len(script.steps)
    kinds = {o.outcome.kind.value for o in session.outcomes.values()}
    assert kinds == {"functional", "emotional", "social"}
    assert len(session.ratings) == min(len(script.ratings), len(session.outcomes))


def test_a_broken_demo_script_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "demo.yaml"
    bad.write_text("format: interviewer-demo/1\nbank: x\n", encoding="utf-8")
    with pytest.raises(DemoScriptError, match="malformed demo script"):
        load_script(bad)
    with pytest.raises(InputFileError, match="no such demo script"):
        load_script(tmp_path / "missing.yaml")
