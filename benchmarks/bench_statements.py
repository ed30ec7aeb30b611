"""How many stative statements and probes a person could read aloud.

    .venv/bin/python -m benchmarks.bench_statements [--corpus dev|field|both] [--field PATH]
        [--ungated] [--examples N]

Statements, on outcome items whose top outcome the pipeline types correctly (the corpus's dev
split, where phrasing is decided, and the outside field set, which only measures): the share
that (a) pass the grammar gate, re-parsed here from the statement alone, (b) open with a
template of their kind, (c) keep >= 80% of the content words of the coder's reference
statement, and all three; plus the share marked for review (shown as a quote), and the share of
references whose content words the answer itself holds (the most (c) can reach without
inventing content). The reference is only read, to measure. ``--examples N`` lists N dev
statements that miss (a), (b) or (c) — never the field set's.

Probes: every bundled bank x every outcome statement of the corpus, rendered for laddering up and
down as the engine would (statements that fail the gate are review outcomes, asked about in the
bank's generic wording), and the share that pass the probe gate; then the same for every
statement the pipeline itself makes of the corpus's dev answers (``--no-probes`` skips both).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from interviewer.core.bank import QuestionBank
from interviewer.core.ladder import Decision, probe_alternatives
from interviewer.core.move import Move
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity
from interviewer.core.session import ROOT, Job, Session
from interviewer.io.banks import iter_banks
from interviewer.nlp.analyzer import SpacyAnalyzer
from interviewer.nlp.corpus import corpus_rows, multi_answers, split_of
from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.address import probe_fault
from interviewer.nlp.phrasing.gate import statement_fault
from interviewer.nlp.phrasing.templates import opens_with_template
from interviewer.nlp.phrasing.words import Word

FIELD = Path(__file__).resolve().parents[1] / ".." / "shared" / "field-eval" / "field_outcomes.yaml"
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
# Words of the templates themselves: a reference in one template and a statement in another
# differ in these without losing anything of the answer.
_TEMPLATE_LEMMAS = frozenset(
    {
        "feel",
        "see",
        "other",
        "able",
        "have",
        "be",
        "do",
        "not",
        "worry",
        "seriously",
        "take",
        "people",
        "free",
        "avoid",
        "now",
        "no",
        "longer",
    }
)


def words_of(doc: Doc) -> list[Word]:
    return [Word(t.text, t.tag_, t.lemma_) for t in doc]


def content(doc: Doc) -> set[str]:
    return {
        t.lemma_.lower()
        for t in doc
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.lemma_.lower() not in _TEMPLATE_LEMMAS
    }


# One outcome item: the answer, its outcome kind and a coder's reference statement.
Item = tuple[str, str, str]


def field_items(field: Path) -> list[Item]:
    items = yaml.safe_load(field.read_text(encoding="utf-8"))
    return [(i["text"], i["label"], i["statement"]) for i in items if i["label"] != "none"]


def dev_items() -> list[Item]:
    """The corpus's dev-split outcome rows with a reference statement."""
    return [
        (row.text, row.label, row.statement)
        for row in corpus_rows()
        if row.label != "none" and row.statement and split_of(row) == "dev"
    ]


def statements_report(
    analyzer: SpacyAnalyzer, items: list[Item], examples: list[dict[str, str]] | None = None
) -> dict[str, object]:
    nlp: Language = analyzer.nlp
    lexicon: Lexicon = nlp.get_pipe("outcome_phraser").lexicon  # type: ignore[attr-defined]
    tops = [outs[0] if outs else None for outs in analyzer.analyze_many(t for t, _, _ in items)]
    typed = [(i, o) for i, o in zip(items, tops, strict=True) if o and o.kind.value == i[1]]
    parsed = nlp.pipe(o.statement for _, o in typed)
    refs = nlp.pipe(i[2] for i, _ in typed)
    answers = nlp.pipe(i[0] for i, _ in typed)
    counts: Counter[str] = Counter()
    faults: Counter[str] = Counter()
    for ((text, label, reference), outcome), doc, ref, answer in zip(
        typed, parsed, refs, answers, strict=True
    ):
        words = words_of(doc)
        fault = statement_fault(words, label, lexicon)
        gate = fault is None
        template = opens_with_template(words, label, lexicon)
        wanted = content(ref)
        kept = len(wanted & content(doc)) / len(wanted) if wanted else 1.0
        faithful = kept >= 0.8
        # what a restatement that never invents content could keep at best
        reachable = not wanted or len(wanted & content(answer)) / len(wanted) >= 0.8
        counts["reachable"] += reachable
        counts["review"] += outcome.review
        counts["gate"] += gate
        counts["gate_or_review"] += gate or outcome.review
        counts["template"] += template
        counts["content"] += faithful
        counts["all"] += gate and template and faithful
        if fault:
            faults[fault] += 1
        if examples is not None and not (gate and template and (faithful or not reachable)):
            miss = "".join(
                m for m, bad in (("a", not gate), ("b", not template), ("c", not faithful)) if bad
            )
            examples.append(
                {
                    "miss": miss,
                    "fault": fault or "",
                    "kind": f"{label}/{outcome.polarity.value}",
                    "answer": text,
                    "span": outcome.source_text,  # what the segmenter gave phrasing
                    "statement": outcome.statement + (" [review]" if outcome.review else ""),
                    "reference": reference,
                }
            )
    total = len(typed)
    share = {k: round(v / total, 3) for k, v in counts.items()} if total else {}
    return {
        "outcome_items": len(items),
        "typed_correctly": total,
        "a_pass_gate": share.get("gate", 0.0),
        "b_template_of_kind": share.get("template", 0.0),
        "c_keep_80pct_content": share.get("content", 0.0),
        "c_reachable_from_the_answer_words": share.get("reachable", 0.0),
        "a_b_c": share.get("all", 0.0),
        "pass_gate_or_review": share.get("gate_or_review", 0.0),
        "marked_review": share.get("review", 0.0),
        "gate_faults": dict(faults.most_common(8)),
    }


