"""Opportunity scoring: top-2-box shares, I + max(I − S, 0), bands, order, segments."""

from __future__ import annotations

from fractions import Fraction

import pytest

from interviewer.core.survey import Response, SurveyItem
from interviewer.research.scoring import (
    OutcomeScore,
    band,
    build_report,
    opportunity,
    score_outcomes,
    top_two_box,
)


@pytest.mark.parametrize(
    ("ratings", "share"),
    [
        ([5, 5, 4, 4, 4, 4, 3, 2, 5, 4], Fraction(8)),  # 8 of 10 rate 4–5 → 10 × 8/10 = 8
        ([1, 2, 3, 3], Fraction(0)),  # nobody rates 4–5
        ([4, 5, 4], Fraction(10)),  # everybody does
        ([5, 4, 1], Fraction(20, 3)),  # 2 of 3 → 6.67, kept exact
        ([3] * 10, Fraction(0)),  # a mean of 3.0 …
        ([5] * 5 + [1] * 5, Fraction(5)),  # … and another mean of 3.0: top-2-box tells them apart
        ([], Fraction(0)),  # no ratings at all
    ],
)
def test_top_two_box(ratings: list[int], share: Fraction) -> None:
    assert top_two_box(ratings) == share


@pytest.mark.parametrize(
    ("importance", "satisfaction", "score"),
    [
        (8, 2, 14),  # underserved: 8 + (8 − 2)
        (8, 8, 8),  # served as much as it matters: 8 + 0
        (5, 7, 5),  # overserved: the gap never goes negative, 5 + 0
        (10, 0, 20),  # the maximum
        (0, 10, 0),  # the minimum
        (Fraction(20, 3), 0, Fraction(40, 3)),  # 6.67 + 6.67 = 13.33
    ],
)
def test_opportunity(importance: Fraction, satisfaction: Fraction, score: Fraction) -> None:
    assert opportunity(Fraction(importance), Fraction(satisfaction)) == score


@pytest.mark.parametrize(
    ("score", "name"),
    [
        (Fraction(1501, 100), "extreme"),  # above 15
        (Fraction(15), "high"),  # 15 itself closes the 12–15 band
        (Fraction(12), "high"),  # 12 itself opens it
        (Fraction(1199, 100), "solid"),  # just below 12
        (Fraction(10), "solid"),  # 10 itself opens the 10–12 band
        (Fraction(999, 100), "not underserved"),  # below 10
        (0, "not underserved"),
        (20, "extreme"),
    ],
)
def test_bands(score: Fraction, name: str) -> None:
    assert band(score) == name


ITEMS = {
    oid: SurveyItem(oid, statement, kind, "want")
    for oid, statement, kind in [
        ("c1", "I have lost 10 pounds", "functional"),
        ("c2", "I feel confident", "emotional"),
        ("c3", "Others see me as disciplined", "social"),
        ("c4", "I am able to fit into my old jeans", "functional"),
        ("c5", "I don't have to worry about my health", "emotional"),
    ]
}


def responses(oid: str, importance: list[int], satisfaction: list[int]) -> list[Response]:
    return [
        Response(f"r{n}", oid, i, s)
        for n, (i, s) in enumerate(zip(importance, satisfaction, strict=True), start=1)
    ]


# The worked example:
#   c1  I = 10·8/10 = 8,      S = 10·2/10 = 2,   opportunity 8 + 6 = 14        high
#   c2  I = 0 (all 3s),       S = 0,             opportunity 0                 not underserved
#   c3  I = 10·5/10 = 5,      S = 0,             opportunity 5 + 5 = 10        solid
#       (c2 and c3 have the same mean importance, 3.0: means would call them equal)
#   c4  n = 3, I = 10,        S = 10,            opportunity 10 + 0 = 10       solid, before c3
#       (same opportunity; higher importance first)
#   c5  n = 3, I = 10·2/3,    S = 0,             opportunity 40/3 = 13.33      high
WORKED = [
    *responses("c1", [5, 5, 4, 4, 4, 4, 3, 2, 5, 4], [1, 2, 2, 3, 4, 1, 2, 3, 5, 2]),
    *responses("c2", [3] * 10, [3] * 10),
    *responses("c3", [5] * 5 + [1] * 5, [1] * 10),
    *responses("c4", [5, 5, 4], [4, 5, 5]),
    *responses("c5", [5, 4, 1], [1, 1, 1]),
]


