"""One text per line, streamed from a file or standard input (``classify -f``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from interviewer.core.errors import InputFileError
from interviewer.io.files import check_regular


def read_lines(source: str, stdin: IO[str] | None = None) -> Iterator[str]:
    """One text per line from a file or ``-`` (stdin), streaming; encoding errors name the line."""
    if source == "-":
        yield from (line.rstrip("\r\n") for line in (stdin or sys.stdin))
        return
    path = Path(source)
    check_regular(path, name=source)  # a named pipe or a device would block or never end
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputFileError("no such file", path=path) from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise InputFileError(f"cannot read ({reason})", path=path) from None
    with handle:
        # Decoded line by line, so a bad byte is reported on its own line.
        for number, raw in enumerate(handle, 1):
            start = 3 if number == 1 and raw.startswith(b"\xef\xbb\xbf") else 0
            end = len(raw)
            while end > start and raw[end - 1] in b"\r\n":
                end -= 1
            try:
                # Decoded from a view: a long line is not copied once more before decoding.
                text = str(memoryview(raw)[start:end], "utf-8")
            except UnicodeDecodeError:
                raise InputFileError("not UTF-8 text", path=path, line=number) from None
            raw = b""
            yield text
