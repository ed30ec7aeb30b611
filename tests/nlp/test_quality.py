"""Quality floors on the held-out dev split: raise them deliberately, never lower them."""

from __future__ import annotations

import pytest

from interviewer.nlp.analyzer import SpacyAnalyzer
from interviewer.nlp.corpus import corpus_rows, multi_answers, split_of
from interviewer.nlp.evaluate import evaluate

# The dev split holds whole jobs the classifiers never saw (split by job since 2026-12-01; the old
# split by text hash put paraphrases on both sides and measured 0.93 where this measures 0.87).
# Since 2026-12-01 dev also holds the spoken and written styles (backchannels, pains, survey
# prose, fragments), which are harder than the team's own statements.
MACRO_F1_FLOOR = 0.835  # measured 0.852 (four labels) on 2026-12-01 (late evening)
POLARITY_FLOOR = 0.875  # measured 0.886
LABEL_F1_FLOOR = 0.69  # measured 0.707 (none), the weakest label
CONFIDENT_RIGHT_FLOOR = 0.87  # measured 0.897: right among calibrated confidence >= 0.8
MULTI_RECALL_FLOOR = 0.77  # measured 0.803: share of a multi-outcome answer's kinds found


@pytest.fixture(scope="module")
def dev_evaluation(analyzer: SpacyAnalyzer):  # type: ignore[no-untyped-def]
    return evaluate(analyzer, [r for r in corpus_rows() if split_of(r) == "dev"])


def test_macro_f1_on_the_dev_split(dev_evaluation) -> None:  # type: ignore[no-untyped-def]
    assert dev_evaluation.n >= 1000
    assert dev_evaluation.macro_f1 >= MACRO_F1_FLOOR


def test_polarity_accuracy_on_the_dev_split(dev_evaluation) -> None:  # type: ignore[no-untyped-def]
    assert dev_evaluation.polarity_accuracy >= POLARITY_FLOOR


def test_confidence_means_what_it_says(dev_evaluation) -> None:  # type: ignore[no-untyped-def]
    right, confident = dev_evaluation.confident_right
    assert confident >= 200 and right / confident >= CONFIDENT_RIGHT_FLOOR


def test_every_label_is_usable(dev_evaluation) -> None:  # type: ignore[no-untyped-def]
    for score in dev_evaluation.scores:
        assert score.f1 >= LABEL_F1_FLOOR, score


def test_several_outcomes_per_answer_are_found(analyzer: SpacyAnalyzer) -> None:
    from collections import Counter

    answers = [a for a in multi_answers() if split_of(a) == "dev"]
    expected_total = found = 0
    for answer, outcomes in zip(
        answers, analyzer.analyze_many(a["text"] for a in answers), strict=True
    ):
        expected = Counter(o["label"] for o in answer["outcomes"])
        got = Counter(o.kind.value for o in outcomes)
        expected_total += sum(expected.values())
        found += sum((expected & got).values())
    assert found / expected_total >= MULTI_RECALL_FLOOR
