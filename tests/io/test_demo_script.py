"""Demo scripts: the bundled one reads; a broken one is one line naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.move import Move
from interviewer.io.demo_script import DemoScriptError, load_script

SCRIPT = """\
format: interviewer-demo/1
bank: lose-weight
job: lose weight
participant: demo
steps:
  - answer: "I want to   fit into my old jeans"
  - answer: I would feel proud
    move: ladder_up
ratings:
  - [5, 2]
"""


def test_a_script_reads_into_steps_and_ratings(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(SCRIPT, encoding="utf-8")
    script = load_script(path)
    assert (script.bank, script.job, script.participant) == ("lose-weight", "lose weight", "demo")
    assert [step.answer for step in script.steps] == [
        "I want to fit into my old jeans",
        "I would feel proud",
    ]
    assert [step.move for step in script.steps] == [None, Move.LADDER_UP]
    assert script.ratings == [(5, 2)]


def test_the_bundled_script_reads() -> None:
    script = load_script()
    assert script.steps and script.ratings


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(SCRIPT.replace("  - [5, 2]", "  - [5, 2"), encoding="utf-8")
    with pytest.raises(DemoScriptError) as caught:
        load_script(path)
    assert caught.value.path == str(path) and caught.value.line == 11
    assert caught.value.message.startswith("not valid YAML: ")


def test_a_script_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(SCRIPT.replace("interviewer-demo/1", "interviewer-demo/9"), encoding="utf-8")
    with pytest.raises(DemoScriptError, match="expected format 'interviewer-demo/1'"):
        load_script(path)


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("participant: demo\n", "", "missing key 'participant'"),
        ("steps:\n", "steps: one answer\nsteps_were:\n", "'steps' must be a list"),
        ("  - answer: I would feel proud", "  - said: I would feel proud", "every step needs"),
        ("move: ladder_up", "move: sideways", "unknown move 'sideways' (expected one of: "),
        ("  - [5, 2]", "  - [5]", "every rating is a pair [importance, satisfaction]"),
        ("  - [5, 2]", "  - [5, lots]", "every rating is a pair [importance, satisfaction]"),
    ],
)
def test_a_malformed_script_says_what_is_wrong_in_one_line(
    tmp_path: Path, old: str, new: str, reason: str
) -> None:
    path = tmp_path / "demo.yaml"
    assert old in SCRIPT
    path.write_text(SCRIPT.replace(old, new), encoding="utf-8")
    with pytest.raises(DemoScriptError) as caught:
        load_script(path)
    assert str(caught.value).startswith(f"{path}: malformed demo script ({reason}")


def test_a_script_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(DemoScriptError, match=r"malformed demo script \(expected a mapping"):
        load_script(path)
