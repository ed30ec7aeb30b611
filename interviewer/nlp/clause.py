"""One clause read off the dependency parse: its core predicate, who experiences or perceives it,
the wrappers passed on the way down ("I guess what I want is …"), negation and its subtree.

The kind, context and polarity rules (``interviewer.nlp.rules``) read this view; they never walk
the parse themselves for these facts. Vocabulary comes from the cue lexicon, never from code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.lexicon import Lexicon

FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine", "we", "us", "our", "ourselves"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "it"})
MAX_WRAPPERS = 6  # wrappers passed on the way to the core ("I guess I'd want to be able to …")


@dataclass
class Reading:
    """What the rules read off one clause (the clause view plus the rules' verdicts)."""

    kind: OutcomeKind | None = None
    strength: float = 0.0
    evidence: list[str] = field(default_factory=list)
    polarity: Polarity | None = None
    polarity_evidence: list[str] = field(default_factory=list)
    core: Token | None = None
    subject: Token | None = None  # None: the speaker, implied ("being able to …")
    negated: bool = False
    wrappers: tuple[Token, ...] = ()  # "want", "able", "stop" … passed on the way to the core
    situation: list[str] = field(default_factory=list)  # cues that the clause only describes
    tree: list[Token] = field(default_factory=list)  # the core's subtree within the clause
    features: list[str] = field(default_factory=list)  # classifier features, once computed


def is_first_person(token: Token | None) -> bool:
    return token is None or token.lower_ in FIRST_PERSON


def is_stand_in(token: Token | None, lexicon: Lexicon) -> bool:
    """Whether a subject stands in for the speaker, as in survey and persona prose
    ("respondents want …", "36% lose sleep over …", "busy parents feel …"): read as "I".

    A person of the speaker's own life ("my mom", "other parents") is not a stand-in.
    """
    if token is None or token.lower_ in FIRST_PERSON:
        return False
    if any(
        c.dep_ in ("poss", "amod") and c.lower_ in FIRST_PERSON | {"other"} for c in token.children
    ):
        return False
    return (
        token.like_num
        or lexicon.has("stand_in", token.lemma_)
        or lexicon.has("stand_in", token.lower_)
        or counted_share(token)
    )


def counted_share(token: Token) -> bool:
    """A group counted as a survey counts it: "two in three commuters", "one out of five
    drivers"."""
    return token.tag_ == "NNS" and any(
        c.dep_ == "nummod" and any(q.lower_ in ("in", "of", "out") for q in c.children)
        for c in token.children
    )


def is_speaker(token: Token | None, lexicon: Lexicon) -> bool:
    """The speaker, implied, or a stand-in for the speaker."""
    return is_first_person(token) or is_stand_in(token, lexicon)


def is_other_person(token: Token | None, lexicon: Lexicon) -> bool:
    """Whether ``token`` (a subject or agent) names someone other than the speaker."""
    if token is None or token.lower_ in FIRST_PERSON:
        return False
    if lexicon.has("not_a_person", token.lower_):
        return False
    return (
        token.pos_ == "PROPN"
        or lexicon.has("person", token.lemma_)
        or lexicon.has("person", token.lower_)
        or _hyphenated_person(token, lexicon)
    )


def _hyphenated_person(token: Token, lexicon: Lexicon) -> bool:
    word = hyphenated(token)
    return "-" in word and (
        lexicon.has("person", word) or lexicon.has("person", word.removesuffix("s"))
    )


def hyphenated(token: Token) -> str:
    """The word the tokenizer split at its hyphens that ``token`` is part of ("in-laws" → in, -,
    laws; "mother-in-law"; "co-workers"), lower case; the token itself when it has none."""
    if not _touches_hyphen(token):
        return token.lower_
    return hyphen_word(token).text.lower()


def _touches_hyphen(token: Token) -> bool:
    doc, i = token.doc, token.i
    before = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text == "-"
    return before or (not token.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "-")


def hyphen_word(token: Token) -> Span:
    doc, start, end = token.doc, token.i, token.i + 1
    if not _touches_hyphen(token):
        return doc[start:end]

    def joined(hyphen: int) -> bool:
        return (
            0 < hyphen < len(doc) - 1
            and doc[hyphen].text == "-"
            and not (doc[hyphen - 1].whitespace_ or doc[hyphen].whitespace_)
        )

    while joined(start - 1):
        start -= 2
    while joined(end):
        end += 2
    return doc[start:end]


def inside(span: Span, token: Token) -> bool:
    return span.start <= token.i < span.end


def agent_of(token: Token) -> Token | None:
    """The "by …" agent of a passive predicate."""
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def subject_of(token: Token) -> Token | None:
    stray = None
    for child in token.children:
        if child.dep_ in _SUBJECTS:
            return child
        if stray is None and child.dep_ == "compound" and child.i < token.i:
            stray = child
        if child.dep_ == "aux" and child.i < token.i:
            # a subject the parser hung on the auxiliary ("my landlord [is] so condescending")
            hung = next((t for t in child.children if t.dep_ in _SUBJECTS), None)
            if hung is not None:
                return hung
    # a subject the parser hung on a finite verb as a compound ("the payroll [export] breaks")
    if stray is not None and token.tag_ in _FINITE and stray.pos_ in ("NOUN", "PROPN"):
        return stray
    return None


_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def is_negated(token: Token, lexicon: Lexicon) -> bool:
    """A negation of the predicate itself; "not just …", "not so much … as" only contrast.
    A negation the parser hung on an auxiliary counts ("I don't wanna go": on "wanna")."""
    for child in token.children:
        if child.dep_ == "neg":
            following = child.nbor(1).lower_ if child.i + 1 < len(child.doc) else ""
            if not lexicon.has("contrast_word", following):
                return True
        elif (
            child.dep_ == "aux"
            and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "neg" for c in child.children)
        ):
            return True
    return False


