"""Transcript bytes to text: BOMs, UTF-8, UTF-16, cp1252/Latin-1, binary files, line endings."""

from __future__ import annotations

import codecs
import re
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
# Valid multi-byte UTF-8 sequences almost never occur by chance in Windows-1252 text: one of them
# outweighs this many bad bytes when deciding that a file is UTF-8 with a few stray bytes.
UTF8_EVIDENCE = 10
_BAD_BYTE = re.compile("[\udc80-\udcff]")  # a byte ``surrogateescape`` could not decode


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text with ``\\n`` line ends, and the encoding it was read with."""

    text: str
    encoding: str
    warning: str = ""  # ``path:line: warning: …`` when the bytes were not clean UTF-8


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; line numbers stay what an editor shows."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_transcript(data: bytes, path: str) -> DecodedText:
    """Decode a transcript file; empty and binary files raise :class:`TranscriptError`.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); without one, NUL bytes in the pattern of
    UTF-16 text mean UTF-16, else strict UTF-8. Bytes that are not valid UTF-8 lead to one decision
    for the whole file, always with a warning naming the encoding chosen and the line of the
    first bad byte (never silent mojibake): UTF-8 with a visible ``�`` for each bad byte when the
    file holds valid multi-byte UTF-8 sequences, at least one per :data:`UTF8_EVIDENCE` bad bytes
    (a few stray bytes in UTF-8 text), else
    Windows-1252 when every byte is one, else Latin-1 (which reads any byte).
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
    text, warning = _stray_controls_shown(text, path)
    return DecodedText(text, decoded.encoding, decoded.warning or warning)


_STRAY_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _stray_controls_shown(text: str, path: str) -> tuple[str, str]:
    """A few stray control characters (a pasted bell, a terminal colour code) are shown as
    ``⟨U+0007⟩`` with a warning naming the first one's line, not a reason to refuse the file."""
    first = _STRAY_CONTROL.search(text)
    if first is None:
        return text, ""
    line = text.count("\n", 0, first.start()) + 1
    count = len(_STRAY_CONTROL.findall(text))
    shown = _STRAY_CONTROL.sub(lambda match: f"⟨U+{ord(match[0]):04X}⟩", text)
    plural = "s" if count > 1 else ""
    warning = f"{path}:{line}: warning: {count} control character{plural} shown as ⟨U+…⟩"
    return shown, warning


def _decode(data: bytes, path: str) -> DecodedText:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return DecodedText(_strict(data[len(bom) :], codec, name, path), name)
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16 is not None:
        return DecodedText(_strict(data, utf16, utf16, path), utf16)
    if b"\x00" in data[:_SAMPLE]:
        raise TranscriptError("binary file, not a transcript", path=path)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return _not_utf8(data, path)


def _not_utf8(data: bytes, path: str) -> DecodedText:
    """The whole-file decision for bytes that are not UTF-8 (see :func:`decode_transcript`)."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = _BAD_BYTE.findall(escaped)
    first = _BAD_BYTE.search(escaped)
    line = normalise_newlines(escaped[: first.start() if first else 0]).count("\n") + 1
    valid_multibyte = sum(1 for ch in escaped if ord(ch) > 0x7F) - len(bad)
    where = f"{path}:{line}: warning:"
    if valid_multibyte and valid_multibyte * UTF8_EVIDENCE >= len(bad):
        text = _BAD_BYTE.sub("\ufffd", escaped)
        count = f"{len(bad)} byte{'s' if len(bad) != 1 else ''}"
        return DecodedText(
            text,
            "utf-8",
            f"{where} {count} not valid UTF-8 (the first on this line); read as UTF-8 with "
            "\ufffd in their place",
        )
    for codec, name in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return DecodedText(
            text,
            codec,
            f"{where} not UTF-8 (the first non-UTF-8 byte is on this line); read as {name} "
            "— check accented letters and quotes, or save the file as UTF-8",
        )
    raise AssertionError("latin-1 decodes any byte")  # pragma: no cover


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
    # A few stray controls in text are shown, not refused; a binary file has them everywhere.
    return odd > max(16, 0.05 * len(sample)) or "\x00" in sample
