"""``interviewer code``: code many transcripts, in parallel, skipping those already coded."""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from interviewer.coding.inputs import Input, collect_inputs, output_names
from interviewer.coding.outputs import write_chunks
from interviewer.coding.report import (
    CODED,
    EARLIER,
    FAILED,
    UNCHANGED,
    FileReport,
    skipped_report,
)
from interviewer.coding.summary import (
    SUMMARY_JSON,
    SUMMARY_MD,
    summary_json_chunks,
    summary_markdown_lines,
)
from interviewer.coding.worker import (
    JSONL,
    SUFFIXES,
    CodingSettings,
    Task,
    code_file,
    init_worker,
    run_task,
    sha256_of,
    share_analyzer,
)
from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.errors import UsageError
from interviewer.core.session import Role
from interviewer.io.atomic import sweep_temporaries

IN_FLIGHT_PER_WORKER = 2  # queued files per worker: enough to keep it busy, memory stays flat
MAX_ATTEMPTS = 2  # a file in flight when a worker dies twice is reported failed


class Progress(Protocol):
    """Told about the batch as it goes (a progress bar on a terminal, nothing otherwise)."""

    def start(self, total: int) -> None: ...

    def advance(self, report: FileReport) -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        pass

    def advance(self, report: FileReport) -> None:
        pass


@dataclass(frozen=True, slots=True)
class BatchOptions:
    out_dir: Path
    jobs: int = 1
    model: str | None = None
    force: bool = False
    fmt: str = JSONL
    job: str = ""
    speaker_map: dict[str, Role] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BatchResult:
    reports: list[FileReport]  # in input order
    summary_json: Path
    summary_md: Path

    @property
    def failures(self) -> list[FileReport]:
        return [report for report in self.reports if report.failed]

    @property
    def skipped(self) -> list[FileReport]:
        return [report for report in self.reports if report.skipped]

    @property
    def warnings(self) -> list[str]:
        return [warning for report in self.reports for warning in report.warnings]

    def count(self, status: str) -> int:
        return sum(1 for report in self.reports if report.status == status)


