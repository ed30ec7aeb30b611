"""`interviewer agree`, `survey` and `score` end to end: outputs, exit codes, nothing half-written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.move import Move
from interviewer.io.session_file import save_session

from ..conftest import E, F, exchange, outcome, session
from .builders import cross, one_outcome_per_turn, write_coded, write_csv, write_labeled

FIXTURES = Path(__file__).parents[1] / "graph" / "fixtures"
STUDY = [str(FIXTURES / f"p{n}.coded.jsonl") for n in (1, 2, 3)]
HEADER = ["respondent", "outcome_id", "importance", "satisfaction"]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write_text(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- agree --------------------------------------------------------------------------------------
def test_agree_json_on_the_textbook_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Wikipedia's 2×2 example as two coded transcripts of 50 one-outcome turns
    # (yes = functional, no = emotional): p_o = .70, κ = .40, α = .40 (worked out in
    # test_agreement.TEXTBOOK).
    a, b = cross({("F", "F"): 20, ("F", "E"): 5, ("E", "F"): 10, ("E", "E"): 15})
    path_a = one_outcome_per_turn(tmp_path / "a.coded.jsonl", a)
    path_b = one_outcome_per_turn(tmp_path / "b.coded.jsonl", b)
    status, out, err = run(["agree", path_a, path_b, "--format", "json"], capsys)
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert {
        "n",
        "percent_agreement",
        "cohen_kappa",
        "krippendorff_alpha",
        "confusion",
        "disagreements",
    } <= set(data)
    assert (
        data["n"],
        data["percent_agreement"],
        data["cohen_kappa"],
        data["krippendorff_alpha"],
    ) == (50, 70.0, 0.4, 0.4)
    assert data["confusion"] == {
        "functional": {"functional": 20, "emotional": 5},
        "emotional": {"functional": 10, "emotional": 15},
    }
    assert len(data["disagreements"]) == 15
    assert data["unmatched"] == []


def test_agree_text_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write_labeled(
        tmp_path / "a.csv", [("I feel calm", "emotional"), ("I lost weight", "functional")]
    )
    b = write_labeled(
        tmp_path / "b.csv", [("I feel calm", "social"), ("I lost weight", "functional")]
    )
    status, out, _ = run(["agree", a, b], capsys)
    assert status == 0
    assert out.startswith(f"Agreement of {a} (A) and {b} (B)\nunits: 2 texts;")
    assert '  line 2  "I feel calm"  A: emotional  B: social' in out


@pytest.mark.parametrize(
    ("make_b", "status", "fragment"),
    [
        # Another transcript under the same turn ids: exit 1, the file named.
        (
            lambda d: write_coded(d / "b.jsonl", [("t1", "something else", [])]),
            1,
            "b.jsonl: turn t1 reads differently",
        ),
        # A labeled file against a coded one: a usage error.
        (
            lambda d: write_labeled(d / "b.csv", [("answer 1", "functional")]),
            2,
            "compare two codings of the same kind",
        ),
        # A file that is not there.
        (lambda d: str(d / "missing.jsonl"), 2, "missing.jsonl: no such file"),
        # A broken coded file: its own line-numbered error.
        (
            lambda d: write_text(d / "b.jsonl", "{not json\n"),
            1,
            "b.jsonl:1: not valid JSON",
        ),
    ],
)
def test_agree_errors_are_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make_b: Callable[[Path], str],
    status: int,
    fragment: str,
) -> None:
    a = one_outcome_per_turn(tmp_path / "a.coded.jsonl", "F")
    b = make_b(tmp_path)
    code, out, err = run(["agree", a, b], capsys)
    assert (code, out) == (status, "")
    [line] = err.strip().splitlines()
    assert fragment in line


# -- survey -------------------------------------------------------------------------------------
def test_survey_writes_csv_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "survey.csv"
    status, stdout, err = run(["survey", *STUDY, "-o", str(out)], capsys)
    assert (status, err) == (0, "")
    assert stdout.strip() == f"wrote {out} and {tmp_path / 'survey.md'}: 4 outcomes"
    assert (
        out.read_text(encoding="utf-8")
        .splitlines()[0]
        .startswith("outcome_id,statement,kind,polarity,")
    )
    assert (tmp_path / "survey.md").read_text(encoding="utf-8").startswith("# Survey: lose weight")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "survey.csv",
        "survey.md",
    ]  # no temp files


def test_survey_with_a_mapping_uses_its_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "survey.csv"
    status, _, _ = run(
        ["survey", *STUDY, "-o", str(out), "--mapping", str(FIXTURES / "codes.yaml")], capsys
    )
    assert status == 0
    assert [line.split(",")[0] for line in out.read_text().splitlines()[1:3]] == [
        "disciplined",
        "confident",
    ]


@pytest.mark.parametrize(
    ("out", "status", "fragment"),
    [
        ("survey.md", 2, "name a .csv file"),  # the Markdown goes beside OUT.csv
        ("no/such/folder/survey.csv", 2, "does not exist"),
        (".", 2, "is a folder"),
    ],
)
def test_survey_output_errors_before_any_work(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    out: str,
    status: int,
    fragment: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["survey", *STUDY, "-o", out], capsys)
    assert code == status and fragment in err and len(err.strip().splitlines()) == 1


def test_survey_of_a_broken_file_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "p4.coded.jsonl"
    broken.write_text(
        '{"id": "t1", "role": "participant", "text": "x", "outcomes": [{"id": "o1"}]}\n'
    )
    out = tmp_path / "survey.csv"
    out.write_text("the old survey\n")
    status, stdout, err = run(["survey", *STUDY, str(broken), "-o", str(out)], capsys)
    assert (status, stdout) == (1, "")
    assert err.strip() == f"{broken}:1: outcome o1: missing key 'kind'"
    assert out.read_text() == "the old survey\n"
    assert not (tmp_path / "survey.md").exists()


def test_survey_of_different_jobs_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "q1.session.yaml"
    s = session("send a package")
    exchange(s, Move.OPENING, "it arrives on time", outcome(F, "The package arrives on time"))
    save_session(s, other)
    status, _, err = run(["survey", STUDY[0], str(other), "-o", str(tmp_path / "s.csv")], capsys)
    assert status == 2 and "cannot merge interviews of different jobs" in err


# -- score --------------------------------------------------------------------------------------
@pytest.fixture
def study(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """A survey of the fixtures and answers of four respondents (two per role).

    c1  importance 5 5 4 2 → I = 7.5; satisfaction 1 2 2 5 → S = 2.5; opportunity 12.5 high
    c2  importance 5 4 1 1 → I = 5;   satisfaction 4 4 4 4 → S = 10;  opportunity 5
    """
    survey = tmp_path / "survey.csv"
    assert main(["survey", *STUDY, "-o", str(survey)]) == 0
    capsys.readouterr()
    rows = [
        ["r1", "c1", 5, 1, "manager"],
        ["r2", "c1", 5, 2, "manager"],
        ["r3", "c1", 4, 2, "staff"],
        ["r4", "c1", 2, 5, "staff"],
        ["r1", "c2", 5, 4, "manager"],
        ["r2", "c2", 4, 4, "manager"],
        ["r3", "c2", 1, 4, "staff"],
        ["r4", "c2", 1, 4, "staff"],
    ]
    responses = write_csv(tmp_path / "responses.csv", [*HEADER, "role"], rows)
    return {"survey": str(survey), "responses": responses, "dir": str(tmp_path)}


def test_score_json(study: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        ["score", study["responses"], "--survey", study["survey"], "--format", "json"], capsys
    )
    assert (status, err) == (0, "")
    assert json.loads(out) == [
        {
            "outcome_id": "c1",
            "statement": "I have lost 10 pounds",
            "kind": "functional",
            "n": 4,
            "importance": 7.5,
            "satisfaction": 2.5,
            "opportunity": 12.5,
            "band": "high",
        },
        {
            "outcome_id": "c2",
            "statement": "I feel confident",
            "kind": "emotional",
            "n": 4,
            "importance": 5.0,
            "satisfaction": 10.0,
            "opportunity": 5.0,
            "band": "not underserved",
        },
    ]


def test_score_text_with_segments_and_a_plot(
    study: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    plot = Path(study["dir"]) / "landscape.png"
    argv = [
        "score",
        study["responses"],
        "--survey",
        study["survey"],
        "--segment",
        "role",
        "--plot",
        str(plot),
    ]
    status, out, err = run(argv, capsys)
    assert (status, err) == (0, "")
    # Managers rate c1 5, 5 and satisfaction 1, 2: I = 10, S = 0, opportunity 20.
    assert "role = manager (2 respondents)" in out
    assert " 20.0  10.0   0.0     2  extreme" in out
    assert "not rated by anyone: c3, c4" in out
    assert out.rstrip().endswith(f"landscape: {plot}")
    assert plot.read_bytes().startswith(b"\x89PNG")


def test_score_of_session_ratings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for name, (importance, satisfaction) in {"p1": (5, 1), "p2": (4, 2), "p3": (2, 5)}.items():
        s = session()
        [o1] = exchange(
            s, Move.OPENING, "I'd have lost 10 pounds", outcome(F, "I have lost 10 pounds")
        )
        exchange(s, Move.LADDER_UP, "I'd feel confident", outcome(E, "I feel confident"), about=o1)
        s.rate(o1, importance, satisfaction)
        path = tmp_path / f"{name}.session.yaml"
        save_session(s, path)
        paths.append(str(path))
    status, out, err = run(["score", *paths, "--format", "json"], capsys)
    assert (status, err) == (0, "")
    # importance 5 4 2 → I = 10·2/3 = 6.67; satisfaction 1 2 5 → S = 3.33; opportunity 10.
    [record] = json.loads(out)
    assert (
        record["outcome_id"],
        record["n"],
        record["importance"],
        record["satisfaction"],
        record["opportunity"],
    ) == ("c1", 3, 6.67, 3.33, 10.0)


def test_bad_responses_list_every_row_exit_1_and_write_nothing(
    study: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_csv(
        Path(study["dir"]) / "bad.csv",
        HEADER,
        [["r1", "c1", 5, 1], ["r2", "c9", 4, 4], ["r3", "c2", 6, 4]],
    )
    plot = Path(study["dir"]) / "landscape.svg"
    plot.write_text("the old plot")
    status, out, err = run(["score", bad, "--survey", study["survey"], "--plot", str(plot)], capsys)
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"{bad}:3: column 'outcome_id': 'c9' is not an outcome of {study['survey']}",
        f"{bad}:4: column 'importance': '6' is not a rating 1–5",
    ]
    assert plot.read_text() == "the old plot"


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--plot", "landscape.pdf"], "must end in .png or .svg"),  # checked before reading
        (["--plot", "no/such/dir/l.png"], "does not exist"),
        (["--mapping", "codes.yaml"], "--mapping: only with session files"),
        (["--threshold", "0.5"], "--threshold: only with session files"),
    ],
)
def test_score_usage_errors_exit_2(
    study: dict[str, str], capsys: pytest.CaptureFixture[str], extra: list[str], fragment: str
) -> None:
    status, out, err = run(["score", study["responses"], *extra], capsys)
    assert (status, out) == (2, "")
    [line] = err.strip().splitlines()
    assert fragment in line


def test_session_options_are_refused_for_csv_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["score", STUDY[0], "--segment", "role"], capsys)
    assert status == 2 and "--segment: only with CSV responses" in err
    status, _, err = run(["score", STUDY[0], "r.csv"], capsys)
    assert status == 2 and "either CSV files or session files" in err


def test_coded_files_hold_no_ratings(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["score", *STUDY], capsys)
    assert status == 1 and "no wrap-up ratings to score" in err


# -- limits -------------------------------------------------------------------------------------
BIG_CELL = '"' + "a long answer\n" * 10_000 + '"'  # 140,000 characters over 10,000 lines


@pytest.mark.parametrize(
    ("command", "rows"),
    [
        (
            "score",
            ["respondent,outcome_id,importance,satisfaction", "r0,ok,3,3", f"r1,{BIG_CELL},4,2"],
        ),
        ("agree", ["text,label", "fine,social", f"{BIG_CELL},functional"]),
    ],
)
def test_a_csv_field_over_the_limit_is_one_line_at_its_row(
    command: str, rows: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_text(tmp_path / "big.csv", "\n".join(rows) + "\n")
    status, out, err = run([command, path, *([path] if command == "agree" else [])], capsys)
    assert (status, out) == (1, "")
    assert err == f"{path}:3: a CSV field is longer than 131,072 characters\n"


def test_score_survey_over_the_field_limit_names_the_survey_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ratings = write_csv(tmp_path / "r.csv", HEADER, [["r1", "o1", 4, 2]])
    survey = write_text(
        tmp_path / "s.csv", f"outcome_id,statement,kind\no1,{BIG_CELL},functional\n"
    )
    status, _, err = run(["score", ratings, "--survey", survey], capsys)
    assert status == 1
    assert err == f"{survey}:2: a CSV field is longer than 131,072 characters\n"
