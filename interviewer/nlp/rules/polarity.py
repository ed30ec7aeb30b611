"""Polarity rules: each reads one sign that the outcome is an absence (negation, "no longer",
an avoiding verb, "without", "no/less/fewer X", a bad feeling, a problem told as it is) and
names it; any sign makes the clause ``avoid``. Losing weight and gains are ``want``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.clause import Reading, is_negated
from interviewer.nlp.rules.verdict import Clause, time_or_money_spent

AvoidSign = Callable[[Clause], str | None]


def negated_predicate(c: Clause) -> str | None:
    return "neg:predicate" if c.reading.negated else None


def negator_phrase(c: Clause) -> str | None:
    """ "no longer", "don't have to", "never again", "rid of" …"""
    hits = c.lexicon.find_phrases("negator_phrase", c.words)
    return f"neg:{' '.join(hits[0][1])}" if hits else None


def absence_verb(c: Clause) -> str | None:
    """ "avoid late fees", "stop missing sessions", "reduce the risk", "I hate waiting" — the
    first such verb on the way to the core, unless a weight-loss verb comes first."""
    for verb in (*c.reading.wrappers, c.core):
        if _loses_weight(c, verb):
            return None
        if c.has("absence_verb", verb.lemma_):
            return f"avoid-verb:{verb.lemma_.lower()}"
    return None


def without(c: Clause) -> str | None:
    if "without" not in c.words:  # the clause's tree lies within its words
        return None
    found = any(t.lower_ == "without" and t.head == c.core for t in c.tree)
    return "neg:without" if found else None


def absence_quantifier(c: Clause) -> str | None:
    """ "no more late nights", "fewer mistakes" as the clause's core noun."""
    if c.core.pos_ not in ("NOUN", "PROPN"):
        return None
    quantifier = next(
        (t.lower_ for t in c.core.children if c.has("absence_quantifier", t.lower_)), None
    )
    return f"neg:{quantifier}-{c.lemma}" if quantifier else None


def bad_feeling(c: Clause) -> str | None:
    """A feeling, state or (for social outcomes) perception of negative valence."""
    cues: list[tuple[Token | None, str]] = [
        (c.feeling, "emotion"),
        (c.feeling, "feeling"),
        (c.core, "emotion"),
    ]
    if c.reading.kind is OutcomeKind.SOCIAL:
        cues.append((c.core, "perception"))
    for token, cue in cues:
        if token is not None and c.lexicon.is_negative(cue, token.lemma_.lower()):
            return f"negative-{cue}:{token.lemma_.lower()}"
    return None


def costs_time_or_money(c: Clause) -> str | None:
    """ "Manual tracking takes hours", "month-end eats my Fridays", "it costs me a fortune":
    a cost told as it is, not wished for."""
    if _wished(c):
        return None
    spent = time_or_money_spent(c)
    return f"pain:{c.lemma}-{spent.lemma_.lower()}" if spent is not None else None


def framed_as_a_problem(c: Clause) -> str | None:
    """ "I'm worried I'll miss the train", "difficulty finding a plumber", "the struggle to get
    the kids out": a fear or a problem that holds the clause, or the fear itself, is to avoid."""
    for token in (*c.reading.wrappers, c.core, *_holders(c.core), c.feeling):
        if token is None:
            continue
        if c.has("apprehension", token.lemma_):
            return f"feared:{token.lemma_.lower()}"
        if (
            token is not c.core
            and token.pos_ == "NOUN"
            and c.lexicon.is_negative("negative", token.lemma_.lower())
        ):
            return f"problem:{token.lemma_.lower()}"
    return None


MAX_HOLDERS = 4  # "booking" → "finding" → "in" → "trouble": a problem word sits close above


def _holders(core: Token) -> list[Token]:
    """The words above the core up to the clause that holds it; for one item of a list the
    segmenter cut ("trouble finding | and booking a sitter") they lie before the item."""
    found: list[Token] = []
    for token in core.ancestors:
        found.append(token)
        if len(found) >= MAX_HOLDERS or token.dep_ in _CLAUSE_HEADS:
            break  # another clause's predicate: what is above it is no longer this clause's
    return found


_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis"})


def negative_regard(c: Clause) -> str | None:
    """ "people think we don't have a real job", "seen as a nobody": others' view of the
    speaker that is itself negative or denied — not a contrast ("a coach, not a cop")."""
    if c.reading.kind is not OutcomeKind.SOCIAL or not c.has("perception", c.lemma):
        return None
    for child in c.core.children:
        if child.dep_ not in ("ccomp", "oprd", "prep"):
            continue
        for token in child.subtree:
            if _contrasted(token, child):
                continue
            if (
                child.dep_ == "ccomp"
                and token.pos_ in ("VERB", "AUX")
                and is_negated(token, c.lexicon)
            ) or (token.pos_ in ("NOUN", "ADJ") and _is_bad(c, token)):
                return f"negative-regard:{token.lemma_.lower()}"
    return None


