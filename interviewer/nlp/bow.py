"""The trained bag-of-n-grams classifiers' scores for a whole batch of word lists at once.

spaCy's ``TextCatBOW`` model hashes each input's words, counts its unigrams and bigrams with one
``numpy.unique`` per input, then sums their weights. Our inputs are short clauses by the
thousand, so the per-input numpy calls cost more than the classification: here the words of the
batch are hashed in one pass and the n-grams counted with one sort, and the model's own layers
do the rest — the same keys, counts and order, so the very same scores. A model of another
shape is run as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy
from spacy.strings import hash_string  # type: ignore[attr-defined]
from thinc.api import Model

Matrix = numpy.ndarray[Any, Any]


@functools.lru_cache(maxsize=1 << 16)
def orth(word: str) -> int:
    """The ORTH hash of a word; features and common words repeat, so it is remembered."""
    return int(hash_string(word))


def bow_layers(model: Model[Any, Any]) -> tuple[Model[Any, Any], Model[Any, Any]] | None:
    """The weights layer and the output layer of a ``TextCatBOW`` model (n-grams of size 2 over
    ORTH), or None for a model of any other shape."""
    try:
        inner, output = model.layers
        extract, weights = inner.layers[0].layers
    except (ValueError, IndexError):
        return None
    if extract.name != "extract_ngrams" or extract.attrs.get("ngram_size") != 2:
        return None
    if output.name != "with_cpu(softmax_activation)" or weights.name != "resizable(sparse_linear)":
        return None
    return weights, output


def ngram_counts(inputs: Sequence[Sequence[str]], ngrams: Any) -> tuple[Matrix, Matrix, Matrix]:
    """(keys, counts, lengths) as spaCy's ``extract_ngrams`` gives them for these inputs: per
    input, its distinct unigram and bigram hashes in ascending order with their counts."""
    sizes = numpy.fromiter((len(words) or 1 for words in inputs), dtype="int64")
    words = chain.from_iterable(words or ("",) for words in inputs)
    unigrams = numpy.fromiter(map(orth, words), dtype="uint64", count=int(sizes.sum()))
    starts = numpy.concatenate(([0], numpy.cumsum(sizes)[:-1]))
    owner = numpy.repeat(numpy.arange(len(inputs)), sizes)
    # A bigram of the whole batch at j spans words j and j + 1: kept when both are one input's.
    bigrams = numpy.asarray(ngrams(2, unigrams), dtype="uint64")
    within = numpy.ones(len(bigrams), dtype=bool)
    within[(starts[1:] - 1)] = False
    keys = numpy.concatenate((unigrams, bigrams[within]))
    owners = numpy.concatenate((owner, owner[:-1][within]))
    order = numpy.lexsort((keys, owners))
    keys, owners = keys[order], owners[order]
    first = numpy.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (owners[1:] != owners[:-1])
    runs = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(runs, len(keys))).astype("float32")
    lengths = numpy.bincount(owners[runs], minlength=len(inputs)).astype("int32")
    return keys[runs], counts, lengths


def bow_scores(model: Model[Any, Any], inputs: Sequence[Sequence[str]]) -> Matrix:
    """The model's scores (one row per input) for inputs given as lists of words."""
    layers = bow_layers(model)
    if layers is None or not inputs:
        return numpy.asarray(model.predict([_Orths(words) for words in inputs]))
    weights, output = layers
    return numpy.asarray(output.predict(weights.predict(ngram_counts(inputs, model.ops.ngrams))))


class _Orths:
    """What a classifier reads of a Doc when it reads only ORTH hashes: one input's words."""

    __slots__ = ("orths",)

    def __init__(self, words: Sequence[str]) -> None:
        self.orths = numpy.fromiter(map(orth, words or [""]), dtype="uint64")

    def to_array(self, attrs: object) -> Matrix:
        return self.orths

    def __len__(self) -> int:
        return len(self.orths)
