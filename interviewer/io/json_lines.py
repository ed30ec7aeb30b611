"""One JSON Lines record parsed with a nesting limit and a one-line error naming file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from interviewer.core.errors import InterviewerError

MAX_DEPTH = 64  # nested objects and arrays; our records need four
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def loads_record(text: str, *, path: str | Path, line: int, error: type[InterviewerError]) -> Any:
    """The JSON value of one line; invalid or too deeply nested JSON raises ``error``."""
    if too_deep(text):
        raise error(f"JSON nested more than {MAX_DEPTH} levels deep", path=path, line=line)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"not valid JSON ({exc.msg})", path=path, line=line) from None
    except ValueError:  # an integer of more digits than Python converts
        raise error("not valid JSON (a number too long to read)", path=path, line=line) from None
    return without_surrogates(value) if _ESCAPED_SURROGATE.search(text) else value


def without_surrogates(value: Any) -> Any:
    """``value`` with lone surrogates (``"\\ud800"`` is valid JSON, not valid text) in its
    strings replaced by U+FFFD (U+FFFD is the replacement character), which every output can
    hold and a reader can see."""
    if isinstance(value, str):
        if not _SURROGATE.search(value):
            return value
        # A pair (YAML reads "\\ud83d\\ude00" as two halves) joins into its character.
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, list):
        return [without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in value.items()}
    return value


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
