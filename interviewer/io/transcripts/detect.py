"""Which reader a file needs, decided by its content first and its extension second."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from interviewer.io.files import MAX_LINE_BYTES, check_line_lengths, not_regular, read_bytes
from interviewer.io.transcripts.decoding import decode_transcript
from interviewer.io.transcripts.docx import docx_lines, is_docx
from interviewer.io.transcripts.language import ENGLISH, guess_language
from interviewer.io.transcripts.model import NotEnglishError, Transcript, TranscriptError
from interviewer.io.transcripts.plain import parse_lines
from interviewer.io.transcripts.sessions import is_session, parse_session
from interviewer.io.transcripts.srt import is_srt, parse_srt
from interviewer.io.transcripts.webvtt import is_webvtt, parse_webvtt

TRANSCRIPT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".vtt", ".srt", ".docx")
SESSION_SUFFIXES = (".yaml", ".yml")
_README_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice"})


def parse_transcript(data: bytes, source: str) -> Transcript:
    """Read a transcript from the bytes of the file ``source`` (the name used in errors)."""
    suffix = Path(source).suffix.lower()
    if is_docx(data):
        lines = docx_lines(data, source)
        _check_paragraphs(lines, source)
        require_english("\n".join(lines), source)
        return parse_lines(lines, source=source, fmt="docx", encoding="docx")
    if suffix == ".docx":
        raise TranscriptError(
            "not a valid DOCX file: truncated or corrupt (no zip header)", path=source
        )
    decoded = decode_transcript(data, source)
    require_english(decoded.text, source)
    transcript = _parse_text(decoded.text, source, decoded.encoding, suffix)
    if decoded.warning:
        transcript = replace(transcript, warnings=(decoded.warning, *transcript.warnings))
    return transcript


def require_english(text: str, source: str) -> None:
    """Raise :class:`NotEnglishError` naming the language when ``text`` is not English."""
    language = guess_language(text)
    if language != ENGLISH:
        raise NotEnglishError(f"looks like {language}; only English is analysed", path=source)


def _parse_text(text: str, source: str, encoding: str, suffix: str) -> Transcript:
    if is_webvtt(text) or suffix == ".vtt":
        return parse_webvtt(text, source=source, encoding=encoding)
    if is_srt(text) or suffix == ".srt":
        return parse_srt(text, source=source, encoding=encoding)
    if is_session(text):
        return parse_session(text, source=source, encoding=encoding)
    fmt = "markdown" if suffix in (".md", ".markdown") else "text"
    return parse_lines(text.split("\n"), source=source, fmt=fmt, encoding=encoding)


def _check_paragraphs(lines: list[str], source: str) -> None:
    """The line-length limit of text files, for a document's paragraphs."""
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_BYTES:
            raise TranscriptError(
                f"paragraph too long (over {MAX_LINE_BYTES:,} characters)", path=source, line=number
            )


def read_transcript(path: str | Path, source: str | None = None) -> Transcript:
    """Read the transcript at ``path``; ``source`` is the name shown in errors (the path)."""
    name = source if source is not None else str(path)
    return parse_transcript(transcript_bytes(path, name), name)


def transcript_bytes(path: str | Path, source: str) -> bytes:
    """The bytes of a transcript file: a regular file within the size and line-length limits
    (a DOCX is a zip archive, which has no lines)."""
    data = read_bytes(
        path, error=TranscriptError, invalid=TranscriptError, max_line=None, name=source
    )
    if not is_docx(data):
        check_line_lengths(data, source, MAX_LINE_BYTES, TranscriptError)
    return data


def is_readme_name(path: Path) -> bool:
    """Whether a file is a folder's README, LICENSE or CHANGELOG (prose, never a transcript)."""
    return path.name.lower().split(".", 1)[0] in _README_STEMS


def is_transcript_name(path: Path) -> bool:
    """Whether a file found in a folder is worth reading as a transcript (or session file)."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith((".coded.jsonl", ".coded.csv")):
        return False
    if is_readme_name(path):
        return False
    if name.endswith(TRANSCRIPT_SUFFIXES):
        return True
    if name.endswith(SESSION_SUFFIXES):
        try:
            if not_regular(path.stat().st_mode) is not None:
                return True  # the reader names what it is instead
            with path.open("rb") as handle:
                head = handle.read(2048).decode("utf-8", errors="replace")
        except OSError:
            return True  # let the reader report it
        return is_session(head)
    return False
