"""The restatement of one outcome candidate: negation and wrappers read, then its kind's state.

The answer's content words (objects, qualifiers, numbers, whole lists) are kept; hedges,
fillers and wrappers ("I guess I just want to …") are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.clause import counted_share, is_other_person, is_stand_in
from interviewer.nlp.lexicon import Lexicon, doc_words, span_words
from interviewer.nlp.phrasing.antecedents import antecedent
from interviewer.nlp.phrasing.kinds import emotional, functional, social
from interviewer.nlp.phrasing.surface import (
    EMBEDDED,
    REPORTED,
    has_negation,
    inside,
    is_interjection,
    phrase,
    tail_text,
    tidy,
)
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.rules import DISLIKE, FIRST_PERSON, Reading

_VOCAB = vocabulary()


# Wrappers whose outcome is the absence of what they govern ("avoid looking stupid").
_AVOIDING = _VOCAB.words("avoiding_verbs")


# Comparatives that already say "less of it": "feel less guilty" is not restated with a "not".
_DIMINISHING = frozenset({"less", "fewer"})


def stative_statement(
    span: Span, reading: Reading, kind: str, polarity: str, lexicon: Lexicon | None = None
) -> str:
    """The stative restatement of one outcome candidate; with the ``lexicon``, a pronoun subject
    is the person the answer named before it (see ``antecedents``)."""
    core = reading.core or span.root
    tree = _outcome_words(span, reading, kind, core, lexicon)
    avoid = polarity == Polarity.AVOID
    negated, diminished = _negation(span, reading, core, tree, avoid)
    # read once for both: an outcome is emotional or social, never both
    plain_avoid = avoid and not negated and not diminished
    if plain_avoid and kind == OutcomeKind.EMOTIONAL and (
        bad_feeling(tree) or _harm_said(tree, lexicon)
    ):
        negated = True  # "when I feel fat", "always on edge" (avoid) → "I don't feel fat"
    aspectual = all(_VOCAB.has("aspect_verbs", w.lemma_) for w in reading.wrappers)
    if plain_avoid and kind == OutcomeKind.SOCIAL and aspectual:  # ("clients keep asking …")
        # others' regard to avoid is stated as its absence: "being talked over in meetings"
        # (avoid) → "I am not talked over in meetings" (LABELING.md: "I am not seen as lazy")
        negated = not any(_VOCAB.has("negative_words", t.lower_) for t in tree)
    avoiding = next((w for w in reading.wrappers if w.lemma_.lower() in _AVOIDING | DISLIKE), None)
    if avoiding is not None and kind != OutcomeKind.FUNCTIONAL:
        negated = not diminished  # "avoid looking stupid" → "I don't look stupid"
    elif avoiding is not None:
        return tidy(_avoided_act(span, avoiding, tree))
    given = _given_to_speaker(span, core, reading.subject, kind, lexicon, avoid)
    if given is not None:  # "saves me two hours a week" → "I save two hours a week"
        return tidy(given)
    reading_of = _KindReading(span, reading, core, tree, avoid, negated)
    told_as_pain = plain_avoid and _told_as_pain(reading, tree, core)
    return tidy(reading_of.statement(kind, lexicon, told_as_pain))


def _outcome_words(
    span: Span, reading: Reading, kind: str, core: Token, lexicon: Lexicon | None
) -> list[Token]:
    """The core's words the statement is made of, without the subject its template names."""
    tree = reading.tree or [t for t in core.subtree if inside(span, t)]
    speaker = reading.subject
    if speaker is not None and speaker.lower_ in FIRST_PERSON:
        # "makes [me] anxious", "[I] freaked out": the template names the speaker
        tree = [t for t in tree if t.i != speaker.i]
    elif kind == OutcomeKind.EMOTIONAL and _stands_for_speaker(speaker, span, lexicon):
        # "half of the drivers feel ignored" → "I feel ignored": the template names them
        assert speaker is not None
        tree = [t for t in tree if t not in speaker.subtree]
    tree = [
        *tree,
        *(_hung_on_wrapper(span, reading, tree) or _stranded_object(span, reading, tree)),
    ]
    return [t for t in tree if not _stray_subject(t, core)]


