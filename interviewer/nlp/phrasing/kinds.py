"""The statement of each kind, from a candidate's core predicate (templates in ``templates``).

emotional  → "I feel …", "I don't feel …", "I don't have to worry about …", "I have peace of mind"
social     → "My colleagues take me seriously", "I am seen as …", "Others see me as …"
functional → "I have …", "I am able to …", "I don't …", or an object-focused state
             ("The package arrives on time"); a pain → its desired state
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from interviewer.nlp.clause import FIRST_PERSON
from interviewer.nlp.phrasing.surface import (
    SUBJECT_FORMS,
    inside,
    is_dropped,
    is_plural,
    phrase,
    prefixed,
    present,
)
from interviewer.nlp.phrasing.templates import template
from interviewer.nlp.phrasing.vocabulary import vocabulary

_VOCAB = vocabulary()


_FEELING_NOUNS = _VOCAB.words("feeling_nouns")


_WORRY_VERBS = _VOCAB.words("worry_verbs")


# Finite forms of "be" that never go with "I": a clause with one of them and no subject lost it.
_NOT_THE_SPEAKERS_BE = frozenset({"is", "are", "was", "were", "'s", "'re"})


def emotional(
    span: Span, core: Token, tree: list[Token], lemma: str, tail: str, avoid: bool, negated: bool
) -> str:
    tail = tail.removeprefix("to be ")  # "[want] to be annoyed at myself": the state
    caused = _caused_feeling(core, tree, span)
    if caused is not None:  # "it stresses me out" (avoid) → "I don't feel stressed …"
        return template("feel.not" if negated or avoid else "feel", caused)
    if lemma in _WORRY_VERBS and (
        core.pos_ == "VERB"
        or (core.i == span.start and core.tag_ != "NN")
        or tail.startswith(("less", "about"))
    ):
        verb = "worry" if lemma in ("worry", "fret", "stew", "sweat") else lemma
        if tail.startswith(("less", "fewer")):  # "worry less about money"
            return f"I {verb} {tail}"
        return f"I don't have to {verb} {tail}" if avoid or negated else f"I {verb} {tail}"
    if lemma in _VOCAB.words("acquiring_verbs"):  # "gain peace of mind" → "I have peace of mind"
        wanted = next((c for c in core.children if c.dep_ in ("dobj", "obj")), None)
        if wanted is not None and wanted.lemma_.lower() in _FEELING_NOUNS:
            rest = phrase([t for t in tree if t.i >= wanted.left_edge.i], span)
            return template("have.not" if negated else "have", rest)
    if lemma == "feel":
        if _names_a_thing(core):  # "feel a good sister" → "I feel like a good sister"
            return template("feel.not" if negated else "feel", f"like {tail}")
        tail = _as_felt(tail)  # "[it] feels relaxing" → "relaxed"
        return f"I don't feel {tail}" if negated else f"I feel {tail}"
    felt = _experienced(core)
    if felt is not None:  # "it's embarrassing being out of breath" → "… feel embarrassed …"
        word, after = felt
        rest = phrase([t for t in tree if t.i > after.i], span)
        return template("feel.not" if negated or avoid else "feel", f"{word} {rest}")
    if lemma == "be" and tail.startswith("about "):
        return _about(tail.removeprefix("about "), negated)  # "it's about peace of mind"
    if lemma == "look" and any(c.lower_ in ("forward", "back") for c in core.children):
        return f"I don't look {tail}" if negated else f"I look {tail}"  # "look forward to …"
    if lemma in ("be", "get", "become", "stay", "remain", "seem", "look"):
        return f"I don't feel {tail}" if negated else f"I feel {tail}"
    if core.pos_ == "ADJ" or core.tag_ == "VBN":
        return _felt_state(span, core, tree, avoid, negated)
    if core.pos_ in ("NOUN", "PROPN"):
        return _felt_noun(span, core, tree, lemma, avoid, negated)
    if core.pos_ == "VERB" and lemma not in (
        "relax",
        "enjoy",
        "breathe",
        "unwind",
        "trust",
        "love",
    ):
        word = core.lower_
        feeling = word if word.endswith(("ed", "ful", "ous")) else None
        if feeling is not None:
            return f"I don't feel {feeling} {tail}" if negated else f"I feel {feeling} {tail}"
    verb = lemma
    if negated:
        return f"I don't {verb} {tail}"
    return (
        f"I am able to {verb} {tail}"
        if verb in ("relax", "enjoy", "breathe", "unwind")
        else f"I {verb} {tail}"
    )


def _felt_state(span: Span, core: Token, tree: list[Token], avoid: bool, negated: bool) -> str:
    """A feeling named by an adjective or participle: "[not] flustered", "[to be] annoyed"; the
    core's own "not" is the template's, and "…, not steamrolled" stays."""
    in_tree = set(tree)  # (a stand-in subject is already out: "half of the drivers")
    subjectless = not any(
        c.dep_ in ("nsubj", "nsubjpass") and (c in in_tree or c.lower_ in FIRST_PERSON)
        for c in core.children
    )
    own = ("neg", "aux", "auxpass") if subjectless else ("neg",)
    rest = phrase([t for t in tree if not (t.dep_ in own and t.head.i == core.i)], span)
    less = any(t.lower_ in ("less", "fewer") for t in tree if t.i < core.i)  # "less fraught"
    return (
        f"I don't feel {rest}"
        if negated or (avoid and core.tag_ == "VBN" and not less)
        else f"I feel {rest}"
    )


def _felt_noun(
    span: Span, core: Token, tree: list[Token], lemma: str, avoid: bool, negated: bool
) -> str:
    """A feeling named by a noun: "confidence in …" → "I feel confident in …", "the guilt of …"
    (avoid) → "I am free of the guilt of …", "peace of mind" → "I have peace of mind"."""
    felt_state = _feeling_state(core, tree, span, avoid or negated)
    if felt_state is not None:
        return felt_state
    alone = core.pos_ == "PROPN" and core.i == span.start  # a capitalised word alone
    if (alone or lemma not in _FEELING_NOUNS) and not any(c.dep_ == "det" for c in core.children):
        state = phrase(tree, span)  # "calm when I get into bed"; "[Awful], to be honest"
        if core.pos_ == "PROPN" and tree and tree[0].i == core.i == span.start:
            state = state[:1].lower() + state[1:]
        return f"I don't feel {state}" if negated else f"I feel {state}"
    if avoid or negated:  # "the guilt of putting it off"; "[no] panic at the start"
        kept = [t for t in tree if not (t.i < core.i and _negating(t))]
        return f"I am free of {phrase(kept, span)}"
    return _noun_state(core, tree, span, "I have")


def _as_felt(words: str) -> str:
    """What a thing "feels" as what the speaker feels: "relaxing" → "relaxed", "less stressful"
    → "less stressed"."""
    amount, _, rest = words.partition(" ")
    if amount not in ("less", "more", "so", "very", "really"):
        amount, rest = "", words
    first, _, after = rest.partition(" ")
    felt = _VOCAB.mapped("experiencer_forms", first)
    if felt is None:
        return words
    return " ".join(w for w in (amount, felt, after) if w)


def _negating(token: Token) -> bool:
    return _VOCAB.has("negative_words", token.lower_) or token.lower_ in (
        "again",
        "more",
        "less",
        "fewer",
    )


def _caused_feeling(core: Token, tree: list[Token], span: Span) -> str | None:
    """What a verb that causes a feeling in the speaker makes them feel: "it stresses me out
    every week" → "stressed every week"."""
    felt = _VOCAB.mapped("causing_verbs", core.lemma_)
    if felt is None:
        return None
    speaker = next(
        (c for c in core.children if c.dep_ == "dobj" and c.lower_ in ("me", "us")), None
    )
    if speaker is None:
        return None
    rest = [
        t
        for t in tree
        if t.i > core.i and t.i != speaker.i and not (t.dep_ == "prt" and t.head == core)
    ]
    return f"{felt} {phrase(rest, span)}"


