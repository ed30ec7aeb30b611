"""The progress bar of ``interviewer code`` on a terminal (stderr); silent when not a terminal."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

from interviewer.coding.report import FileReport


class ProgressBar:
    """Files done of all files, failures so far, elapsed time and the last file.

    Refreshed on each finished file only: no refresh thread runs, so worker processes can be
    forked safely while the bar is shown.
    """

    def __init__(self, stream: TextIO) -> None:
        self._failed = 0
        self._bar = RichProgress(
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]}"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[last]}", style="dim"),
            console=Console(file=stream),
            auto_refresh=False,
            transient=True,
        )
        self._task = self._bar.add_task("coding", total=None, failed="", last="")

    def start(self, total: int) -> None:
        self._bar.update(self._task, total=total)
        self._bar.start()
        self._bar.refresh()

    def advance(self, report: FileReport) -> None:
        self._failed += report.failed
        failed = f"[red]{self._failed} failed[/]" if self._failed else ""
        name = report.source if len(report.source) <= 40 else "…" + report.source[-39:]
        self._bar.update(self._task, advance=1, failed=failed, last=name)
        self._bar.refresh()

    def close(self) -> None:
        self._bar.stop()


class NoProgress:
    """Quiet: what a pipe or a log file gets."""

    def start(self, total: int) -> None:
        pass

    def advance(self, report: FileReport) -> None:
        pass

    def close(self) -> None:
        pass


def progress_for(stream: TextIO) -> ProgressBar | NoProgress:
    """A bar when ``stream`` is a terminal, else nothing."""
    return ProgressBar(stream) if stream.isatty() else NoProgress()
