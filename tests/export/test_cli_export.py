"""`interviewer export`: files and stdout, atomic writes, one-line errors with the contract's
exit statuses (missing file 2, malformed 1, usage 2, Graphviz missing 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.cli import main

from .helpers import GOLDEN, RICH, RICH_FILES, VARIANTS, export

GRAPH_FIXTURES = Path(__file__).parents[1] / "graph" / "fixtures"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_text_formats_go_to_stdout_with_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(RICH)
    status, out, err = run(["export", *VARIANTS["tree"], "--format", "md", "-o", "-"], capsys)
    assert (status, err) == (0, "")
    assert out.encode("utf-8") == (GOLDEN / "tree.md").read_bytes()


def test_binary_formats_refuse_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        ["export", str(RICH / "r1.coded.jsonl"), "--format", "png", "-o", "-"], capsys
    )
    assert (status, out) == (2, "")
    assert "--format png is binary" in one_line(err)


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.coded.jsonl"
    status, _, err = run(["export", str(missing), "--format", "md", "-o", "-"], capsys)
    assert status == 2
    assert one_line(err) == f"{missing}: no such file"


def test_a_malformed_file_exits_1_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.coded.jsonl"
    bad.write_text('{"id": "t1", "role": "participant", "text": "x"}\n{not json\n', "utf-8")
    out = tmp_path / "out.html"
    status, _, err = run(["export", str(bad), "--format", "html", "-o", str(out)], capsys)
    assert status == 1
    assert one_line(err).startswith(f"{bad}:2: not valid JSON")
    assert not out.exists()


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["r2.coded.jsonl"], "2 files given: add --merge"),
        (["--cutoff", "2"], "--cutoff: only with --merge"),
        (["--indirect", "--threshold", "0.5"], "--indirect, --threshold: only with --merge"),
        (["--format", "docx"], "Invalid value for '--format'"),
    ],
)
def test_usage_errors_exit_2(
    extra: list[str],
    fragment: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(RICH)
    fmt = [] if "--format" in extra else ["--format", "csv"]
    status, _, err = run(
        ["export", "r1.coded.jsonl", *extra, *fmt, "-o", str(tmp_path / "x")], capsys
    )
    assert status == 2
    assert fragment in one_line(err)


def test_interviews_of_different_jobs_do_not_merge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(RICH / "r1.coded.jsonl"), str(GRAPH_FIXTURES / "p1.coded.jsonl")]
    status, _, err = run(["export", *files, "--merge", "--format", "csv", "-o", "-"], capsys)
    assert status == 2
    assert "cannot merge interviews of different jobs" in one_line(err)


def test_graphviz_missing_is_one_line_with_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no `dot` on it
    out = tmp_path / "map.svg"
    status, _, err = run(
        ["export", str(RICH / "r1.coded.jsonl"), "--format", "svg", "-o", str(out)], capsys
    )
    assert status == 2
    line = one_line(err)
    assert "Graphviz" in line and "apt-get install graphviz" in line and "--format dot" in line
    assert not out.exists()


@pytest.mark.parametrize("target", ["missing/out.csv", "."])
def test_an_output_that_cannot_be_a_file_is_a_usage_error(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = run(
        ["export", str(RICH / "r1.coded.jsonl"), "--format", "csv", "-o", target], capsys
    )
    assert status == 2
    assert "output" in one_line(err)


def test_the_output_is_replaced_atomically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tree.json"
    out.write_text("old", "utf-8")
    data = export([str(RICH / "r1.coded.jsonl"), "--format", "json"], out, capsys)
    assert json.loads(data)["nodes"][0]["id"] == "job"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tree.json"]  # no temp files


def test_merged_exports_take_the_same_options_as_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(GRAPH_FIXTURES / f"p{n}.coded.jsonl") for n in (1, 2, 3)]
    options = [
        "--merge",
        "--mapping",
        str(GRAPH_FIXTURES / "codes.yaml"),
        "--indirect",
        "--cutoff",
        "1",
    ]
    data = export([*files, *options, "--format", "json"], tmp_path / "map.json", capsys)
    assert main(["tree", *files, *options, "--format", "json"]) == 0
    assert data.decode("utf-8") == capsys.readouterr().out


def test_a_session_file_exports_like_a_coded_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = export([str(RICH / RICH_FILES[2]), "--format", "csv"], tmp_path / "r3.csv", capsys)
    assert (
        data.decode("utf-8").splitlines()[1]
        == "o1,job,functional,want,I have money left at the end of the month,1,r3:t2"
    )


def test_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    out = capsys.readouterr().out
    for fmt in ("mermaid", "svg", "graphml", "gexf", "opml", "qdpx", "html"):
        assert fmt in out


def test_the_cli_offers_exactly_the_formats_of_the_table_without_loading_a_writer() -> None:
    import subprocess
    import sys

    from interviewer.export.formats import FORMATS

    probe = (
        "import sys, interviewer.cli as cli; "
        "[fmt] = [p for p in cli.export.params if p.name == 'fmt']; "
        "print(*fmt.type.choices); "
        "print(sorted(m for m in ('networkx', 'interviewer.export.html_page') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    choices, loaded = done.stdout.splitlines()
    assert choices.split() == list(FORMATS) and loaded == "[]"
    assert all(callable(fmt.write()) for fmt in FORMATS.values())
