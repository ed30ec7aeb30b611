"""Code mapping files: a small schema, validated with file:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.errors import InputFileError
from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.graph.codebook import CodebookError
from interviewer.io.codebook import load_codebook, parse_codebook

FIXTURES = Path(__file__).parents[1] / "graph" / "fixtures"
HEAD = "format: interviewer-codes/1\ncodes:\n"


def test_the_fixture_mapping_loads() -> None:
    book = load_codebook(FIXTURES / "codes.yaml")
    assert [code.name for code in book.codes] == ["disciplined", "confident"]
    disciplined = book.codes[0]
    assert disciplined.statement == "Others see me as disciplined"
    assert disciplined.kind is OutcomeKind.SOCIAL and disciplined.polarity is None
    assert set(book.by_statement) == {
        "others see me as disciplined",
        "other people see me as disciplined",
    }
    assert set(book.by_outcome) == {("p1", "o2"), ("p1", "o5"), ("p3", "o2")}
    assert [entry.line for entry in book.entries()] == [8, 9, 12, 12, 13]


def test_statements_are_matched_without_case_or_punctuation() -> None:
    book = parse_codebook(HEAD + "  a:\n    polarity: avoid\n    statements: ['I feel SAFE!']\n")
    assert set(book.by_statement) == {"i feel safe"}
    assert book.codes[0].polarity is Polarity.AVOID


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        # the wrong kind of file
        ("format: interviewer-session/1\ncodes: {}\n", 1, "unsupported format"),
        # a typo in a key is named, with the keys allowed
        (HEAD + "  a:\n    statments: [x]\n", 4, "unknown key 'statments' in code 'a'"),
        # a code must claim something
        (HEAD + "  a:\n    statement: A label\n", 3, "code 'a' needs 'statements', 'content_codes' or 'outcomes'"),
        # a statement can belong to one code only (case and punctuation ignored)
        (
            HEAD + "  a:\n    statements: [I feel safe]\n  b:\n    statements: ['I feel safe.']\n",
            6,
            "statement 'i feel safe' is already assigned to code 'a' (line 4)",
        ),
        # an outcome can belong to one code only
        (
            HEAD + "  a:\n    outcomes: {p1: [o1]}\n  b:\n    outcomes:\n      p1: [o2, o1]\n",
            7,
            "outcome p1:o1 is already assigned to code 'a' (line 4)",
        ),
        # kinds are the three outcome kinds
        (HEAD + "  a:\n    kind: feeling\n    statements: [x]\n", 4, "kind must be one of"),
        # a code's name is a plain identifier
        (HEAD + "  'a b':\n    statements: [x]\n", 3, "code name 'a b' must be"),
        # the same code twice
        (HEAD + "  a:\n    statements: [x]\n  a:\n    statements: [y]\n", 5, "duplicate code 'a'"),
        # lists are lists
        (HEAD + "  a:\n    statements: I feel safe\n", 4, "must be a list"),
        # broken YAML names its line
        (HEAD + "  a: [\n", 4, "not valid YAML"),
        # required keys
        ("format: interviewer-codes/1\n", 1, "missing key 'codes'"),
    ],
)
def test_schema_errors_name_file_and_line(
    tmp_path: Path, body: str, line: int, message: str
) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CodebookError) as caught:
        load_codebook(path)
    text = str(caught.value)
    assert text.startswith(f"{path}:{line}: "), text
    assert message in text
    assert "\n" not in text


def test_an_empty_file_is_a_file_level_error(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"codes\.yaml: the file is empty"):
        load_codebook(path)


def test_a_missing_mapping_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file") as caught:
        load_codebook(tmp_path / "nope.yaml")
    assert caught.value.exit_status == 2
