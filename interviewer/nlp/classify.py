"""The `classify` command's work: stream texts through the analyzer and format each result."""

from __future__ import annotations

import json
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.outcome import Outcome, badge
from interviewer.nlp.analyzer import MAX_ANALYZED_CHARS


def looks_like_text(text: str) -> bool:
    """False for binary-looking input (control characters, replacement characters, no letters)."""
    if not text:
        return True
    sample = text[:4000]
    odd = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\t\n\r")
    )
    letters = sum(ch.isalpha() for ch in sample)
    return odd / len(sample) < 0.05 and letters / len(sample) > 0.3


def classify_stream(
    analyzer: OutcomeAnalyzer,
    texts: Iterable[str],
    warn: Callable[[int, str], None],
) -> Iterator[tuple[str, list[Outcome]]]:
    """(text, outcomes) per input text, in input order, holding at most one batch in memory.

    Binary-looking texts get a warning (by 1-based input number) and no outcomes.
    """
    pending: deque[str] = deque()

    def screened() -> Iterator[str]:
        for number, text in enumerate(texts, 1):
            pending.append(text)
            if not looks_like_text(text):
                warn(number, "skipped: does not look like text")
                yield ""
                continue
            if len(text) > MAX_ANALYZED_CHARS:
                warn(
                    number,
                    f"only the first {MAX_ANALYZED_CHARS:,} of {len(text):,} characters analysed",
                )
            yield text

    for outcomes in analyzer.analyze_many(screened()):
        yield pending.popleft(), outcomes


def as_jsonl(text: str, outcomes: list[Outcome]) -> str:
    """One line of `classify --format jsonl`."""
    record = {"text": text, "outcomes": [o.to_dict() for o in outcomes]}
    return json.dumps(record, ensure_ascii=False)


JSON_CHUNK = 1 << 20  # characters of a text escaped at a time


def jsonl_pieces(text: str, outcomes: list[Outcome]) -> Iterator[str]:
    """:func:`as_jsonl` in pieces, the text escaped a megabyte at a time: a pasted 50 MB line
    is never held a second and third time as one escaped string and its encoded bytes."""
    yield '{"text": "'
    for start in range(0, len(text), JSON_CHUNK):
        yield json.dumps(text[start : start + JSON_CHUNK], ensure_ascii=False)[1:-1]
    outcomes_json = json.dumps([o.to_dict() for o in outcomes], ensure_ascii=False)
    yield f'", "outcomes": {outcomes_json}}}'


def _review_reason(outcome: Outcome) -> str:
    """Why an outcome is marked review: its statement failed the grammar gate (the answer's
    words stand in), or the analysis is unsure of it (calibrated confidence below even odds)."""
    if any(e.startswith("gate:") for e in outcome.evidence):
        return "the answer's words, not restated"
    return "unsure"


def as_text(text: str, outcomes: list[Outcome], *, evidence: bool = True) -> str:
    """A readable block: the answer, then one line per outcome (badge, polarity, confidence)."""
    shown = text if len(text) <= 300 else text[:297] + "..."
    lines = [f"> {shown}" if text else "> (empty)"]
    if not outcomes:
        lines.append("  no outcome")
    for o in outcomes:
        marked = f"  (review: {_review_reason(o)})" if o.review else ""
        lines.append(
            f"  {badge(o.kind, o.polarity)} {o.kind.value:<10} {o.polarity.value:<5} "
            f"{o.confidence:.2f}  {o.statement}{marked}"
        )
        if evidence and o.evidence:
            lines.append(f"{'':>30}evidence: {', '.join(o.evidence)}")
    return "\n".join(lines)