def inherits_negation(token: Token, span: Span, lexicon: Lexicon) -> bool:
    """Whether a predicate shares the negation of one it is coordinated with or hangs below
    without a subject of its own ("I don't want to go back to X, or start Y again")."""
    node = token
    for _ in range(MAX_WRAPPERS):
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
            return False
        if subject_of(node) is not None:
            return False
        node = node.head
        if not inside(span, node) and is_negated(node, lexicon):
            return True
    return False


def feeling_complement(core: Token, lexicon: Lexicon) -> Token | None:
    """The feeling word a predicate attributes to its subject ("feel *calm*", "be *worried*")."""
    if not lexicon.has("feeling_copula", core.lemma_):
        return None
    for child in core.children:
        if child.dep_ in ("acomp", "attr", "oprd", "xcomp", "dobj", "ccomp", "advmod", "prep"):
            # the word as said too: "concerned" is lemmatised as the verb "concern"
            for word in (child.lemma_.lower(), child.lower_):
                if lexicon.has("emotion", word) or lexicon.has("feeling", word):
                    return child
    return None


def name(token: Token | None) -> str:
    if token is None:
        return "I (implied)"
    return hyphen_word(token).text


def core_predicate(span: Span, lexicon: Lexicon) -> tuple[Token, Token | None, list[Token]]:
    """The clause's core predicate, its subject and the wrapper tokens passed on the way down."""
    token = _leading_predicate(span)
    subject = subject_of(token)
    if subject is None and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        subject = subject_of(token.head)  # "… and [they] want to play" shares its head's subject
    passed: list[Token] = []
    for _ in range(MAX_WRAPPERS):
        if not _is_wrapper(token, lexicon):
            break
        below = _descend(token, span, lexicon)
        if below is None:
            break
        passed.append(token)
        subject = _subject_below(token, below, subject, lexicon)
        token = below
    # "I hate chasing invoices" is sometimes parsed with "hate" as an auxiliary of "chasing".
    passed += [
        c for c in token.children if c.dep_ == "aux" and lexicon.is_negative("wrapper", c.lemma_)
    ]
    return token, subject, passed


def _leading_predicate(span: Span) -> Token:
    token = span.root
    first = span[0]
    if (
        first.tag_ == "VB"
        and first.dep_ in ("csubj", "csubjpass")
        and first.head.i == token.i
        and token.i > first.i
    ):
        # "Minimize the likelihood that the food is overcooked": the parser takes the
        # imperative for the subject of the passive after "that"; the imperative leads.
        return first
    return token


def _is_wrapper(token: Token, lexicon: Lexicon) -> bool:
    lemma = token.lemma_.lower()
    return (
        lexicon.has("wrapper", lemma)
        or lexicon.has("report", lemma)
        or is_pseudo_cleft(token, lexicon)
        or (
            lemma in ("be", "have", "get")
            and any(
                c.dep_ in ("xcomp", "acomp") and c.lemma_ in ("able", "to") for c in token.children
            )
        )
    )


