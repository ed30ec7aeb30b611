"""``summary.json`` and ``summary.md``: every file's counts, findings and failures, and totals."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from interviewer.coding.report import (
    CODED,
    EARLIER,
    FAILED,
    SKIPPED,
    UNCHANGED,
    FileReport,
)
from interviewer.core.outcome import OutcomeKind

SUMMARY_FORMAT = "interviewer-code-summary/1"
SUMMARY_JSON = "summary.json"
SUMMARY_MD = "summary.md"
# The outcome counts summed over the files: all, then per kind.
COUNTED = ("total", *(kind.value for kind in OutcomeKind))
SCOPE = (
    "every coded file in this folder: this run's files, and those of earlier runs into it whose "
    "outputs are still there (status 'earlier'); failures and skips are this run's"
)


def totals(reports: Sequence[FileReport]) -> dict[str, Any]:
    statuses = Counter(report.status for report in reports)
    done = [report for report in reports if not report.failed and not report.skipped]
    kinds: Counter[str] = Counter()
    for report in done:
        kinds.update({key: report.outcomes.get(key, 0) for key in COUNTED})
    return {
        "files": len(reports),
        CODED: statuses[CODED],
        UNCHANGED: statuses[UNCHANGED],
        EARLIER: statuses[EARLIER],
        FAILED: statuses[FAILED],
        SKIPPED: statuses[SKIPPED],
        "turns": sum(report.turns for report in done),
        "answers": sum(report.answers for report in done),
        "outcomes": {key: kinds[key] for key in COUNTED},
        "ladders": sum(report.ladders for report in done),
        "findings": sum(len(report.findings) for report in done),
        "warnings": sum(len(report.warnings) for report in done),
        "trimmed_lines": sum(len(report.trimmed) for report in done),
    }


def summary_json(reports: Sequence[FileReport], *, model: str, settings: dict[str, Any]) -> str:
    """The text of ``summary.json`` (files in input order)."""
    return "".join(summary_json_chunks(reports, model=model, settings=settings))


def summary_json_chunks(
    reports: Sequence[FileReport], *, model: str, settings: dict[str, Any]
) -> Iterator[str]:
    """``summary.json`` piece by piece, one file entry at a time: writing the summary of ten
    thousand files never holds all of it in memory at once."""
    head = {
        "format": SUMMARY_FORMAT,
        "model": model,
        "settings": settings,
        "scope": SCOPE,
        "totals": totals(reports),
    }
    lists: dict[str, Callable[[], Iterator[Any]]] = {
        "files": lambda: (report.to_entry() for report in reports),
        "failures": lambda: (report.error for report in reports if report.failed),
        "skipped": lambda: (f"{r.source}: {r.error}" for r in reports if r.skipped),
        "warnings": lambda: (warning for report in reports for warning in report.warnings),
    }
    yield "{"
    for key, value in head.items():
        yield f"\n  {json.dumps(key)}: {_json(value, 2)},"
    for position, (key, items) in enumerate(lists.items()):
        yield f"\n  {json.dumps(key)}: ["
        for number, item in enumerate(items()):
            yield f"{',' if number else ''}\n    {_json(item, 4)}"
        yield "\n  ]" + ("," if position < len(lists) - 1 else "")
    yield "\n}\n"


def _json(value: Any, indent: int) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + " " * indent)


def summary_markdown(reports: Sequence[FileReport], *, model: str) -> str:
    """A human summary: a table of files, the failures, and the findings of each file."""
    return "".join(f"{line}\n" for line in summary_markdown_lines(reports, model=model))


def summary_markdown_lines(reports: Sequence[FileReport], *, model: str) -> Iterator[str]:
    """The lines of :func:`summary_markdown`, one at a time."""
    total = totals(reports)
    yield from [
        "# Coding summary",
        "",
        f"{total['files']} files: {total[CODED]} coded, {total[UNCHANGED]} unchanged, "
        f"{total[EARLIER]} from earlier runs, "
        f"{total[FAILED]} failed, {total[SKIPPED]} skipped · {total['turns']} turns · "
        f"{total['outcomes']['total']} outcomes "
        f"({total['outcomes']['functional']} functional, {total['outcomes']['emotional']} "
        f"emotional, {total['outcomes']['social']} social) in {total['ladders']} ladders",
        "",
        f"Model: `{model}`",
        "",
        f"Covers {SCOPE}.",
        "",
        "| file | status | format | turns | answers | F | E | S | ladders | depth | findings |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for report in reports:
        if report.failed or report.skipped:
            yield f"| {_cell(report.source)} | {report.status} | | | | | | | | | |"
            continue
        o = report.outcomes
        yield (
            f"| {_cell(report.source)} | {report.status} | {report.format} | {report.turns} | "
            f"{report.answers} | {o.get('functional', 0)} | {o.get('emotional', 0)} | "
            f"{o.get('social', 0)} | {report.ladders} | {report.depth} | {len(report.findings)} |"
        )
    failures = [report for report in reports if report.failed]
    if failures:
        yield from ["", "## Failures", ""]
        yield from (f"- `{_code(report.error)}`" for report in failures)
    skipped = [report for report in reports if report.skipped]
    if skipped:
        yield from ["", "## Skipped (not transcripts)", ""]
        yield from (f"- {_text(report.source)}: {_text(report.error)}" for report in skipped)
    if any(report.warnings for report in reports):
        yield from ["", "## Warnings", ""]
        yield from (f"- `{_code(warning)}`" for report in reports for warning in report.warnings)
    trimmed = [report for report in reports if report.trimmed]
    if trimmed:
        yield from ["", "## Page furniture left out", ""]
        for report in trimmed:
            lines = ", ".join(
                f"{t.get('line')}: {_text(str(t.get('text', '')))}" for t in report.trimmed
            )
            yield f"- {_text(report.source)} — lines {lines}"
    with_findings = [report for report in reports if report.findings]
    if with_findings:
        yield from ["", "## Findings"]
        for report in with_findings:
            yield from ["", f"### {_text(report.source)} → {_text(report.output)}", ""]
            for finding in report.findings:
                line = f"- **{finding.get('code', '')}** {_text(finding.get('message', ''))}"
                suggestion = finding.get("suggestion", "")
                yield f"{line} — {_text(suggestion)}" if suggestion else line


def _cell(text: str) -> str:
    return _text(text)


def _text(text: str) -> str:
    """Text shown in Markdown without turning into markup (names and quotes come from files)."""
    escaped = "".join(f"\\{ch}" if ch in "\\`*_[]<>#|" else ch for ch in text)
    return " ".join(escaped.split())


def _code(text: str) -> str:
    return " ".join(text.replace("`", "'").split())
