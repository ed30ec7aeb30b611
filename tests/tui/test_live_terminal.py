"""Driven as a person would: a real terminal (tmux), a kill -9, a resume; the browser server."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

INTERVIEWER = [sys.executable, "-m", "interviewer"]
needs_tmux = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"
)


# A tmux server of our own: other test runs on this machine start and stop theirs.
TMUX = ["tmux", "-L", f"interviewer-tests-{os.getpid()}"]


def tmux(*args: str) -> str:
    # env is passed explicitly: readline (loaded under pytest) exports COLUMNS=80 and
    # LINES=24 into the C environment, which a child would inherit and Textual would
    # trust over the real size of the tmux pane.
    return subprocess.run(
        [*TMUX, *args], check=True, capture_output=True, text=True, env=dict(os.environ)
    ).stdout


def wait_for(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def answers_in(folder: Path) -> list[str]:
    files = list(folder.glob("*.session.yaml"))
    if not files:
        return []
    try:
        data = yaml.safe_load(files[0].read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return []
    return [t["text"] for t in data.get("turns", []) if t["role"] == "participant"]


@pytest.mark.slow
@needs_tmux
def test_three_answers_survive_kill_9_and_resume(tmp_path: Path) -> None:
    out = tmp_path / "sessions"
    name = f"iv-{os.getpid()}"
    command = " ".join(
        [
            *INTERVIEWER,
            "interview",
            "--job",
            "'lose weight'",
            "--participant",
            "p1",
            "--bank",
            "lose-weight",
            "--out",
            str(out),
        ]
    )
    tmux("new-session", "-d", "-s", name, "-x", "140", "-y", "40", f"exec {command}")
    try:
        wait_for(lambda: "Ask" in tmux("capture-pane", "-t", name, "-p"))
        answers = [
            "I want to fit into my old jeans",
            "Then I would feel confident",
            "My family would see me as someone who follows through",
        ]
        for text in answers:
            tmux("send-keys", "-t", name, "-l", text)
            tmux("send-keys", "-t", name, "Enter")
            time.sleep(0.3)
        wait_for(lambda: answers_in(out) == answers)
        pid = int(tmux("display-message", "-p", "-t", name, "#{pane_pid}").strip())
        os.kill(pid, signal.SIGKILL)
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", name], capture_output=True)
    [session_file] = out.glob("*.session.yaml")
    assert answers_in(out) == answers

    resumed = f"{name}-resume"
    tmux(
        "new-session",
        "-d",
        "-s",
        resumed,
        "-x",
        "160",
        "-y",
        "45",
        f"exec {' '.join(INTERVIEWER)} interview --resume {session_file}",
    )
    try:
        # Answers saved but not yet coded at the kill are coded again after the resume.
        # tmux may capture a frame while Textual is still drawing it, so the whole
        # condition is checked on one capture and retried until the screen settles.
        screens: list[str] = []

        def restored() -> bool:
            screens.append(tmux("capture-pane", "-t", resumed, "-p"))
            screen = screens[-1]
            badges = "[F+]" in screen and "[E+]" in screen  # the tree and the coded outcomes
            return badges and all(text in screen for text in answers)

        try:
            wait_for(restored, timeout=60.0)
        except AssertionError:
            pytest.fail(f"the resumed session did not show all answers:\n{screens[-1]}")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", resumed], capture_output=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
def test_web_serves_on_loopback_only(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [*INTERVIEWER, "interview", "--web", "--port", str(port), "--out", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:

        def answering() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    return response.status == 200
            except OSError:
                return False

        wait_for(answering)
        listening = Path("/proc/net/tcp").read_text().splitlines()[1:]
        local = [line.split()[1] for line in listening if line.split()[3] == "0A"]
        ours = [address for address in local if address.endswith(f":{port:04X}")]
        assert ours == [f"0100007F:{port:04X}"]  # 127.0.0.1, not 0.0.0.0
    finally:
        server.terminate()
        server.wait(timeout=10)
