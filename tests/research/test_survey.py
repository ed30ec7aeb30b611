"""The questionnaire: distinct outcomes merged as in the value map, phrased for respondents."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from interviewer.graph.value_map import UNNAMED_JOB
from interviewer.io.codebook import load_codebook
from interviewer.io.coded import load_interview
from interviewer.io.survey import SURVEY_COLUMNS, SurveyFileError, read_survey
from interviewer.research.survey import (
    build_survey,
    importance_question,
    markdown_path,
    satisfaction_question,
    survey_clause,
)

from .builders import write_csv

FIXTURES = Path(__file__).parents[1] / "graph" / "fixtures"
STUDY = [FIXTURES / f"p{n}.coded.jsonl" for n in (1, 2, 3)]


@pytest.mark.parametrize(
    ("statement", "clause"),
    [
        ("I have lost 10 pounds", "you have lost 10 pounds"),  # functional, first person
        ("I am able to fit into my old jeans.", "you are able to fit into your old jeans"),  # "my"
        ("I feel confident", "you feel confident"),  # emotional
        ("I don't have to worry about my health", "you don't have to worry about your health"),
        ("Others see me as disciplined", "others see you as disciplined"),  # social
        ("I am not seen as lazy", "you are not seen as lazy"),  # social, avoid
        ("The package is delivered on time", "the package is delivered on time"),  # object state
    ],
)
def test_statements_are_addressed_to_the_respondent(statement: str, clause: str) -> None:
    assert survey_clause(statement) == clause


@pytest.mark.parametrize(
    ("job", "question"),
    [
        # The job frames the question when the interviews named it.
        ("lose weight", "When you lose weight, how important is it to you that you feel calm?"),
        # Coded files that never name the job: no frame rather than a made-up one.
        (UNNAMED_JOB, "How important is it to you that you feel calm?"),
        ("", "How important is it to you that you feel calm?"),
    ],
)
def test_importance_question(job: str, question: str) -> None:
    assert importance_question("I feel calm", job) == question


def test_satisfaction_question() -> None:
    assert (
        satisfaction_question("I feel calm.") == "Today, how satisfied are you that you feel calm?"
    )


def test_one_item_per_distinct_outcome_with_the_codes_of_the_merged_map() -> None:
    survey = build_survey([load_interview(path) for path in STUDY])
    assert survey.job == "lose weight" and survey.interviews == 3
    assert [(i.outcome_id, i.kind, i.polarity, i.statement) for i in survey.items] == [
        ("c1", "functional", "want", "I have lost 10 pounds"),
        ("c2", "emotional", "want", "I feel confident"),
        ("c3", "social", "want", "Others see me as disciplined"),
        ("c4", "functional", "want", "I am able to fit into my old jeans"),
    ]
    # "Other people see me as disciplined" shares the content code social/want/disciplined.
    assert survey.items[2].mentions == 3
    # "I feel confident" is said twice in p1 and once in p3: two interviews, three mentions.
    confident = survey.items[1]
    assert (confident.interviews, confident.mentions) == (2, 3)


def test_a_code_mapping_names_and_merges_the_items() -> None:
    codebook = load_codebook(FIXTURES / "codes.yaml")
    survey = build_survey([load_interview(path) for path in STUDY], codebook=codebook)
    ids = [item.outcome_id for item in survey.items]
    # The mapping names the codes: "disciplined" and "confident" come first.
    assert ids[:2] == ["disciplined", "confident"]
    assert len(ids) == 4
    assert survey.items[0].statement == "Others see me as disciplined"


def test_csv_has_the_contract_columns_and_reads_back() -> None:
    survey = build_survey([load_interview(path) for path in STUDY])
    rows = list(csv.reader(io.StringIO(survey.to_csv())))
    assert tuple(rows[0]) == SURVEY_COLUMNS
    assert rows[0][:4] == ["outcome_id", "statement", "kind", "polarity"]
    assert rows[1] == [
        "c1",
        "I have lost 10 pounds",
        "functional",
        "want",
        "When you lose weight, how important is it to you that you have lost 10 pounds?",
        "Today, how satisfied are you that you have lost 10 pounds?",
        "2",
        "2",
    ]


def test_read_survey_round_trip(tmp_path: Path) -> None:
    survey = build_survey([load_interview(path) for path in STUDY])
    path = tmp_path / "survey.csv"
    path.write_text(survey.to_csv(), encoding="utf-8")
    items = read_survey(path)
    assert list(items) == ["c1", "c2", "c3", "c4"]
    assert (items["c3"].statement, items["c3"].kind) == ("Others see me as disciplined", "social")


def test_markdown_is_a_printable_form() -> None:
    survey = build_survey([load_interview(path) for path in STUDY])
    md = survey.to_markdown()
    lines = md.splitlines()
    assert lines[0] == "# Survey: lose weight"
    assert (
        "| # | When you lose weight, how important is it to you that … | Importance | Satisfied today |"
        in lines
    )
    assert (
        "| c4 | you are able to fit into your old jeans | ☐1 ☐2 ☐3 ☐4 ☐5 | ☐1 ☐2 ☐3 ☐4 ☐5 |"
        in lines
    )
    assert "4 outcomes from 3 interviews" in md
    assert "1 = not at all important" in md and "5 = completely satisfied" in md


def test_markdown_goes_beside_the_csv() -> None:
    assert markdown_path("out/survey.csv") == Path("out/survey.md")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        # No 'kind' column: scores could not be coloured or reported by kind.
        ([["outcome_id", "statement"], ["c1", "x"]], "survey.csv:1: missing column 'kind'"),
        # The same id twice would make responses ambiguous.
        (
            [["outcome_id", "statement", "kind"], ["c1", "x", "social"], ["c1", "y", "social"]],
            "survey.csv:3: column 'outcome_id': 'c1' was already listed on line 2",
        ),
        # An empty id.
        (
            [["outcome_id", "statement", "kind"], [" ", "x", "social"]],
            "survey.csv:2: column 'outcome_id' is empty",
        ),
        # Only a header.
        ([["outcome_id", "statement", "kind"]], "survey.csv: the survey lists no outcome"),
    ],
)
def test_read_survey_errors_name_row_and_column(
    tmp_path: Path, rows: list[list[str]], message: str
) -> None:
    path = write_csv(tmp_path / "survey.csv", rows[0], rows[1:])
    with pytest.raises(SurveyFileError) as caught:
        read_survey(path)
    assert str(caught.value) == f"{tmp_path}/{message}"
