"""``summary.json`` and ``summary.md``: every file's counts, findings and failures, and totals."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from interviewer.coding.report import (
    CODED,
    EARLIER,
    FAILED,
    KINDS,
    SKIPPED,
    UNCHANGED,
    FileReport,
)

SUMMARY_FORMAT = "interviewer-code-summary/1"
SUMMARY_JSON = "summary.json"
SUMMARY_MD = "summary.md"
SCOPE = (
    "every coded file in this folder: this run's files, and those of earlier runs into it whose "
    "outputs are still there (status 'earlier'); failures and skips are this run's"
)


def totals(reports: Sequence[FileReport]) -> dict[str, Any]:
    statuses = Counter(report.status for report in reports)
    done = [report for report in reports if not report.failed and not report.skipped]
    kinds: Counter[str] = Counter()
    for report in done:
        kinds.update({key: report.outcomes.get(key, 0) for key in ("total", *KINDS)})
    return {
        "files": len(reports),
        CODED: statuses[CODED],
        UNCHANGED: statuses[UNCHANGED],
        EARLIER: statuses[EARLIER],
        FAILED: statuses[FAILED],
        SKIPPED: statuses[SKIPPED],
        "turns": sum(report.turns for report in done),
        "answers": sum(report.answers for report in done),
        "outcomes": {key: kinds[key] for key in ("total", *KINDS)},
        "ladders": sum(report.ladders for report in done),
        "findings": sum(len(report.findings) for report in done),
        "warnings": sum(len(report.warnings) for report in done),
        "trimmed_lines": sum(len(report.trimmed) for report in done),
    }


def summary_json(reports: Sequence[FileReport], *, model: str, settings: dict[str, Any]) -> str:
    """The text of ``summary.json`` (files in input order)."""
    data = {
        "format": SUMMARY_FORMAT,
        "model": model,
        "settings": settings,
        "scope": SCOPE,
        "totals": totals(reports),
        "files": [report.to_entry() for report in reports],
        "failures": [report.error for report in reports if report.failed],
        "skipped": [f"{report.source}: {report.error}" for report in reports if report.skipped],
        "warnings": [warning for report in reports for warning in report.warnings],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def summary_markdown(reports: Sequence[FileReport], *, model: str) -> str:
    """A human summary: a table of files, the failures, and the findings of each file."""
    total = totals(reports)
    out = [
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
            out.append(f"| {_cell(report.source)} | {report.status} | | | | | | | | | |")
            continue
        o = report.outcomes
        out.append(
            f"| {_cell(report.source)} | {report.status} | {report.format} | {report.turns} | "
            f"{report.answers} | {o.get('functional', 0)} | {o.get('emotional', 0)} | "
            f"{o.get('social', 0)} | {report.ladders} | {report.depth} | {len(report.findings)} |"
        )
    failures = [report for report in reports if report.failed]
    if failures:
        out += ["", "## Failures", ""]
        out += [f"- `{_code(report.error)}`" for report in failures]
    skipped = [report for report in reports if report.skipped]
    if skipped:
        out += ["", "## Skipped (not transcripts)", ""]
        out += [f"- {_text(report.source)}: {_text(report.error)}" for report in skipped]
    warned = [warning for report in reports for warning in report.warnings]
    if warned:
        out += ["", "## Warnings", ""]
        out += [f"- `{_code(warning)}`" for warning in warned]
    trimmed = [report for report in reports if report.trimmed]
    if trimmed:
        out += ["", "## Page furniture left out", ""]
        for report in trimmed:
            lines = ", ".join(
                f"{t.get('line')}: {_text(str(t.get('text', '')))}" for t in report.trimmed
            )
            out.append(f"- {_text(report.source)} — lines {lines}")
    with_findings = [report for report in reports if report.findings]
    if with_findings:
        out += ["", "## Findings"]
        for report in with_findings:
            out += ["", f"### {_text(report.source)} → {_text(report.output)}", ""]
            for finding in report.findings:
                line = f"- **{finding.get('code', '')}** {_text(finding.get('message', ''))}"
                suggestion = finding.get("suggestion", "")
                out.append(f"{line} — {_text(suggestion)}" if suggestion else line)
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return _text(text)


def _text(text: str) -> str:
    """Text shown in Markdown without turning into markup (names and quotes come from files)."""
    escaped = "".join(f"\\{ch}" if ch in "\\`*_[]<>#|" else ch for ch in text)
    return " ".join(escaped.split())


def _code(text: str) -> str:
    return " ".join(text.replace("`", "'").split())
