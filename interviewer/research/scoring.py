"""Opportunity scores (ODI): top-2-box importance and satisfaction, ``I + max(I − S, 0)``, bands.

Importance I is 10 × the share of an outcome's respondents who rate its importance 4 or 5 on
the 1–5 scale (top-2-box); satisfaction S likewise. Opportunity = I + max(I − S, 0), from 0 to
20. Scores are never computed from mean ratings. Arithmetic is exact (fractions), so a share of
exactly 12 falls in the band it should.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from interviewer.core.survey import Response, SurveyItem

TOP_TWO = 4  # ratings of 4 or 5 count as "important" / "satisfied"
BANDS = "> 15 extreme · 12–15 high · 10–12 solid · < 10 not underserved"


def top_two_box(ratings: Iterable[int]) -> Fraction:
    """10 × the share of ratings that are 4 or 5 (0 when there are none)."""
    values = list(ratings)
    if not values:
        return Fraction(0)
    return Fraction(10 * sum(value >= TOP_TWO for value in values), len(values))


def opportunity(importance: Fraction, satisfaction: Fraction) -> Fraction:
    """The opportunity score ``I + max(I − S, 0)``."""
    return importance + max(importance - satisfaction, Fraction(0))


def band(score: Fraction | float) -> str:
    """The ODI band: > 15 extreme, 12–15 high, 10–12 solid (12 itself is high), < 10 not
    underserved."""
    if score > 15:
        return "extreme"
    if score >= 12:
        return "high"
    if score >= 10:
        return "solid"
    return "not underserved"


@dataclass(frozen=True, slots=True)
class OutcomeScore:
    """The scores of one outcome among one set of respondents."""

    outcome_id: str
    statement: str
    kind: str
    n: int
    importance: Fraction
    satisfaction: Fraction
    opportunity: Fraction
    segment: str | None = None  # None: all respondents

    @property
    def band(self) -> str:
        return band(self.opportunity)

    @property
    def served(self) -> str:
        """Where the outcome lies in the landscape: underserved, overserved or appropriately."""
        if self.opportunity > 10:
            return "underserved"
        if self.satisfaction > self.importance:
            return "overserved"
        return "appropriately served"

    def to_dict(self, *, segmented: bool = False) -> dict[str, Any]:
        """The json object of ``score --format json``; ``segmented`` adds the ``segment`` key
        (null for all respondents)."""
        record: dict[str, Any] = {
            "outcome_id": self.outcome_id,
            "statement": self.statement,
            "kind": self.kind,
            "n": self.n,
            "importance": round(float(self.importance), 2),
            "satisfaction": round(float(self.satisfaction), 2),
            "opportunity": round(float(self.opportunity), 2),
            "band": self.band,
        }
        if segmented:
            record["segment"] = self.segment
        return record


def score_outcomes(
    responses: Iterable[Response],
    items: Mapping[str, SurveyItem],
    *,
    segment: str | None = None,
) -> list[OutcomeScore]:
    """Scores per outcome, highest opportunity first (then importance, then survey order).

    Every response counts once; outcomes nobody rated are left out.
    """
    rated: dict[str, list[Response]] = {}
    for response in responses:
        rated.setdefault(response.outcome_id, []).append(response)
    order = {oid: position for position, oid in enumerate([*items, *rated])}
    scores = []
    for oid, given in rated.items():
        item = items.get(oid)
        importance = top_two_box(r.importance for r in given)
        satisfaction = top_two_box(r.satisfaction for r in given)
        scores.append(
            OutcomeScore(
                oid,
                item.statement if item else "",
                item.kind if item else "",
                len(given),
                importance,
                satisfaction,
                opportunity(importance, satisfaction),
                segment,
            )
        )
    scores.sort(key=lambda s: (-s.opportunity, -s.importance, order[s.outcome_id]))
    return scores


@dataclass(frozen=True)
class Segment:
    """The scores among the respondents of one value of the segment column."""

    value: str
    respondents: int
    scores: list[OutcomeScore]


@dataclass(frozen=True)
class ScoreReport:
    """All respondents' scores, per-segment scores, and notes on the input."""

    scores: list[OutcomeScore]
    respondents: int
    items: Mapping[str, SurveyItem]
    segment_column: str | None = None
    segments: list[Segment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    job: str = ""

    @property
    def unrated(self) -> list[str]:
        """Outcomes of the survey that no respondent rated."""
        rated = {score.outcome_id for score in self.scores}
        return [oid for oid in self.items if oid not in rated]

    def to_json(self) -> list[dict[str, Any]]:
        """A list of objects, one per outcome (and per segment with ``--segment``)."""
        segmented = self.segment_column is not None
        records = [score.to_dict(segmented=segmented) for score in self.scores]
        for segment in self.segments:
            records += [score.to_dict(segmented=segmented) for score in segment.scores]
        return records

    def to_text(self) -> str:
        lines = [
            f"Opportunity scores of {len(self.scores)} outcomes from "
            f"{_plural(self.respondents, 'respondent')}" + (f" ({self.job})" if self.job else ""),
            "importance, satisfaction: 10 × share rating 4–5; opportunity = I + max(I − S, 0)",
            "",
            *_table(self.scores),
        ]
        for segment in self.segments:
            lines += [
                "",
                f"{self.segment_column} = {segment.value} "
                f"({_plural(segment.respondents, 'respondent')})",
                "",
                *_table(segment.scores),
            ]
        lines += ["", f"bands: {BANDS}"]
        if self.unrated:
            lines.append(f"not rated by anyone: {', '.join(self.unrated)}")
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)


def build_report(
    responses: Sequence[Response],
    items: Mapping[str, SurveyItem],
    *,
    segment_column: str | None = None,
    notes: Sequence[str] = (),
    job: str = "",
) -> ScoreReport:
    """Score all respondents, and each segment (in alphabetical order) when a column is named."""
    segments: list[Segment] = []
    if segment_column is not None:
        values = sorted({r.segment for r in responses})
        for value in values:
            chosen = [r for r in responses if r.segment == value]
            segments.append(
                Segment(
                    value,
                    len({r.respondent for r in chosen}),
                    score_outcomes(chosen, items, segment=value),
                )
            )
    overall = score_outcomes(responses, items)
    return ScoreReport(
        overall,
        len({r.respondent for r in responses}),
        items,
        segment_column,
        segments,
        list(notes),
        job,
    )


def _table(scores: Sequence[OutcomeScore]) -> list[str]:
    lines = [
        f"{'opp':>5} {'imp':>5} {'sat':>5} {'n':>5}  {'band':<16}{'kind':<11}{'id':<8}statement"
    ]
    lines += [
        f"{float(s.opportunity):>5.1f} {float(s.importance):>5.1f} {float(s.satisfaction):>5.1f} "
        f"{s.n:>5}  {s.band:<16}{s.kind or '-':<11}{s.outcome_id:<8}{s.statement}"
        for s in scores
    ]
    return lines


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
