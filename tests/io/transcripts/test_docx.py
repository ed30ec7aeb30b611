"""Word documents: paragraphs, soft breaks and tables as exported by Otter or Teams."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.io.transcripts import TranscriptError, parse_transcript

from .docx_builder import document, table


def test_an_otter_docx_reads_like_its_text_export() -> None:
    data = document(
        "Interview — send a package",
        "Job: send a package a long distance",
        "",
        "Dana Lee  0:01",
        "Tell me about the last parcel you sent abroad.",
        "Marcus Bell  0:06",
        "A birthday present for my sister.\nIt took four weeks & I want it there on time.",
        "Dana Lee  0:20",
        "Why is that important to you?",
    )
    transcript = parse_transcript(data, "call.docx")
    assert (transcript.format, transcript.encoding) == ("docx", "docx")
    assert transcript.job == "send a package a long distance"
    assert [(t.speaker, t.start) for t in transcript.turns] == [
        ("Dana Lee", 1.0),
        ("Marcus Bell", 6.0),
        ("Dana Lee", 20.0),
    ]
    assert transcript.turns[1].text == (
        "A birthday present for my sister.\nIt took four weeks & I want it there on time."
    )


def test_table_rows_become_turns() -> None:
    data = document(
        table(
            [
                ["00:00:01", "Alex", "What are you hoping to achieve?"],
                ["00:00:05", "Riya", "I want to run a project on my own."],
            ]
        ),
        table([["Alex", "Why?"], ["Riya", "My manager would rely on me."]]),
    )
    turns = parse_transcript(data, "teams.docx").turns
    assert [(t.speaker, t.text, t.start) for t in turns] == [
        ("Alex", "What are you hoping to achieve?", 1.0),
        ("Riya", "I want to run a project on my own.", 5.0),
        ("Alex", "Why?", None),
        ("Riya", "My manager would rely on me.", None),
    ]


def test_a_truncated_docx_is_one_line() -> None:
    data = document("Q: Hi?", "A: Hello.")
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data[: len(data) // 2], "cut.docx")
    message = str(caught.value)
    assert message.startswith("cut.docx: not a valid DOCX file: truncated or corrupt")
    assert "\n" not in message


def test_a_docx_that_is_not_a_zip_and_a_zip_without_a_document() -> None:
    with pytest.raises(TranscriptError, match=r"^x\.docx: not a valid DOCX file"):
        parse_transcript(b"Q: Hi?\nA: Hello.\n", "x.docx")
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(TranscriptError, match=r"not a Word document"):
        parse_transcript(buffer.getvalue(), "odt.docx")


def test_broken_xml_inside_the_docx(tmp_path: Path) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(TranscriptError, match=r"^bad\.docx: malformed DOCX"):
        parse_transcript(buffer.getvalue(), "bad.docx")
