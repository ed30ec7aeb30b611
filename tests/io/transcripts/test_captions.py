"""WebVTT (Zoom, Teams) and SRT captions: cues merged into turns, malformed files named by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.io.transcripts import TranscriptError, parse_transcript, read_transcript

FIXTURES = Path(__file__).parent / "fixtures"


def test_zoom_vtt_names_speakers_in_the_text_and_merges_their_cues() -> None:
    transcript = read_transcript(FIXTURES / "zoom-call.vtt")
    assert transcript.format == "webvtt"
    assert [(t.speaker, t.start, t.line) for t in transcript.turns] == [
        ("Dana Lee", 1.2, 6),
        ("Marcus Bell", 6.5, 10),
        ("Dana Lee", 16.0, 19),
        ("Marcus Bell", 18.4, 23),
        ("Dana Lee", 24.2, 27),
    ]
    # Two cues of one speaker are one turn; the caption line break is a space.
    assert transcript.turns[1].text == (
        "Sure. I sent a birthday present to my sister in Canada, and it took almost four weeks "
        "to arrive. I want the package to arrive before the birthday, not after."
    )
    assert transcript.turns[3].text.endswith("I remembered & I'd feel like a good brother.")


def test_teams_vtt_voice_tags_classes_and_two_voices_in_one_cue() -> None:
    transcript = read_transcript(FIXTURES / "teams-call.vtt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        (
            "Alex Moreno",
            "What are you hoping to achieve when you develop your professional skills?",
        ),
        (
            "Riya Shah",
            "I want to be able to run a project on my own, from the kick-off to the final report.",
        ),
        ("Alex Moreno", "What does that give you?"),
        ("Riya Shah", "My manager would see me as someone she can rely on."),
        ("Alex Moreno", "Mm-hm."),
        ("Riya Shah", "And I'd stop feeling anxious before every review."),
    ]


def test_srt_keeps_speakers_across_unlabelled_cues() -> None:
    transcript = read_transcript(FIXTURES / "interview.srt")
    assert transcript.format == "srt"
    assert [(t.speaker, t.start) for t in transcript.turns] == [
        ("INTERVIEWER", 1.0),
        ("RESPONDENT", 4.5),
        ("INTERVIEWER", 12.5),
        ("RESPONDENT", 14.3),
    ]
    assert transcript.turns[1].text == (
        "Paper diary, mostly. But I missed my dentist appointment twice last year. "
        "I want to never miss an appointment again."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "00:00:01.000 --> 00:00:02.000\n<v A>Hi</v>\n",
            "x.vtt:1: not a WebVTT file: the first line must be 'WEBVTT'",
        ),
        (
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v A>Hi</v>\n\n2\n00:00:xx --> 00:00:03\n<v B>Yo</v>\n",
            "x.vtt:8: malformed WebVTT cue timing '00:00:xx --> 00:00:03'",
        ),
        (
            "WEBVTT\n\n<v A>Hi there</v>\n",
            "x.vtt:3: malformed WebVTT cue: expected a timing line 'start --> end'",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello, anyone?\n",
            "x.vtt: no speaker turns found (cues need a voice tag like '<v Anna>' or 'Anna: ')",
        ),
    ],
)
def test_malformed_webvtt_is_one_line_with_its_line(text: str, message: str) -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text.encode(), "x.vtt")
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "1\n00:00:01,000 --> 00:00:02,000\nA: Hi\n\nhello\nthere\n",
            "x.srt:5: malformed SRT block",
        ),
        ("1\n00:00:01,000 --> 00:00:0x,000\nA: Hi\n", "x.srt:2: malformed SRT timing"),
    ],
)
def test_malformed_srt_names_the_line(text: str, message: str) -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text.encode(), "x.srt")
    assert str(caught.value).startswith(message)


def test_captions_are_detected_by_content_whatever_the_extension() -> None:
    vtt = (FIXTURES / "zoom-call.vtt").read_bytes()
    srt = (FIXTURES / "interview.srt").read_bytes()
    assert parse_transcript(vtt, "export.txt").format == "webvtt"
    assert parse_transcript(srt, "export").format == "srt"
