"""Shared plumbing of our components: span extensions, the cue lexicon and sub-model storage."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.bow import bow_scores
from interviewer.nlp.clause import Reading
from interviewer.nlp.lexicon import CUES_FILE, Lexicon

CANDIDATES = "outcome_candidates"  # doc.spans key holding the segmenter's candidates
MODEL_DIR = Path(__file__).resolve().parent.parent / "model"


@dataclass(slots=True)
class Candidate:
    """One outcome candidate and what our components decide about it.

    The components pass these along in ``Doc._.outcome_candidates``: a plain object is several
    times cheaper to read and write than a ``Span._`` attribute, which matters at thousands of
    answers a second. The ``Span._.outcome_*`` attributes read from here for users of the spans.
    """

    span: Span
    reading: Reading | None = None
    kind: OutcomeKind | None = None
    kind_scores: dict[OutcomeKind, float] | None = None
    confidence: float = 0.0
    evidence: list[str] | None = None
    polarity: Polarity | None = None
    statement: str | None = None
    review: bool = False  # the calibrated confidence is below even odds


def candidates(doc: Doc) -> list[Candidate]:
    """The outcome candidates the segmenter found in ``doc`` (none before it ran)."""
    found: list[Candidate] | None = doc._.outcome_candidates
    return found if found is not None else []


def release_candidates(doc: Doc) -> None:
    """Drop the candidates of a doc whose outcomes have been read. They refer back to the doc
    (spans, tokens), a cycle only the garbage collector would free; without them the doc goes
    as soon as its last reference does."""
    doc._.outcome_candidates = None


def _candidate_field(name: str) -> Callable[[Span], Any]:
    def getter(span: Span) -> Any:
        for candidate in candidates(span.doc):
            if candidate.span.start == span.start and candidate.span.end == span.end:
                return getattr(candidate, name)
        return None

    return getter


_SPAN_FIELDS = {
    "outcome_reading": "reading",
    "outcome_kind": "kind",
    "outcome_kind_scores": "kind_scores",
    "outcome_confidence": "confidence",
    "outcome_evidence": "evidence",
    "outcome_polarity": "polarity",
    "outcome_statement": "statement",
}


def register_extensions() -> None:
    """``Doc._.outcomes``, ``Doc._.outcome_candidates`` and the read-only ``Span._.outcome_*``
    attributes of each candidate."""
    for name, field_name in _SPAN_FIELDS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_candidate_field(field_name))
    for name in ("outcomes", "outcome_candidates"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class StoredComponent:
    """A component whose state is one text file, saved and loaded with the pipeline."""

    file_name: str

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        """Nothing to learn: the state is read from the package when the component is made, or
        from a saved pipeline by ``from_disk``/``from_bytes``."""

    def state_text(self) -> str:
        raise NotImplementedError

    def load_state_text(self, text: str) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / self.file_name).write_text(self.state_text(), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Any:
        self.load_state_text((ensure_path(path) / self.file_name).read_text(encoding="utf-8"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.state_text().encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Any:
        self.load_state_text(data.decode("utf-8"))
        return self


class LexiconComponent(StoredComponent):
    """A component that reads the packaged cue lexicon and saves it with the pipeline."""

    lexicon: Lexicon
    file_name = CUES_FILE

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.lexicon = Lexicon.packaged()

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon_path: str | None = None,
    ) -> None:
        if lexicon_path:
            self.lexicon = Lexicon.from_disk(Path(lexicon_path))

    def state_text(self) -> str:
        return self.lexicon.to_jsonl()

    def load_state_text(self, text: str) -> None:
        self.lexicon = Lexicon.from_jsonl(text)


class ClassifierComponent(LexiconComponent):
    """A component that also owns a trained text classifier (a small spaCy pipeline)."""

    model_name: str

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        self.classifier: Language | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon_path: str | None = None,
        model_path: str | None = None,
    ) -> None:
        super().initialize(get_examples, nlp=nlp, lexicon_path=lexicon_path)
        self.classifier = spacy.load(
            Path(model_path) if model_path else MODEL_DIR / self.model_name
        )

    def __call__(self, doc: Doc) -> Doc:
        return self.process_batch([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Batches of docs, so the classifier runs once per batch rather than once per doc."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self.process_batch(batch)
                batch = []
        yield from self.process_batch(batch)

    def process_batch(self, docs: list[Doc]) -> list[Doc]:
        raise NotImplementedError

    def scores(self, inputs: list[list[str]]) -> list[dict[str, float]]:
        """Class scores of the trained classifier for each input (a list of words)."""
        if not inputs:
            return []
        textcat = self._require_classifier().get_pipe("textcat")
        # The bag-of-n-grams model reads nothing but each token's ORTH hash, so it is fed those
        # directly: building a Doc per clause cost more than the classification itself.
        labels = textcat.labels  # type: ignore[attr-defined]
        matrix = bow_scores(textcat.model, inputs)  # type: ignore[attr-defined]
        return [dict(zip(labels, row, strict=True)) for row in matrix.tolist()]

    def _require_classifier(self) -> Language:
        if self.classifier is None:
            self.classifier = spacy.load(MODEL_DIR / self.model_name)
        return self.classifier

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = ensure_path(path)
        super().to_disk(folder, exclude=exclude)
        self._require_classifier().to_disk(folder / "classifier")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClassifierComponent:
        folder = ensure_path(path)
        super().from_disk(folder, exclude=exclude)
        self.classifier = spacy.load(folder / "classifier")
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        import srsly  # type: ignore[import-untyped]

        payload = {
            "lexicon": super().to_bytes(),
            "classifier": self._require_classifier().to_bytes(),
            "config": self._require_classifier().config.to_str(),
        }
        return srsly.msgpack_dumps(payload)  # type: ignore[no-any-return]

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ClassifierComponent:
        import srsly
        from thinc.api import Config

        payload = srsly.msgpack_loads(data)
        super().from_bytes(payload["lexicon"])
        config = Config().from_str(payload["config"])
        classifier = spacy.util.load_model_from_config(config, auto_fill=True)
        self.classifier = classifier.from_bytes(payload["classifier"])
        return self
