"""Tiny Word documents for tests: paragraphs (with soft breaks) and tables, as Otter/Teams write."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def paragraph(text: str) -> str:
    """A paragraph; ``\\n`` becomes a soft line break, and two runs split each line (as Word does)."""
    runs = []
    for index, line in enumerate(text.split("\n")):
        if index:
            runs.append("<w:r><w:br/></w:r>")
        half = len(line) // 2
        for part in (line[:half], line[half:]):
            if part:
                runs.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return f"<w:p><w:pPr/>{''.join(runs)}</w:p>"


def table(rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def document(*blocks: str) -> bytes:
    """A .docx holding ``blocks`` (strings are paragraphs; use :func:`table` for tables)."""
    body = "".join(b if b.startswith("<w:") else paragraph(b) for b in blocks)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()
