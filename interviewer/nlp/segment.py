"""Split an answer into outcome candidates: sentences, then clauses joined by and/but/so/because.

A clause is split off when it is a coordinated or adverbial clause with its own predicate
("I'd lose weight *and* I'd feel confident", "… *so that* people take me seriously",
"not only … *but also* …"). Fillers and hedges at the edges are trimmed; spans that hold no
content word, and questions back to the interviewer, are dropped.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from interviewer.nlp.lexicon import Lexicon, doc_words

_CLAUSE_DEPS = ("conj", "advcl", "parataxis", "ccomp")
_PREDICATE_POS = ("VERB", "AUX")
_CONTENT_POS = ("NOUN", "VERB", "ADJ", "PROPN", "ADV", "NUM")
MAX_TOKENS_PER_SENTENCE = 120  # longer "sentences" (run-ons, pasted text) are cut into pieces


def candidate_spans(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """The outcome candidates of ``doc``, in text order."""
    spans: list[Span] = []
    for sentence in doc.sents:
        for start in range(sentence.start, sentence.end, MAX_TOKENS_PER_SENTENCE):
            piece = doc[start : min(sentence.end, start + MAX_TOKENS_PER_SENTENCE)]
            rejected = _rejected_tokens(piece, lexicon)
            for clause in _clauses(piece, lexicon):
                trimmed = _trim(_without_rejected_start(clause, rejected), lexicon)
                if (
                    trimmed is not None
                    and _is_candidate(trimmed, lexicon)
                    and not _mostly(trimmed, rejected)
                ):
                    spans.append(trimmed)
    return spans


def _rejected_tokens(sentence: Span, lexicon: Lexicon) -> set[int]:
    """Tokens of a reason the speaker rejects ("the reason isn't because I want money, it's
    that …", "it's not that I hate cooking, it's …"): only the affirmed reason is coded."""
    rejected: set[int] = set()
    for token in sentence:
        if _disclaims_a_motive(token, lexicon):  # "I'm not trying to impress anyone, I just …"
            rejected |= _own_words(token)
            continue
        if token.lemma_ != "be" or not any(c.dep_ == "neg" for c in token.children):
            continue
        if not any(
            c.dep_ in ("nsubj", "expl") and lexicon.has("reason_subject", c.lemma_)
            for c in token.children
        ):
            continue
        if not any(
            c.dep_ in ("ccomp", "advcl")
            and any(m.dep_ == "mark" and m.lower_ in ("that", "because") for m in c.children)
            for c in token.children
        ):
            continue
        rejected |= _own_words(token)
    return rejected


def _own_words(token: Token) -> set[int]:
    """The token's subtree without the clauses coordinated with it (", it's that …")."""
    kept = {t.i for c in token.children if c.dep_ in ("conj", "parataxis") for t in c.subtree}
    return {t.i for t in token.subtree} - kept


def _disclaims_a_motive(token: Token, lexicon: Lexicon) -> bool:
    """ "not trying to …", "don't mean to …": a purpose the speaker says is not theirs."""
    return (
        lexicon.has("disclaimed_motive", token.lemma_)
        and any(c.dep_ == "neg" for c in token.children)
        and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in token.children
        )
    )


def _without_rejected_start(span: Span, rejected: set[int]) -> Span:
    """The clause from its first token after a rejected reason that opens it."""
    start = span.start
    if start not in rejected:
        return span
    while start < span.end and start in rejected:
        start += 1
    return span.doc[start : span.end] if start < span.end else span


def _mostly(span: Span, tokens: set[int]) -> bool:
    return bool(tokens) and sum(t.i in tokens for t in span) * 2 > len(span)


