"""Coding one file, in the batch's process or in a worker that loaded the model once."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from interviewer.coding.linking import link_transcript, participant_texts
from interviewer.coding.outputs import write_csv, write_jsonl
from interviewer.coding.records import csv_rows, turn_records
from interviewer.coding.report import FAILED, FileReport, coded_report, skipped_report
from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.errors import InterviewerError
from interviewer.core.session import Role
from interviewer.graph.findings import validate
from interviewer.graph.tree import outcome_tree
from interviewer.io.files import not_regular
from interviewer.io.transcripts import (
    NoTurnsError,
    assign_roles,
    looks_like_notes,
    parse_transcript,
    role_warnings,
)
from interviewer.io.transcripts.detect import transcript_bytes

CODER_VERSION = "2"  # bump when reading, linking or the output changes, so old codings are redone
NO_TURNS_SKIP = "not a transcript: no speaker turns found"
NOTES_SKIP = "not a transcript: no speaker speaks twice (a list of notes or links?)"
JSONL = "jsonl"
CSV = "csv"
SUFFIXES = {JSONL: ".coded.jsonl", CSV: ".coded.csv"}


@dataclass(frozen=True, slots=True)
class CodingSettings:
    """Everything besides the file that decides its coding."""

    out_dir: str
    fmt: str = JSONL
    job: str = ""
    speaker_map: Mapping[str, Role] = field(default_factory=dict)
    model: str | None = None

    @property
    def fingerprint(self) -> str:
        """Changes whenever a setting that shapes the output changes."""
        data = {
            "coder": CODER_VERSION,
            "format": self.fmt,
            "job": self.job,
            "speaker_map": sorted((name, role.value) for name, role in self.speaker_map.items()),
        }
        return hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Task:
    """One input: where it is, the name shown for it, and its output's file name."""

    index: int
    path: str
    source: str
    output: str
    walked: bool = False  # found in a folder: a file without turns is skipped, not failed


_analyzer: OutcomeAnalyzer | None = None  # the worker's model, loaded once (inherited on fork)


def share_analyzer(analyzer: OutcomeAnalyzer | None) -> None:
    """Hand the parent's loaded model to workers started by fork (they inherit it)."""
    global _analyzer
    _analyzer = analyzer


def init_worker(model: str | None) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle; load the model unless inherited."""
    global _analyzer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _analyzer is None:
        from interviewer import analyzer

        _analyzer = analyzer(model)


def run_task(task: Task, settings: CodingSettings) -> FileReport:
    """The pool's entry point."""
    if _analyzer is None:  # pragma: no cover - init_worker always ran
        raise RuntimeError("worker has no analyzer")
    return code_file(task, settings, _analyzer)


def sha256_of(path: str | Path) -> str:
    """The file's SHA-256; a folder, pipe, device or socket raises ``OSError``."""
    digest = hashlib.sha256()
    if not_regular(Path(path).stat().st_mode) is not None:
        raise OSError(f"{path} is not a regular file")
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def code_file(task: Task, settings: CodingSettings, analyzer: OutcomeAnalyzer) -> FileReport:
    """Read, analyse, link and write one transcript; never raises for a bad file."""
    started = time.perf_counter()
    base = FileReport(
        task.index,
        task.source,
        task.output,
        FAILED,
        model=analyzer.version,
        settings=settings.fingerprint,
    )
    try:
        report = _code(task, settings, analyzer, base)
    except NoTurnsError as exc:  # prose found in a folder (notes, sources.md) is not an error
        report = (
            skipped_report(base, NO_TURNS_SKIP)
            if task.walked
            else replace(base, error=str(exc), line=exc.line)
        )
    except InterviewerError as exc:
        report = replace(base, error=str(exc), line=exc.line)
    except Exception:  # a bug on one file must not stop the batch
        report = replace(
            base, error=f"{task.source}: internal error while coding this file (please report it)"
        )
    return replace(
        report,
        seconds=round(time.perf_counter() - started, 3),
        pid=os.getpid(),
        rss_mb=rss_mb(),
    )


def _code(
    task: Task, settings: CodingSettings, analyzer: OutcomeAnalyzer, base: FileReport
) -> FileReport:
    data = transcript_bytes(task.path, task.source)
    base = replace(base, sha256=hashlib.sha256(data).hexdigest())
    transcript = parse_transcript(data, task.source)
    if task.walked and looks_like_notes(transcript):
        return skipped_report(base, NOTES_SKIP)
    roles = assign_roles(transcript, settings.speaker_map)
    outcomes = list(analyzer.analyze_many(participant_texts(transcript, roles)))
    linked = link_transcript(transcript, roles, outcomes, job=transcript.job or settings.job)
    findings = tuple(finding.to_dict() for finding in validate(outcome_tree(linked.session)))
    target = Path(settings.out_dir) / task.output
    try:
        if settings.fmt == CSV:
            write_csv(target, csv_rows(linked, task.source))
        else:
            write_jsonl(target, turn_records(linked, task.source))
    except OSError as exc:
        reason = exc.strerror or "input/output error"
        return replace(base, error=f"{task.source}: cannot write {target} ({reason})")
    base = replace(
        base,
        format=transcript.format,
        encoding=transcript.encoding,
        warnings=(*transcript.warnings, *role_warnings(transcript, roles)),
        trimmed=tuple({"line": t.line, "text": t.text} for t in transcript.trimmed),
    )
    return coded_report(base, linked, roles, findings)


def rss_mb() -> float:
    """This process's resident memory now (Linux), else its peak."""
    try:
        with Path("/proc/self/statm").open() as handle:
            pages = int(handle.read().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except (OSError, ValueError, IndexError):
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
