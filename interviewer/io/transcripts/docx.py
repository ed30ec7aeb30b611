"""Word documents (``.docx`` from Otter, Teams or Word): paragraphs and table rows as lines."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO
from xml.etree import ElementTree as ET

from interviewer.io.transcripts.labels import TIME
from interviewer.io.transcripts.model import TranscriptError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT = "word/document.xml"
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # uncompressed document.xml; more is not an interview
_TIME_CELL = re.compile(rf"^\[?{TIME}\]?$")


def is_docx(data: bytes) -> bool:
    """Whether ``data`` is a zip archive (a DOCX is one); the archive itself is checked later."""
    return data.startswith(b"PK\x03\x04")


def docx_lines(data: bytes, source: str) -> list[str]:
    """The document's text, one line per paragraph (soft breaks split lines too).

    A table row becomes ``speaker: text`` (two cells) or ``[time] speaker: text`` (three cells
    starting with a time), the layouts transcript exports use. Truncated or corrupt archives raise
    a one-line :class:`TranscriptError`.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(DOCUMENT)
            except KeyError:
                raise TranscriptError(
                    f"not a Word document (the archive has no {DOCUMENT})", path=source
                ) from None
            if info.file_size > MAX_DOCUMENT_BYTES:
                raise TranscriptError(
                    f"{DOCUMENT} is too large ({info.file_size // 2**20} MB)", path=source
                )
            with archive.open(info) as handle:
                return list(_lines(handle))
    except TranscriptError:
        raise
    except ET.ParseError as exc:
        raise TranscriptError(
            f"malformed DOCX: {DOCUMENT} is not valid XML ({exc})", path=source
        ) from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        RuntimeError,
        NotImplementedError,
    ) as exc:
        reason = str(exc).splitlines()[0][:80] if str(exc) else "unexpected end of data"
        raise TranscriptError(
            f"not a valid DOCX file: truncated or corrupt ({reason})", path=source
        ) from None


def _lines(handle: IO[bytes]) -> Iterator[str]:
    table_depth = 0
    row: list[str] = []
    cell: list[str] = []
    for event, element in ET.iterparse(handle, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == f"{_W}tbl":
                table_depth += 1
            continue
        if tag == f"{_W}p":
            text = _paragraph_text(element)
            if table_depth:
                cell.append(text)
            else:
                yield from text.split("\n")
            element.clear()
        elif tag == f"{_W}tc" and table_depth:
            row.append(" ".join(part for part in cell if part).strip())
            cell = []
            element.clear()
        elif tag == f"{_W}tr" and table_depth:
            yield _row_line(row)
            row = []
            element.clear()
        elif tag == f"{_W}tbl":
            table_depth -= 1
            element.clear()
        elif tag == f"{_W}body":
            element.clear()


def _paragraph_text(paragraph: ET.Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
    return "".join(parts).replace("\t", " ").strip()


def _row_line(cells: list[str]) -> str:
    cells = [c for c in cells if c] if len(cells) > 3 else cells
    if len(cells) == 3 and _TIME_CELL.match(cells[0]):
        return f"[{cells[0].strip('[]')}] {cells[1]}: {cells[2]}"
    if len(cells) == 2 and cells[0] and ":" not in cells[0]:
        return f"{cells[0]}: {cells[1]}"
    return " ".join(cells)
