"""Reading responses: every faulty row is one line naming file, row and column; sessions pool."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.errors import UsageError
from interviewer.core.move import Move
from interviewer.core.session import Session
from interviewer.core.survey import Response, SurveyItem
from interviewer.io.coded import load_interview
from interviewer.io.session_file import save_session
from interviewer.research.responses import (
    MAX_PROBLEMS,
    ResponsesError,
    check_sources,
    read_csv_responses,
    session_responses,
)

from ..conftest import E, F, exchange, outcome, session
from .builders import write_csv

HEADER = ["respondent", "outcome_id", "importance", "satisfaction"]
SURVEY = {oid: SurveyItem(oid, f"statement {oid}", "functional", "want") for oid in ("c1", "c2")}


def problems_of(
    tmp_path: Path, header: list[str], rows: list[list[object]], **options: object
) -> list[str]:
    path = write_csv(tmp_path / "r.csv", header, rows)
    with pytest.raises(ResponsesError) as caught:
        read_csv_responses([path], **options)  # type: ignore[arg-type]
    prefix = f"{tmp_path}/"
    return [line.removeprefix(prefix) for line in caught.value.problems]


@pytest.mark.parametrize(
    ("header", "rows", "options", "problems"),
    [
        # A column of the long form is missing: named once, on the header row.
        (
            ["respondent", "outcome_id", "importance"],
            [["r1", "c1", 4]],
            {},
            ["r.csv:1: missing column 'satisfaction'"],
        ),
        # Two missing.
        (
            ["respondent", "outcome_id"],
            [["r1", "c1"]],
            {},
            ["r.csv:1: missing columns 'importance', 'satisfaction'"],
        ),
        # The --segment column is missing.
        (
            HEADER,
            [["r1", "c1", 4, 4]],
            {"segment": "role"},
            ["r.csv:1: missing column 'role' (named by --segment)"],
        ),
        # A rating above the scale (row 2 is the first data row).
        (
            HEADER,
            [["r1", "c1", 7, 4]],
            {},
            ["r.csv:2: column 'importance': '7' is not a rating 1–5"],
        ),
        # Zero, a decimal and a word are not ratings either.
        (
            HEADER,
            [["r1", "c1", 4, 0]],
            {},
            ["r.csv:2: column 'satisfaction': '0' is not a rating 1–5"],
        ),
        (
            HEADER,
            [["r1", "c1", "4.5", 4]],
            {},
            ["r.csv:2: column 'importance': '4.5' is not a rating 1–5"],
        ),
        (
            HEADER,
            [["r1", "c1", 4, "high"]],
            {},
            ["r.csv:2: column 'satisfaction': 'high' is not a rating 1–5"],
        ),
        # A skipped answer is named as empty.
        (
            HEADER,
            [["r1", "c1", "", 4]],
            {},
            ["r.csv:2: column 'importance': empty is not a rating 1–5"],
        ),
        # No respondent.
        (HEADER, [["", "c1", 4, 4]], {}, ["r.csv:2: column 'respondent' is empty"]),
        # An outcome id the survey does not list.
        (
            HEADER,
            [["r1", "c9", 4, 4]],
            {"survey": SURVEY, "survey_path": "survey.csv"},
            ["r.csv:2: column 'outcome_id': 'c9' is not an outcome of survey.csv"],
        ),
        # The same respondent rating the same outcome twice would count twice.
        (
            HEADER,
            [["r1", "c1", 4, 4], ["r1", "c1", 5, 5]],
            {},
            [
                "r.csv:3: columns 'respondent', 'outcome_id': 'r1' already rated 'c1' at "
                "{tmp}r.csv:2"
            ],
        ),
        # A respondent belongs to one segment.
        (
            [*HEADER, "role"],
            [["r1", "c1", 4, 4, "manager"], ["r1", "c2", 4, 4, "staff"]],
            {"segment": "role"},
            [
                "r.csv:3: column 'role': respondent 'r1' is 'staff' here but 'manager' at {tmp}r.csv:2"
            ],
        ),
        # Only a header.
        (HEADER, [], {}, ["r.csv: no responses to score"]),
    ],
)
def test_bad_rows_are_named_by_row_and_column(
    tmp_path: Path,
    header: list[str],
    rows: list[list[object]],
    options: dict[str, object],
    problems: list[str],
) -> None:
    expected = [p.replace("{tmp}", f"{tmp_path}/") for p in problems]
    assert problems_of(tmp_path, header, rows, **options) == expected


def test_every_problem_is_collected_and_the_listing_is_capped(tmp_path: Path) -> None:
    rows: list[list[object]] = [[f"r{n}", "c1", 9, 4] for n in range(30)]
    found = problems_of(tmp_path, HEADER, rows)
    assert len(found) == 30
    path = write_csv(tmp_path / "r.csv", HEADER, rows)
    with pytest.raises(ResponsesError) as caught:
        read_csv_responses([path])
    lines = caught.value.lines()
    assert len(lines) == MAX_PROBLEMS + 1 and lines[-1] == "… and 10 more problems"
    assert str(caught.value).endswith("(and 29 more)")


def test_header_case_spaces_and_extra_columns_are_fine(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "r.csv",
        [" Respondent", "OUTCOME_ID", "Importance ", "satisfaction", "Role", "statement", "kind"],
        [
            ["r1", "c1", " 5", "2 ", "staff", "I feel calm", "Emotional"],
            ["r2", "c1", 3, 4, "manager", "", ""],
        ],
    )
    data = read_csv_responses([path], segment="role")
    assert data.responses == [
        Response("r1", "c1", 5, 2, "staff"),
        Response("r2", "c1", 3, 4, "manager"),
    ]
    # Without a survey, the statement and kind come from the first row that gives them.
    assert data.items["c1"] == SurveyItem("c1", "I feel calm", "emotional", "")


def test_an_empty_segment_cell_is_a_segment_of_its_own(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "r.csv", [*HEADER, "role"], [["r1", "c1", 5, 2, ""], ["r2", "c1", 5, 2, "staff"]]
    )
    data = read_csv_responses([path], segment="role")
    assert [r.segment for r in data.responses] == ["(blank)", "staff"]


def test_several_csv_files_are_one_set_of_respondents(tmp_path: Path) -> None:
    a = write_csv(tmp_path / "a.csv", HEADER, [["r1", "c1", 5, 1]])
    b = write_csv(tmp_path / "b.csv", HEADER, [["r1", "c1", 4, 1]])
    with pytest.raises(ResponsesError, match=r"b.csv:2: .*'r1' already rated 'c1' at .*a.csv:2"):
        read_csv_responses([a, b])


@pytest.mark.parametrize(
    ("paths", "csv_input"),
    [
        (["r.csv"], True),  # one CSV
        (["a.CSV", "b.csv"], True),  # several, any case
        (["p1.session.yaml", "p2.yaml"], False),  # session files
        (["p1.coded.jsonl"], False),  # a coded file (no ratings, but may shape the codes)
    ],
)
def test_check_sources(paths: list[str], csv_input: bool) -> None:
    assert check_sources(paths) is csv_input


def test_csv_and_session_files_are_not_mixed() -> None:
    with pytest.raises(UsageError, match="either CSV files or session files"):
        check_sources(["r.csv", "p1.yaml"])


# -- session files ------------------------------------------------------------------------------
def rated_session(
    participant: str, confident: tuple[int, int], pounds: tuple[int, int] | None
) -> Session:
    s = session()
    s.participant = participant
    [o1] = exchange(s, Move.OPENING, "I'd have lost 10 pounds", outcome(F, "I have lost 10 pounds"))
    [o2] = exchange(
        s, Move.LADDER_UP, "I'd feel confident", outcome(E, "I feel confident"), about=o1
    )
    if pounds is not None:
        s.rate(o1, *pounds)
    s.rate(o2, *confident)
    return s


def saved(tmp_path: Path, name: str, s: Session) -> Path:
    path = tmp_path / f"{name}.session.yaml"
    save_session(s, path)
    return path


def test_wrap_up_ratings_are_pooled_by_code(tmp_path: Path) -> None:
    p1 = saved(tmp_path, "p1", rated_session("P1", (5, 2), (4, 4)))
    p2 = saved(tmp_path, "p2", rated_session("P2", (4, 1), None))
    data = session_responses([load_interview(p1), load_interview(p2)])
    assert data.job == "lose weight"
    assert sorted(data.responses, key=lambda r: (r.respondent, r.outcome_id)) == [
        Response("p1", "c1", 4, 4),
        Response("p1", "c2", 5, 2),
        Response("p2", "c2", 4, 1),
    ]
    assert data.items["c2"].statement == "I feel confident"


def test_two_ratings_of_one_code_count_once_with_a_note(tmp_path: Path) -> None:
    s = rated_session("P1", (5, 2), None)
    [o3] = exchange(s, Move.NEW_LADDER, "I'd feel confident", outcome(E, "I feel confident"))
    s.rate(o3, 1, 1)
    path = saved(tmp_path, "p1", s)
    data = session_responses([load_interview(path)])
    assert data.responses == [Response("p1", "c2", 5, 2)]
    assert data.notes == [f"{path} rated c2 twice (o2, o3): the first rating counts"]


def test_a_rating_of_an_unknown_outcome_is_an_error(tmp_path: Path) -> None:
    path = saved(tmp_path, "p1", rated_session("P1", (5, 2), None))
    text = path.read_text(encoding="utf-8").replace("  o2:\n", "  o9:\n")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResponsesError) as caught:
        session_responses([load_interview(path)])
    assert caught.value.problems == [f"{path}: ratings: 'o9' is not an outcome of the session"]


def test_sessions_without_ratings_have_nothing_to_score(tmp_path: Path) -> None:
    s = rated_session("P1", (5, 2), None)
    s.ratings.clear()
    path = saved(tmp_path, "p1", s)
    with pytest.raises(ResponsesError, match="no wrap-up ratings to score"):
        session_responses([load_interview(path)])
