"""The spaCy implementation of the core ``OutcomeAnalyzer`` protocol."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from interviewer.core.normalise import Normalised, normalised
from interviewer.core.outcome import Outcome
from interviewer.nlp.components.base import MODEL_DIR, release_candidates
from interviewer.nlp.loader import build_pipeline

MAX_CHARS = 20_000  # longer texts are analysed in pieces cut at line or sentence ends
PARSE_BUDGET_CHARS = 20_000  # characters parsed in one batch, at most, once texts are long
# No spoken answer is this long; past it a text is pasted material, and parsing all of a
# megabyte would take a minute. Only its beginning is analysed (the CLI warns).
MAX_ANALYZED_CHARS = 60_000


class SpacyAnalyzer:
    """Outcomes of answers, through the spaCy pipeline. Deterministic: same text, same outcomes."""

    def __init__(
        self, model: str | None = None, *, nlp: Language | None = None, batch_size: int = 64
    ) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(model)
        self.batch_size = batch_size

    @cached_property
    def version(self) -> str:
        meta = self.nlp.meta
        digest = hashlib.sha1()
        for path in sorted(MODEL_DIR.rglob("*")):
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
        from interviewer import __version__

        base = f"{meta.get('name', 'model')}-{meta.get('version', '?')}"
        return f"{base}+interviewer-{__version__}+{digest.hexdigest()[:10]}"

    def analyze(self, text: str) -> list[Outcome]:
        return next(self.analyze_many([text]))

    def analyze_many(self, texts: Iterable[str]) -> Iterator[list[Outcome]]:
        for (text, plain), pieces in self._pieces(
            (t, normalised(t[:MAX_ANALYZED_CHARS])) for t in texts
        ):
            outcomes: list[Outcome] = []
            for offset, doc in pieces:
                outcomes.extend(
                    replace(
                        o,
                        text=text,
                        span=plain.original_span(o.span[0] + offset, o.span[1] + offset),
                    )
                    for o in doc._.outcomes or ()
                )
                release_candidates(doc)
            outcomes.sort(key=lambda o: (-o.confidence, o.span[0]))
            yield outcomes

    def _pieces(
        self, texts: Iterable[tuple[str, Normalised]]
    ) -> Iterator[tuple[tuple[str, Normalised], list[tuple[int, Doc]]]]:
        """Stream ((text, plain), [(offset, doc)]) in input order; the plain text is what is
        parsed, and a long one becomes several docs."""
        queue: list[tuple[tuple[str, Normalised], list[tuple[int, str]]]] = []

        def flush() -> Iterator[tuple[tuple[str, Normalised], list[tuple[int, Doc]]]]:
            flat = [piece for _, pieces in queue for _, piece in pieces]
            # Batches of short answers as usual; the pieces of a long pasted text one at a time,
            # so a batch never parses more than about one piece's worth of text at once.
            longest = max((len(piece) for piece in flat), default=1)
            batch_size = max(1, min(self.batch_size, PARSE_BUDGET_CHARS // max(1, longest)))
            docs = iter(self.nlp.pipe(flat, batch_size=batch_size))
            for text, pieces in queue:
                yield text, [(offset, next(docs)) for offset, _ in pieces]
            queue.clear()

        for text, plain in texts:
            analyzed = plain.text[:MAX_ANALYZED_CHARS]
            queue.append(((text, plain), list(split_long(analyzed)) if analyzed.strip() else []))
            if len(queue) >= self.batch_size:
                yield from flush()
        yield from flush()


def split_long(text: str, limit: int = MAX_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most ``limit`` characters, cut after a newline, sentence end
    or space where one is near, so offsets into ``text`` stay exact."""
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n"), window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < limit // 2:
            cut = window.rfind(" ")
        end = start + (cut + 1 if cut > 0 else limit)
        yield start, text[start:end]
        start = end
    yield start, text[start:]
