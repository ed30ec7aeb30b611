"""The restatement itself: restate an outcome candidate as a present-tense state of its kind.

emotional  → "I feel …", "I don't feel …", "I don't have to worry about …", "I have peace of mind …"
social     → "My colleagues take me seriously", "I am seen as …", "Others don't see me as …"
functional → "I have …", "I am able to …", "I don't …", or an object-focused state
             ("The package arrives on time")
The answer's content words (objects, qualifiers) are kept; hedges, fillers and wrappers
("I guess I just want to …") are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextvars import ContextVar
from itertools import pairwise

from spacy.tokens import Span, Token

from interviewer.nlp.phrasing.gate import INTERJECTION
from interviewer.nlp.phrasing.templates import template
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.rules import DISLIKE, FIRST_PERSON, Reading

_DROP_ADVERBS = frozenset(
    {
        "just",
        "really",
        "actually",
        "honestly",
        "basically",
        "literally",
        "finally",
        "probably",
        "maybe",
        "definitely",
        "obviously",
        "kind",
        "sort",
        "even",
        "still",
        "ever",
        "already",
        "also",
        "again",
        "anymore",
        "longer",
        "more",
        "never",
        "not",
        "n't",
        "no",
    }
)
_NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
_BE_PRESENT = {"i": "am", "we": "are", "you": "are", "they": "are"}
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_AUX_DEPS = ("aux", "auxpass", "neg")
_VOCAB = vocabulary()
_FEELING_NOUNS = _VOCAB.words("feeling_nouns")
_WORRY_VERBS = _VOCAB.words("worry_verbs")
# Wrappers whose outcome is the absence of what they govern ("avoid looking stupid").
_AVOIDING = frozenset({"avoid", "stop", "prevent", "quit", "escape"})
# Comparatives that already say "less of it": "feel less guilty" is not restated with a "not".
_DIMINISHING = frozenset({"less", "fewer"})
# Object pronouns that become subjects when a clause is restated ("I want them to see us as …").
_SUBJECT_FORMS = {"them": "they", "him": "he", "her": "she", "us": "we", "me": "I"}


def stative_statement(span: Span, reading: Reading, kind: str, polarity: str) -> str:
    """The stative restatement of one outcome candidate."""
    core = reading.core or span.root
    tree = reading.tree or [t for t in core.subtree if _inside(span, t)]
    avoid = polarity == "avoid"
    avoiding = next((w for w in reading.wrappers if w.lemma_.lower() in _AVOIDING | DISLIKE), None)
    negated = reading.negated or _has_negation(span, core)
    diminished = any(t.lower_ in _DIMINISHING for t in tree if t.i > core.i)
    if (
        avoid
        and not negated
        and not diminished
        and any(e.startswith("negative-") for e in reading.polarity_evidence)
    ):
        negated = True  # "being judged by other parents" (avoid) → "I am not judged by …"
    if avoid and not negated and not diminished and kind == "emotional" and _bad_feeling(tree):
        negated = True  # "when I feel fat" (avoid) → "I don't feel fat"
    if avoiding is not None and kind != "functional":
        negated = not diminished  # "avoid looking stupid" → "I don't look stupid"
    elif avoiding is not None:
        governed = avoiding.subtree if avoiding.dep_ != "aux" else tree  # "hate" misparsed as aux
        rest = _phrase([t for t in governed if t.i > avoiding.i], span)
        verb = avoiding.lemma_.lower()
        if verb in DISLIKE and rest.startswith("to "):
            return _tidy(f"I don't {rest.removeprefix('to ')}")  # "I'd hate to lose clients"
        return _tidy(f"I am able to {'avoid' if verb in DISLIKE else verb} {rest}")
    lemma = core.lemma_.lower()
    subject = reading.subject
    reported = _is_report(span, subject)
    own_subject = (
        subject is not None
        and subject.lower_ not in FIRST_PERSON
        and _inside(span, subject)
        and not reported
    )
    speaking = _REPORTED.set(reported)
    try:
        tail = _tail(span, core, tree)
        if kind == "emotional":
            text = _emotional(span, core, tree, lemma, tail, avoid, negated)
        elif kind == "social":
            text = _social(span, core, tree, subject, own_subject, tail, negated)
        else:
            text = _functional(span, core, tree, lemma, subject, own_subject, tail, avoid, negated)
    finally:
        _REPORTED.reset(speaking)
    return _tidy(text)


# Whether the clause being phrased reports someone else's outcome as the speaker's own
# ("users want …", "30% of parents worry …", "she wants to …"): LABELING.md restates those in
# the first person.
_REPORTED: ContextVar[bool] = ContextVar("reported", default=False)


def _is_report(span: Span, subject: Token | None) -> bool:
    """Whether ``subject`` is the generic "you" of speech or the subject of a third-person report
    (a pronoun, a share, a group) in a clause that does not name the speaker."""
    if subject is None:
        return False
    if subject.lower_ == "you":
        return True
    if any(t.lower_ in FIRST_PERSON for t in span):
        return False
    return (
        subject.lower_ in ("he", "she", "they")
        or subject.like_num
        or subject.text == "%"
        or _VOCAB.has("report_subjects", subject.lemma_)
    )


def _bad_feeling(tree: list[Token]) -> bool:
    return any(_VOCAB.has("bad_feelings", t.lower_) for t in tree)


def _emotional(
    span: Span, core: Token, tree: list[Token], lemma: str, tail: str, avoid: bool, negated: bool
) -> str:
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
            rest = _phrase([t for t in tree if t.i >= wanted.left_edge.i], span)
            return template("have.not" if negated else "have", rest)
    if lemma == "feel":
        if _names_a_thing(core):  # "feel a good sister" → "I feel like a good sister"
            return template("feel.not" if negated else "feel", f"like {tail}")
        return f"I don't feel {tail}" if negated else f"I feel {tail}"
    felt = _experienced(core)
    if felt is not None:  # "it's embarrassing being out of breath" → "… feel embarrassed …"
        word, after = felt
        rest = _phrase([t for t in tree if t.i > after.i], span)
        return template("feel.not" if negated or avoid else "feel", f"{word} {rest}")
    if lemma == "be" and tail.startswith("about "):
        return _about(tail.removeprefix("about "), negated)  # "it's about peace of mind"
    if lemma in ("be", "get", "become", "stay", "remain", "seem", "look"):
        return f"I don't feel {tail}" if negated else f"I feel {tail}"
    if core.pos_ == "ADJ" or core.tag_ == "VBN":
        rest = _phrase(tree, span)
        return (
            f"I don't feel {rest}"
            if negated or (avoid and core.tag_ == "VBN")
            else f"I feel {rest}"
        )
    if core.pos_ in ("NOUN", "PROPN"):
        felt_state = _feeling_state(core, tree, span, avoid or negated)
        if felt_state is not None:
            return felt_state
        if lemma not in _FEELING_NOUNS and not any(c.dep_ == "det" for c in core.children):
            return f"I feel {_phrase(tree, span)}"  # "calm when I get into bed"
        if avoid or negated:
            return f"I am free of {_phrase(tree, span)}"  # "the guilt of putting it off"
        return _noun_state(core, tree, span, "I have")
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


def _feeling_state(core: Token, tree: list[Token], span: Span, negated: bool) -> str | None:
    """A feeling named by a noun, felt: "confidence in cooking" → "I feel confident in cooking",
    "the stress of deciding" (avoid) → "I don't feel stressed about deciding", "less stress at
    work" → "I feel less stressed at work", "stressful decisions" → "… stressed about decisions"."""
    felt = _VOCAB.mapped("feeling_adjectives", core.lemma_)
    if felt is not None:
        rest = _phrase([t for t in tree if t.i > core.i], span)
        rest = re.sub(r"^of\b", "about", rest)
    else:
        cause = next((c for c in core.children if c.dep_ == "amod"), None)
        felt = _VOCAB.mapped("experiencer_forms", cause.lower_) if cause is not None else None
        if felt is None or cause is None:
            return None
        rest = "about " + _phrase([t for t in tree if t.i > cause.i], span)
    amount = next((c.lower_ for c in core.children if c.lower_ in ("less", "fewer", "more")), "")
    if amount:  # "less stress" already says it: no "not" before a comparative
        return template("feel", f"{'less' if amount == 'fewer' else amount} {felt} {rest}")
    no = any(c.lower_ in ("no", "zero") for c in core.children)
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


