"""The batch: good files coded, bad ones named once, unchanged ones skipped, outputs atomic."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interviewer.coding.batch import BatchOptions, BatchResult, code_batch
from interviewer.coding.report import CODED, FAILED, UNCHANGED
from interviewer.core.errors import UsageError
from interviewer.core.session import Role
from interviewer.io.coded import read_coded

from ..conftest import FakeAnalyzer
from .conftest import BROKEN, GOOD, SKIPPED

STEMS = sorted({name.rsplit(".", 1)[0] for name in GOOD} | {"otter"})


def run(
    paths: list[Path], out: Path, analyzer: FakeAnalyzer | None = None, **options: object
) -> BatchResult:
    return code_batch(
        [str(p) for p in paths],
        BatchOptions(out, **options),  # type: ignore[arg-type]
        analyzer=analyzer or FakeAnalyzer(),
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_a_mixed_folder_codes_every_good_file_and_names_every_bad_one_once(
    mixed_folder: Path, tmp_path: Path
) -> None:
    before = snapshot(mixed_folder)
    out = tmp_path / "coded"
    result = run([mixed_folder], out)
    failures = {Path(r.source).name: r.error for r in result.failures}
    assert set(failures) == set(BROKEN)
    for name, message in BROKEN.items():
        error = failures[name]
        assert error.startswith(str(mixed_folder / name)) and message in error, error
        assert "\n" not in error and "Traceback" not in error
    assert failures["broken.vtt"].startswith(f"{mixed_folder / 'broken.vtt'}:6: ")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{stem}.coded.jsonl" for stem in STEMS] + ["summary.json", "summary.md"]
    )
    assert snapshot(mixed_folder) == before  # sources never modified
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["totals"]["failed"] == len(BROKEN)
    assert summary["totals"]["coded"] == len(STEMS)
    assert sorted(summary["failures"]) == sorted(failures.values())
    # Files of the folder that are not transcripts are listed as skipped, not failures.
    skipped = {Path(r.source).name: r.error for r in result.skipped}
    assert skipped == SKIPPED
    assert summary["totals"]["skipped"] == len(SKIPPED)
    assert sorted(summary["skipped"]) == sorted(
        f"{mixed_folder / name}: {reason}" for name, reason in SKIPPED.items()
    )
    markdown = (out / "summary.md").read_text(encoding="utf-8")
    assert "## Failures" in markdown and markdown.count("cut.docx") == 2  # table + failure line
    assert "## Skipped (not transcripts)" in markdown and markdown.count("sources.md") == 2


def test_a_file_without_turns_named_explicitly_stays_an_error(
    mixed_folder: Path, tmp_path: Path
) -> None:
    result = run([mixed_folder / "notes.md", mixed_folder / "README.md"], tmp_path / "coded")
    assert [Path(r.source).name for r in result.failures] == ["notes.md", "README.md"]
    assert not result.skipped


def test_a_folder_of_good_files_and_notes_exits_clean(good_folder: Path, tmp_path: Path) -> None:
    (good_folder / "sources.md").write_text("Links to the recordings.\n", encoding="utf-8")
    result = run([good_folder], tmp_path / "coded")
    assert not result.failures and [Path(r.source).name for r in result.skipped] == ["sources.md"]


def test_outputs_read_back_as_sessions_with_the_contract_keys(
    good_folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "coded"
    result = run([good_folder], out)
    assert result.count(CODED) == len(STEMS) and not result.failures
    for stem in STEMS:
        path = out / f"{stem}.coded.jsonl"
        coded = read_coded(path)
        assert coded.session.turns
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for number, record in enumerate(records, 1):
            keys = list(record)
            assert keys[:6] == ["id", "source", "turn", "speaker", "role", "text"]
            assert keys[-1] == "outcomes" and set(keys[6:-1]) <= {"start", "job"}
            assert record["turn"] == number and record["role"] in ("interviewer", "participant")
            assert "\r" not in record["text"]
            for outcome in record["outcomes"]:
                assert (
                    list(outcome)
                    == [
                        "kind",
                        "polarity",
                        "statement",
                        "confidence",
                        "span",
                        "evidence",
                        "id",
                        "parent",
                        "code",
                    ][: len(outcome)]
                )
                assert outcome["code"].startswith(f"{outcome['kind']}/")  # polarity may turn
                start, end = outcome["span"]
                assert outcome["statement"] == record["text"][start:end]  # offsets exact
    first = json.loads(
        (out / "focus-group.coded.jsonl").read_text(encoding="utf-8").splitlines()[0]
    )
    assert first["job"] == "manage a household budget"
    vtt = json.loads((out / "zoom-call.coded.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert (vtt["speaker"], vtt["start"]) == ("Marcus Bell", 6.5)


def test_unchanged_files_are_skipped_until_something_changes(
    good_folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "coded"
    run([good_folder], out)
    outputs = snapshot(out)
    analyzer = FakeAnalyzer()
    again = run([good_folder], out, analyzer)
    assert again.count(UNCHANGED) == len(STEMS) and analyzer.calls == 0
    assert {k: v for k, v in snapshot(out).items() if k.endswith(".jsonl")} == {
        k: v for k, v in outputs.items() if k.endswith(".jsonl")
    }
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["totals"]["outcomes"]["total"] > 0  # counts carried over from the coding
    # One source edited, one output deleted: only those two are coded again.
    edited = good_folder / "interview.srt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (out / "teams-call.coded.jsonl").unlink()
    third = run([good_folder], out)
    assert sorted(Path(r.source).name for r in third.reports if r.status == CODED) == [
        "interview.srt",
        "teams-call.vtt",
    ]
    assert run([good_folder], out, force=True).count(CODED) == len(STEMS)
    assert run([good_folder], out, FakeAnalyzer("fake-2")).count(CODED) == len(STEMS)
    assert run([good_folder], out, FakeAnalyzer("fake-2"), job="x").count(CODED) == len(STEMS)
    mapped = run(
        [good_folder], out, FakeAnalyzer("fake-2"), job="x", speaker_map={"Tom": Role.INTERVIEWER}
    )
    assert mapped.count(CODED) == len(STEMS)


def test_two_jobs_give_the_same_outputs_as_one(good_folder: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    run([good_folder], one, jobs=1)
    result = run([good_folder], two, jobs=2)
    assert result.count(CODED) == len(STEMS)
    assert len({r.pid for r in result.reports}) == 2  # really two worker processes
    for stem in STEMS:
        name = f"{stem}.coded.jsonl"
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_csv_rows_per_outcome_with_formulas_neutralised(tmp_path: Path) -> None:
    source = tmp_path / "p9.txt"
    source.write_text(
        "Job: lose weight\n\nQ: What matters?\nA: =HYPERLINK(1) I'd want to lose weight. I'd feel good.\n",
        encoding="utf-8",
    )
    result = run([source], tmp_path / "out", fmt="csv")
    assert not result.failures
    data = (tmp_path / "out" / "p9.coded.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:4] == ["source", "job", "turn_id", "turn"] and len(rows) == 3
    statements = [row[11] for row in rows[1:]]
    assert statements == ["'=HYPERLINK(1) I'd want to lose weight", "I'd feel good"]
    assert rows[2][8] == rows[1][7]  # the feeling hangs under the functional outcome
    assert rows[0][-1] == "code" and rows[2][-1] == "emotional/want/good"


def test_a_failed_write_keeps_the_old_output_whole(
    good_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "coded"
    run([good_folder / "interview.srt"], out)
    before = (out / "interview.coded.jsonl").read_bytes()
    import interviewer.coding.worker as worker

    def torn(*args: object, **kwargs: object) -> object:
        yield {"id": "t1"}
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(worker, "turn_records", torn)
    result = run([good_folder / "interview.srt"], out, force=True)
    assert result.failures[0].error.endswith("(No space left on device)")
    assert (out / "interview.coded.jsonl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_inputs_with_the_same_stem_get_distinct_outputs(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p1.txt").write_text("Q: Hi?\nA: I'd want quiet.\n", encoding="utf-8")
    (tmp_path / "a" / "p1.srt").write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nQ: Hi?\n", encoding="utf-8"
    )
    result = run([tmp_path / "a", tmp_path / "b"], tmp_path / "out")
    assert [r.output for r in result.reports] == [
        "p1.coded.jsonl",
        "p1-2.coded.jsonl",
        "p1-3.coded.jsonl",
    ]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no such file or folder"),
        ("no-transcripts", "no transcripts found"),
        ("out-is-file", "the output folder is a file"),
        ("overwrite", "is an input and would be overwritten by an output"),
    ],
)
def test_usage_errors_before_any_work(tmp_path: Path, setup: str, message: str) -> None:
    paths, out = [tmp_path / "missing.txt"], tmp_path / "out"
    if setup == "no-transcripts":
        (tmp_path / "empty-folder").mkdir()
        paths = [tmp_path / "empty-folder"]
    elif setup == "out-is-file":
        out.write_text("x", encoding="utf-8")
        paths = [out]
    elif setup == "overwrite":
        out.mkdir()
        (out / "summary.md").write_text("Q: Hi?\nA: Hello.\n", encoding="utf-8")
        paths = [out / "summary.md"]
    with pytest.raises(UsageError, match=message):
        run(paths, out)


def test_hidden_files_and_the_output_folder_are_not_walked(good_folder: Path) -> None:
    out = good_folder / "coded"
    run([good_folder], out)
    (good_folder / ".draft.txt").write_text("Q: Hi?\nA: Hello.\n", encoding="utf-8")
    (good_folder / "README.md").write_text("# About these interviews\n", encoding="utf-8")
    result = run([good_folder], out)
    assert len(result.reports) == len(STEMS) + 1 and not result.failures
    assert FAILED not in {r.status for r in result.reports}
    # The README is listed as skipped; the hidden draft and the output folder are not walked.
    assert [Path(r.source).name for r in result.skipped] == ["README.md"]


def test_a_session_file_in_a_folder_is_coded(tmp_path: Path) -> None:
    from interviewer.core.move import Move
    from interviewer.io.session_file import save_session

    from ..conftest import F, exchange, outcome, session

    s = session()
    exchange(s, Move.OPENING, "I'd want to fit my old jeans", outcome(F, "I fit my old jeans"))
    save_session(s, tmp_path / "p1.session.yaml")
    (tmp_path / "bank.yaml").write_text("format: interviewer-bank/1\n", encoding="utf-8")
    result = run([tmp_path], tmp_path / "out")
    assert [(Path(r.source).name, r.output, r.format) for r in result.reports] == [
        ("p1.session.yaml", "p1.coded.jsonl", "session")
    ]
    assert (tmp_path / "out" / "p1.coded.jsonl").exists()


def test_a_run_sweeps_the_temporary_file_a_kill_9_left_in_the_output_folder(
    good_folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "coded"
    out.mkdir()
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal, sys\n"
            "from interviewer.io.atomic import atomic_text\n"
            "with atomic_text(sys.argv[1]) as handle:\n"
            "    handle.write('{\"id\": ')\n"
            "    handle.flush()\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n",
            str(out / "p1-interview.coded.jsonl"),
        ],
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    (leftover,) = out.iterdir()
    assert leftover.name.startswith(".p1-interview.coded.jsonl.") and leftover.suffix == ".tmp"
    old = time.time() - 5
    os.utime(leftover, (old, old))
    unrelated = out / "notes.tmp"
    unrelated.write_text("mine", encoding="utf-8")
    run([good_folder], out)
    assert not leftover.exists() and unrelated.exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_warnings_trimmed_lines_and_a_narrator_reach_the_outputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "podcast.txt").write_bytes(
        (
            "Ava: Welcome to Work Stories. Today Ben talks with Chloe, who people want to hear.\n"
            "Ben: Chloe, what made you change the handover?\n"
            "Chloe: I want every patient handed over without a gap.\n"
            "Ben: Why does that matter to you?\n"
            "Chloe: I feel calm at the end of a shift \u2014 caf\xe9 time.\n"
            "Ava: That's all for this week.\n"
            "Required fields are marked *\n"
        )
        .encode("utf-8")
        .replace(b"caf\xc3\xa9", b"caf\xe9")
    )
    out = tmp_path / "coded"
    result = run([folder], out)
    assert result.count(CODED) == 1
    (report,) = result.reports
    assert report.warnings == (
        f"{folder / 'podcast.txt'}:5: warning: 1 byte not valid UTF-8 (the first on this line); "
        "read as UTF-8 with \ufffd in their place",
    )
    assert report.trimmed == ({"line": 7, "text": "Required fields are marked *"},)
    records = [json.loads(line) for line in (out / "podcast.coded.jsonl").open(encoding="utf-8")]
    assert [(r["speaker"], r["role"]) for r in records][:2] == [
        ("Ava", "other"),
        ("Ben", "interviewer"),
    ]
    assert all(not r["outcomes"] for r in records if r["role"] != "participant")
    assert "Required" not in records[-2]["text"] and records[-1]["speaker"] == "Ava"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["warnings"] == list(report.warnings)
    assert summary["files"][0]["trimmed"] == [{"line": 7, "text": "Required fields are marked *"}]
    assert "## Page furniture left out" in (out / "summary.md").read_text(encoding="utf-8")


def test_summary_is_cumulative_over_runs_into_one_folder(good_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "coded"
    first = run([good_folder / "p1-interview.txt"], out)
    assert first.count(CODED) == 1
    second = run([good_folder / "zoom-call.vtt"], out)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [(Path(f["source"]).name, f["status"]) for f in summary["files"]] == [
        ("zoom-call.vtt", "coded"),
        ("p1-interview.txt", "earlier"),
    ]
    assert summary["totals"]["files"] == 2 and summary["totals"]["earlier"] == 1
    assert summary["totals"]["turns"] == first.reports[0].turns + second.reports[0].turns
    assert "earlier runs" in summary["scope"]
    # An earlier output that is gone is no longer summarised.
    (out / "p1-interview.coded.jsonl").unlink()
    run([good_folder / "zoom-call.vtt"], out)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [Path(f["source"]).name for f in summary["files"]] == ["zoom-call.vtt"]
