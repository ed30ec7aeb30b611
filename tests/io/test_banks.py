"""Question bank validation: every shipped bank passes, broken ones name file, line and key."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from interviewer.core.errors import BankError, UsageError
from interviewer.core.move import Move
from interviewer.core.outcome import OutcomeKind
from interviewer.io.banks import bank_paths, find_bank, load_bank, parse_bank
from interviewer.io.bundled import bundled_dir

SHIPPED = sorted(bundled_dir("question_banks").glob("*.yaml"))

VALID = textwrap.dedent(
    """\
    format: interviewer-bank/1
    bank: mini
    title: Mini
    description: A small bank for tests.
    job: lose weight
    probes:
      opening: ["O1 {job}", "O2", "O3", "O4"]
      framing:
        problem: [P1, P2, P3, P4]
        goal: [G1, G2, G3, G4]
        transformation: [T1, T2, T3, T4]
        threat: [X1, X2, X3, X4]
      ladder_up:
        any: ["U1 {outcome}", "U2 {outcome}", "U3 {outcome}", "U4 {outcome}"]
      ladder_down:
        any: ["D1 {outcome}", "D2 {outcome}", "D3 {outcome}", "D4 {outcome}"]
      clarify: [C1, C2, C3, "C4 {outcome}"]
      new_ladder: [N1, N2, N3, N4]
      wrap_up: [W1, W2, W3, W4]
    """
)


def write(tmp_path: Path, text: str, name: str = "mini.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_at_least_six_banks_ship_including_the_named_jobs() -> None:
    ids = {path.stem for path in SHIPPED}
    assert len(ids) >= 6
    assert {
        "generic",
        "lose-weight",
        "professional-competencies",
        "send-package",
        "find-childcare",
        "remember-appointments",
        "music-on-demand",
    } <= ids


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_bank_is_valid_and_rich(path: Path) -> None:
    bank = load_bank(path)
    assert bank.id == path.stem
    for group, probes in bank.probes.items():
        assert len(probes) >= 4, group
    for move in Move:
        for kind in (None, *OutcomeKind):
            assert bank.probes_for(move, kind)


def test_a_valid_bank_loads(tmp_path: Path) -> None:
    bank = load_bank(write(tmp_path, VALID))
    assert bank.id == "mini"
    assert bank.probes["opening"][0] == "O1 {job}"
    assert bank.probes_for(Move.LADDER_UP, OutcomeKind.SOCIAL)[0] == "U1 {outcome}"


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        # a misspelt key is named with its line
        ("  clarify:", "  clarifi:", 17, "unknown key 'clarifi' in probes"),
        # an unknown top-level key
        ("job: lose weight", "job: lose weight\nowner: me", 6, "unknown key 'owner' in the bank"),
        # a missing key names the mapping that lacks it
        ("    threat: [X1, X2, X3, X4]\n", "", 9, "missing key 'threat' in probes.framing"),
        # too few probes in a group
        ("[W1, W2, W3, W4]", "[W1, W2]", 19, "probes.wrap_up needs at least 4 entries"),
        # {outcome} where no outcome is known
        ('"O1 {job}"', '"O1 {outcome}"', 7, "placeholder {outcome} is not allowed"),
        # a misspelt placeholder
        ('"U1 {outcome}"', '"U1 {outcom}"', 14, "placeholder {outcom} is not allowed"),
        # a ladder probe that does not name the outcome
        ('"D2 {outcome}"', '"D2"', 16, "probe must contain {outcome}"),
        # an avoided outcome's wording must name it in one of its forms
        (
            "  ladder_down:\n",
            '    avoid: ["A1 {outcome_not_to}", A2, "A3 {outcome}", "A4 {outcome}"]\n  ladder_down:\n',
            15,
            "probe must contain {outcome} or {outcome_no_longer} or {outcome_not_to}",
        ),
        # generic wording names no outcome
        (
            "  ladder_down:\n",
            '    generic: [G1, "G2 {outcome}", G3, G4]\n  ladder_down:\n',
            15,
            "placeholder {outcome} is not allowed",
        ),
        # duplicates within a group
        ("[C1, C2, C3,", "[C1, c1, C3,", 17, "duplicate probe 'c1'"),
        # a number where text is expected
        ("[N1, N2, N3, N4]", "[N1, 2, N3, N4]", 18, "must be non-empty text"),
        # a duplicate key
        ("title: Mini", "title: Mini\ntitle: Maxi", 4, "duplicate key 'title'"),
        # the wrong format version
        ("interviewer-bank/1", "interviewer-bank/9", 1, "unsupported format"),
        # a YAML syntax error
        ("  opening: [", "  opening: [[", 8, "not valid YAML"),
        # the id must match the file name
        ("bank: mini", "bank: other", 2, "must equal the file name stem 'mini'"),
        # an unbalanced brace would reach the participant as "{job" or "outcome}"
        ('"O1 {job}"', '"O1 {job"', 7, "unbalanced brace near 'O1 {job'"),
        ('"U1 {outcome}"', '"U1 outcome} {outcome}"', 14, "unbalanced brace"),
        # nesting deep enough to exhaust the YAML composer's recursion
        ("description: A small", "extra: " + "[" * 5000 + "\ndescription: A small", 4, "nested"),
    ],
)
def test_broken_banks_name_file_line_and_key(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(BankError) as caught:
        load_bank(path)
    error = caught.value
    assert str(error).startswith(f"{path}:{line}: ")
    assert message in str(error)


def test_polarity_and_generic_groups_are_optional_and_validated(tmp_path: Path) -> None:
    extra = (
        '    avoid: ["A1 {outcome_not_to}?", "A2 {outcome_no_longer}?", "A3 {outcome}?", "A4 {outcome}"]\n'
        '    generic: [G1, G2, G3, "G4 {job}"]\n'
        "  ladder_down:\n"
    )
    bank = load_bank(write(tmp_path, VALID.replace("  ladder_down:\n", extra)))
    assert bank.probes["ladder_up.avoid"][0] == "A1 {outcome_not_to}?"
    assert bank.unnamed_probes(Move.LADDER_UP) == ("G1", "G2", "G3", "G4 {job}")
    plain = load_bank(write(tmp_path, VALID))
    assert plain.unnamed_probes(Move.LADDER_UP) == ("C1", "C2", "C3")  # clarifying, no {outcome}


def test_an_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="empty"):
        load_bank(write(tmp_path, ""))


def test_yaml_tags_that_build_objects_are_rejected_without_running_them(tmp_path: Path) -> None:
    marker = tmp_path / "hacked"
    evil = VALID.replace(
        "title: Mini", f"title: !!python/object/apply:os.system ['touch {marker}']"
    )
    with pytest.raises(BankError, match=r"mini.yaml:3: title must be non-empty text"):
        load_bank(write(tmp_path, evil))
    assert not marker.exists()


def test_find_bank_by_name_path_and_unknown_name(tmp_path: Path) -> None:
    assert find_bank("lose-weight").id == "lose-weight"
    assert find_bank(str(write(tmp_path, VALID))).id == "mini"
    with pytest.raises(UsageError, match=r"no question bank named 'nope'.*generic"):
        find_bank("nope")
    with pytest.raises(UsageError, match="no such question bank file"):
        find_bank(str(tmp_path / "missing.yaml"))


def test_banks_path_env_adds_folders_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, VALID)
    monkeypatch.setenv("INTERVIEWER_BANKS", str(tmp_path))
    paths = bank_paths()
    assert paths[0] == tmp_path / "mini.yaml"
    assert find_bank("mini").title == "Mini"


def test_literal_braces_are_doubled_and_pass() -> None:
    text = VALID.replace('"O2"', '"O2 {{literal}} and {job}"')
    assert parse_bank(text).probes["opening"][1] == "O2 {{literal}} and {job}"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_a_bank_saved_with_a_byte_order_mark_is_read(codec: str, tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    text = VALID.replace("lose weight", "perder peso ☕")
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert load_bank(path).job == "perder peso ☕"


def test_a_bank_in_an_unknown_encoding_fails_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    path.write_bytes(VALID.replace("A small", "Un p\xe9tit").encode("latin-1"))
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value).startswith(f"{path}:4: not valid UTF-8 text")
