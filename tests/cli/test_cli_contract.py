"""The CLI contract: every command is there, documented, and fails with one clear line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from interviewer.cli import cli, main

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = [
    "interview",
    "demo",
    "classify",
    "code",
    "tree",
    "export",
    "banks",
    "evaluate",
    "agree",
    "survey",
    "score",
]


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(commands(command, f"{prefix}{name} "))
    return found


def test_top_level_help_lists_every_command_of_the_contract(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    listed = re.findall(r"^  (\w+) ", capsys.readouterr().out, re.MULTILINE)
    assert set(CONTRACT) <= set(listed)


@pytest.mark.parametrize(
    ("name", "command"), commands(cli), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_command_has_help_and_appears_in_the_readme(
    name: str, command: click.Command
) -> None:
    assert command.help and len(command.help.strip()) > 20, f"{name} has no real help text"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"interviewer {name}" in readme, f"`interviewer {name}` is not documented in README.md"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["tree"], "Missing argument"),
        (["export", "x.yaml", "-o", "out", "--format", "docx"], "Invalid value for '--format'"),
        (["code", "x", "-o", "o", "--jobs", "0"], "Invalid value for '--jobs'"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and fragment in err[0] and "--help" in err[0]


def test_banks_list_names_every_shipped_bank(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banks", "list"]) == 0
    out = capsys.readouterr().out
    for name in ("generic", "lose-weight", "send-package", "find-childcare"):
        assert re.search(rf"^{name}\s", out, re.MULTILINE)


def test_banks_check_passes_on_shipped_banks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banks", "check"]) == 0
    out = capsys.readouterr().out
    assert out.count("ok  ") >= 6


def test_banks_check_fails_with_file_line_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = ROOT / "question_banks" / "generic.yaml"
    broken = tmp_path / "generic.yaml"
    broken.write_text(
        good.read_text(encoding="utf-8").replace("  clarify:", "  clarfy:"), encoding="utf-8"
    )
    assert main(["banks", "check", str(good), str(broken)]) == 1
    captured = capsys.readouterr()
    assert "ok  " in captured.out
    [line] = captured.err.strip().splitlines()
    assert re.match(rf"^{re.escape(str(broken))}:\d+: unknown key 'clarfy'", line)


def test_resume_of_a_missing_session_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["interview", "--resume", "/no/such/p1.session.yaml"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == "/no/such/p1.session.yaml: no such session file"


def test_interview_with_an_unknown_bank_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["interview", "--bank", "no-such-bank"]) == 2
    assert "no question bank named 'no-such-bank'" in capsys.readouterr().err


@pytest.mark.slow
def test_console_script_and_module_run_without_traceback() -> None:
    for argv in (
        [sys.executable, "-m", "interviewer", "export", "x", "--format", "md", "-o", "-"],
        [str(Path(sys.executable).parent / "interviewer"), "tree"],
    ):
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert re.match(r"interviewer, version \d+\.\d+\.\d+", capsys.readouterr().out)
