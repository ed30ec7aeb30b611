"""How many outcomes the pipeline codes in an answer that holds several, against a researcher.

    .venv/bin/python -m benchmarks.bench_multi

On the corpus's multi-outcome answers (each coded by hand with every outcome it holds), per
side of the job split: the outcomes coded by hand, the outcomes found, their ratio (1.0 codes
as many as the researcher), and recall and precision of the found kinds against the coded
ones (matched as multisets per answer). The same again for the outcomes shown without a
`review` mark, which is what an interviewer reads as settled. ``dev`` holds jobs the
classifiers were never trained on; ``train`` is shown for comparison only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from interviewer.core.outcome import Outcome
from interviewer.nlp.analyzer import SpacyAnalyzer
from interviewer.nlp.corpus import multi_answers, split_of


@dataclass
class Tally:
    coded: int = 0
    found: int = 0
    matched: int = 0

    def add(self, coded: Counter[str], found: Counter[str]) -> None:
        self.coded += sum(coded.values())
        self.found += sum(found.values())
        self.matched += sum((coded & found).values())

    def line(self) -> str:
        ratio = self.found / self.coded if self.coded else 0.0
        recall = self.matched / self.coded if self.coded else 0.0
        precision = self.matched / self.found if self.found else 0.0
        return (
            f"coded {self.coded:4d}  found {self.found:4d}  ratio {ratio:.2f}  "
            f"recall {recall:.3f}  precision {precision:.3f}"
        )


def kinds(outcomes: Iterable[Outcome]) -> Counter[str]:
    return Counter(o.kind.value for o in outcomes)


def main() -> None:
    analyzer = SpacyAnalyzer()
    for side in ("dev", "train"):
        answers = [a for a in multi_answers() if split_of(a) == side]
        every, settled = Tally(), Tally()
        texts = (a["text"] for a in answers)
        for answer, outcomes in zip(answers, analyzer.analyze_many(texts), strict=True):
            coded = Counter(o["label"] for o in answer["outcomes"])
            every.add(coded, kinds(outcomes))
            settled.add(coded, kinds(o for o in outcomes if not o.review))
        print(f"{side:5s} {len(answers):3d} answers  all outcomes:      {every.line()}")
        print(f"{'':15s}  without review:    {settled.line()}")


if __name__ == "__main__":
    main()
