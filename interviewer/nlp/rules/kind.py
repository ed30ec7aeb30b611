"""Kind rules: an ordered table of small rules, ``(clause) -> Verdict | None``; the first that
speaks decides. Strong rules read the parse (who feels, who perceives whom); weak ones read cue
words anywhere in the clause and leave room for the trained classifier.

0. a fear whose object is others' opinion or treatment of the speaker is **social** ("I worry
   what my team thinks of me");
1. a feeling predicate whose experiencer is the speaker is **emotional** ("I feel like my
   colleagues take me seriously", "not having to worry");
2. others' perception, treatment or regard of the speaker, its passive, or the speaker's
   self-presentation to an audience is **social** ("my boss sees me as reliable", "being judged
   by other parents", "look competent in front of the client", "earn the team's respect");
3. weak cues: feeling and social phrases, a result verb with a measurable object, an emotion word
   or a social noun anywhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from interviewer.core.outcome import OutcomeKind
from interviewer.nlp.clause import (
    FIRST_PERSON,
    is_first_person,
    is_other_person,
    is_stand_in,
    name,
    subject_of,
)
from interviewer.nlp.rules.verdict import (
    STRONG,
    WEAK,
    Clause,
    KindRule,
    Verdict,
    time_or_money_spent,
)

EMOTIONAL, SOCIAL, FUNCTIONAL = OutcomeKind.EMOTIONAL, OutcomeKind.SOCIAL, OutcomeKind.FUNCTIONAL
_STAND_IN_PRONOUNS = frozenset({"they", "them", "their", "themselves"})


def _strong(kind: OutcomeKind, *evidence: str) -> Verdict:
    return Verdict(kind, STRONG, evidence)


def _weak(kind: OutcomeKind, *evidence: str) -> Verdict:
    return Verdict(kind, WEAK, evidence)


# --- emotional: the speaker's own feeling --------------------------------------------------


def seen_by_an_agent(c: Clause) -> Verdict | None:
    """ "being judged by other parents": the agent perceives; whatever it feels like, social."""
    if c.agent is not None and is_other_person(c.agent, c.lexicon) and c.has("perception", c.lemma):
        return _strong(SOCIAL, f"rule:seen-as={c.lemma}(passive)", f"perceiver:{c.agent.text}")
    return None


def _apprehension(c: Clause) -> Token | None:
    """The worry word of a speaker's fear ("I worry …", "afraid of …", "the fear that …")."""
    if not c.speaker:
        return None
    for token in (c.core, c.feeling):
        if token is not None and (
            c.has("apprehension", token.lemma_) or c.has("apprehension", token.lower_)
        ):  # "terrified" lemmatised as the verb "terrify"
            return token
    return None


def _about_speaker(c: Clause, verb: Token) -> bool:
    """Whether others' verb is about the speaker: "think *of me*", "trust *me*", "think *I'm*
    slow", "*what* they think"; a stand-in's own pronouns count ("… of *them*")."""
    own = FIRST_PERSON | (_STAND_IN_PRONOUNS if is_stand_in(c.subject, c.lexicon) else frozenset())
    subject = subject_of(verb)
    for token in verb.subtree:
        if subject is not None and token in subject.subtree:
            continue
        if token.lower_ in own or (token.head is verb and token.tag_ in ("WP", "WRB")):
            return True
    return False