def _feeling_state(core: Token, tree: list[Token], span: Span, negated: bool) -> str | None:
    """A feeling named by a noun, felt: "confidence in public speaking" → "I feel confident in …",
    "the stress of deciding" (avoid) → "I don't feel stressed about deciding", "less stress at
    work" → "I feel less stressed at work", "stressful decisions" → "… stressed about decisions"."""
    felt = _VOCAB.mapped("feeling_adjectives", core.lemma_)
    if felt is not None:
        rest = phrase([t for t in tree if t.i > core.i], span)
        rest = re.sub(r"^of\b", "about", rest)
    else:
        cause = next((c for c in core.children if c.dep_ == "amod"), None)
        felt = _VOCAB.mapped("experiencer_forms", cause.lower_) if cause is not None else None
        if felt is None or cause is None:
            return None
        rest = "about " + phrase([t for t in tree if t.i > cause.i], span)
    amount = next((c.lower_ for c in core.children if c.lower_ in ("less", "fewer", "more")), "")
    no = any(c.lower_ in ("no", "zero") for c in core.children)
    no_more = any(t.lower_ == "no" and t.nbor(1).lower_ == "more" for t in tree if t.i < core.i)
    if amount == "more" and (no or no_more):  # "no more boredom": none of it, not more of it
        return template("feel.not", f"{felt} {rest}")
    if amount:  # "less stress" already says it: no "not" before a comparative
        return template("feel", f"{'less' if amount == 'fewer' else amount} {felt} {rest}")
    return template("feel.not" if negated or no else "feel", f"{felt} {rest}")


