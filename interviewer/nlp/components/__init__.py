"""Our registered spaCy components, exposed through the ``spacy_factories`` entry point."""

from __future__ import annotations

from interviewer.nlp.components.calibrator import OutcomeCalibrator, make_outcome_calibrator
from interviewer.nlp.components.fast_attrs import (
    FastAttributeRuler,
    FastLemmatizer,
    make_fast_attribute_ruler,
    make_fast_lemmatizer,
)
from interviewer.nlp.components.phraser import OutcomePhraser, make_outcome_phraser
from interviewer.nlp.components.polarity import OutcomePolarity, make_outcome_polarity
from interviewer.nlp.components.segmenter import OutcomeSegmenter, make_outcome_segmenter
from interviewer.nlp.components.typer import OutcomeTyper, make_outcome_typer

__all__ = [
    "FastAttributeRuler",
    "FastLemmatizer",
    "OutcomeCalibrator",
    "OutcomePhraser",
    "OutcomePolarity",
    "OutcomeSegmenter",
    "OutcomeTyper",
    "make_fast_attribute_ruler",
    "make_fast_lemmatizer",
    "make_outcome_calibrator",
    "make_outcome_phraser",
    "make_outcome_polarity",
    "make_outcome_segmenter",
    "make_outcome_typer",
]
