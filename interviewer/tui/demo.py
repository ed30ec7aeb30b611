"""`interviewer demo`: a scripted participant plays a whole interview through the real screens."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

from interviewer.io.banks import find_bank
from interviewer.io.demo_script import DemoScript
from interviewer.tui.analysis import AnalyzerFactory
from interviewer.tui.app import InterviewApp
from interviewer.tui.controller import SWITCHABLE
from interviewer.tui.screens.interview import InterviewScreen
from interviewer.tui.screens.wrapup import WrapUpScreen
from interviewer.tui.widgets.answer_box import AnswerBox


class DemoApp(InterviewApp):
    """The interview app with a scripted participant typing into it."""

    def __init__(self, script: DemoScript, *, fast: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.script = script
        self.fast = fast
        self.finished = asyncio.Event()

    def on_mount(self) -> None:
        super().on_mount()
        self.run_worker(self.play(), exclusive=True, name="demo")

    async def play(self) -> None:
        screen = await self._interview_screen()
        await screen.analysis.settled()  # the model has loaded
        for step in self.script.steps:
            await self._settle(screen)
            await self._pause(1.2)
            if step.move is not None:
                for _ in range(len(SWITCHABLE) + 1):
                    if screen.controller.decision.move is step.move:
                        break
                    screen.action_switch_move()
            await self._pause(1.5)  # time to read the suggested question
            await self._type(screen.query_one(AnswerBox), step.answer)
        await self._settle(screen)
        await self._pause(1.5)
        await self._wrap_up(screen)
        path = screen.controller.store.path if screen.controller.store else "?"
        self.notify(f"Demo finished. The session is in {path}. Press ctrl+q to leave.", timeout=30)
        self.finished.set()

    async def _interview_screen(self) -> InterviewScreen:
        while not isinstance(self.screen, InterviewScreen):
            await asyncio.sleep(0.05)
        return self.screen

    async def _settle(self, screen: InterviewScreen) -> None:
        while screen.controller.pending:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0)

    async def _pause(self, seconds: float) -> None:
        await asyncio.sleep(0.01 if self.fast else seconds)

    async def _type(self, box: AnswerBox, text: str) -> None:
        box.focus()
        if self.fast:
            box.text = text
        else:
            for character in text:
                box.insert(character)
                await asyncio.sleep(0.035)
        await self._pause(0.6)
        box.post_message(AnswerBox.Submitted(text))
        box.clear()
        await asyncio.sleep(0.05)

    async def _wrap_up(self, screen: InterviewScreen) -> None:
        screen.action_wrap_up()
        while not isinstance(self.screen, WrapUpScreen):
            await asyncio.sleep(0.05)
        wrap_up = self.screen
        await self._pause(1.0)
        outcome_ids = list(screen.controller.session.outcomes)
        for oid, (importance, satisfaction) in zip(outcome_ids, self.script.ratings, strict=False):
            from textual.widgets import Input

            wrap_up.query_one(f"#importance-{oid}", Input).value = str(importance)
            wrap_up.query_one(f"#satisfaction-{oid}", Input).value = str(satisfaction)
            await self._pause(0.4)
        wrap_up.action_save_ratings()


def make_demo_app(
    script: DemoScript, *, analyzer: AnalyzerFactory, fast: bool, out_dir: Path | None = None
) -> DemoApp:
    bank = find_bank(script.bank)
    folder = out_dir or Path(tempfile.mkdtemp(prefix="interviewer-demo-"))
    return DemoApp(
        script,
        fast=fast,
        bank=bank,
        banks=[bank],
        job=script.job,
        participant=script.participant,
        out_dir=folder,
        analyzer=analyzer,
    )