def _names_a_thing(feel: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "attr", "oprd")
        and c.pos_ in ("NOUN", "PROPN")
        and any(d.dep_ in ("det", "poss") for d in c.children)
        for c in feel.children
    )


def _experienced(core: Token) -> tuple[str, Token] | None:
    """The experiencer's form of a feeling that something causes ("embarrassing" →
    "embarrassed"), and the token after which the rest follows."""
    for token in (core, *(c for c in core.children if c.dep_ in ("acomp", "attr"))):
        felt = _VOCAB.mapped("experiencer_forms", token.lower_)
        if felt is not None:
            return felt, token
    return None


def _about_it(core: Token, subject: Token | None, tail: str) -> bool:
    return (
        core.lemma_.lower() == "be"
        and subject is not None
        and subject.lower_ in ("it", "this", "that")
        and tail.startswith("about ")
    )


def _about(rest: str, negated: bool) -> str:
    """What "it's about …" names: "feeling safe" → "I feel safe", "peace of mind" → "I have …"."""
    for gerund, stative in (("feeling ", "feel"), ("being ", "am"), ("having ", "have")):
        if rest.startswith(gerund):
            rest = rest.removeprefix(gerund)
            if negated:
                return f"I don't {stative} {rest}" if stative != "am" else f"I am not {rest}"
            return f"I {stative} {rest}"
    return f"I don't have {rest}" if negated else f"I have {rest}"