def _about(rest: str, negated: bool) -> str:
    """What "it's about …" names: "feeling safe" → "I feel safe", "peace of mind" → "I have …"."""
    for gerund, stative in (("feeling ", "feel"), ("being ", "am"), ("having ", "have")):
        if rest.startswith(gerund):
            rest = rest.removeprefix(gerund)
            if negated:
                return f"I don't {stative} {rest}" if stative != "am" else f"I am not {rest}"
            return f"I {stative} {rest}"
    return f"I don't have {rest}" if negated else f"I have {rest}"


def _social(
    span: Span,
    core: Token,
    tree: list[Token],
    subject: Token | None,
    own_subject: bool,
    tail: str,
    negated: bool,
) -> str:
    if own_subject and subject is not None:
        return _clause_with_subject(span, core, tree, subject, tail, negated)
    presented = _presented_as(core, span)
    if presented:  # "look trendy" → "Others see me as trendy": someone perceives
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
        return _noun_state(core, tree, span, "I have")
    if negated:
        return f"I don't {_prefixed(core, core.lemma_.lower())} {tail}"
    return f"I {_prefixed(core, core.lemma_.lower())} {tail}"


def _presented_as(core: Token, span: Span) -> str | None:
    """What self-presentation shows others: "look trendy" → "trendy", "look good" → "looking
    good", "look like a pro" → "a pro"."""
    if not _VOCAB.has("presentation_verbs", core.lemma_):
        return None
    for child in core.children:
        if child.dep_ in ("acomp", "oprd", "attr") and _inside(span, child):
            rest = _phrase([t for t in core.subtree if t.i >= child.i], span)
            if _VOCAB.has("manner_complements", child.lower_):
                return f"{core.lemma_.lower()}ing {rest}"
            return rest
        if child.dep_ == "prep" and child.lower_ == "like" and _inside(span, child):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None:
                return _phrase([t for t in core.subtree if t.i > child.i], span)
    return None


