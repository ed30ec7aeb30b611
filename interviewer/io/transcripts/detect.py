"""Which reader a file needs, decided by its content first and its extension second."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from interviewer.io.transcripts.decoding import decode_transcript
from interviewer.io.transcripts.docx import docx_lines, is_docx
from interviewer.io.transcripts.language import ENGLISH, guess_language
from interviewer.io.transcripts.model import NotEnglishError, Transcript, TranscriptError
from interviewer.io.transcripts.plain import parse_lines
from interviewer.io.transcripts.sessions import is_session, parse_session
from interviewer.io.transcripts.srt import is_srt, parse_srt
from interviewer.io.transcripts.webvtt import is_webvtt, parse_webvtt

MAX_FILE_BYTES = 64 * 1024 * 1024
TRANSCRIPT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".vtt", ".srt", ".docx")
SESSION_SUFFIXES = (".yaml", ".yml")
_README_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice"})


def parse_transcript(data: bytes, source: str) -> Transcript:
    """Read a transcript from the bytes of the file ``source`` (the name used in errors)."""
    suffix = Path(source).suffix.lower()
    if is_docx(data):
        lines = docx_lines(data, source)
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


def read_transcript(path: str | Path, source: str | None = None) -> Transcript:
    """Read the transcript at ``path``; ``source`` is the name shown in errors (the path)."""
    name = source if source is not None else str(path)
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TranscriptError(f"file too large ({size // 2**20} MB)", path=name)
        data = file.read_bytes()
    except FileNotFoundError:
        raise TranscriptError("no such file", path=name) from None
    except IsADirectoryError:
        raise TranscriptError("is a folder, not a file", path=name) from None
    except OSError as exc:
        raise TranscriptError(
            f"cannot read ({exc.strerror or exc.__class__.__name__})", path=name
        ) from None
    return parse_transcript(data, name)


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
            with path.open("rb") as handle:
                head = handle.read(2048).decode("utf-8", errors="replace")
        except OSError:
            return True  # let the reader report it
        return is_session(head)
    return False