def code_batch(
    paths: Sequence[str],
    options: BatchOptions,
    *,
    analyzer: OutcomeAnalyzer | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Code every transcript in ``paths`` into ``options.out_dir``; bad files become failed
    reports, never exceptions. Usage errors (missing paths, an output folder that cannot be
    made, an output that would overwrite an input) raise :class:`UsageError` before any work.
    Temporary files a killed run left in the output folder are removed first."""
    started = time.time()
    out_dir = options.out_dir
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError("the output folder is a file", path=out_dir)
    inputs = collect_inputs(paths, out_dir)
    names = output_names(inputs, SUFFIXES[options.fmt])
    _refuse_overwriting_inputs(inputs, names, out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            f"cannot create the output folder ({exc.strerror})", path=out_dir
        ) from None
    sweep_temporaries(out_dir, started)
    if analyzer is None:
        from interviewer import analyzer as shared

        analyzer = shared(options.model)
    settings = CodingSettings(
        str(out_dir), options.fmt, options.job, options.speaker_map, options.model
    )
    progress = progress or _Silent()
    progress.start(len(inputs))
    reports, tasks = _plan(inputs, names, options, settings, analyzer.version)
    for report in reports:
        progress.advance(report)

    def done(report: FileReport) -> None:
        reports.append(report)
        progress.advance(report)

    if options.jobs > 1 and len(tasks) > 1:
        _run_pool(tasks, settings, min(options.jobs, len(tasks)), analyzer, done)
    else:
        for task in tasks:
            done(code_file(task, settings, analyzer))
    reports.sort(key=lambda report: report.index)
    reports += _earlier(options.out_dir, reports, len(inputs))
    json_path, md_path = out_dir / SUMMARY_JSON, out_dir / SUMMARY_MD
    shown = {"format": options.fmt, "job": options.job or None, "force": options.force}
    write_chunks(json_path, summary_json_chunks(reports, model=analyzer.version, settings=shown))
    write_chunks(
        md_path, (f"{line}\n" for line in summary_markdown_lines(reports, model=analyzer.version))
    )
    return BatchResult(reports, json_path, md_path)


def _plan(
    inputs: Sequence[Input],
    names: Sequence[str],
    options: BatchOptions,
    settings: CodingSettings,
    model: str,
) -> tuple[list[FileReport], list[Task]]:
    """(reports of the files left as they are, tasks for the files to code)."""
    previous = {} if options.force else _previous_entries(options.out_dir)
    kept: list[FileReport] = []
    tasks: list[Task] = []
    for index, (item, name) in enumerate(zip(inputs, names, strict=True)):
        if item.skip:
            kept.append(skipped_report(FileReport(index, item.source, "", FAILED), item.skip))
            continue
        earlier = _unchanged(
            previous.get(name), item, options.out_dir / name, model, settings.fingerprint
        )
        if earlier is not None:
            kept.append(earlier.unchanged(index, item.source))
        else:
            tasks.append(Task(index, str(item.path), item.source, name, item.walked))
    return kept, tasks


def _refuse_overwriting_inputs(
    inputs: Sequence[Input], names: Sequence[str], out_dir: Path
) -> None:
    targets = {(out_dir / name).resolve() for name in (*names, SUMMARY_JSON, SUMMARY_MD) if name}
    for item in inputs:
        if item.path.resolve() in targets:
            raise UsageError("is an input and would be overwritten by an output", path=item.source)


def _previous_entries(out_dir: Path) -> dict[str, dict[str, Any]]:
    """The entries of the last run's ``summary.json`` by output name ({} when there is none)."""
    try:
        data = json.loads((out_dir / SUMMARY_JSON).read_text(encoding="utf-8"))
        files = data["files"] if isinstance(data, dict) else []
        return {str(e["output"]): e for e in files if isinstance(e, dict) and "output" in e}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _earlier(out_dir: Path, reports: Sequence[FileReport], start: int) -> list[FileReport]:
    """Files coded by earlier runs into ``out_dir`` and not part of this one, whose outputs are
    still there: ``summary.json`` stays a summary of the whole folder, run after run."""
    this_run = {report.output for report in reports if report.output}
    kept: list[FileReport] = []
    for output, entry in _previous_entries(out_dir).items():
        if output in this_run or entry.get("status") not in (CODED, UNCHANGED, EARLIER):
            continue
        if not (out_dir / output).is_file():
            continue
        try:
            earlier = FileReport.from_entry(start + len(kept), entry)
        except (ValueError, TypeError):
            continue
        kept.append(replace(earlier, status=EARLIER, seconds=0.0))
    return kept


def _unchanged(
    entry: dict[str, Any] | None, item: Input, output: Path, model: str, settings: str
) -> FileReport | None:
    """The earlier report when the file, the model and the settings are the same as when it was
    coded and its output is still there; ``None`` when it must be coded (again)."""
    if entry is None or entry.get("status") not in (CODED, UNCHANGED, EARLIER):
        return None
    if not output.is_file():
        return None
    if entry.get("model") != model or entry.get("settings") != settings:
        return None
    try:
        if entry.get("sha256") != sha256_of(item.path):
            return None
        return FileReport.from_entry(0, entry)
    except (OSError, ValueError, TypeError):
        return None


def _run_pool(
    tasks: list[Task],
    settings: CodingSettings,
    jobs: int,
    analyzer: OutcomeAnalyzer,
    done: Callable[[FileReport], None],
) -> None:
    """Code ``tasks`` on ``jobs`` worker processes, a bounded number in flight.

    On Linux workers are forked from this process after the model is loaded, so they share it
    and start at once; elsewhere each worker loads the model once in its initializer. A worker
    that dies fails no file outright: the files it held are retried once on a fresh pool.
    """
    fork = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    share_analyzer(analyzer if fork else None)
    queue = deque(tasks)
    attempts: Counter[int] = Counter()
    try:
        while queue:
            executor = ProcessPoolExecutor(
                max_workers=min(jobs, len(queue)),
                mp_context=context,
                initializer=init_worker,
                initargs=(settings.model,),
            )
            running: dict[Future[FileReport], Task] = {}
            broken = False
            try:
                while (queue and not broken) or running:
                    while queue and not broken and len(running) < jobs * IN_FLIGHT_PER_WORKER:
                        task = queue.popleft()
                        running[executor.submit(run_task, task, settings)] = task
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        task = running.pop(future)
                        try:
                            done(future.result())
                        except BrokenProcessPool:
                            broken = True
                            attempts[task.index] += 1
                            if attempts[task.index] >= MAX_ATTEMPTS:
                                done(_died(task, settings, analyzer))
                            else:
                                queue.appendleft(task)
            finally:
                executor.shutdown(wait=not broken, cancel_futures=True)
    finally:
        share_analyzer(None)


def _died(task: Task, settings: CodingSettings, analyzer: OutcomeAnalyzer) -> FileReport:
    return FileReport(
        task.index,
        task.source,
        task.output,
        FAILED,
        error=f"{task.source}: the worker process died while coding this file",
        model=analyzer.version,
        settings=settings.fingerprint,
    )
