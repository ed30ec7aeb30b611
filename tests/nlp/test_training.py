"""Training is reproducible: the same data and seed give the same classifier, byte for byte."""

from __future__ import annotations

from interviewer.nlp.corpus import LABELS, corpus_rows
from interviewer.nlp.train import featurize, train_textcat, training_texts


def test_training_twice_gives_identical_weights() -> None:
    rows = corpus_rows()[:120]
    pairs = training_texts(rows, polarity=False)
    inputs = featurize([text for text, _ in pairs])
    first = train_textcat(pairs, LABELS, 2**12, 2, inputs)
    second = train_textcat(pairs, LABELS, 2**12, 2, inputs)
    assert first.get_pipe("textcat").to_bytes() == second.get_pipe("textcat").to_bytes()


def test_features_describe_the_parse() -> None:
    inputs = featurize(["My boss sees me as reliable"])
    words = inputs["My boss sees me as reliable"]
    assert "__subj_other" in words and "__rule_social_strong" in words
    assert words[-5:] == ["boss", "sees", "me", "as", "reliable"]