def _subject_below(
    wrapper: Token, below: Token, subject: Token | None, lexicon: Lexicon
) -> Token | None:
    """Who the predicate below a wrapper is about."""
    own = subject_of(below)
    if (
        lexicon.has("report", wrapper.lemma_)
        and own is not None
        and own.lower_ in _SUBJECT_PRONOUNS
        and is_stand_in(subject, lexicon)
    ):
        return subject  # "respondents said they worry …": "they" are the respondents
    if own is not None:
        return own
    purpose = next(  # "for leadership to take me seriously"
        (
            p
            for c in wrapper.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )
    if purpose is not None and purpose.i < below.i:
        return purpose
    if is_pseudo_cleft(wrapper, lexicon):
        # "what I want is my team to trust …"; "what I wanted was to fit …" is the speaker.
        return next(
            (
                c
                for c in wrapper.children
                if c.dep_ == "attr" and c.i < below.i and c.pos_ != "VERB"
            ),
            None,
        )
    if lexicon.has("control_wrapper", wrapper.lemma_):
        # object control: "I want my boss to see me as …" — the object is the subject below.
        obj = next((c for c in wrapper.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and obj.i < below.i:
            return obj
    return subject


def is_pseudo_cleft(token: Token, lexicon: Lexicon) -> bool:
    """ "What I want is for them to …", "the thing is I …", "it's that I …": the copula only
    frames the outcome."""
    if token.lemma_ != "be":
        return False
    framing = any(
        c.dep_ == "csubj" or (c.dep_ == "nsubj" and lexicon.has("cleft_subject", c.lemma_))
        for c in token.children
    )
    return (
        framing
        and any(
            c.dep_ in ("ccomp", "xcomp", "advcl", "attr") and c.pos_ in ("VERB", "AUX")
            for c in token.children
        )
    ) or frames_a_reason(token)


def frames_a_reason(token: Token) -> bool:
    """ "It's that I want …", "it's because I'd feel …": the copula only frames the reason."""
    return any(
        c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "that") for c in token.children
    ) and any(
        c.dep_ in ("ccomp", "advcl")
        and any(m.dep_ == "mark" and m.lower_ in ("that", "because") for m in c.children)
        for c in token.children
    )


def _descend(token: Token, span: Span, lexicon: Lexicon) -> Token | None:
    """The complement a wrapper governs; the one after it first ("so I want [the donors to trust
    …]", not the clause before it)."""
    children = sorted(token.children, key=lambda c: (c.i < token.i, c.i))
    dislike = lexicon.is_negative("wrapper", token.lemma_)
    if is_pseudo_cleft(token, lexicon):
        for child in children:
            if (
                child.dep_ in ("ccomp", "xcomp", "advcl", "attr")
                and child.pos_ in ("VERB", "AUX")
                and inside(span, child)
            ):
                return child
    for child in children:
        if not inside(span, child):
            continue
        if child.dep_ == "xcomp" or (child.dep_ == "ccomp" and not dislike):
            # "I hate [waiting]" passes on; "I hate [how I feel]" is the feeling
            return _hyphenated_verb(child)
        if child.dep_ == "dobj" and child.tag_ == "VBG" and dislike:
            return child  # "I dislike [cooking every night]", parsed as an object
        if child.dep_ == "acomp" and child.lemma_ == "able":
            inner = next((c for c in child.children if c.dep_ == "xcomp"), None)
            return inner or child
        if child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return child
    if lexicon.has("causative_wrapper", token.lemma_):  # "it means I can relax"
        for child in children:
            if child.dep_ in ("ccomp", "xcomp"):
                return child
    return None


def _hyphenated_verb(token: Token) -> Token:
    """The verb of a word the tokenizer split at a hyphen and the parser hung in pieces
    ("[re]-[enter]"): its last piece, which phrasing writes whole again."""
    doc = token.doc
    last = token
    while (
        last.i + 2 < len(doc)
        and not last.whitespace_
        and doc[last.i + 1].text == "-"
        and not doc[last.i + 1].whitespace_
        and doc[last.i + 2].head.i == token.head.i
    ):
        last = doc[last.i + 2]
    return last


def read_view(span: Span, lexicon: Lexicon) -> Reading:
    """The clause view of one candidate, before any rule has spoken."""
    core, subject, passed = core_predicate(span, lexicon)
    if core.i == span.start and core.dep_ in ("csubj", "csubjpass"):
        tree = list(span)  # the misparsed imperative above governs the whole clause
    else:
        start, end = span.start, span.end
        tree = [t for t in core.subtree if start <= t.i < end]
    reading = Reading(core=core, subject=subject, wrappers=tuple(passed), tree=tree)
    reading.negated = any(is_negated(t, lexicon) for t in (*passed, core)) or inherits_negation(
        passed[0] if passed else core, span, lexicon
    )
    return reading