def _others_regard(c: Clause, token: Token) -> bool:
    """Whether ``token`` says others' opinion or treatment of the speaker: "what my boss thinks",
    "people won't like me", "being criticised", "the judgement of other parents", "how I come
    across to clients", "fit in"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return c.has("regard_noun", lemma) or c.has("regard_noun", token.lower_)
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if c.has("perception", lemma) or c.has("remark_verb", lemma):
        if is_other_person(subject_of(token), c.lexicon) and _about_speaker(c, token):
            return True
        if c.has("perception", lemma) and any(
            t.dep_ in ("auxpass", "nsubjpass") for t in token.children
        ):
            return True
    if c.has("presentation_verb", lemma) or c.has("appearance_verb", lemma):
        return any(
            t.dep_ == "pobj" and is_other_person(t, c.lexicon)
            for child in token.children
            for t in child.children
        )
    return c.has("belonging_verb", lemma)


def fear_of_judgement(c: Clause) -> Verdict | None:
    """ "I worry what my superiors think of me", "afraid of being laughed at": the object of the
    speaker's fear is others' opinion or treatment, so the outcome is social (LABELING.md)."""
    worry = _apprehension(c)
    if worry is None:
        return None
    subject = c.subject
    held = [t for t in c.tree if t.i > worry.i and (subject is None or t not in subject.subtree)]
    judged = next((t for t in held if _others_regard(c, t)), None)
    if judged is None:
        return None
    return _strong(
        SOCIAL, f"rule:fear-of-judgement={worry.lemma_.lower()}", f"regard:{judged.lemma_.lower()}"
    )


def feel_predicate(c: Clause) -> Verdict | None:
    if not (c.speaker and c.lemma == "feel"):
        return None
    evidence = ["rule:feel-predicate", f"experiencer:{name(c.subject)}"]
    if c.feeling is not None:
        evidence.append(f"cue:feeling={c.feeling.lemma_.lower()}")
    return _strong(EMOTIONAL, *evidence)


def feeling_frames_a_problem(c: Clause) -> Verdict | None:
    """ "So annoyed that the refund took six weeks", "worried about covering the VAT bill": a bad
    feeling told about a concrete problem, as it is, frames the problem, which is the outcome
    (functional; LABELING). Wished away ("not anxious about …", "I don't want to be stressed
    about …") the feeling itself is the outcome, and the emotion rules read it."""
    # told as it is: a survey's "said" may wrap it, a wish may not
    felt = c.speaker or (c.subject is not None and c.subject.lower_ == "it")  # "it's annoying that"
    if (
        not felt
        or c.reading.negated
        or any(not c.has("report", w.lemma_) for w in c.reading.wrappers)
    ):
        return None
    feeling = c.feeling if c.feeling is not None else c.core
    lemma = feeling.lemma_.lower()
    said = (lemma, feeling.lower_)  # "maddening" read as the verb "madden"
    if not any(c.lexicon.is_negative("emotion", w) or c.has("apprehension", w) for w in said):
        return None
    near = (*c.core.children, *feeling.children)
    if any(t.dep_ == "neg" or c.has("absence_quantifier", t.lower_) for t in near) or (
        c.lexicon.find_phrases("negator_phrase", c.words)  # "no longer anxious"
    ):
        return None
    below = (*feeling.children, *(c.core.children if c.core is not feeling else ()))
    problem = next((t for t in below if _states_a_problem(c, t, extraposed=not c.speaker)), None)
    if problem is None:
        return None
    return _strong(FUNCTIONAL, f"rule:feeling-frames-a-problem={lemma}")


def _states_a_problem(c: Clause, token: Token, *, extraposed: bool) -> bool:
    """A "that …" / "when …" clause, or an event after "about / at / by / over", below a feeling
    (not a bare gerund: in "I dread opening the bills" the dread is the harm). After "it's
    annoying", what the speaker is made to do is a problem too ("… that I have to re-enter")."""
    if token.dep_ in ("ccomp", "advcl"):  # "that the refund took …", "when the van …"
        # something going wrong, not the speaker's own doing ("when I have to speak up")
        doer = subject_of(token)
        own_doing = doer is not None and doer.lower_ in FIRST_PERSON
        if own_doing and extraposed and _forced(token):
            own_doing = False
        return any(t.dep_ == "mark" or t.tag_ == "WRB" for t in token.children) and not own_doing
    if token.dep_ != "prep" or not c.has("problem_preposition", token.lower_):
        return False
    # an event ("about covering the rent", "about the parcel not turning up"), not a thing or a
    # topic ("anxious about money", "nervous about the interview": there the feeling is the harm)
    return any(
        t.dep_ == "pcomp" or (t.dep_ == "pobj" and any(w.pos_ == "VERB" for w in t.subtree))
        for t in token.children
    )


def _forced(clause: Token) -> bool:
    """Whether the clause says the speaker is made to do something ("that I *have to* …")."""
    return any(
        t.lemma_ in ("have", "need") and any(x.dep_ == "xcomp" for x in t.children)
        for t in clause.subtree
    )


def feeling_verb(c: Clause) -> Verdict | None:
    if (
        c.speaker
        and c.has("feeling_verb", c.lemma)
        and not c.has("not_feeling", c.lemma)
        and not _group_acting_on_speaker(c)
    ):
        return _strong(EMOTIONAL, f"rule:feeling-verb={c.lemma}", f"experiencer:{name(c.subject)}")
    return None


def emotion_complement(c: Clause) -> Verdict | None:
    """ "I'm worried about …", "I get anxious when …"."""
    if c.speaker and c.feeling is not None and c.has("emotion", c.feeling.lemma_):
        state = c.feeling.lemma_.lower()
        return _strong(EMOTIONAL, f"rule:emotion-state={state}", f"experiencer:{name(c.subject)}")
    return None


def emotion_core(c: Clause) -> Verdict | None:
    """ "less stressed", "the dread of …": an emotion word is the core itself."""
    core = c.core
    if (
        c.speaker
        and (c.has("emotion", c.lemma) or c.has("emotion", core.lower_))
        and (core.pos_ in ("ADJ", "NOUN") or core.tag_ == "VBN")
    ):
        return _strong(EMOTIONAL, f"rule:emotion-state={c.lemma}", f"experiencer:{name(c.subject)}")
    return None


def bad_feeling_fragment(c: Clause) -> Verdict | None:
    """ "Awful, to be honest.", "Pretty rubbish.": a bad feeling word said on its own is how the
    speaker felt (a good one on its own is as often a backchannel: "Great.")."""
    core = c.core
    if (
        c.subject is None
        and core.pos_ in ("ADJ", "NOUN", "PROPN")  # (the tagger's guess for a word alone)
        and core.dep_ == "ROOT"
        and c.lexicon.is_negative("feeling", core.lower_)
        and not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in c.tree if t is not core)
    ):
        return _strong(EMOTIONAL, f"rule:bad-feeling={c.lemma}", "experiencer:I (implied)")
    return None


