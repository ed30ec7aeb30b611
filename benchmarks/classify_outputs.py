"""Every field of `classify`'s output on the corpus, to prove a speed change changes no output.

    .venv/bin/python -m benchmarks.classify_outputs dump BEFORE.jsonl
    .venv/bin/python -m benchmarks.classify_outputs check BEFORE.jsonl

``dump`` writes one line per input (every corpus row, every multi-outcome answer, every line of
the bundled transcripts) with each outcome's fields, its unrounded confidence and the doc's
``cats``; ``check`` recomputes them and lists the inputs that differ (floats compared to 1e-9).
Exit 0 when identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from interviewer.nlp.analyzer import SpacyAnalyzer
from interviewer.nlp.corpus import corpus_rows, multi_answers

TRANSCRIPTS = Path(__file__).resolve().parent.parent / "transcripts"
TOLERANCE = 1e-9


def inputs() -> list[str]:
    """The corpus's answers and the bundled transcripts' lines, in a fixed order."""
    texts = [r.text for r in corpus_rows()] + [a["text"] for a in multi_answers()]
    for path in sorted(TRANSCRIPTS.rglob("*")):
        if path.suffix in (".txt", ".md", ".vtt", ".yaml") and path.is_file():
            texts.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line)
    return texts


def records(analyzer: SpacyAnalyzer, texts: list[str]) -> Iterator[dict[str, Any]]:
    docs = analyzer.nlp.pipe(texts, batch_size=analyzer.batch_size)
    for text, outcomes, doc in zip(texts, analyzer.analyze_many(texts), docs, strict=True):
        yield {
            "text": text,
            "outcomes": [
                {**o.to_dict(), "confidence_raw": o.confidence, "review": o.review}
                for o in outcomes
            ],
            "cats": dict(doc.cats),
        }


def same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return (
            isinstance(a, int | float)
            and isinstance(b, int | float)
            and math.isclose(a, b, rel_tol=0, abs_tol=TOLERANCE)
        )
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("action", choices=("dump", "check"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    texts = inputs()
    found = records(SpacyAnalyzer(), texts)
    if args.action == "dump":
        with args.path.open("w", encoding="utf-8") as out:
            for record in found:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{len(texts)} inputs written to {args.path}")
        return 0
    expected = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()]
    differing = 0
    for number, (want, got) in enumerate(zip(expected, found, strict=True), 1):
        got = json.loads(json.dumps(got, ensure_ascii=False))
        if not same(want, got):
            differing += 1
            if differing <= 10:
                print(f"input {number}: {want['text'][:80]!r}")
                print(f"  before: {json.dumps(want['outcomes'], ensure_ascii=False)[:600]}")
                print(f"  now:    {json.dumps(got['outcomes'], ensure_ascii=False)[:600]}")
    print(f"{differing} of {len(expected)} inputs differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
