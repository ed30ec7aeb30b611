"""``svg``, ``png``, ``pdf``: the DOT source rendered by Graphviz's ``dot`` program."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from typing import BinaryIO

from interviewer.core.errors import ExitStatus, InterviewerError
from interviewer.export.dot import write_dot
from interviewer.export.model import ExportModel
from interviewer.export.safe_text import visible

INSTALL_HINT = (
    "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
)
TIMEOUT = 300  # seconds; a 10,000-node map renders in well under a minute


class GraphvizMissingError(InterviewerError):
    """The ``dot`` program is not on PATH: a feature that is not available here (exit 2)."""

    exit_status = ExitStatus.USAGE
    title = "Graphviz not installed"


class GraphvizFailedError(InterviewerError):
    """``dot`` ran and failed."""

    title = "Graphviz failed"


def dot_program() -> str:
    """The path of Graphviz's ``dot``, or :class:`GraphvizMissingError` with the install hint."""
    found = shutil.which("dot")
    if found is None:
        raise GraphvizMissingError(
            f"Graphviz's `dot` program is needed for this format and was not found: "
            f"{INSTALL_HINT}; or export --format dot and render it elsewhere"
        )
    return found


_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}([^)]*\))")
_OPTIONS = {"png": ["-Gdpi=150"]}  # sharp enough for slides; SVG and PDF are vector


def render(source: str, fmt: str) -> bytes:
    """``source`` (DOT) rendered as ``svg``, ``png`` or ``pdf`` bytes.

    ``SOURCE_DATE_EPOCH`` is fixed so cairo writes no creation date into PDFs: the same input
    gives the same bytes (for a given Graphviz).
    """
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
    try:
        done = subprocess.run(
            [dot_program(), f"-T{fmt}", *_OPTIONS.get(fmt, [])],
            input=source.encode("utf-8"),
            capture_output=True,
            timeout=TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise GraphvizFailedError(f"dot did not finish within {TIMEOUT} s") from None
    except OSError as exc:
        raise GraphvizFailedError(f"cannot run dot ({exc.strerror or exc})") from None
    if done.returncode != 0 or not done.stdout:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = lines[0] if lines else f"exit status {done.returncode}"
        raise GraphvizFailedError(f"dot -T{fmt} failed: {reason}")
    return _undated(done.stdout) if fmt == "pdf" else done.stdout


def _undated(pdf: bytes) -> bytes:
    """The PDF with cairo's creation date (older cairo ignores ``SOURCE_DATE_EPOCH``) fixed.

    The date is replaced by one of the same length, so the cross-reference offsets hold.
    """
    return _PDF_DATE.sub(lambda m: m[1] + b"19700101000000" + m[2], pdf)


def write_svg(model: ExportModel, out: BinaryIO) -> None:
    """The DOT drawing as SVG (node tooltips hold the full statements)."""
    out.write(render(_dot(model), "svg"))


def write_png(model: ExportModel, out: BinaryIO) -> None:
    """The DOT drawing as PNG."""
    out.write(render(_dot(model), "png"))


def write_pdf(model: ExportModel, out: BinaryIO) -> None:
    """The DOT drawing as PDF."""
    out.write(render(_dot(model), "pdf"))


def _dot(model: ExportModel) -> str:
    text = io.StringIO()
    write_dot(model, text)
    return visible(text.getvalue())