def leading_feel(c: Clause) -> Verdict | None:
    """ "Feeling like the app gets my taste": a leading feel-clause the parser hung lower."""
    for token in c.span:
        if token.i > c.core.i:
            break
        if token.lemma_.lower() == "feel" and is_first_person(subject_of(token)):
            return _strong(EMOTIONAL, "rule:feel-predicate(leading)", "experiencer:I")
    return None


# --- social: others' perception or treatment of the speaker ---------------------------------


def _is_other(c: Clause) -> bool:
    return is_other_person(c.subject, c.lexicon) and not c.speaker


def _objects_speaker(c: Clause) -> bool:
    """The speaker as what others' verb is about ("trust *me*", "laugh at *my* accent"); the
    perceiver's own "my" ("*my* sister thinks …") is not."""
    own = set(c.subject.subtree) if c.subject is not None else set()
    return any(
        t.lower_ in FIRST_PERSON
        for t in c.tree
        if t.dep_ in ("dobj", "pobj", "nsubj", "poss", "dative", "obj") and t not in own
    )


def _group_acting_on_speaker(c: Clause) -> bool:
    """ "customers trust *us*": a group that would stand in for the speaker is someone else
    when its verb acts on the speaker."""
    return is_stand_in(c.subject, c.lexicon) and _objects_speaker(c)


def regard_of_others(c: Clause) -> Verdict | None:
    """ "my kids are proud of me", "my boss is happy with us": their regard for the speaker."""
    regard = c.feeling
    if regard is None and c.has("emotion", c.lemma) and c.core.pos_ in ("ADJ", "VERB"):
        regard = c.core  # "my team [to be] embarrassed by my slides"
    if (
        is_other_person(c.subject, c.lexicon)
        and regard is not None
        and any(_speakers(t) for t in regard.subtree)
    ):
        return _strong(
            SOCIAL, f"rule:regard-of-others={regard.lemma_.lower()}", f"perceiver:{name(c.subject)}"
        )
    return None


