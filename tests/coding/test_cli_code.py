"""`interviewer code` end to end with the real pipeline: exit statuses, stderr, outputs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.coding.progress import NoProgress, ProgressBar, progress_for
from interviewer.coding.report import CODED, FAILED, FileReport

from .conftest import BROKEN, GOOD, SKIPPED

pytestmark = pytest.mark.slow  # loads the spaCy model once per test session (cached)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_folder_of_good_transcripts(
    good_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "coded"
    status, stdout, stderr = run(["code", str(good_folder), "-o", str(out)], capsys)
    assert (status, stdout, stderr) == (0, "", "")  # quiet when not on a terminal
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["totals"]["coded"] == len(GOOD) + 1
    focus = [
        json.loads(line)
        for line in (out / "focus-group.coded.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    speakers = {(r["speaker"], r["role"]) for r in focus}
    assert speakers == {
        ("Sam", "interviewer"),
        ("Priya", "participant"),
        ("Tom", "participant"),
        ("Jo", "participant"),
    }
    kinds = {o["kind"] for r in focus for o in r["outcomes"]}
    assert kinds == {"functional", "emotional", "social"}
    # The coded file is what `tree` reads.
    status, stdout, _ = run(["tree", str(out / "p1-interview.coded.jsonl")], capsys)
    assert status == 0 and stdout.splitlines()[1] == "lose weight  [job]"


def test_a_mixed_folder_exits_1_naming_each_bad_file_once(
    mixed_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "coded"
    status, stdout, stderr = run(["code", str(mixed_folder), "-o", str(out), "--jobs", "2"], capsys)
    assert status == 1 and stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == len(BROKEN) + len(SKIPPED)
    for name, message in BROKEN.items():
        (line,) = [line for line in lines if line.startswith(str(mixed_folder / name))]
        assert message in line
    for name, reason in SKIPPED.items():
        assert f"{mixed_folder / name}: skipped: {reason}" in lines
    assert len(list(out.glob("*.coded.jsonl"))) == len(GOOD) + 1


def test_two_jobs_code_exactly_like_one(
    good_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(["code", str(good_folder), "-o", str(one)], capsys)[0] == 0
    assert run(["code", str(good_folder), "-o", str(two), "--jobs", "2"], capsys)[0] == 0
    for path in sorted(one.glob("*.coded.jsonl")):
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name


def test_options_job_format_speaker_map_and_force(
    good_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = good_folder / "teams-call.vtt"
    speakers = tmp_path / "speakers.txt"
    speakers.write_text("Riya Shah: participant\nAlex Moreno: interviewer\n", encoding="utf-8")
    out = tmp_path / "coded"
    argv = ["code", str(source), "-o", str(out), "--job", "develop professional competencies"]
    assert run([*argv, "--speaker-map", str(speakers)], capsys)[0] == 0
    first = json.loads((out / "teams-call.coded.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["job"] == "develop professional competencies"
    assert run([*argv, "--speaker-map", str(speakers), "--format", "csv"], capsys)[0] == 0
    header = (out / "teams-call.coded.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("source,job,turn_id,turn,speaker,role,start,outcome_id,parent,kind")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["files"][0]["status"] == CODED


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["nowhere.txt"], "nowhere.txt: no such file or folder"),
        (["--speaker-map", "nowhere.map"], "nowhere.map: no such file"),
        (["--job", " "], "--job: the job is empty"),
        (["--jobs", "0"], "Invalid value for '--jobs'"),
        (["--format", "xml"], "Invalid value for '--format'"),
    ],
)
def test_usage_errors_exit_2(
    good_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    paths = [str(good_folder / "interview.srt")] if extra[0].startswith("-") else []
    status, _, stderr = run(["code", *paths, *extra, "-o", str(tmp_path / "out")], capsys)
    assert status == 2 and message in stderr
    assert "Traceback" not in stderr and len(stderr.splitlines()) == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_only_on_a_terminal() -> None:
    assert isinstance(progress_for(io.StringIO()), NoProgress)
    terminal = _Terminal()
    bar = progress_for(terminal)
    assert isinstance(bar, ProgressBar)
    bar.start(2)
    bar.advance(FileReport(0, "a.txt", "a.coded.jsonl", CODED))
    bar.advance(FileReport(1, "b.txt", "b.coded.jsonl", FAILED, error="b.txt: empty file"))
    bar.close()
    shown = terminal.getvalue()
    assert "2/2" in shown and "1 failed" in shown and "b.txt" in shown


def test_an_encoding_guess_is_a_warning_on_stderr_not_silent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "latin.txt"
    source.write_bytes("Q: Why?\nA: I’d feel “safe” in the café.\n".encode("cp1252"))
    status, stdout, stderr = run(["code", str(source), "-o", str(tmp_path / "out")], capsys)
    assert (status, stdout) == (0, "")
    assert stderr.splitlines() == [
        f"{source}:2: warning: not UTF-8 (the first non-UTF-8 byte is on this line); read as "
        "Windows-1252 — check accented letters and quotes, or save the file as UTF-8"
    ]
    record = json.loads((tmp_path / "out" / "latin.coded.jsonl").read_text("utf-8").splitlines()[1])
    assert record["text"] == "I’d feel “safe” in the café."
