"""The faster attribute ruler and lemmatizer give exactly what spaCy's own components give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from interviewer.nlp.analyzer import SpacyAnalyzer
from interviewer.nlp.components.fast_attrs import (
    FastAttributeRuler,
    FastLemmatizer,
    UnsupportedPatternError,
)
from interviewer.nlp.corpus import corpus_rows, multi_answers
from interviewer.nlp.loader import load_base, use_fast_equivalents

# Inputs that reach the model's special patterns and odd corners, written for this test.
ODD_INPUTS = [
    "",
    " ",
    "   \n\n  \t ",
    "I ain't gonna wait, y'all, and we gotta leave now.",
    "Let's say it's done; she's got it and he's been there.",
    "There's a queue and there are two desks, there were none, there is hope.",
    "I can't, won't, shouldn't and didn't; you're, we've, they'd, I'm, it'll.",
    "But I do. I tried, but no. I didn't but I will. All but one went.",
    "Nothin' works and nuthin' helps, I dunno, c'mon.",
    "I want  two   spaces\tand a tab\n\nand new lines.",
    "😀 I'm so happy 😀🎉 ok 👍🏽",
    "Je veux être tranquille le soir. Ich möchte pünktlich sein. 私は早く帰りたい。",
    "Is it the one that you saw, or whether that is what I had had?",
    "Do you have it? I do. He does. They did have it, and I have done it.",
    "i I i you YOU You it IT gave it to me, give it to you, I saw it, it saw I.",
    "The customers' receipts, James's bike, the boss’s call, don’t, isn’t, I’m",
    "w/out coz tho til becuse besides albeit save except despite",
    "!!! ??? ... --- (( )) [ ] { } \" ' ` ~ @ # $ % ^ & * _ + = | \\ / < >",
    "12 3.5 1,000 10:30 2026-12-01 #1 50% $20 3rd",
    "lol omg idk tbh imo brb ya yall yknow wanna hafta",
    "I want to get fitter " * 80,
]


def varied_texts() -> list[str]:
    rows = corpus_rows()
    step = max(1, len(rows) // 300)
    texts = [row.text for row in rows[::step]]  # about 300 rows across every source and form
    texts += [answer["text"] for answer in multi_answers()[::10]]
    return texts + ODD_INPUTS


def token_attributes(doc: Doc) -> list[tuple[Any, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def spacy_own() -> Language:
    return load_base()


def test_classify_runs_the_faster_equivalents(analyzer: SpacyAnalyzer) -> None:
    assert isinstance(analyzer.nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(analyzer.nlp.get_pipe("lemmatizer"), FastLemmatizer)


def test_tokens_match_spacys_own_components(analyzer: SpacyAnalyzer, spacy_own: Language) -> None:
    texts = varied_texts()
    assert len(texts) > 300
    compared = 0
    ours = analyzer.nlp.pipe(texts)
    for text, doc, reference in zip(texts, ours, spacy_own.pipe(texts), strict=True):
        assert token_attributes(doc) == token_attributes(reference), text
        compared += len(doc)
    assert compared > 5_000


def test_the_ruler_holds_the_models_own_patterns(
    analyzer: SpacyAnalyzer, spacy_own: Language
) -> None:
    ours = analyzer.nlp.get_pipe("attribute_ruler")
    model = spacy_own.get_pipe("attribute_ruler")
    assert ours.patterns == model.patterns  # type: ignore[attr-defined]


def test_a_saved_pipeline_loads_with_the_faster_equivalents(
    analyzer: SpacyAnalyzer, tmp_path: Path
) -> None:
    analyzer.nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(loaded.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(loaded.get_pipe("lemmatizer"), FastLemmatizer)
    texts = ODD_INPUTS[3:9]
    for doc, again in zip(analyzer.nlp.pipe(texts), loaded.pipe(texts), strict=True):
        assert token_attributes(doc) == token_attributes(again)


# Hand-written rules on hand-tagged docs, run through both rulers: precedence of later patterns,
# multi-token patterns with positive and negative index, overlaps, IN / NOT_IN / REGEX.
TOY_PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": "cat"}, {"TAG": "VBZ"}]], "attrs": {"POS": "PROPN"}, "index": 0},
    {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["cat", "dog"]}}]], "attrs": {"LEMMA": "pet"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "LEMMA": "sit"}},
    {
        "patterns": [[{"DEP": "nsubj"}, {"LOWER": {"REGEX": "^s"}}]],
        "attrs": {"LEMMA": "be", "MORPH": "Tense=Pres"},
        "index": -1,
    },
    {
        "patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["ROOT"]}}]],
        "attrs": {"TAG": "VB"},
    },
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "DEP": "dep"}},
    # later one-token patterns over an earlier two-token one and an earlier one-token one
    {"patterns": [[{"LOWER": "cat", "DEP": "nsubj"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"TAG": "NN", "DEP": "dobj"}]], "attrs": {"MORPH": "Number=Plur"}},
]


def toy_doc(nlp: Language) -> Doc:
    words = ["The", "cat", "sits", "\n", "the", "dog", "sleeps", "cat"]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, False, False, True, True, True, False],
        tags=["DT", "NN", "VBZ", "_SP", "DT", "NN", "VBZ", "NN"],
        deps=["det", "nsubj", "ROOT", "dep", "det", "nsubj", "conj", "dobj"],
        heads=[1, 2, 2, 2, 5, 6, 2, 6],
    )


@pytest.mark.parametrize("cut", [1, 3, 5, 7, 8, len(TOY_PATTERNS)])
def test_hand_written_patterns_give_spacys_result(cut: int) -> None:
    nlp = spacy.blank("en")
    spacys = AttributeRuler(nlp.vocab)
    spacys.add_patterns(TOY_PATTERNS[:cut])
    fast = FastAttributeRuler(nlp.vocab)
    fast.add_patterns(TOY_PATTERNS[:cut])
    expected, got = spacys(toy_doc(nlp)), fast(toy_doc(nlp))
    assert token_attributes(got) == token_attributes(expected)
    assert token_attributes(got) != token_attributes(toy_doc(nlp))  # the rules did something


@pytest.mark.parametrize(
    "token",
    [
        {"LOWER": "cat", "OP": "+"},
        {"POS": "NOUN"},
        {"LOWER": {"FUZZY": "cat"}},
        {"_": {"flag": True}},
        {},
    ],
)
def test_a_pattern_it_cannot_reproduce_fails_at_load(token: dict[str, Any]) -> None:
    fast = FastAttributeRuler(spacy.blank("en").vocab)
    fast.add([[token]], {"POS": "NOUN"})
    with pytest.raises(UnsupportedPatternError):
        fast.compile()


def test_the_loader_keeps_spacys_ruler_when_a_pattern_cannot_be_compiled() -> None:
    nlp = load_base()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})  # type: ignore[attr-defined]
    use_fast_equivalents(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)


def test_a_ruler_without_patterns_changes_nothing() -> None:
    nlp = spacy.blank("en")
    assert token_attributes(FastAttributeRuler(nlp.vocab)(toy_doc(nlp))) == token_attributes(
        toy_doc(nlp)
    )