def _speakers(token: Token) -> bool:
    """The speaker, or what is the speaker's, as what a feeling is about ("proud of *me*",
    "embarrassed by *my* slides")."""
    if token.lower_ not in FIRST_PERSON:
        return False
    return token.dep_ == "pobj" or (token.dep_ == "poss" and token.head.dep_ == "pobj")


def perceived_by_others(c: Clause) -> Verdict | None:
    """ "my colleagues take me seriously", "people think I'm lazy", "customers trust us"."""
    if not c.has("perception", c.lemma):
        return None
    if not (_is_other(c) or _group_acting_on_speaker(c)):
        return None
    children = list(c.core.children)
    if _objects_speaker(c) or (
        c.lemma == "take" and any(t.lower_ == "seriously" for t in children)
    ):
        return _strong(
            SOCIAL, f"rule:perceived-by-others={c.lemma}", f"perceiver:{name(c.subject)}"
        )
    if any(t.dep_ == "ccomp" and _mentions_speaker(t) for t in children):
        # "people think I'm lazy"; not "my boss thinks the report is late"
        return _strong(SOCIAL, f"rule:others-think={c.lemma}", f"perceiver:{name(c.subject)}")
    return None


def treated_by_others(c: Clause) -> Verdict | None:
    """ "the receptionist was dismissive", "the other parents are so welcoming": how other people
    behave towards the speaker, told by an adjective of treatment."""
    subject = c.subject
    # one person of the story ("the driver") is someone else even where the plural stands in
    # for the speaker ("drivers say …")
    one_person = subject is not None and subject.tag_ == "NN"
    if not (_is_other(c) or (one_person and is_other_person(subject, c.lexicon))):
        return None
    core = c.core
    # the core itself ("rude"; "condescending", tagged as a verb) or its complement
    adjectives = [core, *(t for t in core.children if t.dep_ == "acomp")]
    treatment = next((t for t in adjectives if c.has("treatment_adjective", t.lower_)), None)
    if treatment is None:
        return None
    return _strong(
        SOCIAL, f"rule:treated-by-others={treatment.lower_}", f"perceiver:{name(c.subject)}"
    )


def _mentions_speaker(token: Token) -> bool:
    return any(t.lower_ in FIRST_PERSON for t in token.subtree)


def seen_as(c: Clause) -> Verdict | None:
    """ "I am seen as …", "being taken seriously", "regarded as the expert": the speaker
    perceived, in the passive."""
    children = list(c.core.children)
    passive = any(t.dep_ in ("auxpass", "nsubjpass") for t in children) or (
        c.core.tag_ == "VBN"
        and (
            any(t.dep_ == "agent" for t in children)
            # a subject-less fragment: "perceived as capable", "regarded as the expert"
            or (c.subject is None and any(t.lower_ == "as" for t in children))
        )
    )
    if passive and c.has("perception", c.lemma) and c.speaker:
        agent = next((t for t in c.tree if t.dep_ == "pobj" and t.head.dep_ == "agent"), None)
        return _strong(
            SOCIAL,
            f"rule:seen-as={c.lemma}(passive)",
            f"perceiver:{name(agent) if agent else 'others'}",
        )
    return None


def self_presentation(c: Clause) -> Verdict | None:
    """ "look competent in front of the client", "impress the board", "fit in"."""
    if not (c.speaker and c.has("self_presentation", c.lemma)):
        return None
    children = list(c.core.children)
    audience = [
        t
        for t in c.tree
        if t.dep_ in ("pobj", "dobj", "dative", "compound") and is_other_person(t, c.lexicon)
    ]
    heard = (f"audience:{audience[0].lower_}",) if audience else ()
    rule = f"rule:self-presentation={c.lemma}"
    if c.has("appearance_verb", c.lemma) and any(
        t.dep_ in ("acomp", "oprd", "attr") or t.lower_ == "like" for t in children
    ):
        return _strong(SOCIAL, rule, *heard)
    if audience and (c.has("impression_verb", c.lemma) or c.has("presentation_verb", c.lemma)):
        return _strong(SOCIAL, rule, *heard)
    if c.has("belonging_verb", c.lemma) and (
        c.lemma == "belong" or any(t.lower_ == "in" for t in children)
    ):
        return _strong(SOCIAL, f"rule:belonging={c.lemma}")
    return None


