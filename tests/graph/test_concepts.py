"""Content codes: kind, polarity and core concept, the same for different wordings of one idea."""

from __future__ import annotations

import pytest

from interviewer.graph.concepts import concept_of, content_code, lemma
from interviewer.graph.grouping import Mention, group_mentions
from interviewer.io.codebook import parse_codebook


@pytest.mark.parametrize(
    ("kind", "polarity", "statement", "code"),
    [
        # synonyms: one concept however it is said
        ("emotional", "want", "I feel more confident at work", "emotional/want/confident"),
        ("emotional", "want", "I'm more self-assured in meetings", "emotional/want/confident"),
        ("emotional", "want", "I (now) feel sure of myself", "emotional/want/confident"),
        # opposites: wanting one is avoiding the other
        ("emotional", "avoid", "I don't feel exhausted", "emotional/avoid/tired"),
        ("emotional", "avoid", "I (now) don't have low energy", "emotional/avoid/tired"),
        ("emotional", "want", "I feel full of energy", "emotional/avoid/tired"),
        ("functional", "want", "I arrive on time", "functional/avoid/late"),
        ("functional", "avoid", "I am not late for meetings", "functional/avoid/late"),
        ("emotional", "want", "I feel calm on the way in", "emotional/avoid/stressed"),
        # "less stressed" is an avoid already: the polarity decides, "less" adds nothing
        ("emotional", "avoid", "I feel less stressed", "emotional/avoid/stressed"),
        # perceptions of others
        ("social", "want", "People at the office take me seriously", "social/want/respected"),
        ("social", "want", "Colleagues see me as competent", "social/want/professional"),
        ("emotional", "want", "I feel on top of things", "emotional/want/in-control"),
        ("emotional", "avoid", "I don't feel out of control", "emotional/want/in-control"),
        ("functional", "avoid", "My desk is not messy", "functional/want/organized"),
        # a concept the table does not know: its first two content words
        ("functional", "want", "I have lost 10 pounds", "functional/want/lose-pound"),
        ("functional", "want", "I carry all my stuff in one bag", "functional/want/carry-stuff"),
    ],
)
def test_different_wordings_get_one_code(
    kind: str, polarity: str, statement: str, code: str
) -> None:
    assert content_code(kind, polarity, statement) == code


def test_a_statement_without_content_has_no_code() -> None:
    assert concept_of("I feel it") == ("", False)
    assert content_code("emotional", "want", "that's it") == ""


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("carrying", "carry"),
        ("stopping", "stop"),
        ("worries", "worry"),
        ("bags", "bag"),
        ("disciplined", "disciplined"),
        ("stress", "stressed"),
        ("kept", "keep"),
        ("class", "class"),
    ],
)
def test_lemmas(word: str, expected: str) -> None:
    assert lemma(word) == expected


def mention(interview: str, node: str, kind: str, polarity: str, statement: str) -> Mention:
    return Mention(
        interview, node, kind, polarity, statement, content_code(kind, polarity, statement)
    )


def test_mentions_with_one_content_code_are_one_group_whatever_their_words() -> None:
    grouping = group_mentions(
        [
            mention("p1", "o1", "emotional", "want", "I feel more confident at work"),
            mention("p2", "o1", "emotional", "want", "I'm more self-assured in meetings"),
            mention("p3", "o4", "emotional", "want", "I feel sure of myself"),
            mention("p3", "o5", "emotional", "want", "I feel proud"),
        ]
    )
    assert [(g.code, len(g.mentions)) for g in grouping.groups] == [
        ("emotional/want/confident", 3),
        ("emotional/want/proud", 1),
    ]


def test_the_codebook_can_claim_content_codes_and_rename_them() -> None:
    codebook = parse_codebook(
        "format: interviewer-codes/1\ncodes:\n  assured:\n    statement: I feel assured\n"
        "    content_codes: [emotional/want/confident, emotional/want/proud]\n",
        "codes.yaml",
    )
    grouping = group_mentions(
        [
            mention("p1", "o1", "emotional", "want", "I feel more confident at work"),
            mention("p3", "o5", "emotional", "want", "I feel proud"),
        ],
        codebook=codebook,
    )
    assert [(g.id, g.statement, len(g.mentions)) for g in grouping.groups] == [
        ("assured", "I feel assured", 2)
    ]


def test_a_malformed_content_code_in_the_codebook_names_its_line() -> None:
    from interviewer.graph.codebook import CodebookError

    with pytest.raises(CodebookError, match=r"codes.yaml:4: .*must read kind/polarity/concept"):
        parse_codebook(
            "format: interviewer-codes/1\ncodes:\n  a:\n    content_codes: [confident]\n",
            "codes.yaml",
        )