def _noun_state(core: Token, tree: list[Token], span: Span, owner: str) -> str:
    """A verbless outcome: "no surprise fees" → "There are no surprise fees",
    "peace of mind" → "I have peace of mind"."""
    noun_phrase = _phrase(tree, span)
    verb = _VOCAB.mapped("nominal_verbs", core.lemma_)
    of = next((c for c in core.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if verb is not None and of is not None:  # "loss of reputation" → "I don't lose my reputation"
        rest = _phrase([t for t in tree if t.i > of.i], span)
        owned = rest if rest.split()[0] in ("my", "our", "the", "a", "an") else f"my {rest}"
        return f"I don't {verb} {owned}" if rest else f"I have {noun_phrase}"
    first = next((t for t in tree if _inside(span, t)), core)
    if first.lower_ in ("no", "less", "fewer", "more", "zero", "fewer"):
        plural = core.tag_ in ("NNS", "NNPS")
        return f"There {'are' if plural else 'is'} {noun_phrase}"
    return f"{owner} {noun_phrase}"


def _functional(
    span: Span,
    core: Token,
    tree: list[Token],
    lemma: str,
    subject: Token | None,
    own_subject: bool,
    tail: str,
    avoid: bool,
    negated: bool,
) -> str:
    if (
        own_subject and subject is not None
    ):  # an object-focused state: "the package arrives on time"
        # a pain ("manual tracking takes hours", avoid): the desired state is its negation
        pain = avoid and not tail.startswith(("less", "fewer")) and core.tag_ != "VBN"
        return _clause_with_subject(span, core, tree, subject, tail, negated or pain)
    if core.pos_ in ("NOUN", "PROPN", "NUM"):
        desired = _pain_state(core, tree, span) if avoid else None
        return desired or _noun_state(core, tree, span, "I have")
    if lemma in ("want", "need", "like", "love", "prefer", "wish"):  # "I want a dashboard"
        obj = next((c for c in core.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None:
            after = [t for t in tree if t.i > obj.right_edge.i]
            return f"I have {_phrase([*obj.subtree, *after], span)}"
    if lemma in ("lose", "shed", "drop") and not negated:  # "lose ten pounds" → "I have lost …"
        return f"I have lost {tail}"
    if lemma in ("avoid", "stop", "prevent", "escape", "eliminate", "quit"):
        return f"I am able to {lemma} {tail}"
    if lemma == "have":
        return f"I don't have {tail}" if negated else f"I have {tail}"
    if lemma == "be":
        return f"I am not {tail}" if negated else f"I am {tail}"
    if negated:
        return f"I don't {lemma} {tail}"
    able = any(t.lower_ in ("able", "can", "could") for t in span if t.i < core.i)
    if _VOCAB.has("stative_verbs", lemma) and not able:  # "weigh ten pounds less" is a state
        return f"I {lemma} {tail}"
    return f"I am able to {lemma} {tail}"


def _pain_state(core: Token, tree: list[Token], span: Span) -> str | None:
    """A pain named as a thing that does something, as its desired state: "renewals that lapse
    because a row was filtered" → "Renewals don't lapse because a row was filtered"."""
    relcl = next((c for c in core.children if c.dep_ == "relcl" and _inside(span, c)), None)
    if relcl is None or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in relcl.children
    ):
        return None
    who = _phrase([t for t in tree if t.i < relcl.left_edge.i], span)
    kept = [t for t in relcl.subtree if t.i > relcl.i and not _is_dropped(t, relcl)]
    rest = _phrase(kept, span)
    plural = core.tag_ in ("NNS", "NNPS")
    if relcl.lemma_ == "be" or any(c.dep_ == "auxpass" for c in relcl.children):
        participle = "" if relcl.lemma_ == "be" else f"{relcl.lower_} "
        return f"{who} {'are' if plural else 'is'} not {participle}{rest}"
    do_not = "don't" if plural else "doesn't"
    return f"{who} {do_not} {relcl.lemma_.lower()} {rest}"


def _clause_with_subject(
    span: Span, core: Token, tree: list[Token], subject: Token, tail: str, negated: bool
) -> str:
    """Subject + present-tense predicate + the rest: "My boss doesn't see me as a slacker"."""
    who = _SUBJECT_FORMS.get(subject.lower_) or _phrase(subject.subtree, span)
    plural = _is_plural(subject, who)
    perfect = next((c for c in core.children if c.dep_ == "aux" and c.lemma_ == "have"), None)
    if core.tag_ == "VBN" and perfect is not None:  # "has increased": the completion is the state
        have = "have" if plural or who == "I" else "has"
        return f"{who} {have} {'not ' if negated else ''}{core.text.lower()} {tail}"
    if core.lemma_.lower() == "be" or (
        core.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in core.children)
    ):
        be = "are" if plural else "is"
        rest = tail if core.lemma_.lower() == "be" else f"{core.text.lower()} {tail}"
        return f"{who} {be} {'not ' if negated else ''}{rest}"
    verbal = any(c.dep_ in ("aux", "auxpass") for c in core.children)
    if (
        core.tag_ in ("VBN", "JJ") and not verbal
    ):  # a small clause: "[want] it gone", "the house tidy"
        be = "are" if plural else "is"
        rest = _phrase([t for t in tree if t.i >= core.i], span)
        return f"{who} {be} {'not ' if negated else ''}{rest}"
    if core.pos_ in ("ADJ", "NOUN") and not verbal:  # no verb left: "the floors clean"
        rest = _phrase(tree, span).removeprefix(who).strip()
        return f"{who} {'are' if plural else 'is'} {'not ' if negated else ''}{rest}"
    if negated:
        do_not = "don't" if plural else "doesn't"
        return f"{who} {do_not} {_prefixed(core, core.lemma_.lower())} {tail}"
    return f"{who} {_prefixed(core, _present(core, subject, plural))} {tail}"


def _is_plural(subject: Token, who: str) -> bool:
    """Whether a subject is plural, also where the tagger took an unknown plural ("the devs")
    for a singular noun."""
    if subject.tag_ in ("NNS", "NNPS") or who.lower() in ("they", "people", "others", "we"):
        return True
    if "Plur" in subject.morph.get("Number", []) or any(c.dep_ == "conj" for c in subject.children):
        return True
    text = subject.lower_
    return (
        subject.tag_ in ("NN", "NNP")
        and len(text) > 3
        and text.endswith("s")
        and not text.endswith(("ss", "us", "is", "ics"))
    )


def _prefixed(verb: Token, form: str) -> str:
    """Keep a hyphenated prefix the tokenizer split off ("second-guess", "over-think")."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 2].whitespace_:
        return f"{doc[verb.i - 2].lower_}-{form}"
    return form


def _tail(span: Span, core: Token, tree: list[Token]) -> str:
    """What follows the core predicate in its own subtree (objects, complements, qualifiers)."""
    tokens = [
        t
        for t in tree
        if t.i > core.i
        and _inside(span, t)
        and not _is_dropped(t, core)
        and not _is_interjection(t)
    ]
    return _join(tokens)


def _is_dropped(token: Token, core: Token) -> bool:
    head = token.head.i
    dep = token.dep_
    if head == core.i and dep in (*_AUX_DEPS, "mark", "intj"):
        return True
    if dep == "conj" and head == core.i:
        return False
    lower = token.lower_
    return (lower in _NEGATION_WORDS and head in (core.i, core.head.i)) or (
        lower in ("longer", "anymore") and head == core.i
    )


def _phrase(tokens: Iterable[Token], span: Span) -> str:
    return _join([t for t in tokens if _inside(span, t) and not _is_interjection(t)])


_ASIDES = frozenset({"know", "see", "mean", "guess", "think", "suppose"})


def _is_interjection(token: Token) -> bool:
    """Fillers inside a clause ("to, um, trust", "confident, you know, instead") and the commas
    around them."""
    if _is_filler(token):
        return True
    if token.is_punct and token.text in (",", "...", "…"):
        neighbours = [token.nbor(d) for d in (-1, 1) if 0 <= token.i + d < len(token.doc)]
        return any(_is_filler(n) for n in neighbours)
    return False


_FILLERS = _VOCAB.words("fillers")


def _is_filler(token: Token) -> bool:
    lower = token.lower_
    if token.dep_ == "intj" or token.tag_ == "UH" or lower in _FILLERS:
        return True
    if INTERJECTION.match(lower):
        return True
    if token.dep_ not in ("parataxis", "nsubj"):
        return False
    aside = token if token.dep_ == "parataxis" else token.head
    return (
        aside.dep_ == "parataxis"
        and aside.lemma_.lower() in _ASIDES
        and (token is aside or token.dep_ == "nsubj")
        and sum(1 for _ in aside.subtree) <= 2
    )


def _join(tokens: list[Token]) -> str:
    """The tokens' text, minus a capital that only marked the start of a sentence, with the
    generic "you" of speech in the speaker's person ("makes you feel confident" → "me")."""
    if not tokens:
        return ""
    first = tokens[0]
    head = _first_person(first) or first.text
    acronym = len(head) > 1 and head.isupper()
    if first.is_sent_start and first.pos_ != "PROPN" and head != "I" and not acronym:
        head = head[:1].lower() + head[1:]
    text = head
    for previous, token in pairwise(tokens):
        # a token left out between two kept ones leaves a space ("confident[, you know,] instead")
        gap = previous.whitespace_ or (token.i != previous.i + 1 and not token.is_punct)
        text += (" " if gap else "") + (_first_person(token) or token.text)
    return text.strip()


_GENERIC_YOU = {"your": "my", "yours": "mine", "yourself": "myself"}
_AFTER_I = {"are": "am", "'re": "'m", "were": "was", "is": "am", "has": "have", "does": "do"}


_REPORTED_FORMS = {
    "his": "my",
    "their": "my",
    "theirs": "mine",
    "himself": "myself",
    "herself": "myself",
    "themselves": "myself",
    "themself": "myself",
}


def _first_person(token: Token) -> str | None:
    """The speaker's form of a generic second-person word (or, in a reported clause, of the
    reported person's pronoun), or None to keep the token."""
    lower = token.lower_
    reported = _REPORTED.get() and lower in ("he", "she", "they", "him", "her", "them")
    if lower == "you" or reported:
        if lower == "her" and token.dep_ == "poss":
            return "my"
        return "I" if token.dep_ in ("nsubj", "nsubjpass") else "me"
    previous = token.nbor(-1) if token.i > 0 else None
    if previous is not None and lower in _AFTER_I and _first_person(previous) == "I":
        return _AFTER_I[lower]
    if _REPORTED.get() and lower in _REPORTED_FORMS:
        return _REPORTED_FORMS[lower]
    return _GENERIC_YOU.get(lower)


def _inside(span: Span, token: Token) -> bool:
    return span.start <= token.i < span.end


def _has_negation(span: Span, core: Token) -> bool:
    return any(c.dep_ == "neg" for c in core.children) or any(
        t.lower_ in ("no", "never") and t.head == core for t in span
    )


def _present(verb: Token, subject: Token | None, plural: bool = False) -> str:
    lemma = verb.lemma_.lower()
    third = (
        not plural
        and subject is not None
        and subject.lower_ not in FIRST_PERSON
        and subject.lower_ not in ("they", "you", "people", "others")
        and subject.tag_ in ("NN", "NNP", "PRP")
    )
    if verb.tag_ == "VBN" or verb.tag_ == "VBG":
        return verb.text.lower()
    if lemma == "be":
        if subject is None:
            return "am"
        return _BE_PRESENT.get(subject.lower_, "is" if third else "are")
    if third:
        return _IRREGULAR_3SG.get(lemma, _s_form(lemma))
    return lemma


def _s_form(lemma: str) -> str:
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


_INNER_FILLER = re.compile(
    r",\s*(?:you know|i mean|i guess|like|kind of|sort of|honestly|basically|right)\s*(?=,)",
    re.IGNORECASE,
)


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = _INNER_FILLER.sub("", text)  # "confident, you know, instead" → "confident, instead"
    text = text.strip(" ,;:-–—.")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(
        r"\b(I|you) (is)\b", lambda m: f"{m.group(1)} {'am' if m.group(1) == 'I' else 'are'}", text
    )
    return text[:1].upper() + text[1:] if text else text
