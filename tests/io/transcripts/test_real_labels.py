"""Labels and page furniture of real transcripts: Kvale's I/S, book style, Otter, web pages."""

from __future__ import annotations

import pytest

from interviewer.io.transcripts import parse_transcript
from interviewer.io.transcripts.labels import label_words


def turns(text: str, name: str = "t.txt") -> list[tuple[str, str]]:
    return [(t.speaker, t.text) for t in parse_transcript(text.encode(), name).turns]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kvale-style: the first "Subject:" turn is a turn, not glued onto the question.
        (
            "Interviewer: Why study?\nSubject: To get a job.\nInterviewer: Why?\nSubject: Money.\n",
            [
                ("Interviewer", "Why study?"),
                ("Subject", "To get a job."),
                ("Interviewer", "Why?"),
                ("Subject", "Money."),
            ],
        ),
        ("I: Why?\nS: Because.\n", [("I", "Why?"), ("S", "Because.")]),
        # a role with the person's name in brackets; Q. and A. with a dot
        (
            "Interviewer (Jane): Why?\nRespondent (Tom): Because.\n",
            [("Interviewer (Jane)", "Why?"), ("Respondent (Tom)", "Because.")],
        ),
        (
            "Q. Why do you ride?\nA. To stay fit.\n",
            [("Q", "Why do you ride?"), ("A", "To stay fit.")],
        ),
        # a label alone on its line with a colon, the turn below it
        (
            "Interviewer:\nWhy do you ride?\n\nSubject:\nTo stay fit.\n",
            [("Interviewer", "Why do you ride?"), ("Subject", "To stay fit.")],
        ),
        (
            "Moderator: Why?\nRespondent: Because.\n",
            [("Moderator", "Why?"), ("Respondent", "Because.")],
        ),
        # Otter pastes the name, two spaces and the time before the words on one line.
        (
            "Jordan Blake  0:03  Tell me about it.\nCasey Nguyen  1:09  I want it walkable.\n",
            [("Jordan Blake", "Tell me about it."), ("Casey Nguyen", "I want it walkable.")],
        ),
    ],
)
def test_labels_qda_tools_know(text: str, expected: list[tuple[str, str]]) -> None:
    assert turns(text) == expected


def test_a_role_with_a_name_in_brackets_keeps_its_role() -> None:
    from interviewer.core.session import Role
    from interviewer.io.transcripts import assign_roles

    text = "Host (Ben): Why?\nGuest (Chloe): Because.\n"
    transcript = parse_transcript(text.encode(), "t.txt")
    assert assign_roles(transcript) == {
        "Host (Ben)": Role.INTERVIEWER,
        "Guest (Chloe)": Role.PARTICIPANT,
    }


def test_book_style_labels_alone_on_their_line() -> None:
    text = (
        "Interviewer.\nWhy do you run?\n\nWalker.\nI run to clear my head.\n\n"
        "Interviewer.\nAnd why does that matter?\n\nWalker.\nYes.\nBecause I get home before dark.\n"
    )
    assert turns(text) == [
        ("Interviewer", "Why do you run?"),
        ("Walker", "I run to clear my head."),
        ("Interviewer", "And why does that matter?"),
        # "Yes." alone on a line is speech, not a speaker.
        ("Walker", "Yes.\nBecause I get home before dark."),
    ]


def test_a_name_with_a_dot_once_is_prose_not_a_speaker() -> None:
    text = "Interviewer: Where did you go?\nAnn: To the shop, then home.\nParis.\nIt was lovely.\n"
    assert turns(text)[-1] == ("Ann", "To the shop, then home.\nParis.\nIt was lovely.")


def test_markdown_escapes_and_non_speech_are_removed() -> None:
    text = (
        "**Host:** \\[03:59\\] Why does it matter? \\[laughs\\]\n\n"
        "**Guest:** I want it done \\[laughs\\] quickly \\[inaudible 00:12\\]. (sighs) Really\\!\n"
    )
    assert turns(text, "t.md") == [
        ("Host", "Why does it matter?"),
        ("Guest", "I want it done quickly. Really!"),
    ]


def test_web_page_furniture_is_trimmed_and_reported() -> None:
    text = (
        "Q: What would success look like?\nA: I would finally sleep through the night.\n\n"
        "Share this:\nLeave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Comment *\nName *\nEmail *\nWebsite\n"
        "Save my name, email, and website in this browser for the next time I comment.\n"
    )
    transcript = parse_transcript(text.encode(), "page.txt")
    answer = transcript.turns[-1].text
    assert "Required" not in answer and "email" not in answer.lower()
    assert [line.line for line in transcript.trimmed] == [4, 5, 6, 7, 8, 9, 10, 11]
    assert transcript.trimmed[2].text.startswith("Your email address")
    assert answer == "I would finally sleep through the night."


def test_every_label_word_is_text() -> None:
    words = label_words()
    assert {"yes", "no", "true"} <= words.not_speakers
    assert "subject" in words.participant and "narrator" in words.other
