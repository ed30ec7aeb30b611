"""The sample study through the real pipeline: `code` the six transcripts, merge them, and find
every shared code of expected.yaml in at least the interviews it states."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from interviewer.cli import main
from interviewer.graph.value_map import merge_interviews
from interviewer.io.coded import load_interview

pytestmark = pytest.mark.slow  # the spaCy model, once per test session

STUDY = Path(__file__).resolve().parents[2] / "transcripts" / "study-bike-commute"
EXPECTED: dict[str, Any] = yaml.safe_load((STUDY / "expected.yaml").read_text(encoding="utf-8"))


def test_the_real_pipeline_finds_the_shared_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "coded"
    status = main(["code", str(STUDY), "-o", str(out)])
    stderr = capsys.readouterr().err
    # The study's README is listed as skipped; every interview is coded; nothing fails.
    assert status == 0, stderr
    assert [line for line in stderr.splitlines() if "skipped" not in line] == []
    coded = sorted(out.glob("*.coded.jsonl"))
    assert len(coded) == EXPECTED["interviews"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["totals"]["coded"] == EXPECTED["interviews"]
    # Every interview found its interviewer: the one who asks, whoever speaks first.
    for entry in summary["files"]:
        if entry["status"] == "coded":
            assert list(entry["speakers"].values()).count("interviewer") == 1, entry["source"]
    value_map = merge_interviews([load_interview(path) for path in coded])
    found = {group.code: len(group.interviews) for group in value_map.groups if group.code}
    short = {
        code: (found.get(code, 0), spec["pipeline_at_least"])
        for code, spec in EXPECTED["codes"].items()
        if found.get(code, 0) < spec["pipeline_at_least"]
    }
    assert not short, f"code: (interviews found, expected at least) {short}"
