"""The clauses an outcome may be phrased from: the candidate itself and its purpose clauses.

"Purpose clauses decide" (LABELING.md): in "I obsess over my hair so that people don't think I
look sloppy" the outcome is what the action is for. Each purpose clause is read by the same
rules as a candidate; one whose reading is of the candidate's kind is phrased first.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from interviewer.core.outcome import OutcomeKind
from interviewer.nlp.clause import is_other_person, is_stand_in
from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.surface import inside
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.rules import FIRST_PERSON, Reading, read_clause

# Clauses that say what something is for; a complement ("I don't want [to feel gross]") is the
# candidate's own predicate, read with its negation by the rules, so it is not one of them.
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "xcomp", "ccomp"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
_PURPOSE_MARKS = vocabulary().words("purpose_marks")
# "I hate it [when I feel fat]": after a verb of liking or disliking, the when-clause is the state.
_LIKING = vocabulary().words("liking_verbs")
MAX_CLAUSES = 3
_THE_SPEAKER = frozenset({"i", "me", "my", "myself", "mine"})
_FRAMES_A_PROBLEM = "rule:feeling-frames-a-problem"  # the kind rule's evidence


def readings(
    span: Span, reading: Reading, kind: str, lexicon: Lexicon
) -> Iterator[tuple[Span, Reading]]:
    """(clause, reading) to phrase, best first. For a feeling or others' regard the purpose
    decides: purpose clauses first (those the rules read as the candidate's kind before the
    others), then the candidate. A functional result is the candidate's own predicate first."""
    if kind == OutcomeKind.FUNCTIONAL:
        problem = framed_problem(span, reading, lexicon)
        if problem is not None:  # "so annoyed [that the refund took six weeks]": its absence
            yield problem
        yield span, reading
        for clause in purpose_clauses(span, reading.core, reading.wrappers):
            if clause.root.dep_ != "relcl":  # "… that can't be addressed" names no result
                yield clause, read_clause(clause, lexicon)
        return
    later: list[tuple[Span, Reading]] = []
    contents: list[Span] = []  # what a feeling or a view is of: tried after the candidate
    for clause in purpose_clauses(span, reading.core, reading.wrappers):
        if _felt_content(clause.root, lexicon, kind):
            contents.append(clause)
            continue
        clause_reading = read_clause(clause, lexicon)
        if clause_reading.kind == kind:
            yield clause, clause_reading
        elif clause.root.dep_ != "relcl":
            later.append((clause, clause_reading))  # "stay late [to avoid being seen as lazy]"
    feared = feared_clause(span, reading.core) if kind == OutcomeKind.SOCIAL else None
    if feared is not None:  # "I worry [my team will think I'm lazy]": their view is the outcome
        yield feared, read_clause(feared, lexicon)
    said = others_words(span, reading, lexicon) if kind == OutcomeKind.SOCIAL else None
    if said is not None:  # "I don't want [the aunties saying I've failed]": what they say
        yield said
    yield from later
    yield span, reading
    for clause in contents:  # ("Friends [noticing] that I look healthier": a misparse)
        yield clause, read_clause(clause, lexicon)


def framed_problem(span: Span, reading: Reading, lexicon: Lexicon) -> tuple[Span, Reading] | None:
    """The problem a bad feeling frames (the kind rule ``feeling-frames-a-problem``): the clause
    "the refund took six weeks" of "so annoyed that the refund took six weeks", read as told as
    a pain, so that its statement is the problem's absence (`The refund doesn't take …`)."""
    core = reading.core
    if core is None or not any(e.startswith(_FRAMES_A_PROBLEM) for e in reading.evidence):
        return None
    for head in (core, *(t for t in core.children if t.dep_ == "acomp")):
        for child in head.children:
            opener = next((t for t in child.children if t.dep_ == "mark" or t.tag_ == "WRB"), None)
            if child.dep_ not in _COMPLEMENTS | {"advcl"} or opener is None:
                continue
            words = [t for t in child.subtree if inside(span, t) and t is not opener]
            if not words:
                continue
            clause = span.doc[words[0].i : words[-1].i + 1]
            told = read_clause(clause, lexicon)
            if told.negated:  # "when the invoices don't match": its absence is no plain state
                return None
            told.polarity_evidence = [*told.polarity_evidence, "negative-framed:problem"]
            return clause, told
    return None


def feared_clause(span: Span, core: Token | None) -> Span | None:
    """What a fear is of, when it is someone else's doing or view (LABELING.md rule 2): the
    clause "my team will think I'm lazy" of "I worry my team will think I'm lazy"."""
    vocab = vocabulary()
    if core is None or not (
        vocab.has("worry_verbs", core.lemma_) or vocab.has("fear_adjectives", core.lemma_)
    ):
        return None
    for child in core.children:
        if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in FIRST_PERSON:
            continue
        start = max(span.start, child.left_edge.i)
        end = min(span.end, child.right_edge.i + 1)
        if end - start >= 2:
            return span.doc[start:end]
    return None


