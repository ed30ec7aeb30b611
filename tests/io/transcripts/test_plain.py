"""Plain-text and Markdown transcripts: labels, timestamps, headers, multi-paragraph answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.io.transcripts import TranscriptError, parse_transcript, read_transcript

FIXTURES = Path(__file__).parent / "fixtures"


def parse(text: str, name: str = "t.txt") -> list[tuple[str, str]]:
    return [(t.speaker, t.text) for t in parse_transcript(text.encode(), name).turns]


def test_the_interview_fixture_reads_header_turns_and_paragraphs() -> None:
    transcript = read_transcript(FIXTURES / "p1-interview.txt")
    assert transcript.format == "text" and transcript.encoding == "utf-8"
    assert transcript.job == "lose weight"
    assert transcript.metadata["participant id"] == "P4"
    assert transcript.speakers == ["Interviewer", "P4"]
    assert len(transcript.turns) == 14
    first_answer = transcript.turns[1]
    assert first_answer.line == 8
    # A multi-paragraph answer keeps its paragraph break; offsets count on exactly this text.
    assert first_answer.text == (
        "Um, yeah, so it was January, like everyone. I signed up for one of those apps and I was "
        "logging everything, every meal.\n\nIt lasted maybe three weeks? Then work got busy and I "
        "just... stopped."
    )
    # The interruption: a cut-off question and an answer that starts with a dash.
    assert transcript.turns[8].text == "And why does feeling confident matter to —"
    assert transcript.turns[9].text.startswith("— sorry, can I add something?")
    assert transcript.turns[9].line == transcript.turns[8].line + 1


def test_the_focus_group_reads_front_matter_and_bold_labels() -> None:
    transcript = read_transcript(FIXTURES / "focus-group.md")
    assert transcript.format == "markdown"
    assert transcript.job == "manage a household budget"
    assert transcript.metadata["moderator"] == "Sam"
    assert transcript.speakers == ["Sam", "Priya", "Tom", "Jo"]
    assert transcript.turns[0].text.startswith("Welcome, everyone.")
    assert all("**" not in turn.text and "#" not in turn.text for turn in transcript.turns)


@pytest.mark.parametrize(
    ("line", "speaker", "text", "start"),
    [
        ("Interviewer: Why is that important?", "Interviewer", "Why is that important?", None),
        ("[00:01:23] Anna: yes", "Anna", "yes", 83.0),
        ("(01:02:03.5) Anna: yes", "Anna", "yes", 3723.5),
        ("00:01:23 Anna Smith: yes", "Anna Smith", "yes", 83.0),
        ("Anna (00:01:23): yes", "Anna", "yes", 83.0),
        ("Anna [1:05]: yes", "Anna", "yes", 65.0),
        ("**Anna:** yes", "Anna", "yes", None),
        ("**Anna**: yes", "Anna", "yes", None),
        ("- P2: yes", "P2", "yes", None),
        ("* Q: Why?", "Q", "Why?", None),
        ("Dr. Okafor: yes", "Dr. Okafor", "yes", None),
        ("Zoë: oui", "Zoë", "oui", None),
        ("Speaker 2: yes", "Speaker 2", "yes", None),
    ],
)
def test_speaker_label_forms(line: str, speaker: str, text: str, start: float | None) -> None:
    turn = parse_transcript(f"{line}\n".encode(), "t.txt").turns[0]
    assert (turn.speaker, turn.text, turn.start) == (speaker, text, start)


def test_otter_style_headers_put_the_text_on_the_next_lines() -> None:
    text = (
        "Jordan Blake  0:03\nSo tell me how you pick a daycare.\n\n"
        "Casey Nguyen  0:09\nHonestly it was word of mouth.\nAnd then we visited two.\n\n"
        "00:01:10 Jordan Blake\nWhy does that matter?\n"
    )
    transcript = parse_transcript(text.encode(), "otter.txt")
    assert [(t.speaker, t.start) for t in transcript.turns] == [
        ("Jordan Blake", 3.0),
        ("Casey Nguyen", 9.0),
        ("Jordan Blake", 70.0),
    ]
    assert transcript.turns[1].text == "Honestly it was word of mouth.\nAnd then we visited two."


def test_a_lone_timestamp_dates_the_next_turn_and_is_not_text() -> None:
    turns = parse_transcript(b"[00:00:05]\nQ: Hi?\n[00:00:09]\nA: Hello.\n", "t.txt").turns
    assert [(t.speaker, t.text, t.start) for t in turns] == [
        ("Q", "Hi?", 5.0),
        ("A", "Hello.", 9.0),
    ]


def test_prose_with_colons_continues_the_turn() -> None:
    assert parse(
        "P1: I tried two things.\nMy goal: ten pounds.\nNote: laughs\nhttps://example.org\n"
        "Interviewer: And?\n"
    ) == [
        ("P1", "I tried two things.\nMy goal: ten pounds.\nNote: laughs\nhttps://example.org"),
        ("Interviewer", "And?"),
    ]


def test_headings_and_rules_are_not_part_of_a_turn() -> None:
    assert parse("# Session 1\n\nQ: Hi?\n\n---\n\n## Part 2\n\nA: Hello.\n", "t.md") == [
        ("Q", "Hi?"),
        ("A", "Hello."),
    ]


def test_a_header_block_needs_a_header_key() -> None:
    transcript = parse_transcript(b"Interviewer: Anna\nP1: Hello there.\n", "t.txt")
    assert transcript.metadata == {}
    assert transcript.speakers == ["Interviewer", "P1"]


def test_a_title_line_may_precede_the_header() -> None:
    text = "Interview with P3\nJob: find childcare\nInterviewer: Sam\n\nSam: Hi?\nP3: Hello.\n"
    transcript = parse_transcript(text.encode(), "t.txt")
    assert transcript.job == "find childcare"
    assert transcript.metadata["interviewer"] == "Sam"
    assert transcript.speakers == ["Sam", "P3"]


def test_text_without_speaker_labels_is_one_error() -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(b"Just some notes about the call.\nNothing else.\n", "notes.txt")
    assert str(caught.value).startswith("notes.txt: no speaker turns found")
