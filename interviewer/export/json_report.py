"""``json``: node-link data in the very schema of ``interviewer tree --format json``."""

from __future__ import annotations

import json
from typing import TextIO

from interviewer.export.model import ExportModel


def write_json(model: ExportModel, out: TextIO) -> None:
    """The ``tree --format json`` object of the tree or merged map, as ``tree`` prints it."""
    out.write(json.dumps(model.report, indent=2, ensure_ascii=False))
    out.write("\n")