# What the parse hangs on a wrapper that belongs to the outcome: a time ("[want to feel calm]
# when I get home", "[said they feel anxious] most days") or a clause that goes on ("[want to
# be the person] everyone thanks for organizing").
_HUNG_DEPS = frozenset({"xcomp", "ccomp"})


def _hung_on_wrapper(span: Span, reading: Reading, tree: list[Token]) -> list[Token]:
    """The words of a wrapper's modifier that goes on right after the outcome's words, as one
    clause of the answer, which the parse hung on the wrapper instead of the outcome's core."""
    if not tree or not reading.wrappers:
        return []
    ends = max(t.i for t in tree)
    if ends + 1 >= span.end:
        return []
    wrapping = {w.i for w in reading.wrappers}
    kept = {t.i for t in tree}
    token = span.doc[ends + 1]
    if token.is_punct:
        return []  # (a pause ends the outcome's clause)
    while token.head.i not in wrapping:  # the next word's clause, up to the wrapper
        if token.head.i == token.i or token.head.i in kept or not inside(span, token.head):
            return []
        token = token.head
    if not _goes_on(token) or _subject_of(token, tree):
        return []
    words = [t for t in token.subtree if inside(span, t) and t.i not in kept]
    if not words or words[0].i != ends + 1:
        return []
    taken = {t.i for t in words} | wrapping
    for after in span.doc[words[-1].i + 1 : span.end]:  # a word the parse hung elsewhere
        if after.is_punct or after.head.i not in taken:  # ("before I turn [thirty]")
            break
        words.append(after)
        taken.add(after.i)
    return words


def _stranded_object(span: Span, reading: Reading, tree: list[Token]) -> list[Token]:
    """The object of a preposition the outcome's words end on, when an aside came between and
    the parse hung the object on the wrapper: "without paying for, you know, [eight separate
    reports]"."""
    said = [t for t in tree if not (t.is_punct or is_interjection(t))]
    if not said or not reading.wrappers:
        return []
    last = max(said, key=lambda t: t.i)
    if last.dep_ != "prep" or any(True for _ in last.children):
        return []
    after = next(
        (t for t in span.doc[last.i + 1 : span.end] if not (t.is_punct or is_interjection(t))),
        None,
    )
    wrapping = {w.i for w in reading.wrappers}
    token = after
    while token is not None and token.head.i not in wrapping:
        if token.head.i == token.i or not inside(span, token.head) or token.head.i < last.i:
            return []
        token = token.head
    if token is None or after is None or token.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return []
    words = [t for t in token.subtree if inside(span, t)]
    return words if words[0].i == after.i else []


def _subject_of(clause: Token, tree: list[Token]) -> bool:
    """Whether the outcome is the subject of the clause after it: a gerund before a verb of
    its own with no subject ("[being thanked publicly] matters more than perks")."""
    if any(t in clause.subtree for t in tree):
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    bare = clause.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in clause.children)
    finite = bare or clause.tag_ in ("VBZ", "VBD", "VBP") or clause.lemma_.lower() == "be"
    return not own and finite and tree[0].tag_ == "VBG"


def _goes_on(token: Token) -> bool:
    if token.dep_ == "npadvmod":
        return True
    if token.dep_ in _HUNG_DEPS:
        return token.pos_ in ("VERB", "AUX")
    return token.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and _VOCAB.has("time_marks", c.lower_) for c in token.children
    )


def _negation(
    span: Span, reading: Reading, core: Token, tree: list[Token], avoid: bool
) -> tuple[bool, bool]:
    """Whether the statement says "not", and whether its words already diminish the state
    ("less", "nobody …")."""
    negated = reading.negated or has_negation(span, core)
    diminished = any(t.lower_ in _DIMINISHING for t in tree if t.i > core.i)
    for word in (t for t in tree if t.i < core.i and _VOCAB.has("negative_words", t.lower_)):
        following = word.nbor(1).lower_ if word.i + 1 < len(word.doc) else ""
        if word.lower_ == "no" and following in ("more", "longer"):
            negated = True  # "no more being talked over in the stand-up": "no more" is dropped
        else:
            diminished = True  # "nobody ignores me": the subject already negates it
    if (
        avoid
        and not negated
        and not diminished
        and any(e.startswith("negative-") for e in reading.polarity_evidence)
    ):
        negated = True  # "being judged by other parents" (avoid) → "I am not judged by …"
    return negated, diminished


