"""``interviewer export`` and ``interviewer tree``: read the inputs once, build the model (or the
drawing), write a format atomically. ``tree --format json`` is the ``json`` export."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interviewer.core.errors import InterviewerError, UsageError
from interviewer.export.formats import FORMATS, render
from interviewer.export.graphviz import dot_program
from interviewer.export.model import ExportModel, build_model
from interviewer.graph.findings import validate
from interviewer.graph.render import LEGEND, render_tree, render_value_map
from interviewer.graph.tree import outcome_tree
from interviewer.graph.value_map import merge_interviews
from interviewer.io.atomic import write_atomic
from interviewer.io.coded import InterviewSet, load_interviews

STDOUT = "-"


class OutputError(InterviewerError):
    """The output file cannot be written (exit 1)."""

    title = "cannot write output"


@dataclass(frozen=True, slots=True)
class MapOptions:
    """How several interviews merge into one map: ``--merge`` and the options that need it."""

    merge: bool = False
    cutoff: int | None = None
    indirect: bool = False
    mapping: str | None = None
    threshold: float | None = None

    def check(self) -> None:
        """The map options (--cutoff, --indirect, --mapping, --threshold) need --merge."""
        merge_only = {
            "--cutoff": self.cutoff is not None,
            "--indirect": self.indirect,
            "--mapping": self.mapping is not None,
            "--threshold": self.threshold is not None,
        }
        if not self.merge and any(merge_only.values()):
            used = ", ".join(name for name, given in merge_only.items() if given)
            raise UsageError(f"{used}: only with --merge")

    def load(self, files: Sequence[str]) -> InterviewSet:
        """The interviews of ``files``, with the mapping and threshold that group them."""
        self.check()
        return load_interviews(files, self.mapping, self.threshold)

    def model(self, loaded: InterviewSet) -> ExportModel:
        """The export of the loaded interviews: one tree, or with ``merge`` their map."""
        return build_model(
            loaded.interviews,
            merge=self.merge,
            cutoff=self.cutoff,
            indirect=self.indirect,
            threshold=loaded.threshold,
            codebook=loaded.codebook,
        )


def export_files(
    files: Sequence[str], fmt: str, out: str, options: MapOptions = MapOptions()
) -> None:
    """Export the tree of one file, or with ``merge`` the value map of several, to ``out``."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out == STDOUT and FORMATS[fmt].is_binary:
        raise UsageError(f"--format {fmt} is binary: write it to a file with -o FILE, not to '-'")
    options.check()
    if out != STDOUT:
        _check_target(Path(out))
    if FORMATS[fmt].graphviz:
        dot_program()  # fail before reading anything when Graphviz is missing
    data = render(options.model(options.load(files)), fmt)
    if out == STDOUT:
        assert isinstance(data, str)
        sys.stdout.write(data)
        sys.stdout.flush()
        return
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc), path=out) from None


def tree_json(files: Sequence[str], options: MapOptions = MapOptions()) -> str:
    """``tree --format json``: the ``json`` export of the merged map, or of each file's tree
    (a JSON list of them when there are several)."""
    loaded = options.load(files)
    if options.merge or len(loaded.interviews) == 1:
        text = render(options.model(loaded), "json")
        assert isinstance(text, str)
        return text
    reports = [build_model([one]).report for one in loaded.interviews]
    return json.dumps(reports, indent=2, ensure_ascii=False) + "\n"


def tree_text(files: Sequence[str], options: MapOptions = MapOptions()) -> str:
    """``tree``'s drawing: the merged map, or each file's tree, with findings and legend."""
    loaded = options.load(files)
    if options.merge:
        value_map = merge_interviews(
            loaded.interviews,
            threshold=loaded.threshold,
            codebook=loaded.codebook,
            cutoff=options.cutoff,
            indirect=options.indirect,
        )
        return render_value_map(value_map)
    drawings = [
        render_tree(graph, validate(graph), title=f"Outcome tree of {one.source}", legend=False)
        for one in loaded.interviews
        for graph in [outcome_tree(one.session)]
    ]
    return "\n\n".join([*drawings, LEGEND])


def _check_target(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UsageError("the output folder does not exist", path=target)
    if target.is_dir():
        raise UsageError("the output is a folder; give a file name", path=target)
