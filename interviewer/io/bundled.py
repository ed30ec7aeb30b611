"""Where the bundled question banks and sample transcripts live (wheel or source checkout)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def bundled_dir(name: str) -> Path:
    """The bundled folder ``name`` (``question_banks`` or ``transcripts``).

    A wheel carries it inside the package (``interviewer/_bundled``); a source checkout, as used
    by ``make run``/``make test``, keeps it at the repository root.
    """
    inside = _PACKAGE / "_bundled" / name
    return inside if inside.is_dir() else _PACKAGE.parent / name