def social(
    span: Span,
    core: Token,
    tree: list[Token],
    subject: Token | None,
    own_subject: bool,
    tail: str,
    negated: bool,
    *,
    named: str | None = None,
) -> str:
    if _about_it(core, subject, tail):  # "it's about being taken seriously"
        return _about(tail.removeprefix("about "), negated)
    if own_subject and subject is not None:
        return _clause_with_subject(
            span, core, tree, subject, tail, negated, perceiver=True, named=named
        )
    presented = _presented_as(core, span)
    if presented:  # "look stylish" → "Others see me as stylish": someone perceives
        if subject is not None and subject.lower_ in ("we", "us"):  # the speaker's team
            return template("others-see-us.not" if negated else "others-see-us", presented)
        return template("others-see.not" if negated else "others-see", presented)
    if core.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in core.children):
        return (
            f"I am not {core.text.lower()} {tail}"
            if negated
            else f"I am {core.text.lower()} {tail}"
        )
    if core.lemma_.lower() == "be":
        return f"I am not {tail}" if negated else f"I am {tail}"
    if core.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ == "more" for c in core.children):  # "I get more recognition"
            return f"I get {phrase(tree, span)}"
        if _VOCAB.has("belonging_nouns", core.lemma_) and tree and tree[0].i == core.i:
            return f"I am {'not ' if negated else ''}{phrase(tree, span)}"  # "part of the crew"
        if (
            negated
            and _VOCAB.mapped("nominal_verbs", core.lemma_) is None
            and not any(_negating(t) for t in tree)
        ):
            return f"I don't get {phrase(tree, span)}"  # "the sly remarks about my slides"
        return _noun_state(core, tree, span, "I have")
    impressed = _impressed(core, tree, span, negated)
    if impressed is not None:
        return impressed
    if negated:
        return f"I don't {prefixed(core, core.lemma_.lower())} {tail}"
    return f"I {prefixed(core, core.lemma_.lower())} {tail}"


def _impressed(core: Token, tree: list[Token], span: Span, negated: bool) -> str | None:
    """Impressing others is their regard: "impress my neighbours" → "My neighbours are impressed
    by me"."""
    form = _VOCAB.mapped("impression_verbs", core.lemma_)
    audience = next((c for c in core.children if c.dep_ in ("dobj", "obj")), None)
    if form is None or audience is None or not inside(span, audience):
        return None
    who = phrase(list(audience.subtree), span)
    who = who[:1].upper() + who[1:]
    plural = is_plural(audience, who) or any(c.dep_ == "conj" for c in audience.children)
    rest = phrase([t for t in tree if t.i > audience.right_edge.i], span)
    be = ("are" if plural else "is") + (" not" if negated else "")
    return f"{who} {be} {form} by me {rest}"


def _presented_as(core: Token, span: Span) -> str | None:
    """What self-presentation shows others: "look stylish" → "stylish", "look good" → "looking
    good", "look like a pro" → "a pro", "come across as calm" → "calm"."""
    if not _VOCAB.has("presentation_verbs", core.lemma_):
        return None
    for child in core.children:
        if child.dep_ in ("acomp", "oprd", "attr") and inside(span, child):
            rest = phrase([t for t in core.subtree if t.i >= child.left_edge.i], span)
            if _VOCAB.has("manner_complements", child.lower_):
                return f"{core.lemma_.lower()}ing {rest}"
            return rest
        if child.dep_ == "prep" and child.lower_ in ("like", "as") and inside(span, child):
            # "look like a pro", "come across as someone who …"
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None:
                return phrase([t for t in core.subtree if t.i > child.i], span)
        if child.dep_ == "advcl" and child.pos_ == "ADJ" and inside(span, child):
            marked = any(c.lower_ == "as" and c.i < child.i for c in child.children)
            if marked:  # "come across as arrogant", parsed as a clause of its own
                return phrase([t for t in child.subtree if t.i >= child.i], span)
    return None