def standing(c: Clause) -> Verdict | None:
    """ "gain status among peers", "earn the team's respect": the object is others' regard."""
    if not c.has("standing_verb", c.lemma):
        return None
    regard = next(
        (
            t
            for t in c.tree
            if t.dep_ in ("dobj", "obj")
            and t.head.i == c.core.i
            and c.has("social_noun", t.lemma_)
            and c.has("standing_noun", t.lemma_)
        ),
        None,
    )
    if regard is None:
        return None
    return _strong(SOCIAL, f"rule:standing={c.lemma} {regard.lemma_.lower()}")


def body_measure(c: Clause) -> Verdict | None:
    """ "I'm down 12 kilos", "finally under 80 kilos", "two dress sizes smaller": a measured
    bodily result of the speaker's is functional (LABELING: bodily states)."""
    if not c.speaker:
        return None
    measure = next(
        (t for t in c.tree if c.has("body_noun", t.lemma_) and any(n.like_num for n in t.children)),
        None,
    )
    if measure is None:
        return None
    return _strong(FUNCTIONAL, f"rule:body-measure={measure.lemma_.lower()}")


def time_cost(c: Clause) -> Verdict | None:
    """ "Reconciling the bank feed eats my whole Friday", "the renewal took eleven weeks": time
    spent is a functional outcome, whatever feeling word rides along."""
    spent = time_or_money_spent(c)
    if spent is None or not c.has("time_unit", spent.lemma_):  # not "take a weight off"
        return None
    return _strong(FUNCTIONAL, f"rule:cost={c.lemma} {spent.lemma_.lower()}")


# --- weak cues --------------------------------------------------------------------------------


def phrase_cue(c: Clause) -> Verdict | None:
    for cue, kind in (("feeling_phrase", EMOTIONAL), ("social_phrase", SOCIAL)):
        hits = c.lexicon.find_phrases(cue, c.words)
        if hits:
            return _weak(kind, f"cue:{cue}={' '.join(hits[0][1])}")
    return None


def result_cue(c: Clause) -> Verdict | None:
    """ "cut the time it takes", "save money": a result verb with a measurable object."""
    if not c.has("result_verb", c.lemma):
        return None
    result = next(
        (t for t in c.tree if t.dep_ in ("dobj", "pobj") and c.has("result_noun", t.lemma_)), None
    )
    if result is None:
        return None
    return _weak(FUNCTIONAL, f"cue:result={c.lemma} {result.lemma_.lower()}")


def word_cue(c: Clause) -> Verdict | None:
    """The first emotion word or social noun anywhere in the clause."""
    for token in c.span:
        lemma = token.lemma_.lower()
        if token.pos_ in ("ADJ", "NOUN", "VERB") and (
            c.has("emotion", lemma) or c.has("emotion", token.lower_)  # "daunting" read as a verb
        ):
            return _weak(EMOTIONAL, f"cue:emotion={lemma}")
        if (
            c.has("social_noun", lemma)
            and token.pos_ == "NOUN"
            and not c.has("inner_social_noun", lemma)
        ):
            return _weak(SOCIAL, f"cue:social-noun={lemma}")
    return None


KIND_RULES: tuple[KindRule, ...] = (
    seen_by_an_agent,
    fear_of_judgement,
    feel_predicate,
    feeling_frames_a_problem,
    feeling_verb,
    emotion_complement,
    emotion_core,
    leading_feel,
    bad_feeling_fragment,
    regard_of_others,
    perceived_by_others,
    treated_by_others,
    seen_as,
    self_presentation,
    standing,
    body_measure,
    time_cost,
    phrase_cue,
    result_cue,
    word_cue,
)


def first_verdict(clause: Clause) -> Verdict | None:
    """The verdict of the first rule of :data:`KIND_RULES` that speaks."""
    for rule in KIND_RULES:
        verdict = rule(clause)
        if verdict is not None:
            return verdict
    return None