def others_words(span: Span, reading: Reading, lexicon: Lexicon) -> tuple[Span, Reading] | None:
    """Others' words or thoughts about the speaker that the rules passed as a wrapper on the way
    to what they say: "the aunties [saying] I've failed the family" is the aunties' saying, with
    the aunties for subject (LABELING.md: others' view is the outcome)."""
    for verb in reading.wrappers:
        lemma = verb.lemma_.lower()
        if not (lexicon.has("perception", lemma) or lexicon.has("remark_verb", lemma)):
            continue
        subject = _subject(verb)
        if subject is None or not inside(span, subject) or not _a_person(subject, lexicon):
            continue
        said = [t for t in verb.subtree if t.i > verb.i]
        if not any(t.lower_ in _THE_SPEAKER for t in said) or any(
            vocabulary().has("negative_words", t.lower_) for t in said
        ):
            continue  # (not about the speaker; or a denial, stated as it is: "… I'd never …")
        start = max(span.start, min(subject.left_edge.i, verb.left_edge.i))
        end = min(span.end, verb.right_edge.i + 1)
        clause = span.doc[start:end]
        own = ("aux", "neg")  # (the template says them)
        tree = [
            t
            for t in verb.subtree
            if inside(clause, t) and not (t.head.i == verb.i and t.dep_ in own)
        ]
        return clause, Reading(kind=reading.kind, core=verb, subject=subject, tree=tree)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for "[my ex] gets to say" the subject of the verb it completes, and
    for "I'd hate for [my in-laws] to say" the person after "for"."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None or verb.dep_ != "xcomp":
        return own
    for child in verb.head.children:
        if child.dep_ == "prep" and child.lower_ == "for" and child.i < verb.i:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _a_person(token: Token, lexicon: Lexicon) -> bool:
    if token.lower_ in FIRST_PERSON or token.lower_ in ("it", "this", "that", "what"):
        return False
    if token.lower_ in ("he", "she", "they"):
        return True
    return is_other_person(token, lexicon) or (
        token.pos_ == "NOUN"
        and token.tag_ != "VBG"
        and not lexicon.has("not_a_person", token.lower_)
    )


def _felt_content(clause: Token, lexicon: Lexicon, kind: str) -> bool:
    """Whether a clause marked by "that" alone is what a feeling is about ("embarrassed that I
    can't …") or what someone else sees ("my parents see that we've settled"): the feeling's or
    the view's own words, not a purpose. Not a result ("so nervous that …")."""
    head = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod", "aux")}
    if clause.dep_ != "ccomp" or not marks & {"that"} or marks & _PURPOSE_MARKS - {"that"}:
        return False
    if head.pos_ == "ADJ":
        return not any(c.lower_ in ("so", "such") for c in head.children)
    if kind != OutcomeKind.SOCIAL:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    lemma = head.lemma_.lower()
    viewing = lexicon.has("perception", lemma) or lexicon.has("remark_verb", lemma)
    if subject is None or not _a_person(subject, lexicon):
        return False
    # ("patients told researchers that …": a report's telling is no view of the speaker)
    return viewing and not (lexicon.has("remark_verb", lemma) and is_stand_in(subject, lexicon))


def purpose_clauses(span: Span, core: Token | None, wrappers: tuple[Token, ...] = ()) -> list[Span]:
    """Sub-clauses of ``span`` that say what something is for ("to …", "so that …", "that
    makes me feel …"), outermost first, at most :data:`MAX_CLAUSES`. The complement of the
    candidate's own wrappers ("I don't want [to feel gross]") is the candidate, not a purpose."""
    found: list[Span] = []
    doc = span.doc
    own = {t.i for t in (core, *wrappers) if t is not None}
    wrapping = {t.i for t in wrappers}
    for token in span:
        if token.i in own or token.dep_ not in _CLAUSE_DEPS or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.dep_ in _COMPLEMENTS and token.head.i in wrapping:
            continue
        marks = _PURPOSE_MARKS | ({"when"} if token.head.lemma_.lower() in _LIKING else set())
        marking = {
            c.lower_
            for c in token.children
            if (c.dep_ == "aux" and c.lower_ == "to")
            or (c.dep_ in ("mark", "advmod") and c.lower_ in marks)
        }
        if not marking and token.dep_ != "relcl":
            continue
        start = max(span.start, token.left_edge.i)
        end = min(span.end, token.right_edge.i + 1)
        if end - start >= 2 and (start, end) != (span.start, span.end):
            found.append(doc[start:end])
        if len(found) >= MAX_CLAUSES:
            break
    return found
