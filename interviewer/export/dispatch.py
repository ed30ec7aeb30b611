"""``interviewer export``: read the inputs, build the model, write the format atomically."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from interviewer.core.errors import InterviewerError, UsageError
from interviewer.export.formats import FORMATS, render
from interviewer.export.graphviz import dot_program
from interviewer.export.model import build_model
from interviewer.graph.grouping import GROUP_SIMILARITY
from interviewer.io.atomic import write_atomic
from interviewer.io.codebook import load_codebook
from interviewer.io.coded import load_interview

STDOUT = "-"


class OutputError(InterviewerError):
    """The output file cannot be written (exit 1)."""

    title = "cannot write output"


def export_files(
    files: Sequence[str],
    fmt: str,
    out: str,
    *,
    merge: bool = False,
    cutoff: int | None = None,
    indirect: bool = False,
    mapping: str | None = None,
    threshold: float | None = None,
) -> None:
    """Export the tree of one file, or with ``merge`` the value map of several, to ``out``."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out == STDOUT and FORMATS[fmt].is_binary:
        raise UsageError(f"--format {fmt} is binary: write it to a file with -o FILE, not to '-'")
    check_merge_options(merge, cutoff, indirect, mapping, threshold)
    if out != STDOUT:
        _check_target(Path(out))
    if FORMATS[fmt].graphviz:
        dot_program()  # fail before reading anything when Graphviz is missing
    codebook = load_codebook(mapping) if mapping is not None else None
    interviews = [load_interview(path) for path in files]
    model = build_model(
        interviews,
        merge=merge,
        cutoff=cutoff,
        indirect=indirect,
        threshold=GROUP_SIMILARITY if threshold is None else threshold,
        codebook=codebook,
    )
    data = render(model, fmt)
    if out == STDOUT:
        assert isinstance(data, str)
        sys.stdout.write(data)
        sys.stdout.flush()
        return
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc), path=out) from None


def check_merge_options(
    merge: bool, cutoff: int | None, indirect: bool, mapping: str | None, threshold: float | None
) -> None:
    """The map options (--cutoff, --indirect, --mapping, --threshold) need --merge."""
    merge_only = {
        "--cutoff": cutoff is not None,
        "--indirect": indirect,
        "--mapping": mapping is not None,
        "--threshold": threshold is not None,
    }
    if not merge and any(merge_only.values()):
        used = ", ".join(name for name, given in merge_only.items() if given)
        raise UsageError(f"{used}: only with --merge")


def _check_target(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UsageError("the output folder does not exist", path=target)
    if target.is_dir():
        raise UsageError("the output is a folder; give a file name", path=target)
