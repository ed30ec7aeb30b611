"""Folders of transcripts for batch tests: the reader fixtures, plus broken files of every kind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ..io.transcripts.docx_builder import document

FIXTURES = Path(__file__).resolve().parents[1] / "io" / "transcripts" / "fixtures"
GOOD = sorted(path.name for path in FIXTURES.iterdir())
BROKEN = {
    "empty.txt": "empty file",
    "photo.txt": "binary file, not a transcript",
    "cut.docx": "not a valid DOCX file: truncated or corrupt",
    "broken.vtt": "malformed WebVTT cue timing",
    "gone.srt": "cannot read",
    "interview-ru.txt": "looks like Russian; only English is analysed",
}
# Found in a folder but not transcripts: listed as skipped, never failures.
SKIPPED = {
    "notes.md": "not a transcript: no speaker turns found",
    "sources.md": "not a transcript: no speaker turns found",
    "README.md": "README-like file, not a transcript",
    "links.md": "not a transcript: no speaker speaks twice (a list of notes or links?)",
}


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "interviews"
    shutil.copytree(FIXTURES, folder)
    (folder / "otter.docx").write_bytes(
        document(
            "Job: find childcare",
            "Jordan Blake  0:03",
            "Tell me about the last time you looked for childcare.",
            "Casey Nguyen  0:09",
            "I'd want a place we can walk to.\nAnd I'd feel calmer at work.",
        )
    )
    return folder


@pytest.fixture
def mixed_folder(good_folder: Path) -> Path:
    """The good folder plus one broken file of each kind (a dangling link is unreadable)."""
    (good_folder / "empty.txt").write_bytes(b"")
    (good_folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    docx = (good_folder / "otter.docx").read_bytes()
    (good_folder / "cut.docx").write_bytes(docx[: len(docx) // 2])
    (good_folder / "broken.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Hi</v>\n\n00:00:0x.000 --> 1\n<v B>Yo</v>\n",
        encoding="utf-8",
    )
    (good_folder / "notes.md").write_text("# Notes\n\nCall went well.\n", encoding="utf-8")
    (good_folder / "sources.md").write_text(
        "# Sources\n\n- Interview 1, recorded in May.\n- Interview 2, a podcast episode.\n",
        encoding="utf-8",
    )
    (good_folder / "links.md").write_text(
        "Episode 12: The commute\nLink: https://example.com/ep12\nLicence: CC BY 4.0\n",
        encoding="utf-8",
    )
    (good_folder / "README.md").write_text(
        "# Study\n\nSix interviews about the commute, recorded in May.\n", encoding="utf-8"
    )
    (good_folder / "interview-ru.txt").write_text(
        "Интервьюер: Почему это важно для вас?\n"
        "Респондент: Потому что я хочу чувствовать себя уверенно на работе и дома.\n",
        encoding="utf-8",
    )
    (good_folder / "gone.srt").symlink_to(good_folder / "missing-target.srt")
    return good_folder
