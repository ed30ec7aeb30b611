"""What coding one file produced: counts, findings, failure; the entries of ``summary.json``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from interviewer.coding.linking import LinkedTranscript
from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.core.session import Role

CODED = "coded"
UNCHANGED = "unchanged"  # skipped: same content, model and settings as the coding on disk
FAILED = "failed"
SKIPPED = "skipped"  # found in a folder but not a transcript (a README, notes without turns)
EARLIER = "earlier"  # coded by an earlier run into the same folder; its output is still there


@dataclass(frozen=True, slots=True)
class FileReport:
    """One input's result. ``pid`` and ``rss_mb`` (of the process that coded it) are kept out of
    ``summary.json``; the benchmark reads them."""

    index: int
    source: str
    output: str
    status: str
    error: str = ""
    line: int | None = None
    format: str = ""
    encoding: str = ""
    sha256: str = ""
    model: str = ""
    settings: str = ""
    job: str = ""
    speakers: Mapping[str, str] = field(default_factory=dict)
    turns: int = 0
    answers: int = 0
    outcomes: Mapping[str, int] = field(default_factory=dict)
    ladders: int = 0
    depth: int = 0
    findings: tuple[Mapping[str, str], ...] = ()
    warnings: tuple[str, ...] = ()  # ``path[:line]: warning: …``: coded, but look at this
    trimmed: tuple[Mapping[str, Any], ...] = ()  # page furniture left out: {"line", "text"}
    seconds: float = 0.0
    pid: int = 0
    rss_mb: float = 0.0

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    @property
    def skipped(self) -> bool:
        return self.status == SKIPPED

    def to_entry(self) -> dict[str, Any]:
        """The file's entry in ``summary.json``."""
        entry: dict[str, Any] = {"source": self.source, "status": self.status}
        if self.skipped:
            entry["reason"] = self.error
            return entry
        if self.failed:
            entry["error"] = self.error
            if self.line is not None:
                entry["line"] = self.line
            if self.sha256:
                entry["sha256"] = self.sha256
            return entry
        entry.update(
            output=self.output,
            format=self.format,
            encoding=self.encoding,
            sha256=self.sha256,
            model=self.model,
            settings=self.settings,
            job=self.job,
            speakers=dict(self.speakers),
            turns=self.turns,
            answers=self.answers,
            outcomes=dict(self.outcomes),
            ladders=self.ladders,
            depth=self.depth,
            findings=[dict(f) for f in self.findings],
            warnings=list(self.warnings),
            trimmed=[dict(t) for t in self.trimmed],
            seconds=self.seconds,
        )
        return entry

    @classmethod
    def from_entry(cls, index: int, entry: Mapping[str, Any]) -> FileReport:
        """A report read back from an earlier ``summary.json`` entry (for unchanged files)."""
        return cls(
            index=index,
            source=str(entry.get("source", "")),
            output=str(entry.get("output", "")),
            status=str(entry.get("status", "")),
            format=str(entry.get("format", "")),
            encoding=str(entry.get("encoding", "")),
            sha256=str(entry.get("sha256", "")),
            model=str(entry.get("model", "")),
            settings=str(entry.get("settings", "")),
            job=str(entry.get("job", "")),
            speakers={str(k): str(v) for k, v in dict(entry.get("speakers") or {}).items()},
            turns=int(entry.get("turns", 0)),
            answers=int(entry.get("answers", 0)),
            outcomes={str(k): int(v) for k, v in dict(entry.get("outcomes") or {}).items()},
            ladders=int(entry.get("ladders", 0)),
            depth=int(entry.get("depth", 0)),
            findings=tuple(
                {str(k): str(v) for k, v in dict(f).items()} for f in entry.get("findings") or ()
            ),
            warnings=tuple(str(w) for w in entry.get("warnings") or ()),
            trimmed=tuple(dict(t) for t in entry.get("trimmed") or () if isinstance(t, dict)),
        )

    def unchanged(self, index: int, source: str) -> FileReport:
        return replace(self, index=index, source=source, status=UNCHANGED, seconds=0.0)


def skipped_report(base: FileReport, reason: str) -> FileReport:
    """A walked file that is not a transcript: listed, neither coded nor failed."""
    return replace(base, status=SKIPPED, error=reason, line=None)


def coded_report(
    base: FileReport,
    linked: LinkedTranscript,
    roles: Mapping[str, Role],
    findings: tuple[Mapping[str, str], ...],
) -> FileReport:
    """``base`` (index, names, hashes, format) completed with the counts of a coded file."""
    session = linked.session
    kinds = Counter(coded.outcome.kind.value for coded in session.outcomes.values())
    polarities = Counter(coded.outcome.polarity.value for coded in session.outcomes.values())
    outcomes = {
        "total": len(session.outcomes),
        **{kind.value: kinds[kind.value] for kind in OutcomeKind},
        **{polarity.value: polarities[polarity.value] for polarity in Polarity},
    }
    depth = max((session.depth(oid) for oid in session.outcomes), default=0)
    return replace(
        base,
        status=CODED,
        job=session.job.statement if linked.job_given else "",
        speakers={speaker: role.value for speaker, role in roles.items()},
        turns=len(session.turns),
        answers=sum(1 for _ in session.participant_turns()),
        outcomes=outcomes,
        ladders=len(session.ladders()),
        depth=depth,
        findings=findings,
    )