def _clauses(sentence: Span, lexicon: Lexicon) -> list[Span]:
    heads = [t for t in sentence if t.dep_ in _CLAUSE_DEPS and _starts_clause(t, sentence, lexicon)]
    cuts = {_clause_start(h, sentence, lexicon) for h in heads} | _connective_cuts(
        sentence, lexicon
    )
    if not cuts:
        return [sentence]
    cut_points = sorted(cuts)
    bounds = [sentence.start, *[c for c in cut_points if c > sentence.start], sentence.end]
    doc = sentence.doc
    return [doc[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def _starts_clause(token: Token, sentence: Span, lexicon: Lexicon) -> bool:
    if token.i == sentence.start or token.dep_ not in _CLAUSE_DEPS:
        return False
    if token.pos_ not in _PREDICATE_POS:
        return False
    if _is_filler_clause(token, lexicon):  # "…, you know?", "I mean"
        return False
    if token.dep_ == "ccomp":  # "I think [I'd relax]" is one outcome; only split after a mark
        return any(c.dep_ == "mark" and c.lower_ in ("because", "so") for c in token.children)
    if token.dep_ == "advcl":
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if not marks & {"because", "so", "since", "cause", "that", "and"}:
            return False
    if token.dep_ == "conj":
        # "lose weight and feel great": a coordinated predicate starts a new outcome, unless it
        # sits inside a subordinate clause ("when the kids get home and want to play").
        return token.head.pos_ in (*_PREDICATE_POS, "ADJ", "NOUN") and not _subordinate(
            token, sentence, lexicon
        )
    left = token.left_edge.i
    return left > sentence.start


def _connective_cuts(sentence: Span, lexicon: Lexicon) -> set[int]:
    """Cut before ", so …", ", because …", ", but …" when a predicate stands on both sides, even
    where the parser hung the clauses the other way round."""
    doc = sentence.doc
    cuts: set[int] = set()
    for token in sentence:
        if not lexicon.has("connective", token.lower_) or token.i - 1 < sentence.start:
            continue
        if doc[token.i - 1].text not in (",", ";", "-", "--", "–"):
            continue
        before = any(t.pos_ in _PREDICATE_POS for t in doc[sentence.start : token.i])
        after = any(t.pos_ in _PREDICATE_POS for t in doc[token.i + 1 : sentence.end])
        if before and after:
            cuts.add(token.i - 1)
    for token in sentence:
        # A leading noun phrase set off by a comma ("Faster checkouts, so I don't …") is an
        # outcome of its own that the parser hangs loosely ("dep") on the next clause.
        if token.dep_ not in ("dep", "npadvmod") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        end = token.right_edge.i + 1
        if token.head.i > token.i and end < sentence.end and doc[end].text == ",":
            cuts.add(end)
    return cuts


def _subordinate(token: Token, sentence: Span, lexicon: Lexicon) -> bool:
    """Whether ``token`` hangs below a when/if/relative clause within the sentence."""
    node = token.head
    while node.i != node.head.i and sentence.start <= node.i < sentence.end:
        if node.dep_ in ("relcl", "acl"):
            return True
        if node.dep_ == "advcl" and any(
            lexicon.has("subordinator", c.lower_)
            for c in node.children
            if c.dep_ in ("mark", "advmod")
        ):
            return True
        node = node.head
    return False


def _is_filler_clause(token: Token, lexicon: Lexicon) -> bool:
    if not lexicon.has("filler_verb", token.lemma_):
        return False  # most clauses: no need to walk the subtree
    return sum(1 for t in token.subtree if not t.is_punct) <= 3


def _clause_start(head: Token, sentence: Span, lexicon: Lexicon) -> int:
    start = head.left_edge.i
    # Include the conjunction or mark that introduces the clause so it can be trimmed off later.
    while start - 1 >= sentence.start and (
        sentence.doc[start - 1].dep_ in ("cc", "mark", "punct")
        or lexicon.has("clause_mark", sentence.doc[start - 1].lower_)
    ):
        start -= 1
    return max(start, sentence.start)


def _trim(span: Span, lexicon: Lexicon) -> Span | None:
    """The span without fillers, hedges, conjunctions and punctuation at its edges."""
    doc = span.doc
    words = doc_words(doc)
    fillers = lexicon.words("filler")
    leading = lexicon.starting_with("filler")
    trailing = _trailing_fillers(lexicon)
    first, last = span.start, span.end
    while first < last:
        token = doc[first]
        if (
            token.is_punct
            or token.is_space
            or words[first] in fillers
            or token.dep_ in ("cc", "mark", "intj")
        ):
            first += 1
            continue
        matched = next(
            (
                p
                for p in leading.get(words[first], ())
                if first + len(p) <= span.end and tuple(words[first : first + len(p)]) == p
            ),
            None,
        )
        if matched is None:
            break
        first += len(matched)
    while last > first:
        token = doc[last - 1]
        if token.is_punct or token.is_space or words[last - 1] in fillers:
            last -= 1
            continue
        matched = next(
            (
                p
                for p in trailing.get(words[last - 1], ())
                if last - len(p) > first and tuple(words[last - len(p) : last]) == p
            ),
            None,
        )
        if matched is None:
            break
        last -= len(matched)
    if last <= first:
        return None
    return doc[first:last]


_TRAILING_INDEX: dict[int, tuple[Lexicon, dict[str, list[tuple[str, ...]]]]] = {}


def _trailing_fillers(lexicon: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """Fillers that end a clause ("… or whatever"), by their last word, in matching order."""
    cached = _TRAILING_INDEX.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in [
        *(p for p in lexicon.phrases.get("filler", []) if len(p) > 1),
        *lexicon.phrases.get("trailing_filler", []),
    ]:
        index.setdefault(phrase[-1], []).append(phrase)
    _TRAILING_INDEX[id(lexicon)] = (lexicon, index)
    return index


def _is_candidate(span: Span, lexicon: Lexicon) -> bool:
    if not any(t.pos_ in _CONTENT_POS and not t.is_stop for t in span):
        return False
    content = [t for t in span if t.pos_ in _CONTENT_POS]
    if all(_names_a_person(t, lexicon) for t in content):
        return False  # "my partner", "the kids": who, not what for (a sentence the parser cut)
    if all(lexicon.has("quantity_word", t.lower_) for t in content):
        return False  # "not a lot, but enough": how much, said of something already named
    if not lexicon.has("question_opener", span[0].lower_):
        return True
    last = span.doc[span.end] if span.end < len(span.doc) else None
    if not ((last is not None and last.text == "?") or span.text.strip().endswith("?")):
        return True
    # A question back to the interviewer ("what do you mean?") is no outcome; a rhetorical one
    # that names a feeling, a harm or others' view ("what if the other parents think I'm a bad
    # mum?") may be.
    return any(
        any(lexicon.has(cue, t.lemma_) for cue in _OUTCOME_CUES)
        for t in span
        if t.pos_ in ("NOUN", "VERB", "ADJ") and t.dep_ != "amod"  # not "a *smart* thermostat"
    ) and not any(lexicon.has("discourse", t.lemma_) and t.lemma_ != "think" for t in span)


# Cue classes whose words make a question worth reading as a possible outcome.
_OUTCOME_CUES = ("emotion", "feeling", "negative", "perception", "social_noun", "feeling_verb")


def _names_a_person(token: Token, lexicon: Lexicon) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        lexicon.has("person", token.lemma_) or lexicon.has("person", token.lower_)
    )
