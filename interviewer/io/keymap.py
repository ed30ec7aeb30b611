"""The user's key map: binding ids to keys, from ``~/.config/interviewer/keymap.yaml`` or the
file ``$INTERVIEWER_KEYMAP`` names."""

from __future__ import annotations

import os
from pathlib import Path

from interviewer.core.errors import InterviewerError
from interviewer.io.yaml_schema import load_file

KEYMAP_ENV = "INTERVIEWER_KEYMAP"
DEFAULT_KEYMAP = Path("~/.config/interviewer/keymap.yaml")


class KeymapError(InterviewerError):
    """A key map that is not a YAML mapping of binding ids to keys."""

    title = "invalid key map"


def keymap_path() -> Path:
    """The key map file: the one ``$INTERVIEWER_KEYMAP`` names, else the default."""
    return Path(os.environ.get(KEYMAP_ENV) or DEFAULT_KEYMAP).expanduser()


def read_keymap(path: str | Path) -> dict[str, str]:
    """Binding ids to keys (``interview.wrap_up: f9``); an empty file maps nothing."""
    keymap = load_file(path, KeymapError) or {}
    if not isinstance(keymap, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()
    ):
        raise KeymapError("expected a mapping of binding ids to keys", path=path)
    return keymap
