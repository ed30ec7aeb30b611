"""Context rules: cues that a clause describes the situation, the talk or someone else rather than
an outcome the speaker wants. They add ``situation:…`` evidence, which leans the typer towards
``none``; talk about the talk also silences a weak kind cue."""

from __future__ import annotations

from spacy.tokens import Token

from interviewer.nlp.clause import (
    FIRST_PERSON,
    is_first_person,
    is_negated,
    is_other_person,
    is_stand_in,
    name,
    subject_of,
)
from interviewer.nlp.lexicon import Lexicon, span_words
from interviewer.nlp.rules.verdict import Clause


def situation_cues(c: Clause) -> list[str]:
    """A past or progressive fact, a habit, a routine, a plan — with no wish, ability or
    comparison in it."""
    core = c.core
    if core.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return []  # a verbless phrase names a state wanted ("a cleaner every other Thursday")
    words = set(span_words(c.span))
    if c.reading.wrappers or words & c.lexicon.words("desire_word"):
        return []
    auxes = [t for t in core.children if t.dep_ in ("aux", "auxpass")]
    cues: list[str] = []
    if core.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        cues.append("situation:past")
    if core.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        cues.append("situation:progressive")
    if core.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        cues.append("situation:perfect")
    habits = sorted(words & c.lexicon.words("habit_word"))
    if habits:
        cues.append(f"situation:habit={habits[0]}")
    if c.has("fact_verb", core.lemma_) and any(t.like_num for t in c.span):
        cues.append("situation:fact")
    if (
        not cues
        and c.has("routine_verb", core.lemma_)
        and core.tag_ in ("VBP", "VBZ")
        and subject_of(core) is not None
    ):
        cues.append(f"situation:routine={core.lemma_}")  # "we use GitHub Actions", "she lives …"
    return cues


def third_party(c: Clause) -> list[str]:
    """A clause about another person with the speaker nowhere in it ("my landlord is hopeless",
    "Priya is at swimming"): an opinion or story about them, not the speaker's outcome."""
    subject = c.subject
    if c.speaker or subject is None or not _someone_known(subject, c):
        return []
    if any(t.lower_ in FIRST_PERSON for t in c.tree if t is not subject and t.i > subject.i):
        return []
    if any(is_stand_in(subject_of(w), c.lexicon) for w in c.reading.wrappers):
        return []  # "47% say the VPN drops them": what the group reports is its own problem
    return [f"situation:third-party={name(subject)}"]


def product_feature(c: Clause) -> list[str]:
    """What a product or service has or does, told as a fact: "the integration pulls orders from
    three shops", "every quote includes packing", "our vans are fitted with GPS" — no person,
    no want, no harm in it."""
    subject, core = c.subject, c.core
    if subject is None or c.speaker or subject.pos_ not in ("NOUN", "PROPN"):
        return []
    if is_other_person(subject, c.lexicon) or subject.lower_ in FIRST_PERSON:
        return []
    if c.reading.wrappers or c.reading.negated or not c.has("feature_verb", core.lemma_):
        return []
    if core.tag_ not in ("VBZ", "VBP", "VBN") or any(
        t.tag_ in ("MD", "VBD") for t in core.children if t.dep_ in ("aux", "auxpass")
    ):
        return []
    words = set(span_words(c.span))
    if words & c.lexicon.words("desire_word") or any(
        c.lexicon.is_negative("negative", t.lemma_.lower()) for t in c.span
    ):
        return []
    return [f"situation:feature={core.lemma_.lower()}"]


def pleasantry(c: Clause) -> list[str]:
    """ "Thanks for having me", "hope this helps someone", "just wanted to say thank you":
    politeness that opens the clause (after fillers) is no outcome; "thanks to the tutor, …"
    gives a cause, not thanks."""
    words = [w for w in c.words if not c.has("filler", w)]
    for start, phrase in c.lexicon.find_phrases("pleasantry", words):
        following = words[start + len(phrase)] if start + len(phrase) < len(words) else ""
        if start == 0 and following != "to":
            return [f"situation:pleasantry={' '.join(phrase)}"]
    return []


def _someone_known(subject: Token, c: Clause) -> bool:
    """A particular person of the speaker's life ("my landlord", "Priya"), not a pronoun or a
    group: in persona and survey prose "they" and "users" are the people whose outcome it is."""
    if subject.pos_ == "PROPN":  # "Priya"; not "the VPN", nor "Ugh" read as a name
        return not subject.is_upper and not c.has("filler", subject.lower_)
    return is_other_person(subject, c.lexicon) and any(
        t.dep_ == "poss" and t.lower_ in FIRST_PERSON for t in subject.children
    )


def talk_cues(c: Clause) -> list[str]:
    """Talk about the talk or about who the speaker is: "I don't know", "I get what you're
    saying", "I'm the team lead", "my name is Pete"."""
    passed = c.reading.wrappers
    top = passed[0] if passed else c.core
    subject = subject_of(top) if passed else c.subject
    lemma = top.lemma_.lower()
    lexicon = c.lexicon
    if subject is not None and is_first_person(subject) and lexicon.has("discourse", lemma):
        content = [t for t in top.children if t.dep_ in ("dobj", "ccomp", "xcomp", "attr")]
        if not content or all(_about_the_talk(t) for t in content):
            return [f"situation:discourse={lemma}"]
    if lemma == "be" and not is_negated(top, lexicon):
        return _identity(top, subject, lexicon)
    if subject is None and not passed:
        # "I'm the team lead", parsed with "lead" as the verb and "'m" hung below it.
        copula = next((t for t in c.tree if t.lemma_ == "be" and t.i < c.core.i), None)
        if copula is not None and not is_negated(copula, lexicon):
            return _identity(copula, subject_of(copula), lexicon)
    return []


def _identity(copula: Token, subject: Token | None, lexicon: Lexicon) -> list[str]:
    attr = next((t for t in copula.children if t.dep_ == "attr"), None)
    if attr is None or subject is None:
        return []
    if lexicon.has("identity_noun", subject.lemma_):
        return ["situation:identity"]  # "my name is …", "my job title is …"
    if (
        is_first_person(subject)
        and attr.pos_ in ("NOUN", "PROPN", "NUM")
        and not any(t.dep_ == "amod" for t in attr.children)
        and not lexicon.has("emotion", attr.lemma_)
        and not lexicon.has("social_noun", attr.lemma_)
    ):
        return ["situation:identity"]  # "I'm a nurse", "I am 37"
    return []


def _about_the_talk(token: Token) -> bool:
    """An object that points at the conversation itself ("what you're saying", "it", "that")."""
    if token.lower_ in ("it", "that", "this", "so", "what"):
        return True
    return any(t.lower_ in ("you", "your") for t in token.subtree)