def _contrasted(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a "not …" contrast below ``top`` ("a partner, not a patient")."""
    node = token
    while True:
        if node.pos_ in ("NOUN", "PROPN", "ADJ") and any(t.dep_ == "neg" for t in node.children):
            return True
        if node.i == top.i or node.head.i == node.i:
            return False
        node = node.head


NEGATIONS: tuple[AvoidSign, ...] = (negated_predicate, negator_phrase)
ABSENCE_SIGNS: tuple[AvoidSign, ...] = (
    absence_verb,
    without,
    absence_quantifier,
    bad_feeling,
    costs_time_or_money,
    framed_as_a_problem,
    negative_regard,
)


def read_polarity(c: Clause) -> None:
    """Set ``c.reading.polarity`` and its evidence from the signs, where any speaks."""
    reading = c.reading
    negations = [sign for sign in (rule(c) for rule in NEGATIONS) if sign]
    weight = _weight_loss(c)
    if weight is not None and not negations:
        _decide(reading, Polarity.WANT, [weight])  # losing weight is a result wanted
        return
    evidence = negations + [sign for sign in (rule(c) for rule in ABSENCE_SIGNS) if sign]
    if not evidence and not _wished(c):
        pain = _pain_word(c) or _harm_phrase(c)
        if pain is not None:
            evidence.append(f"pain:{pain}")  # a problem told as it is: its absence is wanted
    if evidence:
        _decide(reading, Polarity.AVOID, evidence)
    elif not reading.negated:
        gain = _gain(c)
        if gain is not None:
            _decide(reading, Polarity.WANT, [gain])


def _gain(c: Clause) -> str | None:
    """ "save money", "earn more", "arrive on time", "stay on track": a result gained."""
    if c.has("gain_verb", c.lemma):
        return f"want:{c.lemma}"
    feeling = c.feeling
    if feeling is not None and not _is_bad(c, feeling):
        return f"want:feel-{feeling.lemma_.lower()}"  # "feeling proud", "feel at home"
    better = next(
        (t for t in (c.core, *c.core.children) if t.tag_ in ("JJR", "RBR") and t.dep_ != "advmod"),
        None,
    )
    if (
        better is not None
        and not c.has("absence_quantifier", better.lower_)  # "less of a scramble" is an absence
        and not any(_is_bad(c, t) for t in c.tree)  # "the dread … feels heavier"
    ):
        return f"want:{better.lower_}"  # "the dashboard is so much quicker", "cheaper"
    hits = c.lexicon.find_phrases("gain_phrase", c.words)
    return f"want:{' '.join(hits[0][1])}" if hits else None


def _harm_phrase(c: Clause) -> str | None:
    """ "going over budget", "falling behind schedule": a harm said by a phrase, not a word."""
    in_tree = {t.i for t in c.tree}
    for start, phrase in c.lexicon.find_phrases("harm_phrase", c.words):
        token = c.span[start]
        if token.i in in_tree and not _aside(token, c.core, c):
            return " ".join(phrase)
    return None


def _decide(reading: Reading, polarity: Polarity, evidence: list[str]) -> None:
    reading.polarity, reading.polarity_evidence = polarity, evidence


def _weight_loss(c: Clause) -> str | None:
    """ "lose ten pounds", "shed the baby weight": a weight-loss verb on the way to the core,
    before any avoiding verb."""
    for verb in (*c.reading.wrappers, c.core):
        if _loses_weight(c, verb):
            return f"want:{verb.lemma_.lower()}-weight"
        if c.has("absence_verb", verb.lemma_):
            return None
    return _weight_below(c)


def _weight_below(c: Clause) -> str | None:
    """ "I'm down 12 kilos", "under 80 kilos": a body measure told as reached below."""
    for token in c.tree:
        if c.has("body_noun", token.lemma_) and any(n.like_num for n in token.children):
            near = [token.head, *token.children, *(n for t in token.children for n in t.children)]
            word = next((t.lower_ for t in near if c.has("weight_below", t.lower_)), None)
            if word is not None:
                return f"want:{word}-weight"
    return None


def _loses_weight(c: Clause, verb: Token) -> bool:
    return c.has("weight_loss_verb", verb.lemma_) and bool(
        _objects(verb) & c.lexicon.words("body_noun")
    )


def _objects(token: Token) -> set[str]:
    return {t.lemma_.lower() for t in token.subtree if t.dep_ in ("dobj", "pobj", "attr")}


def _wished(c: Clause) -> bool:
    """Whether the clause is framed as a wish ("I want …", "being able to …", "I'd love …")."""
    return any(
        c.has("wrapper", w.lemma_) and not c.lexicon.is_negative("wrapper", w.lemma_)
        for w in c.reading.wrappers
    )


def _pain_word(c: Clause) -> str | None:
    """A word naming a problem, harm or bad feeling in the clause, told as a state of affairs
    ("manual tracking eats my Fridays", "the dread of opening the bills") — not one inside a
    "when …" or "if …" clause, nor one negated ("I feel sure of myself when I'm not anxious"),
    nor beside a good feeling the clause names."""
    if c.feeling is not None and not _is_bad(c, c.feeling):
        return None
    for token in c.tree:
        if token.pos_ not in ("NOUN", "VERB", "ADJ", "ADV", "PROPN"):
            continue
        if _is_bad(c, token) and not _aside(token, c.core, c):
            return token.lemma_.lower()
    return None


# cue classes whose negative words name something bad
_BAD_CUES = (
    "negative",
    "emotion",
    "feeling",
    "perception",
    "treatment_adjective",
    "sentiment_negative",  # VADER's words of valence -1.5 or lower (its MIT licence: README)
)


def _is_bad(c: Clause, token: Token) -> bool:
    words = {token.lemma_.lower(), token.lower_}  # "daunting" read as a verb is still bad
    return any(
        c.lexicon.is_negative(cue, word)
        for cue in _BAD_CUES
        for word in words
    )


def _aside(token: Token, core: Token, c: Clause) -> bool:
    """Whether ``token`` sits in a subordinate or negated clause below the core."""
    node = token
    while node.i != core.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "relcl", "acl") or is_negated(node, c.lexicon):
            return True
        node = node.head
    return False
