"""Building the interview app as the CLI does, and answering in it as a person would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from interviewer.io.banks import find_bank
from interviewer.tui.analysis import AnalyzerFactory
from interviewer.tui.app import InterviewApp, make_app

from ..conftest import lose_weight_analyzer


def lose_weight_app(
    out_dir: Path,
    participant: str = "p1",
    analyzer: AnalyzerFactory = lose_weight_analyzer,
    **options: Any,
) -> InterviewApp:
    """The interview app as the CLI builds it, straight into a lose-weight interview,
    analysed by the lose-weight fake (:func:`tests.conftest.lose_weight_analyzer`)."""
    return make_app(
        bank=find_bank("lose-weight"),
        job="lose weight",
        participant=participant,
        out_dir=out_dir,
        analyzer=analyzer,
        **options,
    )


async def all_coded(pilot: Pilot[Any]) -> None:
    """Until every answer submitted so far is coded and on screen: the analysis workers have
    finished and the screen has taken in their messages."""
    await pilot.pause()  # the answer box's submission reaches the screen
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def answer(pilot: Pilot[Any], app: InterviewApp, text: str) -> None:
    """Type ``text``, press Enter and wait until it is coded."""
    await pilot.press(*text)
    await pilot.press("enter")
    await all_coded(pilot)
    assert app.controller and not app.controller.pending, f"answer {text!r} was never coded"
