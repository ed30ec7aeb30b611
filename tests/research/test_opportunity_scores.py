"""``score_responses``: the options are checked against the inputs before anything is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.errors import UsageError
from interviewer.research.opportunity_scores import ScoreOptions, score_responses
from interviewer.research.responses import ResponsesError

from .builders import write_csv

FIXTURES = Path(__file__).parents[1] / "graph" / "fixtures"
HEADER = ["respondent", "outcome_id", "importance", "satisfaction"]


@pytest.mark.parametrize(
    ("csv_input", "options", "message"),
    [
        # grouping options belong to session files
        (True, ScoreOptions(mapping="codes.yaml"), "--mapping: only with session files"),
        (True, ScoreOptions(threshold=0.5, mapping="c.yaml"), "--mapping, --threshold: only"),
        # segments and the questionnaire belong to CSV responses
        (False, ScoreOptions(segment="role"), "--segment: only with CSV responses"),
        (False, ScoreOptions(segment="r", survey="s.csv"), "--segment, --survey: only with CSV"),
        # the plot's name is checked first, whatever the inputs
        (True, ScoreOptions(plot="out.gif"), "must end in .png or .svg"),
    ],
)
def test_options_that_do_not_fit_the_inputs_are_usage_errors(
    tmp_path: Path, csv_input: bool, options: ScoreOptions, message: str
) -> None:
    ratings = write_csv(tmp_path / "r.csv", HEADER, [["r1", "c1", 9, 1]])  # never read
    source = ratings if csv_input else str(FIXTURES / "p1.coded.jsonl")
    with pytest.raises(UsageError, match=message):
        score_responses([source], options)


def test_csv_responses_are_scored_and_the_landscape_written(tmp_path: Path) -> None:
    rows = [["r1", "c1", 5, 1], ["r2", "c1", 4, 5], ["r1", "c2", 2, 2], ["r2", "c2", 1, 5]]
    ratings = write_csv(tmp_path / "r.csv", HEADER, rows)
    plot = tmp_path / "landscape.svg"
    scored = score_responses([ratings], ScoreOptions(plot=str(plot)))
    assert scored.landscape == plot and plot.read_bytes().startswith(b"<?xml")
    by_id = {score.outcome_id: score for score in scored.report.scores}
    assert (float(by_id["c1"].importance), float(by_id["c1"].satisfaction)) == (10.0, 5.0)
    assert float(by_id["c1"].opportunity) == 15.0 and float(by_id["c2"].importance) == 0.0


def test_faulty_responses_write_no_landscape(tmp_path: Path) -> None:
    ratings = write_csv(tmp_path / "r.csv", HEADER, [["r1", "c1", 9, 1]])
    plot = tmp_path / "landscape.png"
    with pytest.raises(ResponsesError):
        score_responses([ratings], ScoreOptions(plot=str(plot)))
    assert not plot.exists()