def test_the_worked_example() -> None:
    scores = score_outcomes(WORKED, ITEMS)
    assert [
        (s.outcome_id, s.n, s.importance, s.satisfaction, s.opportunity, s.band) for s in scores
    ] == [
        ("c1", 10, 8, 2, 14, "high"),
        ("c5", 3, Fraction(20, 3), 0, Fraction(40, 3), "high"),
        ("c4", 3, 10, 10, 10, "solid"),
        ("c3", 10, 5, 0, 10, "solid"),
        ("c2", 10, 0, 0, 0, "not underserved"),
    ]


def test_json_objects_have_the_contract_keys_rounded() -> None:
    report = build_report(WORKED, ITEMS)
    records = report.to_json()
    assert records[1] == {
        "outcome_id": "c5",
        "statement": "I don't have to worry about my health",
        "kind": "emotional",
        "n": 3,
        "importance": 6.67,
        "satisfaction": 0.0,
        "opportunity": 13.33,
        "band": "high",
    }
    assert [r["outcome_id"] for r in records] == ["c1", "c5", "c4", "c3", "c2"]


@pytest.mark.parametrize(
    ("importance", "satisfaction", "served"),
    [
        (8, 2, "underserved"),  # opportunity 8 + 6 = 14, beyond 10
        (6, 2, "appropriately served"),  # 6 + 4 = 10: on the line S = 2I − 10, not beyond it
        (4, 6, "overserved"),  # satisfaction above importance
        (5, 5, "appropriately served"),  # on the diagonal
        (9, 9, "appropriately served"),  # important and satisfied: opportunity 9
    ],
)
def test_where_an_outcome_lies_in_the_landscape(
    importance: int, satisfaction: int, served: str
) -> None:
    i, s = Fraction(importance), Fraction(satisfaction)
    assert OutcomeScore("c1", "", "", 1, i, s, opportunity(i, s)).served == served


def test_segments_score_their_own_respondents() -> None:
    # Two managers rate c1 4 and 5 (I = 10), three staff rate it 1, 2, 5 (I = 10/3).
    # Satisfaction is 1 everywhere: managers 10 + 10 = 20, staff 10/3 + 10/3 = 6.67,
    # everybody: I = 10·3/5 = 6, opportunity 12.
    data = [
        Response("m1", "c1", 4, 1, "manager"),
        Response("m2", "c1", 5, 1, "manager"),
        Response("s1", "c1", 1, 1, "staff"),
        Response("s2", "c1", 2, 1, "staff"),
        Response("s3", "c1", 5, 1, "staff"),
    ]
    report = build_report(data, ITEMS, segment_column="role")
    assert [(s.value, s.respondents, s.scores[0].opportunity) for s in report.segments] == [
        ("manager", 2, 20),
        ("staff", 3, Fraction(20, 3)),
    ]
    assert report.scores[0].opportunity == 12
    records = report.to_json()
    assert [(r["segment"], r["opportunity"]) for r in records] == [
        (None, 12.0),  # all respondents
        ("manager", 20.0),
        ("staff", 6.67),
    ]
    text = report.to_text()
    assert "role = manager (2 respondents)" in text and "role = staff (3 respondents)" in text


def test_text_report() -> None:
    report = build_report(
        WORKED, ITEMS, notes=["p1 rated c2 twice (o2, o5): the first rating counts"]
    )
    lines = report.to_text().splitlines()
    assert lines[0] == "Opportunity scores of 5 outcomes from 10 respondents"
    assert lines[3].split() == ["opp", "imp", "sat", "n", "band", "kind", "id", "statement"]
    assert lines[4].split()[:6] == ["14.0", "8.0", "2.0", "10", "high", "functional"]
    assert lines[5].split()[:3] == ["13.3", "6.7", "0.0"]
    assert "bands: > 15 extreme · 12–15 high · 10–12 solid · < 10 not underserved" in lines
    assert lines[-1] == "note: p1 rated c2 twice (o2, o5): the first rating counts"


def test_outcomes_nobody_rated_are_named() -> None:
    report = build_report(responses("c1", [5], [1]), ITEMS)
    assert report.unrated == ["c2", "c3", "c4", "c5"]
    assert "not rated by anyone: c2, c3, c4, c5" in report.to_text()
