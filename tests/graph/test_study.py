"""The sample study (transcripts/study-bike-commute): the hand-coded interviews merge into the
value map its expected.yaml states, code by code and count by count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from interviewer.graph.value_map import ValueMap, merge_interviews
from interviewer.io.coded import load_interview

STUDY = Path(__file__).resolve().parents[2] / "transcripts" / "study-bike-commute"
EXPECTED: dict[str, Any] = yaml.safe_load((STUDY / "expected.yaml").read_text(encoding="utf-8"))


def merged(**options: Any) -> ValueMap:
    files = sorted((STUDY / "hand-coded").glob("*.coded.jsonl"))
    assert len(files) == EXPECTED["interviews"]
    return merge_interviews([load_interview(path) for path in files], **options)


def test_every_expected_code_is_found_once_with_its_interviews() -> None:
    value_map = merged()
    found = {group.code: len(group.interviews) for group in value_map.groups}
    expected = {code: spec["interviews"] for code, spec in EXPECTED["codes"].items()}
    # None missing, none split (one group per code), nothing else.
    assert found == expected
    assert len(value_map.groups) == len(expected)
    assert value_map.job == EXPECTED["job"]
    assert value_map.matrix.ladders == EXPECTED["ladders"]


def test_direct_and_indirect_counts_and_ladder_starts() -> None:
    value_map = merged()
    code = {group.id: group.code for group in value_map.groups}
    cells = {
        (code[a], code[b]): (cell.direct, cell.indirect)
        for (a, b), cell in value_map.matrix.cells.items()
    }
    assert cells == {(a, b): (direct, indirect) for a, b, direct, indirect in EXPECTED["links"]}
    starts = {code[c]: cell.direct for c, cell in value_map.matrix.starts.items()}
    assert starts == EXPECTED["starts"]


@pytest.mark.parametrize(("indirect", "key"), [(False, "cutoff"), (True, "cutoff_indirect")])
def test_the_proposed_cutoff_and_the_share_it_represents(indirect: bool, key: str) -> None:
    value_map = merged(indirect=indirect)
    expected = EXPECTED[key]
    assert value_map.cutoff == value_map.proposed_cutoff == expected["proposed"]
    assert value_map.represented_percent == expected["represented_percent"]
    assert value_map.graph.number_of_nodes() - 1 == expected["in_map"]
