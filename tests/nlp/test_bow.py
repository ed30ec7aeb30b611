"""The batch scoring of the bag-of-n-grams classifiers gives the models' own scores."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import Relu, Softmax, chain

from interviewer.nlp.bow import bow_layers, bow_scores, ngram_counts
from interviewer.nlp.components.base import MODEL_DIR

TEXTS = [
    "I want to feel confident at work",
    "so so so tired",  # repeated words and bigrams are counted
    "Peace",  # one word: no bigram
    "My team sees me as someone they can rely on , and that matters to me",
    "no more late fees no more late fees",
]


@pytest.mark.parametrize("name", ["kind", "polarity"])
def test_batch_scores_are_the_models_own(name: str) -> None:
    classifier = spacy.load(MODEL_DIR / name)
    model = classifier.get_pipe("textcat").model  # type: ignore[attr-defined]
    docs = [classifier.make_doc(text) for text in TEXTS]
    expected = numpy.asarray(model.predict(docs))
    got = bow_scores(model, [[t.text for t in doc] for doc in docs])
    assert got.shape == (len(TEXTS), len(classifier.get_pipe("textcat").labels))  # type: ignore[attr-defined]
    assert numpy.array_equal(got, expected)


def test_ngram_counts_are_per_input_and_sorted() -> None:
    model = spacy.load(MODEL_DIR / "kind").get_pipe("textcat").model  # type: ignore[attr-defined]
    keys, counts, lengths = ngram_counts([["a", "b", "a", "b"], ["b"]], model.ops.ngrams)
    # "a b a b": unigrams a, b and bigrams "a b", "b a"; "b" alone: one unigram, no bigram
    assert lengths.tolist() == [4, 1]
    assert sorted(counts[:4].tolist()) == [1.0, 2.0, 2.0, 2.0]
    assert keys[:4].tolist() == sorted(keys[:4].tolist())
    assert keys[4] in keys[:4]  # the same word hashes alike in every input


def test_a_model_of_another_shape_is_not_taken_for_a_bag_of_ngrams() -> None:
    assert bow_layers(chain(Relu(4, 4), Softmax(2, 4))) is None
