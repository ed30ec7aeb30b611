"""Stative phrasing: an outcome candidate restated as a present-tense state of its kind, checked
by the grammar gate; what fails the gate is shown as a cleaned quote of the answer, for review.

- ``statement``: negation and wrappers read, then ``kinds``: the state of each kind, built from
  the ``templates`` table and written out by ``surface`` (fillers dropped, person, tense);
- ``clauses``: the candidate and its purpose clauses, tried in turn; then ``fragments``: a
  subjectless fragment read from its first words ("Enjoying the swims" → "I enjoy the swims");
- ``gate`` (on ``words``: the statement tagged from the answer's parse): is it a well-formed
  state of its kind;
- ``address``: the second-person forms a probe names an outcome by, and the probe gate;
- ``quote``: the cleaned quote shown for review; ``vocabulary``: the word lists in
  ``nlp/data/phrasing/words.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.clauses import readings
from interviewer.nlp.phrasing.fragments import fragment_statement
from interviewer.nlp.phrasing.gate import statement_fault
from interviewer.nlp.phrasing.quote import cleaned_quote
from interviewer.nlp.phrasing.setting import setting
from interviewer.nlp.phrasing.statement import stative_statement
from interviewer.nlp.phrasing.surface import tidy
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.phrasing.words import Word, split_words, tag_words
from interviewer.nlp.rules import Reading

__all__ = ["Phrased", "phrase_outcome", "statement_words", "stative_statement"]


@dataclass(frozen=True, slots=True)
class Phrased:
    """What phrasing made of one candidate: the statement shown, and whether it needs review."""

    statement: str
    restated: str  # the restatement, shown or not
    review: bool = False
    fault: str | None = None  # the gate rule the restatement failed


def statement_words(statement: str, span: Span) -> list[Word]:
    """The statement's words, tagged from the answer they came from."""
    texts = split_words(statement)
    wanted = {part for text in texts for part in text.lower().split("-")}  # "in-laws": "laws"
    doc = span.doc
    start = max(0, span.start - 3)
    near = (t for t in doc[start : span.end] if t.lower_ in wanted or t.pos == VERB)
    # a person named earlier in the answer ("my aunties … I'd like them to …") is tagged too
    before = (t for t in doc[:start] if t.lower_ in wanted)
    source = ((t.text, t.tag_, t.lemma_) for t in chain(near, before))
    return tag_words(texts, source)


_WISH_JOINED = re.compile(
    r",?\s+(?:and|so|but)\s+(?:I|we)(?:'d|\s+would)?\s+(?:like|love|want|wanna|wish|hope)\b.*$",
    re.IGNORECASE,
)


_KEEPING = re.compile(r"\b(?:keep|keeping|continue|stay|last)\b", re.IGNORECASE)


def _set(statement: str, span: Span, outcome: list[Token], kind: str, lexicon: Lexicon) -> Phrased:
    """The statement with the setting the answer opens with (see ``setting``), when the
    statement with it still passes the gate."""
    where = setting(span, outcome)
    said = {w.lower().strip(",.") for w in statement.split()}
    quoted = sum(statement.count(q) for q in '"“”') % 2 == 1  # (a quote left open)
    named = where and any(
        t.pos_ in ("NOUN", "PROPN") and t.lower_ in said for t in span if t.text in where.split()
    )
    if where and not quoted and not named:  # (a person the statement names already)
        joint = ", " if "," in statement else " "  # "… in thirty seconds, not three days, when …"
        placed = tidy(f"{statement}{joint}{where}")
        if statement_fault(statement_words(placed, span), kind, lexicon) is None:
            return Phrased(placed, placed)
    return Phrased(statement, statement)


def _describing(clause: Span, reading: Reading) -> bool:
    """A clause led by a gerund that describes a noun ("Creeping costs of …"), which the parse
    took for the speaker's act."""
    core = reading.core
    return (
        core is not None
        and core.i == clause.start
        and core.tag_ == "VBG"
        and vocabulary().has("describing_gerunds", core.lower_)
    )


def phrase_outcome(
    span: Span, reading: Reading, kind: str, polarity: str, lexicon: Lexicon
) -> Phrased:
    """The gated statement of one outcome candidate: the first restatement, of the candidate or
    of one of its purpose clauses (see ``clauses``), or of the fragment read from its first words
    (see ``fragments``), that passes the gate; else a quote."""
    first: tuple[str, str] | None = None
    for clause, clause_reading in readings(span, reading, kind, lexicon):
        if _describing(clause, clause_reading):
            first = first or (cleaned_quote(clause), "gate:describing-gerund")
            continue
        statement = stative_statement(clause, clause_reading, kind, polarity, lexicon)
        fault = (
            statement_fault(statement_words(statement, clause), kind, lexicon, polarity)
            if statement
            else "gate:empty"
        )
        kept = _WISH_JOINED.search(statement) if fault == "gate:a-wish" else None
        if kept and _KEEPING.search(kept.group()):  # "[…], and I'd like to keep it that way":
            statement = tidy(statement[: kept.start()])  # the state is what comes before
            fault = statement_fault(statement_words(statement, clause), kind, lexicon, polarity)
        if fault is None:
            return _set(statement, span, clause_reading.tree or list(clause), kind, lexicon)
        first = first or (statement, fault)
    fragment = fragment_statement(span, kind, polarity, lexicon)
    if fragment:
        fragment = tidy(fragment)
        if statement_fault(statement_words(fragment, span), kind, lexicon, polarity) is None:
            return Phrased(fragment, fragment)
    restated, fault = first or ("", "gate:empty")
    return Phrased(cleaned_quote(span), restated, review=True, fault=fault)
