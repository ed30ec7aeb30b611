"""Inter-coder agreement: textbook figures by hand, unit alignment, unmatched units, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.errors import InputFileError, UsageError
from interviewer.research.agreement import agreement, compare
from interviewer.research.agreement.align import align, span_overlap
from interviewer.research.agreement.measures import measure
from interviewer.research.agreement.units import AgreementError, Coding, labeled_coding

from .builders import coded_outcome, cross, one_outcome_per_turn, write_coded, write_labeled

# Each row: two coders' codes as a cross-table, then percent agreement, Cohen's κ and
# Krippendorff's α (nominal) worked out by hand in the comment above the row.
TEXTBOOK = [
    pytest.param(
        # Cohen's κ, the 2×2 example of Wikipedia ("Cohen's kappa"), 50 units:
        # both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
        # p_o = 35/50 = .70; A yes 25/50, B yes 30/50; p_e = .5·.6 + .5·.4 = .50;
        # κ = (.70 − .50)/(1 − .50) = .40.
        # α: 100 values, yes 55, no 45. D_o = 2·15/100 = .30;
        # D_e = 2·55·45/(100·99) = 4950/9900 = .50; α = 1 − .30/.50 = .40.
        {("y", "y"): 20, ("y", "n"): 5, ("n", "y"): 10, ("n", "n"): 15},
        70.0,
        0.4,
        0.4,
        id="wikipedia-kappa-20-5-10-15",
    ),
    pytest.param(
        # Wikipedia's "same agreement, different κ" pair, first table, 100 units:
        # 45 / 15 / 25 / 15. p_o = 60/100 = .60; A yes 60, B yes 70;
        # p_e = .6·.7 + .4·.3 = .54; κ = .06/.46 = .130435.
        # α: 200 values, yes 130, no 70. D_o = 2·40/200 = .40;
        # D_e = 2·130·70/(200·199) = 18200/39800 = .457286; α = 1 − .40/.457286 = .125275.
        {("y", "y"): 45, ("y", "n"): 15, ("n", "y"): 25, ("n", "n"): 15},
        60.0,
        0.130435,
        0.125275,
        id="wikipedia-kappa-45-15-25-15",
    ),
    pytest.param(
        # The same pair, second table: 25 / 35 / 5 / 35. p_o = .60; A yes 60, B yes 30;
        # p_e = .6·.3 + .4·.7 = .46; κ = .14/.54 = .259259.
        # α: yes 90, no 110. D_o = .40; D_e = 2·90·110/(200·199) = 19800/39800 = .497487;
        # α = 1 − .40/.497487 = .195960.
        {("y", "y"): 25, ("y", "n"): 35, ("n", "y"): 5, ("n", "n"): 35},
        60.0,
        0.259259,
        0.195960,
        id="wikipedia-kappa-25-35-5-35",
    ),
    pytest.param(
        # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", A: binary data,
        # two observers, 10 units. Agreement on 6 units: p_o = .60.
        # κ: A has two 1s, B four; p_e = (.2·.4 + .8·.6) = .56; κ = .04/.44 = .090909.
        # α: 20 values, six 1s, fourteen 0s. D_o = 2·4/20 = .40;
        # D_e = 2·6·14/(20·19) = 168/380 = .442105; α = 1 − .40/.442105 = .095238 (paper: .095).
        {("0", "1"): 3, ("1", "1"): 1, ("0", "0"): 5, ("1", "0"): 1},
        60.0,
        0.090909,
        0.095238,
        id="krippendorff-2011-binary",
    ),
    pytest.param(
        # Krippendorff (2011), B: nominal data, two observers, 12 units, values a–e.
        # A: a a b b d c c c e d d a;  B: b a b b b c c c e d d d. Agreement on 9: p_o = .75.
        # κ: A marginals a3 b2 c3 d3 e1, B a1 b4 c3 d3 e1; p_e = (3+8+9+9+1)/144 = 30/144;
        # κ = (.75 − .208333)/(1 − .208333) = 13/19 = .684211.
        # α: 24 values a4 b6 c6 d6 e2. D_o = 2·3/24 = .25;
        # D_e = (24² − (16+36+36+36+4))/(24·23) = 448/552 = .811594;
        # α = 1 − .25/.811594 = .691964 (paper: .692).
        {
            ("a", "b"): 1,
            ("a", "a"): 1,
            ("b", "b"): 2,
            ("d", "b"): 1,
            ("c", "c"): 3,
            ("e", "e"): 1,
            ("d", "d"): 2,
            ("a", "d"): 1,
        },
        75.0,
        0.684211,
        0.691964,
        id="krippendorff-2011-nominal",
    ),
]


@pytest.mark.parametrize(("table", "percent", "kappa", "alpha"), TEXTBOOK)
def test_textbook_examples(
    table: dict[tuple[str, str], int], percent: float, kappa: float, alpha: float
) -> None:
    a, b = cross(table)
    m = measure(a, b)
    assert m.n == sum(table.values())
    assert m.percent == pytest.approx(percent)
    assert m.kappa == pytest.approx(kappa, abs=1e-6)
    assert m.alpha == pytest.approx(alpha, abs=1e-6)


# Ten outcomes, three kinds, worked out in full:
#   A: F F F F E E E S S S
#   B: F F F E E E S S S F
# confusion (rows A): F→F 3, F→E 1, E→E 2, E→S 1, S→S 2, S→F 1; agreement 7/10 = 70%.
# κ: both coders F4 E3 S3; p_e = (16 + 9 + 9)/100 = .34; κ = (.70 − .34)/.66 = .545455.
# α: 20 values F8 E6 S6; D_o = 2·3/20 = .30; D_e = (400 − 64 − 36 − 36)/380 = 264/380;
#    α = 1 − .30/.694737 = .568182.
# specific agreement 2·n_kk/(n_k(A) + n_k(B)): F 6/8 = .75, E 4/6, S 4/6.
# κ of F against the rest: A 1111000000, B 1110000001; p_o = .8; p_e = .4·.4 + .6·.6 = .52;
#    κ = .28/.48 = .583333.
THREE_KINDS_A = list("FFFFEEESSS")
THREE_KINDS_B = list("FFFEEESSSF")


def test_three_kinds_by_hand() -> None:
    m = measure(THREE_KINDS_A, THREE_KINDS_B, order=("F", "E", "S"))
    assert (m.n, m.percent) == (10, pytest.approx(70.0))
    assert m.kappa == pytest.approx(0.545455, abs=1e-6)
    assert m.alpha == pytest.approx(0.568182, abs=1e-6)
    assert m.labels == ("F", "E", "S")
    per = {s.label: s for s in m.per_label}
    assert [(per[k].in_a, per[k].in_b, per[k].agreed) for k in "FES"] == [
        (4, 4, 3),
        (3, 3, 2),
        (3, 3, 2),
    ]
    assert per["F"].specific == pytest.approx(0.75)
    assert per["E"].specific == pytest.approx(2 / 3)
    assert per["F"].kappa == pytest.approx(0.583333, abs=1e-6)
    assert m.matrix == {
        "F": {"F": 3, "E": 1, "S": 0},
        "E": {"F": 0, "E": 2, "S": 1},
        "S": {"F": 1, "E": 0, "S": 2},
    }


def test_labels_follow_the_given_order_then_the_alphabet() -> None:
    m = measure(
        ["social", "zeta", "alpha"],
        ["functional", "zeta", "alpha"],
        order=("functional", "emotional", "social"),
    )
    # "emotional" occurs in neither coding, so it is not a label of the report.
    assert m.labels == ("functional", "social", "alpha", "zeta")


def test_nothing_to_measure_is_undefined_not_zero() -> None:
    m = measure([], [])
    assert (m.n, m.percent, m.kappa, m.alpha, m.per_label) == (0, None, None, None, [])


def test_one_label_throughout_leaves_kappa_and_alpha_undefined_not_perfect() -> None:
    # p_e = 1 and D_e = 0: both are 0/0 (scikit-learn gives NaN; `krippendorff` refuses).
    m = measure(["functional"] * 5, ["functional"] * 5)
    assert (m.n, m.percent, m.kappa, m.alpha) == (5, 100.0, None, None)
    assert m.no_variation and [s.kappa for s in m.per_label] == [None]
    # one coder varying is enough for both to be defined
    varied = measure(["functional"] * 5, ["functional"] * 4 + ["social"])
    assert not varied.no_variation and varied.kappa == 0.0 and varied.alpha is not None


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_agree_reports_no_variation_in_text_and_json(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [(f"I want thing number {n}", "functional") for n in range(4)]
    a = write_labeled(tmp_path / "a.csv", rows)
    b = write_labeled(tmp_path / "b.csv", rows)
    assert main(["agree", a, b, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        report = json.loads(out)
        assert (report["cohen_kappa"], report["krippendorff_alpha"]) == (None, None)
        assert report["no_variation"] is True and report["percent_agreement"] == 100.0
        assert report["labels"]["functional"]["kappa"] is None
    else:
        assert "Cohen's kappa          undefined (no variation)" in out
        assert "Krippendorff's alpha   undefined (no variation)" in out
        assert "reliable" not in out  # no reading of an undefined figure


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ((0, 10), (0, 10), 1.0),  # the same span
        ((0, 10), (5, 15), 5 / 15),  # 5 shared characters of 15 covered
        ((0, 20), (2, 20), 18 / 20),  # B trimmed two characters
        ((0, 10), (10, 20), 0.0),  # touching, not overlapping
        ((0, 10), (12, 20), 0.0),  # apart
        ((3, 7), (0, 10), 4 / 10),  # one inside the other
    ],
)
def test_span_overlap(a: tuple[int, int], b: tuple[int, int], overlap: float) -> None:
    assert span_overlap(a, b) == pytest.approx(overlap)
    assert span_overlap(b, a) == pytest.approx(overlap)


# -- alignment of outcome codings -------------------------------------------------------------
ANSWER = "I'd have lost 10 pounds and I'd feel confident at the beach."
#         0         1         2         3         4         5
#         0123456789012345678901234567890123456789012345678901234567890
# "I'd have lost 10 pounds" is 0–23, "I'd feel confident at the beach" 28–59.


def test_outcomes_pair_by_overlapping_spans_and_leftovers_are_reported(tmp_path: Path) -> None:
    a = write_coded(
        tmp_path / "a.coded.jsonl",
        [
            (
                "t2",
                ANSWER,
                [
                    coded_outcome("o1", "F", "I have lost 10 pounds", span=(0, 23)),
                    coded_outcome("o2", "E", "I feel confident at the beach", span=(28, 59)),
                ],
            ),
            ("t4", "Because people notice.", [coded_outcome("o3", "S", span=(0, 22))]),
        ],
    )
    b = write_coded(
        tmp_path / "b.coded.jsonl",
        [
            (
                "t2",
                ANSWER,
                [
                    # B bounded the feeling differently and typed it social: still the same unit.
                    coded_outcome("x1", "S", "Others see me as confident", span=(32, 59)),
                    coded_outcome("x2", "F", "I have lost 10 pounds", span=(4, 23)),
                ],
            ),
            ("t4", "Because people notice.", []),
        ],
    )
    report = compare(a, b)
    assert report.kinds.n == 2
    assert [(x.where, y.where) for x, y in report.disagreements] == [("t2 [28:59]", "t2 [32:59]")]
    assert [u.where for u in report.only_a] == ["t4 [0:22]"]
    assert report.only_b == []
    data = report.to_dict()
    assert data["disagreements"] == [
        {
            "unit": "t2 [28:59] ~ [32:59]",
            "text": "I'd feel confident at the beach",
            "a": "emotional",
            "b": "social",
            "statement_a": "I feel confident at the beach",
            "statement_b": "Others see me as confident",
        }
    ]
    assert data["unmatched"] == [
        {
            "side": "a",
            "unit": "t4 [0:22]",
            "text": "Because people notice.",
            "code": "social",
            "statement": "statement of o3",
        }
    ]


def test_disjoint_spans_in_one_turn_are_two_unmatched_units(tmp_path: Path) -> None:
    a = write_coded(
        tmp_path / "a.jsonl", [("t2", ANSWER, [coded_outcome("o1", "F", span=(0, 23))])]
    )
    b = write_coded(
        tmp_path / "b.jsonl", [("t2", ANSWER, [coded_outcome("o1", "E", span=(28, 59))])]
    )
    report = compare(a, b)
    assert report.kinds.n == 0 and report.kinds.kappa is None
    assert [u.where for u in report.only_a] == ["t2 [0:23]"]
    assert [u.where for u in report.only_b] == ["t2 [28:59]"]


def test_outcomes_without_spans_pair_by_statement_then_as_the_last_two(tmp_path: Path) -> None:
    a = write_coded(
        tmp_path / "a.jsonl",
        [
            (
                "t2",
                ANSWER,
                [
                    coded_outcome("o1", "F", "I have lost 10 pounds"),
                    coded_outcome("o2", "E", "I feel confident"),
                ],
            )
        ],
    )
    b = write_coded(
        tmp_path / "b.jsonl",
        [
            (
                "t2",
                ANSWER,
                [
                    # Reworded by B: no statement matches, but it is the one left in the turn.
                    coded_outcome("o7", "S", "Others see me as confident"),
                    coded_outcome("o8", "F", "I have lost 10 pounds."),  # same words as A's o1
                ],
            )
        ],
    )
    aligned = align(*(compare_inputs(a, b)))
    assert [(x.statement, y.statement) for x, y in aligned.pairs] == [
        ("I have lost 10 pounds", "I have lost 10 pounds."),
        ("I feel confident", "Others see me as confident"),
    ]
    assert aligned.only_a == aligned.only_b == []


def compare_inputs(a: str, b: str) -> tuple[Coding, Coding]:
    from interviewer.research.agreement.units import load_coding

    return load_coding(a), load_coding(b)


def test_turns_only_one_file_has_are_unmatched(tmp_path: Path) -> None:
    a = write_coded(
        tmp_path / "a.jsonl",
        [("t2", "x", [coded_outcome("o1", "F")]), ("t4", "y", [coded_outcome("o2", "E")])],
    )
    b = write_coded(tmp_path / "b.jsonl", [("t2", "x", [coded_outcome("o1", "F")])])
    report = compare(a, b)
    assert report.kinds.n == 1 and report.kinds.percent == 100.0
    assert [u.where for u in report.only_a] == ["t4"]


@pytest.mark.parametrize(
    ("turns_b", "message"),
    [
        # Different transcripts that happen to share turn ids.
        ([("t2", "something else entirely", [])], "turn t2 reads differently than in"),
        # No turn in common at all.
        ([("t9", ANSWER, [])], "share no turn id"),
    ],
)
def test_codings_of_different_transcripts_are_refused(
    tmp_path: Path, turns_b: list[tuple[str, str, list[dict[str, object]]]], message: str
) -> None:
    a = write_coded(tmp_path / "a.jsonl", [("t2", ANSWER, [coded_outcome("o1", "F")])])
    b = write_coded(tmp_path / "b.jsonl", turns_b)  # type: ignore[arg-type]
    with pytest.raises(AgreementError, match=message):
        compare(a, b)


def test_spacing_and_case_of_a_turn_do_not_make_it_different(tmp_path: Path) -> None:
    a = write_coded(tmp_path / "a.jsonl", [("t2", "I'd feel  calm", [coded_outcome("o1", "E")])])
    b = write_coded(tmp_path / "b.jsonl", [("t2", "i'd feel calm ", [coded_outcome("o1", "E")])])
    assert compare(a, b).kinds.n == 1


def test_polarity_is_compared_on_the_paired_outcomes(tmp_path: Path) -> None:
    a = write_coded(
        tmp_path / "a.jsonl",
        [
            ("t2", "x", [coded_outcome("o1", "F", polarity="want")]),
            ("t3", "y", [coded_outcome("o2", "E", polarity="avoid")]),
        ],
    )
    b = write_coded(
        tmp_path / "b.jsonl",
        [
            ("t2", "x", [coded_outcome("o1", "F", polarity="avoid")]),
            ("t3", "y", [coded_outcome("o2", "E", polarity="avoid")]),
        ],
    )
    report = compare(a, b)
    assert report.kinds.percent == 100.0
    assert (report.polarity.n, report.polarity.percent) == (2, 50.0)
    assert report.to_dict()["polarity"]["disagreements"][0]["a"] == "want"


# -- labeled files ------------------------------------------------------------------------------
def test_labeled_rows_align_by_text_in_order_of_occurrence(tmp_path: Path) -> None:
    a = write_labeled(
        tmp_path / "a.csv",
        [
            ("I feel calm", "emotional"),
            ("Same text", "functional"),
            ("Same text", "social"),
            ("Only A", "none"),
        ],
    )
    b = write_labeled(
        tmp_path / "b.csv",
        [
            ("same  TEXT", "functional"),
            ("i feel calm", "emotional"),
            ("Same text", "emotional"),
            ("Only B", "none"),
        ],
    )
    report = compare(a, b)
    # "Same text" twice in each file: first with first (functional = functional), second with
    # second (social ≠ emotional).
    assert report.kinds.n == 3
    assert [(x.where, y.where, x.code, y.code) for x, y in report.disagreements] == [
        ("line 4", "line 4", "social", "emotional")
    ]
    assert [u.text for u in report.only_a] == ["Only A"]
    assert [u.text for u in report.only_b] == ["Only B"]


def test_the_three_kinds_example_through_labeled_files(tmp_path: Path) -> None:
    words = {"F": "functional", "E": "emotional", "S": "social"}
    a = write_labeled(
        tmp_path / "a.csv", [(f"text {i}", words[k]) for i, k in enumerate(THREE_KINDS_A)]
    )
    b = write_labeled(
        tmp_path / "b.csv", [(f"text {i}", words[k]) for i, k in enumerate(THREE_KINDS_B)]
    )
    data = compare(a, b).to_dict()
    # The figures worked out above THREE_KINDS_A.
    assert (data["n"], data["percent_agreement"]) == (10, 70.0)
    assert data["cohen_kappa"] == pytest.approx(0.5455, abs=1e-4)
    assert data["krippendorff_alpha"] == pytest.approx(0.5682, abs=1e-4)
    assert data["labels"]["functional"] == {
        "a": 4,
        "b": 4,
        "agreed": 3,
        "specific_agreement": 0.75,
        "kappa": 0.5833,
    }
    assert data["confusion"]["social"] == {"functional": 1, "emotional": 0, "social": 2}
    assert len(data["disagreements"]) == 3


def test_polarity_of_labeled_rows_counts_only_where_both_give_one() -> None:
    a = labeled_coding(
        [(2, "x", "functional", "want"), (3, "y", "none", None), (4, "z", "social", None)], "a"
    )
    b = labeled_coding(
        [(2, "x", "functional", "avoid"), (3, "y", "none", "want"), (4, "z", "social", "want")], "b"
    )
    report = agreement(a, b)
    assert report.polarity.n == 1 and report.polarity.percent == 0.0


def test_a_labeled_file_and_a_coded_file_are_not_compared(tmp_path: Path) -> None:
    a = write_labeled(tmp_path / "a.csv", [("x", "functional")])
    b = one_outcome_per_turn(tmp_path / "b.coded.jsonl", "F")
    with pytest.raises(UsageError, match="compare two codings of the same kind"):
        compare(a, b)


def test_a_labeled_jsonl_file_is_told_from_a_coded_one(tmp_path: Path) -> None:
    labeled = tmp_path / "a.jsonl"
    labeled.write_text('{"text": "I feel calm", "label": "emotional"}\n', encoding="utf-8")
    coded = one_outcome_per_turn(tmp_path / "b.coded.jsonl", "E")
    assert compare_inputs(str(labeled), coded)[0].unit == "text"
    assert compare_inputs(str(labeled), coded)[1].unit == "outcome"


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        compare(tmp_path / "nope.jsonl", tmp_path / "nope2.jsonl")


# -- the report ---------------------------------------------------------------------------------
def test_text_report_reads_well(tmp_path: Path) -> None:
    a = one_outcome_per_turn(tmp_path / "a.coded.jsonl", THREE_KINDS_A)
    b = one_outcome_per_turn(tmp_path / "b.coded.jsonl", THREE_KINDS_B)
    text = compare(a, b).to_text()
    lines = text.splitlines()
    assert (
        lines[1]
        == "units: 10 outcomes matched by turn and span; unmatched: 0 only in A, 0 only in B"
    )
    assert "percent agreement      70.0%" in lines
    assert "Cohen's kappa          0.545" in lines
    assert "Krippendorff's alpha   0.568  (nominal)  not reliable (< 0.667)" in lines
    assert "functional       4     4     3     0.750   0.583" in lines
    assert "disagreements (3)" in lines
    assert '  t4 [0:8]  "answer 4"  A: functional  B: emotional' in lines
