"""``interviewer code`` on a folder of hostile transcripts: the good one coded, each bad one named
on one line, no traceback, no temporary left, sources unchanged. (The real model, loaded once.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import assert_well_behaved, fingerprint, run_cli
from .nasty import GENERIC, SPECIAL, TRANSCRIPT, make_special

pytestmark = pytest.mark.slow

GOOD = (
    "Job: pay the bills\n\n"
    "Interviewer: What do you want when the month ends?\n"
    "Participant: I want every bill paid on time.\n"
    "Interviewer: Why is that important to you?\n"
    "Participant: I feel calm when nothing is overdue.\n"
)
SUFFIX = {"vtt": ".vtt", "srt": ".srt", "docx": ".docx", "session": ".session.yaml"}
# Bad whatever the reader: nothing to code, not text, over a limit, not a regular file.
ALWAYS_BAD = {
    "empty",
    "bom-only",
    "blank-lines",
    "nul-bytes",
    "png",
    "zip-junk",
    "utf16-odd-length",
    "utf32-garbage",
    "long-line",
    "many-empty-lines",
    "docx-truncated",
    "docx-no-document",
    "docx-entity-bomb",
    "docx-long-paragraph",
    "session-yaml",
    *SPECIAL,
}


def name_for(case: str) -> str:
    return case + next((s for key, s in SUFFIX.items() if case.startswith(key)), ".txt")


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for case, data in {**GENERIC, **TRANSCRIPT}.items():
        (folder / name_for(case)).write_bytes(data)
    for kind in SPECIAL:
        make_special(folder / f"{kind}.txt", kind)
    return folder


def test_a_folder_of_hostile_transcripts(hostile_folder: Path, tmp_path: Path) -> None:
    before = fingerprint(hostile_folder)
    out = tmp_path / "coded"
    # named, a missing file or a folder without transcripts is a usage error (exit 2): below
    files = sorted(p for p in hostile_folder.iterdir() if p.stem not in ("dangling-link", "folder"))
    run = run_cli(["code", *map(str, files), "-o", str(out)], seconds=120)
    assert_well_behaved(run, *files)
    assert run.status == 1
    # A file read in a fallback encoding is coded with one warning line; the rest are failures.
    failures = [line for line in run.err_lines if ": warning: " not in line]
    named = {line.split(":", 1)[0] for line in failures}
    assert len(named) == len(failures), failures  # one line per bad file
    warned = [line.split(":", 1)[0] for line in run.err_lines if ": warning: " in line]
    assert len(set(warned)) == len(warned) and not set(warned) & named
    bad = {
        str(hostile_folder / name_for(case))
        for case in ALWAYS_BAD
        if case not in ("dangling-link", "folder")
    }
    assert bad <= named
    assert str(hostile_folder / "good.txt") not in named
    good = [json.loads(line) for line in (out / "good.coded.jsonl").read_text("utf-8").splitlines()]
    assert sum(len(record["outcomes"]) for record in good) >= 2
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["totals"]["failed"] == len(named)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left
    assert fingerprint(hostile_folder) == before

    # the same folder walked: the same lines (the socket too, named once)
    walked = run_cli(["code", str(hostile_folder), "-o", str(tmp_path / "walked")], seconds=120)
    assert_well_behaved(walked, *hostile_folder.iterdir())
    walked_named = {line.split(":", 1)[0] for line in walked.err_lines}
    assert walked_named == named | {str(hostile_folder / "dangling-link.txt")} | set(warned)
    assert fingerprint(hostile_folder) == before


@pytest.mark.parametrize("kind", ["dangling-link", "folder"])
def test_a_named_path_that_is_missing_or_holds_nothing_is_a_usage_error(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{kind}.txt"
    make_special(path, kind)
    run = run_cli(["code", str(path), "-o", str(tmp_path / "out")])
    assert_well_behaved(run, path)
    assert run.status == 2 and len(run.err_lines) == 1
