"""Cross-validation of the classifiers by job: every job's rows are held out together.

    python -m interviewer.nlp.crossval [--folds 5]

The corpus's rows are split into folds by a hash of their job (paraphrases of one job never
straddle train and test); for each fold the two classifiers are trained on the others and the
whole pipeline (rules + classifiers) is scored on it. Used to decide changes to features and
rules: the field set is for measuring only. About seven minutes on two cores.
"""

from __future__ import annotations

import argparse

from interviewer.nlp import train
from interviewer.nlp.analyzer import SpacyAnalyzer
from interviewer.nlp.corpus import LABELS, POLARITIES, LabeledRow, corpus_rows, group_digest
from interviewer.nlp.evaluate import Evaluation, Prediction, predict, score


def fold_of(row: LabeledRow, folds: int) -> int:
    """The fold of a row's job; with five folds, fold 0 is the corpus's dev split."""
    return group_digest(row.job or row.text) % folds


def _pairs(rows: list[LabeledRow], *, polarity: bool) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for row in rows:
        if polarity and (row.label == "none" or row.polarity is None):
            continue
        target = row.polarity if polarity and row.polarity else row.label
        if not row.source.endswith("_multi.jsonl"):
            pairs.append((row.text, target))
        if row.statement:
            pairs.append((row.statement, target))
    return pairs


def cross_validate(folds: int = 5, epochs: int = 12) -> Evaluation:
    rows = corpus_rows() + corpus_rows(multi=True)
    singles = [r for r in rows if not r.source.endswith("_multi.jsonl")]
    everything = _pairs(rows, polarity=False) + _pairs(rows, polarity=True)
    inputs = train.featurize([text for text, _ in everything])
    analyzer = SpacyAnalyzer()
    predictions: list[Prediction] = []
    for k in range(folds):
        kept = [r for r in rows if fold_of(r, folds) != k]
        kind_pairs, polarity_pairs = _pairs(kept, polarity=False), _pairs(kept, polarity=True)
        words = {text: text.split() for text, _ in polarity_pairs}
        analyzer.nlp.get_pipe("outcome_typer").classifier = train.train_textcat(  # type: ignore[attr-defined]
            kind_pairs, LABELS, 2**18, epochs, inputs
        )
        analyzer.nlp.get_pipe("outcome_polarity").classifier = train.train_textcat(  # type: ignore[attr-defined]
            polarity_pairs, POLARITIES, 2**17, epochs, words
        )
        predictions += predict(analyzer, [r for r in singles if fold_of(r, folds) == k])
    return score(predictions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    print(cross_validate(args.folds).to_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
