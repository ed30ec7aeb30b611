"""Subjectless fragments read from their first words, where the parse of a fragment is unsure.

An answer is often a fragment with no subject: "Enjoying the early swims", "Not flustered on
the call", "included when the team plans", "In control of the budget", "Being the one they
ask". The small parser often misreads these, so when no restatement from the parse passes the
gate, the fragment's leading gerund, participle, adjective or preposition decides the template
and the rest of the answer's words follow as they are:

- ``Being …`` → ``I am …`` (a feeling: ``I feel …``); ``Having …`` → ``I have …``;
- a gerund → ``I <verb> …`` (a functional want: ``I am able to <verb> …``);
- a participle or adjective → ``I feel …`` (emotional), ``I am …`` (social, functional);
- a preposition of a felt state → ``I feel in control of …``;
- a noun and its gerund ("My cousins cheering for me") → ``My cousins cheer for me``.

An avoided outcome is stated as its absence. Whatever comes out still goes through the gate.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.surface import is_interjection, join, prefixed, third_person
from interviewer.nlp.phrasing.vocabulary import vocabulary

_VOCAB = vocabulary()
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def fragment_statement(span: Span, kind: str, polarity: str, lexicon: Lexicon) -> str | None:
    """The statement of a subjectless fragment from its first words, or None when ``span`` is
    not such a fragment."""
    tokens = [t for t in span if not is_interjection(t)]
    while tokens and (tokens[0].is_punct or _VOCAB.has("fragment_openers", tokens[0].lower_)):
        tokens = tokens[1:]
    negated = False
    while tokens and _VOCAB.has("fragment_negations", tokens[0].lower_):
        negated, tokens = True, tokens[1:]  # "Not embarrassed …", "Never waiting …"
    lead = 3 if len(tokens) > 3 and _hyphenated(tokens) else 1  # "second-guessing"
    if len(tokens) <= lead or _has_own_predicate(tokens[lead - 1]):
        return None
    first, rest = tokens[lead - 1], _rest(tokens[lead:])
    if not rest:
        return None
    avoid = polarity == Polarity.AVOID
    lower = first.lower_
    if lower == "being":
        return _being(rest, kind, negated or (avoid and _negatable(tokens[1:])), lexicon)
    if lower == "having":
        return f"I {_do_not(negated or avoid)}have {rest}"
    if first.tag_ == "VBG":
        if (
            first.dep_ == "amod"
            or (lead == 3 and tokens[0].tag_.startswith("NN"))
            or _VOCAB.has("describing_gerunds", first.lower_)
        ):
            return None  # "Creeping burnout …", "Mind-numbing, …": a gerund that describes
        return _gerund(first, rest, kind, negated, avoid)
    if _state_word(first, kind, lexicon):
        if not _names_a_state(first, tokens[lead:], kind):
            return None
        state = f"{join(tokens[:lead])} {rest}"
        # an avoided state is absent unless it names a good feeling
        if kind == OutcomeKind.EMOTIONAL:
            good = any(
                (lexicon.has("emotion", t.lemma_.lower()) or _VOCAB.has("good_states", t.lower_))
                and not _bad(t, lexicon)
                for t in tokens
            )
            bad = _bad(first, lexicon) or not good
            return f"I {_do_not(negated or (avoid and bad))}feel {state}"
        if kind == OutcomeKind.SOCIAL and first.tag_ == "JJ" and lead == 1:
            return f"{'I am not seen as' if negated or avoid else 'Others see me as'} {state}"
        return f"I am {'not ' if negated or (avoid and _negatable(tokens)) else ''}{state}"
    return _noun_doing(tokens, negated or avoid)


def _names_a_state(first: Token, after: list[Token], kind: str) -> bool:
    """Whether the participle or adjective is the speaker's state, not a word of a noun phrase
    ("*reliable* Wi-Fi", "*other* mums comment …"), a verb with its object ("shut up the
    people …") or what a thing causes ("*frustrating* that the site …")."""
    following = after[0] if after else None
    if first.dep_ in ("amod", "compound", "nmod") or (
        following is not None and following.tag_.startswith("NN") and first.tag_ == "JJ"
    ):
        return False
    if _VOCAB.mapped("experiencer_forms", first.lower_) not in (None, first.lower_):
        return False  # "frustrating" is the thing's, not a state of the speaker
    if first.tag_ in ("VBN", "VBD") and following is not None:
        object_next = following.tag_ in ("DT", "PRP$", "PRP") or (
            following.tag_ == "RP" and len(after) > 1 and after[1].tag_ in ("DT", "PRP$", "PRP")
        )
        if object_next:
            return False
    if kind == OutcomeKind.FUNCTIONAL and first.tag_ == "JJ":
        # "strong enough to …", "debt-free by forty"; not "silly, but …"
        return following is not None and following.tag_ in ("IN", "TO", "RB")
    return True


def _hyphenated(tokens: list[Token]) -> bool:
    return tokens[1].text == "-" and not tokens[0].whitespace_ and not tokens[1].whitespace_


def _has_own_predicate(lead: Token) -> bool:
    """Whether the fragment is a sentence after all: a finite verb of its own at the top, such as
    "Waiting for results *was* the worst" (a subject and its predicate, not a fragment). A lead
    word the tagger took for a past tense ("included when …") is a participle."""
    top, path = lead, [lead]
    while top.head.i != top.i:
        top = top.head
        path.append(top)
    # "Stress-free mornings *would* change my life": the lead is in the subject of a modal verb
    modal = any(c.tag_ == "MD" for c in top.children) and any(
        t.dep_ in ("nsubj", "csubj") for t in path
    )
    if top.i == lead.i or (top.tag_ not in _FINITE and not modal):
        return False
    doc = top.doc
    last = top.i == len(doc) - 1 or doc[top.i + 1].is_punct
    before = doc[top.i - 1].tag_
    # a plural the tagger took for a verb: the last word after a noun ("the club *meets*"), or
    # a word after an adjective or determiner ("by the other *leads* in planning")
    misread = (last and before.startswith("NN")) or before in ("JJ", "DT", "PRP$")
    return not (top.tag_ == "VBZ" and misread)


def _state_word(word: Token, kind: str, lexicon: Lexicon) -> bool:
    """A participle or adjective ("included", "proud"), a preposition of a state ("in
    control", "out of breath"), or for a feeling a feeling the tagger took for an adverb."""
    if word.tag_ in ("VBN", "VBD", "JJ"):
        return True
    if word.tag_ == "IN":  # "in the loop", "out of breath", "at peace"; not "under an hour"
        return kind == OutcomeKind.EMOTIONAL or _VOCAB.has("state_prepositions", word.lower_)
    return kind == OutcomeKind.EMOTIONAL and lexicon.has("emotion", word.lemma_.lower())


def _rest(tokens: list[Token]) -> str:
    return join([t for t in tokens if not is_interjection(t)])


def _do_not(negated: bool) -> str:
    return "don't " if negated else ""


def _negatable(tokens: list[Token]) -> bool:
    """An avoided state is negated unless it already says what is kept clear ("Being able to
    read the contract without a lawyer", "Being free of debt")."""
    return not any(
        t.lower_ in ("able", "free") or _VOCAB.has("negative_words", t.lower_) for t in tokens
    )


def _bad(word: Token, lexicon: Lexicon) -> bool:
    lemma = word.lemma_.lower()
    return (
        lexicon.is_negative("emotion", lemma)
        or lexicon.is_negative("feeling", lemma)
        or lexicon.is_negative("emotion", word.lower_)
        or _VOCAB.has("bad_feelings", word.lower_)
    )


def _being(rest: str, kind: str, negated: bool, lexicon: Lexicon) -> str:
    if kind == OutcomeKind.EMOTIONAL:
        return f"I {_do_not(negated)}feel {rest}"
    return f"I am {'not ' if negated else ''}{rest}"


def _gerund(verb: Token, rest: str, kind: str, negated: bool, avoid: bool) -> str:
    lemma = prefixed(verb, _base(verb))  # "second-guessing" → "second-guess"
    presented = _presented(verb, rest, kind)
    if presented is not None:
        seen = "I am not seen as" if negated or avoid else "Others see me as"
        return f"{seen} {presented}"
    if kind == OutcomeKind.FUNCTIONAL and not (negated or avoid):
        return f"I am able to {lemma} {rest}"
    return f"I {_do_not(negated or avoid)}{lemma} {rest}"


def _base(verb: Token) -> str:
    """The verb's base form, also where the lemmatizer left a gerund as it was ("getting")."""
    lemma = verb.lemma_.lower()
    if lemma != verb.lower_ or not lemma.endswith("ing") or len(lemma) < 6:
        return lemma
    stem = lemma[:-3]
    return stem[:-1] if stem[-1] == stem[-2] and stem[-1] not in "lsz" else stem


def _presented(verb: Token, rest: str, kind: str) -> str | None:
    """What self-presentation shows others ("looking like a beginner" → "a beginner", "coming
    across as a pushover" → "a pushover")."""
    if kind != OutcomeKind.SOCIAL or not _VOCAB.has("presentation_verbs", verb.lemma_):
        return None
    for lead in ("across as ", "like ", "as "):
        if rest.startswith(lead):
            return rest.removeprefix(lead)
    return None


def _noun_doing(tokens: list[Token], negated: bool) -> str | None:
    """A noun and what it does or what is done to it: "My cousins cheering for me" →
    "My cousins cheer for me", "Everything booked by March" → "Everything is booked by March"."""
    verb = next((t for t in tokens if t.tag_ in ("VBG", "VBN") and t.dep_ == "acl"), None)
    if verb is None or verb.head.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    who = [t for t in tokens if t.i < verb.i]
    if not who or who[0].tag_ not in ("DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "JJ"):
        return None
    subject = join(who)
    rest = _rest([t for t in tokens if t.i > verb.i])
    plural = verb.head.tag_ in ("NNS", "NNPS")
    lemma = verb.lemma_.lower()
    if _VOCAB.has("negative_words", who[0].lower_):
        negated = False  # "No other parent gossiping …": the subject already negates it
    if verb.tag_ == "VBN":
        return (
            f"{subject} {'are' if plural else 'is'} {'not ' if negated else ''}{verb.lower_} {rest}"
        )
    if negated:
        return f"{subject} {'don' if plural else 'doesn'}'t {lemma} {rest}"
    return f"{subject} {lemma if plural else third_person(lemma)} {rest}"
