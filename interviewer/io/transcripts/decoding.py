"""Transcript bytes to text: BOMs, UTF-8, UTF-16, cp1252/Latin-1, binary files, line endings."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from interviewer.io.transcripts.model import TranscriptError

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_SAMPLE = 8192


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text with ``\\n`` line ends, and the encoding it was read with."""

    text: str
    encoding: str


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; line numbers stay what an editor shows."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_transcript(data: bytes, path: str) -> DecodedText:
    """Decode a transcript file; empty and binary files raise :class:`TranscriptError`.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); without one, NUL bytes in the pattern of
    UTF-16 text mean UTF-16, else UTF-8 when the bytes are valid UTF-8, else Windows-1252, else
    Latin-1 (which reads any byte).
    """
    if not data.strip(b" \t\r\n\x00"):
        raise TranscriptError("empty file", path=path)
    decoded = _decode(data, path)
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise TranscriptError("empty file", path=path)
    if _looks_binary(text):
        hint = " (old Word .doc files: save as .docx)" if path.lower().endswith(".doc") else ""
        raise TranscriptError(f"binary file, not a transcript{hint}", path=path)
    return DecodedText(text, decoded.encoding)


def _decode(data: bytes, path: str) -> DecodedText:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return DecodedText(_strict(data[len(bom) :], codec, name, path), name)
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16 is not None:
        return DecodedText(_strict(data, utf16, utf16, path), utf16)
    if b"\x00" in data[:_SAMPLE]:
        raise TranscriptError("binary file, not a transcript", path=path)
    for codec in ("utf-8", "cp1252"):
        try:
            return DecodedText(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    return DecodedText(data.decode("latin-1"), "latin-1")


def _strict(data: bytes, codec: str, name: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        # Count line ends in the decodable prefix, so the message points at the bad line.
        prefix = data[: exc.start].decode(codec, errors="replace")
        line = normalise_newlines(prefix).count("\n") + 1
        raise TranscriptError(
            f"not valid {name} text ({exc.reason})", path=path, line=line
        ) from None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes sit in every other byte, as in mostly-ASCII
    UTF-16 text; ``None`` otherwise."""
    pairs = len(sample) // 2
    if pairs < 2 or b"\x00" not in sample:
        return None
    even_nul = sample[0 : pairs * 2 : 2].count(0)
    odd_nul = sample[1 : pairs * 2 : 2].count(0)
    if odd_nul >= 0.3 * pairs and even_nul <= 0.02 * pairs:
        return "utf-16-le"
    if even_nul >= 0.3 * pairs and odd_nul <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    odd = sum(
        1
        for ch in sample
        if ch == "\x00" or (unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n\f\v")
    )
    return odd > 0.01 * len(sample) or "\x00" in sample
