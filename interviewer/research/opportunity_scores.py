"""Opportunity scores of survey answers as one call: options checked against the inputs first,
then the responses read, scored, and the landscape drawn (the library side of ``score``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interviewer.core.errors import UsageError
from interviewer.io.coded import load_interviews
from interviewer.io.survey import read_survey
from interviewer.research.landscape import landscape_title, plot_format, render_landscape
from interviewer.research.output import check_writable, write_all
from interviewer.research.responses import (
    ResponseSet,
    check_sources,
    read_csv_responses,
    session_responses,
)
from interviewer.research.scoring import ScoreReport, build_report


@dataclass(frozen=True, slots=True)
class ScoreOptions:
    """What to score and draw. ``segment`` and ``survey`` apply to CSV responses only,
    ``mapping`` and ``threshold`` (how outcomes are grouped into codes) to session files only."""

    segment: str | None = None  # a CSV column whose values are also scored on their own
    survey: str | None = None  # the questionnaire CSV whose outcome ids the responses must use
    plot: str | None = None  # OUT.png or OUT.svg: the opportunity landscape
    mapping: str | None = None
    threshold: float | None = None

    def check(self, from_csv: bool) -> None:
        """A usage error naming every option given that does not apply to the inputs."""
        wrong = (
            {"--mapping": self.mapping is not None, "--threshold": self.threshold is not None}
            if from_csv
            else {"--segment": self.segment is not None, "--survey": self.survey is not None}
        )
        if any(wrong.values()):
            used = ", ".join(name for name, given in wrong.items() if given)
            kind = "session files" if from_csv else "CSV responses"
            raise UsageError(f"{used}: only with {kind}")


@dataclass(frozen=True, slots=True)
class Scored:
    """The report, and the landscape file written (None without ``plot``)."""

    report: ScoreReport
    landscape: Path | None = None


def score_responses(sources: Sequence[str], options: ScoreOptions) -> Scored:
    """Score RESPONSES: long-form CSV files or session/coded files (never both).

    Usage errors (a plot name or an option that does not fit) come before anything is read;
    faulty responses raise :class:`~interviewer.research.responses.ResponsesError` with every
    problem, and nothing is written.
    """
    plot = check_writable(options.plot, "--plot") if options.plot is not None else None
    plot_as = plot_format(options.plot) if options.plot is not None else ""
    from_csv = check_sources(sources)
    options.check(from_csv)
    data = _read(sources, options) if from_csv else _read_sessions(sources, options)
    report = build_report(
        data.responses, data.items, segment_column=options.segment, notes=data.notes, job=data.job
    )
    if plot is not None:
        write_all({plot: render_landscape(report.scores, plot_as, title=landscape_title(report))})
    return Scored(report, plot)


def _read(sources: Sequence[str], options: ScoreOptions) -> ResponseSet:
    items = read_survey(options.survey) if options.survey is not None else None
    return read_csv_responses(
        sources, survey=items, survey_path=options.survey or "", segment=options.segment
    )


def _read_sessions(sources: Sequence[str], options: ScoreOptions) -> ResponseSet:
    loaded = load_interviews(sources, options.mapping, options.threshold)
    return session_responses(
        loaded.interviews, threshold=loaded.threshold, codebook=loaded.codebook
    )
