"""Every command on every hostile input: exit 0/1/2 as documented, one line per bad file, no
traceback, bounded time, sources unchanged.

Session files are read by the session store (its own issue): hostile *session* YAML is fed here
only where the command reads it through this issue's readers (``code``'s transcript reader, the
nesting limit ``tree``/``export`` apply before the session reader recurses)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.export.helpers import RICH

from .conftest import Run, assert_well_behaved, fingerprint, run_cli
from .nasty import CODED, CSV, GENERIC, SPECIAL, YAML, make_special

# Generic cases every strict (UTF-8 text) reader must refuse with exit 1 and one line.
REFUSED = {"nul-bytes", "png", "invalid-utf8", "utf16-odd-length", "utf32-garbage", "long-line"}
NOT_REGULAR = {"socket", "folder", "dev-zero-link"}  # FIFOs: see test_hangs.py
CODED_CASES = {**GENERIC, **CODED}
YAML_CASES = {**GENERIC, **YAML}
CSV_CASES = {**GENERIC, **CSV}
EXPORT_FORMATS = ("mermaid", "dot", "graphml", "gexf", "json", "md", "opml", "csv", "html", "qdpx")
RATINGS = b"respondent,outcome_id,importance,satisfaction\nr1,o1,4,2\nr2,o1,5,1\n"


@dataclass
class Inputs:
    """A folder of input files whose bytes must be the same after every command."""

    folder: Path
    before: dict[str, str] = field(default_factory=dict)

    def place(self, name: str, data: bytes | str) -> Path:
        """``data`` as the file ``name`` (or a special file: socket, folder, link …)."""
        path = self.folder / name
        if isinstance(data, str):
            make_special(path, data)
        else:
            path.write_bytes(data)
        self.before = fingerprint(self.folder)
        return path


@pytest.fixture
def inputs(tmp_path: Path) -> Iterator[Inputs]:
    box = Inputs(tmp_path / "in")
    box.folder.mkdir()
    yield box
    assert fingerprint(box.folder) == box.before


def expect(run: Run, case: str, path: Path, refused: set[str], *others: Path) -> None:
    assert_well_behaved(run, path, *others)
    if case in refused | NOT_REGULAR:
        assert run.status == 1 and len(run.err_lines) == 1, run
    if case == "dangling-link":
        assert run.status == 2, run


def cases(family: dict[str, bytes]) -> list[tuple[str, bytes | str]]:
    return [*family.items(), *((kind, kind) for kind in SPECIAL if kind != "fifo")]


@pytest.mark.parametrize(("case", "data"), cases(CODED_CASES), ids=lambda v: str(v)[:20])
def test_tree_and_export_of_a_coded_file(
    case: str, data: bytes | str, inputs: Inputs, tmp_path: Path
) -> None:
    path = inputs.place(f"{case}.coded.jsonl", data)
    refused = REFUSED | {"deep-json", "deep-in-outcome", "huge-integer", "cycle", "wrong-types"}
    tree = run_cli(["tree", str(path), "--format", "json"])
    expect(tree, case, path, refused)
    formats = EXPORT_FORMATS if tree.status == 0 else ("html",)
    for fmt in formats:
        out = tmp_path / f"out.{fmt}"
        run = run_cli(["export", str(path), "--format", fmt, "-o", str(out)])
        expect(run, case, path, refused)
        assert run.status == tree.status
        assert out.exists() == (run.status == 0)


@pytest.mark.parametrize(("case", "data"), cases(YAML_CASES), ids=lambda v: str(v)[:20])
def test_banks_check(case: str, data: bytes | str, inputs: Inputs) -> None:
    path = inputs.place(f"{case}.yaml", data)
    run = run_cli(["banks", "check", str(path)])
    expect(run, case, path, REFUSED | set(YAML))
    assert run.status != 0  # none of these is a bank


@pytest.mark.parametrize(("case", "data"), cases(YAML_CASES), ids=lambda v: str(v)[:20])
def test_a_code_mapping(case: str, data: bytes | str, inputs: Inputs) -> None:
    path = inputs.place(f"{case}.codes.yaml", data)
    files = [str(RICH / "r1.coded.jsonl"), str(RICH / "r2.coded.jsonl")]
    run = run_cli(["tree", *files, "--merge", "--mapping", str(path)])
    expect(run, case, path, REFUSED)


@pytest.mark.parametrize(
    ("case", "data"),
    [(c, d) for c, d in YAML_CASES.items() if c.startswith(("session", "deep"))],
)
def test_tree_of_a_session_file_nested_too_deeply(case: str, data: bytes, inputs: Inputs) -> None:
    path = inputs.place(f"{case}.session.yaml", data)
    run = run_cli(["tree", str(path)])
    assert_well_behaved(run, path)
    assert run.status == 1


@pytest.mark.parametrize(("case", "data"), cases(CODED_CASES), ids=lambda v: str(v)[:20])
def test_agree_and_survey_on_a_coded_file(
    case: str, data: bytes | str, inputs: Inputs, tmp_path: Path
) -> None:
    path = inputs.place(f"{case}.coded.jsonl", data)
    good = RICH / "r1.coded.jsonl"
    for argv in (
        ["agree", str(path), str(good)],
        ["agree", str(path), str(path), "--format", "json"],
        ["survey", str(path), "-o", str(tmp_path / "survey.csv")],
        ["score", str(path)],
    ):
        run = run_cli(argv)
        expect(run, case, path, REFUSED, good)


@pytest.mark.parametrize(("case", "data"), cases(CSV_CASES), ids=lambda v: str(v)[:20])
def test_score_and_agree_on_a_csv(case: str, data: bytes | str, inputs: Inputs) -> None:
    path = inputs.place(f"{case}.csv", data)
    ratings = inputs.place("ratings.csv", RATINGS)
    refused = REFUSED | {"field-too-large", "label-csv-field"}
    # score lists each faulty row (at most 20 and a count of the rest)
    run = run_cli(["score", str(path)])
    assert_well_behaved(run, path, max_lines=21)
    if case in refused | NOT_REGULAR:
        assert run.status == 1
    run = run_cli(["score", str(ratings), "--survey", str(path)])
    expect(run, case, path, refused - {"label-csv-field"} | {"empty", "header-only"})
    run = run_cli(["agree", str(path), str(path)])
    expect(run, case, path, refused)
