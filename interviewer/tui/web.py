"""`interview --web`: the same app in a browser, offline, one interview per server.

textual-serve starts one app process per page load. The server reserves one session file up
front and hands it to every process it starts (``--session-file``), so a reload continues the
same interview instead of starting a new one. Its page template asks a public font service for
Roboto Mono; we serve a copy of it with the font that ships inside textual-serve instead, so the
page makes no request beyond the loopback address.
"""

from __future__ import annotations

import re
import shlex
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from interviewer.core.errors import InterviewerError

TEMPLATE = "app_index.html"
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>", re.IGNORECASE)
# Addresses the page may name without fetching them (XML namespaces).
_NOT_FETCHED = ("http://www.w3.org/",)
LOCAL_FONT = """<style>
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf");
        font-style: normal;
      }
      @font-face {
        font-family: "Roboto Mono";
        src: url("{{ config.static.url }}fonts/RobotoMono-Italic-VariableFont_wght.ttf");
        font-style: italic;
      }
    </style>"""


class WebServeError(InterviewerError):
    """The browser page cannot be served without reaching the network."""

    title = "cannot serve"


def offline_template(original: str) -> str:
    """textual-serve's page with every remote stylesheet replaced by the bundled font."""
    page = _REMOTE_LINK.sub(LOCAL_FONT, original, count=1)
    page = _REMOTE_LINK.sub("", page)
    remote = [
        url
        for url in re.findall(r"https?://[^\s\"')]+", page)
        if not url.startswith(_NOT_FETCHED)
    ]
    if remote:
        raise WebServeError(f"the page template would load {remote[0]}; not serving it")
    return page


def write_offline_templates(folder: Path) -> Path:
    """Write the offline page template into ``folder``; returns the folder."""
    import textual_serve

    original = Path(textual_serve.__file__).parent / "templates" / TEMPLATE
    (folder / TEMPLATE).write_text(
        offline_template(original.read_text(encoding="utf-8")), encoding="utf-8"
    )
    return folder


def reserve_session(out_dir: Path, participant: str, resume: Path | None) -> Path:
    """The one session file every page load of this server continues."""
    if resume is not None:
        return resume
    from interviewer.io.session_store import SessionStore

    store = SessionStore.create(out_dir, participant or "web", datetime.now())
    store.close()  # reserved (empty) and unlocked: the first page load takes it
    return store.path


def app_command(argv: list[str], session_file: Path) -> str:
    """The shell command textual-serve runs per page load: this interview, on ``session_file``."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--web",):
            continue
        if arg in ("--port", "--resume"):
            skip = True
            continue
        if arg.startswith(("--port=", "--resume=")):
            continue
        kept.append(arg)
    return shlex.join(
        [sys.executable, "-m", "interviewer", *kept, "--session-file", str(session_file)]
    )


def serve(argv: list[str], port: int, out_dir: Path, participant: str, resume: Path | None) -> None:
    """Serve the interview on 127.0.0.1:``port`` until interrupted."""
    import click
    from textual_serve.server import Server

    with tempfile.TemporaryDirectory(prefix="interviewer-web-") as folder:
        templates = write_offline_templates(Path(folder))
        session_file = reserve_session(out_dir, participant, resume)
        click.echo(
            f"Serving on http://127.0.0.1:{port} (ctrl+c stops); session file {session_file}",
            err=True,
        )
        Server(
            app_command(argv, session_file),
            host="127.0.0.1",
            port=port,
            title="interviewer",
            templates_path=templates,
        ).serve()


def refusal_app(error: InterviewerError) -> App[None]:
    """An app that says in the browser why this page load cannot open the interview."""

    class Refusal(App[None]):
        TITLE = "interviewer"
        BINDINGS: ClassVar[list[BindingType]] = [
            Binding("ctrl+q,escape", "quit", "Close", id="refusal.close")
        ]

        def compose(self) -> ComposeResult:
            yield Static(
                f"{error}\n\nThis interview is open in another browser tab or terminal. "
                "Close this tab and continue there.",
                id="refusal",
            )

    return Refusal()


def show_refusal(error: InterviewerError) -> None:
    """Run :func:`refusal_app` (where a line on stderr would go unseen)."""
    refusal_app(error).run()
