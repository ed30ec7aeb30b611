"""Encodings and line endings: UTF-8 (BOM or not), UTF-16, cp1252, Latin-1; binary and empty files."""

from __future__ import annotations

import codecs

import pytest

from interviewer.io.transcripts import TranscriptError, parse_transcript
from interviewer.io.transcripts.decoding import decode_transcript

TEXT = "Interviewer: Why does it matter?\nP1: I’d feel “safe” — and café prices don’t scare me.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_each_encoding_reads_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_transcript(data, "t.txt")
    assert (decoded.text, decoded.encoding) == (TEXT, encoding)


def test_latin1_when_cp1252_cannot_read_a_byte() -> None:
    data = "P1: crème brûlée, ça coûte cher à Zürich.\n".encode("latin-1") * 5 + b"\x81\n"
    assert decode_transcript(data, "t.txt").encoding == "latin-1"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_are_normalised_and_line_numbers_kept(newline: str) -> None:
    text = "Q: Hi?\n\nA: First line.\nSecond line.\n\nQ: Why?\n".replace("\n", newline)
    turns = parse_transcript(text.encode(), "t.txt").turns
    assert [(t.text, t.line) for t in turns] == [
        ("Hi?", 1),
        ("First line.\nSecond line.", 3),
        ("Why?", 6),
    ]


def test_a_bad_byte_after_a_utf8_bom_names_its_line() -> None:
    data = codecs.BOM_UTF8 + b"Q: Hi?\nA: caf\xe9\n"
    with pytest.raises(TranscriptError) as caught:
        decode_transcript(data, "t.txt")
    assert str(caught.value).startswith("t.txt:2: not valid utf-8-sig text")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty.txt: empty file"),
        (b"  \r\n\n\t", "empty.txt: empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "empty.txt: binary file"),
        (bytes(range(1, 32)) * 50, "empty.txt: binary file"),
    ],
)
def test_empty_and_binary_files(data: bytes, message: str) -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, "empty.txt")
    assert str(caught.value).startswith(message)


def test_one_bad_byte_in_utf8_text_is_shown_not_turned_into_mojibake() -> None:
    good = "Q: Hi — how was Tokyo?\nA: 日本語 was hard.\nIt cost 5\xa3.\n".encode()
    data = good.replace(b"5\xc2\xa3", b"5\xa3")  # a stray Latin-1 pound sign on line 3
    decoded = decode_transcript(data, "t.txt")
    assert decoded.encoding == "utf-8"
    assert "—" in decoded.text and "日本語" in decoded.text and "â€" not in decoded.text
    assert "5\ufffd." in decoded.text
    assert decoded.warning.startswith("t.txt:3: warning: 1 byte not valid UTF-8")


def test_a_whole_cp1252_file_is_read_as_such_with_a_warning() -> None:
    data = "Q: Why?\nA: I’d feel “safe” — café.\n".encode("cp1252")
    decoded = decode_transcript(data, "t.txt")
    assert (decoded.encoding, decoded.text) == ("cp1252", "Q: Why?\nA: I’d feel “safe” — café.\n")
    assert decoded.warning.startswith("t.txt:2: warning: not UTF-8")
    assert "Windows-1252" in decoded.warning


def test_clean_utf8_has_no_warning_and_the_warning_reaches_the_transcript() -> None:
    assert decode_transcript(TEXT.encode(), "t.txt").warning == ""
    transcript = parse_transcript(TEXT.encode("cp1252"), "t.txt")
    assert transcript.warnings and "t.txt:2: warning" in transcript.warnings[0]


def test_a_few_stray_control_characters_are_shown_not_refused() -> None:
    data = b"Interviewer: Why?\nParticipant: I want \x07 my \x1b[31m bills \x7f paid.\n"
    decoded = decode_transcript(data, "t.txt")
    assert "I want \u27e8U+0007\u27e9 my \u27e8U+001B\u27e9[31m bills \u27e8U+007F\u27e9 paid." in (
        decoded.text
    )
    assert decoded.warning == "t.txt:2: warning: 3 control characters shown as \u27e8U+\u2026\u27e9"


def test_a_file_full_of_control_characters_is_still_binary() -> None:
    data = bytes(range(1, 32)) * 40 + b"Participant: hello\n"
    with pytest.raises(TranscriptError, match="binary file"):
        decode_transcript(data, "t.bin")