def _avoided_act(span: Span, avoiding: Token, tree: list[Token]) -> str:
    """A functional outcome under an avoiding wrapper: "I'd hate to lose clients" → "I don't
    lose clients", "stop chasing invoices" → "I am able to stop chasing invoices"."""
    governed = avoiding.subtree if avoiding.dep_ != "aux" else tree  # "hate" misparsed as aux
    rest = phrase([t for t in governed if t.i > avoiding.i], span)
    verb = avoiding.lemma_.lower()
    if verb in DISLIKE and rest.startswith("to "):
        return f"I don't {rest.removeprefix('to ')}"
    return f"I am able to {'avoid' if verb in DISLIKE else verb} {rest}"


@dataclass(frozen=True, slots=True)
class _KindReading:
    """What the kind's statement is made of, once negation is read."""

    span: Span
    reading: Reading
    core: Token
    tree: list[Token]
    avoid: bool
    negated: bool

    def statement(self, kind: str, lexicon: Lexicon | None, told_as_pain: bool) -> str:
        span, core, tree, subject = self.span, self.core, self.tree, self.reading.subject
        reported = _is_report(span, subject)
        own_subject = (
            subject is not None
            and subject.lower_ not in FIRST_PERSON
            and inside(span, subject)
            and not reported
        )
        named = (
            antecedent(subject, lexicon)
            if own_subject and subject is not None and lexicon is not None
            else None
        )
        embedded = not reported and _within_report(span)
        speaking, context = REPORTED.set(reported or embedded), EMBEDDED.set(embedded)
        try:
            tail = tail_text(span, core, tree)
            lemma = core.lemma_.lower()
            if kind == OutcomeKind.EMOTIONAL:
                return emotional(span, core, tree, lemma, tail, self.avoid, self.negated)
            if kind == OutcomeKind.SOCIAL:
                return social(
                    span, core, tree, subject, own_subject, tail, self.negated, named=named
                )
            return functional(
                span,
                core,
                tree,
                lemma,
                subject,
                own_subject,
                tail,
                self.avoid,
                self.negated,
                named=named,
                told_as_pain=told_as_pain,
                obliged=_obliged(self.reading),
            )
        finally:
            REPORTED.reset(speaking)
            EMBEDDED.reset(context)


def _obliged(reading: Reading) -> bool:
    """Whether the core is what the speaker has to do ("not *having to* remember passwords")."""
    return any(
        w.lemma_.lower() == "have"
        and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in w.children)
        for w in reading.wrappers
    )


def _given_to_speaker(
    span: Span,
    core: Token,
    subject: Token | None,
    kind: str,
    lexicon: Lexicon | None,
    avoid: bool,
) -> str | None:
    """What a thing gives the speaker, as the speaker's: "(it) saves me two hours" → "I save two
    hours", "gives me peace of mind" → "I have peace of mind"; in a report, what it gives the
    people reported on ("an indoor camera gives [them] peace of mind") is the speaker's too.
    A person who gives is others' regard, kept for a social outcome ("my boss gives me …")."""
    form = _VOCAB.mapped("giving_verbs", core.lemma_.lower())
    speaker = next((c for c in core.children if c.dep_ == "dative"), None)
    given = next((c for c in core.children if c.dep_ == "dobj"), None)
    if form is None or speaker is None or given is None or not _the_speaker(speaker, lexicon):
        return None
    if subject is not None and subject.lower_ not in ("it", "this", "that"):
        # a thing that gives a feeling wanted: "an indoor camera gives them peace of mind"
        felt = kind == OutcomeKind.EMOTIONAL and _VOCAB.has("feeling_nouns", given.lemma_)
        if not felt or avoid or lexicon is None or is_other_person(subject, lexicon):
            return None
    if any(c.dep_ == "neg" for c in core.children):
        return None
    rest = phrase([t for t in core.subtree if t.i > speaker.i and inside(span, t)], span)
    return f"{'We' if speaker.lower_ == 'us' else 'I'} {form} {rest}"


