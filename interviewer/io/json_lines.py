"""One JSON Lines record parsed with a nesting limit and a one-line error naming file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from interviewer.core.errors import InterviewerError

MAX_DEPTH = 64  # nested objects and arrays; our records need four
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def loads_record(text: str, *, path: str | Path, line: int, error: type[InterviewerError]) -> Any:
    """The JSON value of one line; invalid or too deeply nested JSON raises ``error``."""
    if too_deep(text):
        raise error(f"JSON nested more than {MAX_DEPTH} levels deep", path=path, line=line)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"not valid JSON ({exc.msg})", path=path, line=line) from None


def too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether brackets outside strings nest deeper than ``limit`` (the decoder recurses once
    per level, so it is measured before decoding)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group(0)
        if token in "[{":
            depth += 1
            if depth > limit:
                return True
        elif token in "]}":
            depth -= 1
    return False