def _noun_state(core: Token, tree: list[Token], span: Span, owner: str) -> str:
    """A verbless outcome: "no surprise fees" → "There are no surprise fees",
    "peace of mind" → "I have peace of mind"."""
    noun_phrase = phrase(tree, span)
    verb = _VOCAB.mapped("nominal_verbs", core.lemma_)
    of = next((c for c in core.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if verb is not None and of is not None:  # "loss of reputation" → "I don't lose my reputation"
        rest = phrase([t for t in tree if t.i > of.i], span)
        owned = rest if rest.split()[0] in ("my", "our", "the", "a", "an") else f"my {rest}"
        return f"I don't {verb} {owned}" if rest else f"I have {noun_phrase}"
    first = next((t for t in tree if inside(span, t)), core)
    if first.lower_ in ("no", "less", "fewer", "more", "zero"):
        # "fewer" counts: plural whatever noun the parse took for the head ("fewer help desk
        # tickets", with "desk" as the head)
        plural = core.tag_ in ("NNS", "NNPS") or first.lower_ == "fewer"
        return f"There {'are' if plural else 'is'} {noun_phrase}"
    return f"{owner} {noun_phrase}"


def functional(
    span: Span,
    core: Token,
    tree: list[Token],
    lemma: str,
    subject: Token | None,
    own_subject: bool,
    tail: str,
    avoid: bool,
    negated: bool,
    *,
    named: str | None = None,
    told_as_pain: bool = False,
    obliged: bool = False,
) -> str:
    if (
        own_subject and subject is not None
    ):  # an object-focused state: "the package arrives on time"
        # a pain ("the weekly report takes hours", avoid): the desired state is its negation
        purpose = any(_purpose(c) for c in core.children)  # the avoiding is there
        pain = (
            avoid and not tail.startswith(("less", "fewer")) and core.tag_ != "VBN" and not purpose
        )
        return _clause_with_subject(span, core, tree, subject, tail, negated or pain, named=named)
    if core.pos_ in ("NOUN", "PROPN", "NUM"):
        desired = _pain_state(core, tree, span) if avoid else None
        if desired is None and avoid and tree and tree[0].lower_ == "too":
            desired = f"I don't have {phrase(tree, span)}"  # "too much paperwork"
        return desired or _noun_state(core, tree, span, "I have")
    if _VOCAB.has("ease_adjectives", core.lower_) and _capacity(core, tree):
        return ""  # "simple to set up": the thing's property, not the speaker's (a quote)
    if _capacity(core, tree):  # "strong enough to carry …"
        return f"I am {'not ' if negated else ''}{phrase(tree, span)}"
    wanted = _wanted_thing(core, tree, span, lemma, negated)
    if wanted is not None:
        return wanted
    if lemma in ("lose", "shed", "drop") and not negated:  # "lose ten pounds" → "I have lost …"
        return f"I have lost {tail}"
    if lemma in ("avoid", "stop", "prevent", "escape", "eliminate", "quit"):
        return f"I am able to {lemma} {tail}"
    if lemma == "have":
        return f"I don't have {tail}" if negated else f"I have {tail}"
    if lemma == "be":
        if subject is None and core.lower_ in _NOT_THE_SPEAKERS_BE:  # the subject is lost
            return ""  # ("if the trucks leave late the stores *are* empty": "stores" hung on
            # "leave")
        return f"I am not {tail}" if negated else f"I am {tail}"
    if _undergone(core):
        # a result the speaker undergoes: "get promoted" → "I am promoted"; a pain ("being stuck
        # with …", avoid) → its absence: "I am not stuck with …"
        return f"I am {'not ' if negated or told_as_pain else ''}{core.lower_} {tail}"
    return _act(span, core, lemma, tail, avoid, negated, told_as_pain=told_as_pain, obliged=obliged)


def _wanted_thing(
    core: Token, tree: list[Token], span: Span, lemma: str, negated: bool
) -> str | None:
    """A thing wanted or needed as the speaker's: "I want a dashboard" → "I have a dashboard",
    "[don't want to end up] needing a replacement" → "I don't need a replacement"."""
    if lemma not in ("want", "need", "like", "love", "prefer", "wish"):
        return None
    obj = next((c for c in core.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    after = [t for t in tree if t.i > obj.right_edge.i]
    wanted = phrase([*obj.subtree, *after], span)
    if negated:  # "not wanting a contract that auto-renews" → "I don't have …"
        return f"I don't {'need' if lemma == 'need' else 'have'} {wanted}"
    return f"I have {wanted}"


def _undergone(core: Token) -> bool:
    """A passive with the speaker, or no one named, as what undergoes it ("get promoted")."""
    return (
        core.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in core.children)
        and not any(
            c.dep_ == "csubjpass" or (c.dep_ == "nsubjpass" and c.lower_ not in FIRST_PERSON)
            for c in core.children
        )
    )


def _act(
    span: Span,
    core: Token,
    lemma: str,
    tail: str,
    avoid: bool,
    negated: bool,
    *,
    told_as_pain: bool,
    obliged: bool,
) -> str:
    """The speaker's act as a state: "I am able to …", "I don't have to …", "I don't …"."""
    verb = prefixed(core, lemma)  # "re-enter", split at the hyphen
    if negated and obliged:  # "not having to remember passwords"
        return f"I don't have to {verb} {tail}"
    if negated and avoid and _cannot(core):  # "we can't afford the fancy tools": the pain is
        return f"I am able to {verb} {tail}"  # the inability, its absence the ability
    if negated or (told_as_pain and core.pos_ == "VERB"):
        return f"I don't {verb} {tail}"  # a pain told as an act: "losing clients" → its absence
    able = any(t.lower_ in ("able", "can", "could") for t in span if t.i < core.i)
    if _VOCAB.has("stative_verbs", lemma) and not able:  # "weigh ten pounds less" is a state
        return f"I {verb} {tail}"
    return f"I am able to {verb} {tail}"


def _purpose(clause: Token) -> bool:
    """A clause the predicate is for ("[so] the kids can …", "[to] get …"), not one that only
    says when ("whenever someone swaps shifts")."""
    if clause.dep_ == "xcomp":
        return True
    return clause.dep_ == "advcl" and not any(
        c.dep_ in ("mark", "advmod") and _VOCAB.has("time_marks", c.lower_) for c in clause.children
    )


def _cannot(core: Token) -> bool:
    """ "can't afford", "couldn't find": the core's own modal is negated."""
    modals = ("ca", "can", "could")
    can = any(c.dep_ == "aux" and c.lower_ in modals for c in core.children)
    return can and any(c.dep_ == "neg" for c in core.children)


def _capacity(core: Token, tree: list[Token]) -> bool:
    """An adjective that opens the outcome and says what the speaker is fit for ("strong
    enough to …", "debt-free by forty"); not a thing's ("annoying that …", "reliable Wi-Fi")."""
    if core.pos_ != "ADJ" or not tree or tree[0].i != core.i or core.dep_ == "amod":
        return False
    if _VOCAB.mapped("experiencer_forms", core.lower_) not in (None, core.lower_):
        return False
    following = core.nbor(1) if core.i + 1 < len(core.doc) else None
    return following is not None and following.tag_ in ("IN", "TO", "RB")


def _pain_state(core: Token, tree: list[Token], span: Span) -> str | None:
    """A pain named as a thing that does something, as its desired state: "invoices that go out
    late because the template broke" → "Invoices don't go out late because the template broke"."""
    relcl = next((c for c in core.children if c.dep_ == "relcl" and inside(span, c)), None)
    if relcl is None or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in relcl.children
    ):
        return None
    who = phrase([t for t in tree if t.i < relcl.left_edge.i], span)
    kept = [t for t in relcl.subtree if t.i > relcl.i and not is_dropped(t, relcl)]
    rest = phrase(kept, span)
    plural = core.tag_ in ("NNS", "NNPS")
    if relcl.lemma_ == "be" or any(c.dep_ == "auxpass" for c in relcl.children):
        participle = "" if relcl.lemma_ == "be" else f"{relcl.lower_} "
        return f"{who} {'are' if plural else 'is'} not {participle}{rest}"
    do_not = "don't" if plural else "doesn't"
    return f"{who} {do_not} {relcl.lemma_.lower()} {rest}"


def _subject_words(subject: Token) -> list[Token]:
    """The subject's words, with the article the parser hung on the verb when it took the
    subject for a compound ("[The] payroll export breaks …")."""
    words = list(subject.subtree)
    if subject.dep_ == "compound":
        start = subject.left_edge.i
        words = [c for c in subject.head.children if c.dep_ == "det" and c.i < start] + words
    return words


def _missing_thing(core: Token, tree: list[Token], span: Span) -> str | None:
    """What "there is no …" says is missing, as present: "is a way to export", "are rewards",
    "is parking"; None when nothing is denied by "no"."""
    thing = next((c for c in core.children if c.dep_ == "attr"), None)
    no = next((c for c in thing.children if c.lower_ == "no"), None) if thing else None
    if thing is None or no is None:
        return None
    rest = phrase([t for t in tree if t.i > no.i], span)
    if thing.tag_ in ("NNS", "NNPS"):
        return f"are {rest}"
    if _VOCAB.has("mass_nouns", thing.lemma_.lower()) or thing.i != no.i + 1:
        return f"is {rest}"
    return f"is {'an' if rest[:1].lower() in 'aeiou' else 'a'} {rest}"


def _negative(subject: Token) -> bool:
    return _VOCAB.has("negative_words", subject.lower_) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _agrees_plural(core: Token, subject: Token, who: str) -> bool:
    """The subject's number as the answer's own verb shows it ("Chasing unpaid invoices *eats*
    my Monday": singular, whatever the parse made the subject), else as the subject's."""
    own = (core, *(c for c in core.children if c.dep_ in ("aux", "auxpass")))
    subjects = [c for c in core.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects == [subject] and any(t.tag_ == "VBZ" for t in own):
        return False  # (a plural "VBP" is also the bare verb: "we had the order *slip*")
    return is_plural(subject, who)


def _clause_with_subject(
    span: Span,
    core: Token,
    tree: list[Token],
    subject: Token,
    tail: str,
    negated: bool,
    *,
    perceiver: bool = False,
    named: str | None = None,
) -> str:
    """Subject + present-tense predicate + the rest: "My boss doesn't see me as a slacker".
    A perceiver named only by "they" is the template's "Others" ("they trust my estimates")."""
    who = named or SUBJECT_FORMS.get(subject.lower_) or phrase(_subject_words(subject), span)
    if negated and subject.dep_ == "expl":
        missing = _missing_thing(core, tree, span)
        if missing is not None:  # "there's no parking near the office" → "There is parking …"
            return f"{who} {missing}"
    if negated and core.tag_ != "VBD" and _negative(subject):
        negated = False  # "Nothing breaks", "No contract auto-renews": already the state wanted
    if perceiver and who.lower() == "they":
        who = "Others"
    plural = _agrees_plural(core, subject, who)
    perfect = next((c for c in core.children if c.dep_ == "aux" and c.lemma_ == "have"), None)
    if core.tag_ == "VBN" and perfect is not None:  # "has increased": the completion is the state
        have = "have" if plural or who == "I" else "has"
        return f"{who} {have} {'not ' if negated else ''}{core.text.lower()} {tail}"
    if core.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in core.children):
        # (a passive participle the tagger took for an adjective: "to be *embarrassed* by")
        be = "are" if plural else "is"
        rest = tail if core.lemma_.lower() == "be" else f"{core.text.lower()} {tail}"
        return f"{who} {be} {'not ' if negated else ''}{rest}"
    verbal = any(c.dep_ in ("aux", "auxpass") for c in core.children)
    if (
        core.tag_ in ("VBN", "JJ") and not verbal
    ):  # a small clause: "[want] it gone", "the house tidy"
        be = "are" if plural else "is"
        rest = phrase([t for t in tree if t.i >= core.i], span)
        return f"{who} {be} {'not ' if negated else ''}{rest}"
    if core.pos_ in ("ADJ", "NOUN") and not verbal:  # no verb left: "the floors clean"
        rest = phrase(tree, span).removeprefix(who).strip()
        return f"{who} {'are' if plural else 'is'} {'not ' if negated else ''}{rest}"
    if negated:
        do_not = "don't" if plural else "doesn't"
        return f"{who} {do_not} {prefixed(core, core.lemma_.lower())} {tail}"
    return f"{who} {prefixed(core, present(core, subject, plural))} {tail}"