def _the_speaker(recipient: Token, lexicon: Lexicon | None) -> bool:
    """ "me", "us"; in a report that never names the speaker, "them" or the people reported on
    ("gives runners a kind of pride")."""
    if recipient.lower_ in ("me", "us"):
        return True
    if not FIRST_PERSON.isdisjoint(doc_words(recipient.doc)):
        return False
    return recipient.lower_ == "them" or (
        lexicon is not None and recipient.tag_ == "NNS" and is_stand_in(recipient, lexicon)
    )


def _told_as_pain(reading: Reading, tree: list[Token], core: Token) -> bool:
    """Whether an avoided outcome is the problem itself, told as it is ("going over budget",
    "being stuck with a builder who …"), not a want with a "without" in it."""
    if any(t.lower_ in _DIMINISHING | {"able", "can", "could"} for t in tree):
        return False
    pains = [e.removeprefix("pain:") for e in reading.polarity_evidence if e.startswith("pain:")]
    # the harm is the act itself ("losing clients") or a phrase ("going over budget"), not a
    # word somewhere in a wanted result ("seeing all my deadlines in one place")
    harmed = bad_feeling([core])  # "being stuck with a builder who …"
    return harmed or any(p == core.lemma_.lower() or " " in p for p in pains)


def _stands_for_speaker(subject: Token | None, span: Span, lexicon: Lexicon | None) -> bool:
    """A survey's or persona's subject read as the speaker ("36% of renters", "busy parents")."""
    if subject is None or not inside(span, subject):
        return False
    return _is_report(span, subject) or (lexicon is not None and is_stand_in(subject, lexicon))


def _stray_subject(token: Token, core: Token) -> bool:
    """A subject the parser hung on a verb as a compound ("[72%] feel rushed"): the share of
    people a report counts, not a word of the outcome."""
    if token.i >= core.i:
        return False
    head = token
    while head.i != core.i:
        if head.dep_ == "compound" and head.head.pos_ in ("VERB", "AUX"):
            return True
        auxiliary = head.head
        if (
            head.dep_ in ("nsubj", "nsubjpass")
            and auxiliary.dep_ in ("aux", "auxpass")
            and auxiliary.head.i == core.i
        ):
            return True  # ("[38% of tenants] feel rushed": the subject hung on "feel")
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _within_report(span: Span) -> bool:
    """Whether the clause is what a third-person report says, its pronouns the reporter's:
    "Students worry [other students will think *they*'re clueless]"."""
    if not FIRST_PERSON.isdisjoint(doc_words(span.doc)):  # the words as read once per doc
        return False
    head = span.root.head
    while True:
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and not (span.start <= subject.i < span.end):
            return _is_report(span, subject)
        if head.head.i == head.i:
            return False
        head = head.head


def _is_report(span: Span, subject: Token | None) -> bool:
    """Whether ``subject`` is the generic "you" of speech or the subject of a third-person report
    (a pronoun, a share, a group) in a clause that does not name the speaker."""
    if subject is None:
        return False
    if subject.lower_ == "you":
        return True
    if not FIRST_PERSON.isdisjoint(span_words(span)):
        return False
    if any(c.lower_ in ("other", "my", "our") for c in subject.children):
        return False  # "other parents", "my clients": people of the speaker's life, not a report
    return (
        subject.lower_ in ("he", "she", "they")
        or subject.like_num
        or subject.text == "%"
        or counted_share(subject)
        or _VOCAB.has("report_subjects", subject.lemma_)
    )


def bad_feeling(tree: list[Token]) -> bool:
    return any(_VOCAB.has("bad_feelings", t.lower_) for t in tree)


def _harm_said(tree: list[Token], lexicon: Lexicon | None) -> bool:
    """Whether the outcome's words hold a phrase of harm ("on edge", "does my head in")."""
    if lexicon is None:
        return False
    words = [t.lower_ for t in sorted(tree, key=lambda t: t.i)]
    return bool(lexicon.find_phrases("harm_phrase", words))
