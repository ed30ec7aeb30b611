"""Who asks and who answers: labels, header names, the speaker map, and how people talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.session import Role
from interviewer.io.transcripts import (
    SpeakerMapError,
    assign_roles,
    load_speaker_map,
    parse_speaker_map,
    parse_transcript,
    read_transcript,
)

FIXTURES = Path(__file__).parent / "fixtures"
IV, P = Role.INTERVIEWER, Role.PARTICIPANT


def roles(text: str, speaker_map: dict[str, Role] | None = None) -> dict[str, Role]:
    return assign_roles(parse_transcript(text.encode(), "t.txt"), speaker_map)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Hi?\nA: Hello.\n", {"Q": IV, "A": P}),
        ("I: Hi?\nR: Hello.\n", {"I": IV, "R": P}),
        ("Me: Hi?\nRespondent 2: Hello.\n", {"Me": IV, "Respondent 2": P}),
        ("Moderator: Hi?\nP1: Hello.\nP2: Hi.\n", {"Moderator": IV, "P1": P, "P2": P}),
        ("INTERVIEWER: Hi?\nPARTICIPANT: Hello.\n", {"INTERVIEWER": IV, "PARTICIPANT": P}),
    ],
)
def test_labels_every_transcript_agrees_on(text: str, expected: dict[str, Role]) -> None:
    assert roles(text) == expected


def test_unknown_names_the_one_who_asks_is_the_interviewer() -> None:
    text = (
        "Casey: Well, I guess it started when my daughter turned one and I went back to work.\n"
        "Jordan: What made that hard?\n"
        "Casey: The waiting lists, honestly. Eighteen months at the place near us.\n"
        "Jordan: And why does the distance matter to you?\n"
        "Casey: Because I don't drive, so it has to be walkable.\n"
    )
    assert roles(text) == {"Casey": P, "Jordan": IV}


def test_a_focus_group_has_one_interviewer_and_three_participants() -> None:
    transcript = read_transcript(FIXTURES / "focus-group.md")
    assert assign_roles(transcript) == {"Sam": IV, "Priya": P, "Tom": P, "Jo": P}
    without_header = parse_transcript(
        (FIXTURES / "focus-group.md").read_bytes().split(b"# Focus group 2")[1], "fg.md"
    )
    assert assign_roles(without_header) == {"Sam": IV, "Priya": P, "Tom": P, "Jo": P}


def test_header_names_decide_and_first_names_match() -> None:
    text = "Interviewer: Sam Lee\nDate: 2024-01-01\n\nSam: I have a question for you?\nAnn: Sure.\n"
    assert roles(text) == {"Sam": IV, "Ann": P}


def test_the_speaker_map_overrides_everything_ignoring_case() -> None:
    text = "Q: Hi?\nA: Hello.\nDana: What else?\n"
    assert roles(text, {"dana": IV, "q": P}) == {"Q": P, "A": P, "Dana": IV}


def test_a_lone_unknown_speaker_is_a_participant() -> None:
    assert roles("Casey: I want the place to be walkable.\n") == {"Casey": P}


def test_speaker_map_file(tmp_path: Path) -> None:
    path = tmp_path / "speakers.txt"
    path.write_text(
        "# who is who\nDana Lee: interviewer\nSpeaker 2 = participant  # the customer\n"
        "'Dr. Okafor': Moderator\n",
        encoding="utf-8",
    )
    assert load_speaker_map(path) == {"Dana Lee": IV, "Speaker 2": P, "Dr. Okafor": IV}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Dana: interviewer\nTom\n", "map.txt:2: expected 'NAME: interviewer'"),
        ("Dana: boss\n", "map.txt:1: role of 'Dana' must be interviewer, participant or other"),
        ("Dana: interviewer\ndana: participant\n", "map.txt:2: 'dana' is already mapped on line 1"),
        ("# nothing\n", "map.txt: the speaker map names no speaker"),
    ],
)
def test_speaker_map_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(SpeakerMapError) as caught:
        parse_speaker_map(text, "map.txt")
    assert str(caught.value).startswith(message)
    assert caught.value.exit_status == 2


PODCAST = (
    "Ava: Welcome to Work Stories, the show about how people do their jobs. Today Ben talks "
    "with Chloe, a nurse who changed how her ward hands over shifts.\n"
    "Ben: Chloe, what made you change the handover?\n"
    "Chloe: We kept losing details between shifts, and patients noticed.\n"
    "Ben: Why did that bother you so much?\n"
    "Chloe: Because I want every patient to feel someone has them in hand.\n"
    "Ben: How do you know it's working now?\n"
    "Chloe: Fewer call bells in the first hour, honestly.\n"
    "Ava: That's all for this week. Subscribe for more.\n"
)


def test_the_one_who_asks_is_the_interviewer_and_a_narrator_is_other() -> None:
    # Ava speaks first, but never asks and never answers: a narrator, not the interviewer.
    assert roles(PODCAST) == {"Ava": Role.OTHER, "Ben": IV, "Chloe": P}


def test_a_second_host_who_also_asks_is_other() -> None:
    text = PODCAST + (
        "Dan: And Chloe, what would you tell other wards?\n"
        "Chloe: Start small.\nDan: Why small?\nChloe: So people keep doing it.\n"
    )
    assert roles(text)["Dan"] is Role.OTHER


def test_a_participant_who_asks_more_than_the_interviewer_is_warned_about() -> None:
    from interviewer.io.transcripts.roles import role_warnings

    text = (
        "Interviewer: Hello.\nRespondent: Why me? Who chose me?\nInterviewer: You did.\n"
        "Respondent: What is this for?\n"
    )
    transcript = parse_transcript(text.encode(), "t.txt")
    warnings = role_warnings(transcript, assign_roles(transcript))
    assert warnings == [
        "t.txt:2: warning: participant 'Respondent' asks more questions (2) than interviewer "
        "'Interviewer' (0); check the roles or pass --speaker-map"
    ]


def test_the_speaker_map_still_wins_over_who_asks() -> None:
    assert roles(PODCAST, {"Ava": IV, "Ben": Role.OTHER})["Ava"] is IV
    assert roles(PODCAST, {"Ava": IV, "Ben": Role.OTHER})["Ben"] is Role.OTHER


def test_a_participant_who_speaks_once_mid_conversation_is_not_a_narrator() -> None:
    text = (
        "Sam: What would a good week of meals look like?\n"
        "Priya: Dinner on the table by seven.\n"
        "Tom: Same for me, and no takeaways.\n"  # follows an answer, not a question
        "Sam: Why does that matter?\n"
        "Priya: I'd feel in control.\n"
    )
    assert roles(text) == {"Sam": IV, "Priya": P, "Tom": P}


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("Episode 12: The commute\nLink: https://example.com/ep12\nLicence: CC BY 4.0\n", True),
        ("Ann: Tell me about your ride.\nBob: It is long.\n", False),  # asks: a conversation
        ("Q: Hello.\nA: Hi.\n", False),  # role labels
        ("Ann: Long ride.\nBob: Yes.\nAnn: Rain again.\n", False),  # Ann speaks twice
    ],
)
def test_a_list_of_notes_is_told_from_a_conversation(text: str, notes: bool) -> None:
    from interviewer.io.transcripts import looks_like_notes

    assert looks_like_notes(parse_transcript(text.encode(), "n.md")) is notes