def corpus_outcomes() -> Iterator[tuple[str, str, str]]:
    for row in corpus_rows():
        if row.label != "none" and row.statement:
            yield row.statement, row.label, row.polarity or "want"
    for answer in multi_answers():
        for o in answer.get("outcomes", ()):
            if o.get("statement"):
                yield o["statement"], o["label"], o.get("polarity", "want")


def pipeline_outcomes(analyzer: SpacyAnalyzer) -> list[tuple[str, str, str, bool]]:
    """(statement, kind, polarity, review) of every outcome the pipeline finds in the corpus's
    dev answers: the statements live probes are built from."""
    texts = [row.text for row in corpus_rows() if split_of(row) == "dev"]
    found = {
        (o.statement, o.kind.value, o.polarity.value, o.review)
        for outcomes in analyzer.analyze_many(texts)
        for o in outcomes
    }
    return sorted(found)


def probes_report(
    analyzer: SpacyAnalyzer, outcomes: list[tuple[str, str, str, bool]] | None = None
) -> dict[str, object]:
    """Probes on the corpus's reference statements (gated here), or on ``outcomes`` as the
    pipeline phrased and marked them."""
    nlp = analyzer.nlp
    lexicon: Lexicon = nlp.get_pipe("outcome_phraser").lexicon  # type: ignore[attr-defined]
    if outcomes is None:
        references = sorted(set(corpus_outcomes()))
        docs = nlp.pipe(s for s, _, _ in references)
        outcomes = [
            (s, k, p, statement_fault(words_of(d), k, lexicon) is not None)
            for d, (s, k, p) in zip(docs, references, strict=True)
        ]
    review = [unsure for _, _, _, unsure in outcomes]
    banks = [b for b in iter_banks() if isinstance(b, QuestionBank)]
    total = passed = 0
    faults: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for bank in banks:
        for statement, kind, polarity, unsure in outcomes:
            session = Session(Job(bank.job), participant="bench", bank=bank.id)
            turn = session.answer("…")
            found = Outcome(OutcomeKind(kind), Polarity(polarity), statement, review=unsure)
            coded = session.add_outcome(turn.id, found, ROOT)
            for move in (Move.LADDER_UP, Move.LADDER_DOWN):
                decision = Decision(move, coded.id, OutcomeKind(kind))
                for probe in probe_alternatives(bank, decision, session):
                    total += 1
                    fault = probe_fault(probe, None if unsure else statement)
                    if fault is None:
                        passed += 1
                    else:
                        faults[fault] += 1
                        examples.setdefault(fault, probe)
    return {
        "banks": len(banks),
        "outcome_statements": len(outcomes),
        "statements_marked_review": sum(review),
        "probes_rendered": total,
        "probes_pass_gate": round(passed / total, 4) if total else 0.0,
        "probe_faults": dict(faults.most_common(8)),
        "fault_examples": examples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", choices=("dev", "field", "both"), default="both")
    parser.add_argument("--field", type=Path, default=FIELD)
    parser.add_argument(
        "--ungated", action="store_true", help="show every restatement, as before the gate"
    )
    parser.add_argument(
        "--examples", type=int, default=0, help="list N dev statements that miss (a), (b) or (c)"
    )
    parser.add_argument("--no-probes", action="store_true", help="statements only")
    args = parser.parse_args()
    if args.ungated:
        import interviewer.nlp.phrasing as phrasing

        phrasing.statement_fault = lambda *_: None  # type: ignore[assignment]
    analyzer = SpacyAnalyzer()
    report: dict[str, object] = {}
    if args.corpus in ("dev", "both"):
        misses: list[dict[str, str]] = []
        report["statements_dev"] = statements_report(analyzer, dev_items(), misses)
        if args.examples:
            report["dev_misses"] = misses[: args.examples]
    if args.corpus in ("field", "both"):
        if args.field.exists():
            report["statements_field"] = statements_report(analyzer, field_items(args.field))
        else:
            report["statements_field"] = f"no field set at {args.field}"
    if not args.no_probes:
        report["probes"] = probes_report(analyzer)
        report["probes_on_dev_statements"] = probes_report(analyzer, pipeline_outcomes(analyzer))
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
