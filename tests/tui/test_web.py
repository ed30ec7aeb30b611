"""`interview --web` in headless Chromium: nothing leaves the machine, a reload resumes the same
interview, an answer typed in the browser is coded and saved."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from interviewer.tui.web import WebServeError, app_command, offline_template

from .cdp import browser_page
from .test_live_terminal import free_port, wait_for

INTERVIEWER = [sys.executable, "-m", "interviewer"]
LOCAL_SCHEMES = {"data", "blob", "about"}


def test_the_page_template_loads_nothing_from_the_network() -> None:
    import textual_serve

    original = (Path(textual_serve.__file__).parent / "templates/app_index.html").read_text()
    assert "fonts.googleapis.com" in original  # what textual-serve ships
    page = offline_template(original)
    assert "googleapis" not in page and "fonts/RobotoMono-VariableFont_wght.ttf" in page
    with pytest.raises(WebServeError, match=r"https://cdn\.example"):
        offline_template('<script src="https://cdn.example/x.js"></script>')


def test_every_page_load_runs_the_interview_on_the_one_session_file() -> None:
    argv = ["interview", "--web", "--port", "9000", "--job", "lose weight", "--resume", "a.yaml"]
    command = app_command(argv, Path("/tmp/s.session.yaml"))
    assert "--web" not in command and "9000" not in command and "a.yaml" not in command
    assert command.endswith("--session-file /tmp/s.session.yaml")
    assert "--job 'lose weight'" in command


def answers(path: Path) -> tuple[list[str], int]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return [], 0
    said = [t["text"] for t in data.get("turns", []) if t["role"] == "participant"]
    return said, len(data.get("outcomes", []))


async def settle(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.3)


@pytest.mark.slow
async def test_in_the_browser_offline_typed_coded_saved_and_reloaded(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [
            *INTERVIEWER,
            "interview",
            "--web",
            "--port",
            str(port),
            "--out",
            str(tmp_path),
            "--job",
            "lose weight",
            "--participant",
            "p1",
            "--bank",
            "lose-weight",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def answering() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as reply:
                    return reply.status == 200
            except OSError:
                return False

        wait_for(answering)
        [session_file] = tmp_path.glob("*.session.yaml")  # reserved once, by the server
        first = "I want to fit into my old jeans again"
        second = "Then I would feel confident"
        async with browser_page() as page:
            for count, typed in enumerate((first, second), start=1):
                await page.send("Page.navigate", url=f"http://127.0.0.1:{port}/")
                await page.wait_for("document.body.classList.contains('-first-byte')")
                await asyncio.sleep(2.0)  # the app draws its first screen
                await page.type(typed)
                await page.press_enter()
                await settle(lambda t=typed: t in answers(session_file)[0])
                # each answer is coded by the real pipeline and saved
                await settle(lambda n=count: answers(session_file)[1] >= n)
            requests = list(page.requests)
        assert answers(session_file)[0] == [first, second]  # the reload resumed the same file
        assert list(tmp_path.glob("*.session.yaml")) == [session_file]
        remote = [
            url
            for url in requests
            if urlparse(url).scheme not in LOCAL_SCHEMES
            and urlparse(url).hostname not in ("127.0.0.1", "localhost")
        ]
        assert remote == []
        assert any("RobotoMono" in url for url in requests)  # the font came from the server
    finally:
        server.terminate()
        server.wait(timeout=15)


async def test_a_second_tab_is_told_the_interview_is_open_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from interviewer.io.banks import find_bank
    from interviewer.io.session_lock import SessionInUseError
    from interviewer.io.session_store import SessionStore
    from interviewer.tui import app as app_module
    from interviewer.tui.controller import session_for
    from interviewer.tui.web import refusal_app

    from ..conftest import lose_weight_analyzer

    bank = find_bank("lose-weight")
    first_tab = SessionStore.create(tmp_path, "p1", datetime(2026, 12, 1, 10, 0))
    first_tab.save(session_for("lose weight", "p1", bank))
    monkeypatch.setattr(app_module, "LOCK_WAIT", 0.3)
    try:
        with pytest.raises(SessionInUseError) as refused:
            app_module.make_app(bank=bank, analyzer=lose_weight_analyzer, session_file=first_tab.path)
        shown = refusal_app(refused.value)
        async with shown.run_test(size=(80, 24)) as pilot:
            text = str(shown.query_one("#refusal").render())
            assert "open in another interview" in text and "another browser tab" in text
            await pilot.press("ctrl+q")
    finally:
        first_tab.close()
