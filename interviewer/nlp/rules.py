"""Explainable rules over the dependency parse: who experiences or perceives what, and negation.

The rules find a clause's *core predicate* (below wrappers such as "I want to", "being able to",
"it means I can"), its subject (the experiencer or perceiver) and the cues around it, and decide
the outcome kind where the parse makes it clear:

- a feeling predicate whose experiencer is the speaker ("I feel like my colleagues take me
  seriously", "not having to worry") is **emotional**;
- a perception or treatment predicate whose subject is someone else and whose object is the
  speaker ("my colleagues take me seriously", "my boss sees me as reliable"), its passive ("I am
  seen as", "being taken seriously") or the speaker's self-presentation to an audience ("look
  competent in front of the client") is **social**;
- anything else is left to the trained classifier, with weak cues as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from interviewer.nlp.lexicon import Lexicon, span_words

FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine", "we", "us", "our", "ourselves"})
_DESCEND = ("xcomp", "ccomp", "advcl", "acomp", "pcomp", "conj")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_MODALS = frozenset({"would", "could", "can", "should", "might", "may", "will", "must", "'d"})
STRONG, WEAK = 1.0, 0.5
# Verbs of the feeling lexicon that state a preference or knowledge rather than a feeling.
_NOT_FEELINGS = frozenset({"know", "believe", "care", "mind", "love", "hate"})
# Verbs whose outcome is the absence of their object ("stop missing sessions", "avoid late fees").
_AVOID_VERBS = frozenset(
    {
        "avoid",
        "stop",
        "prevent",
        "quit",
        "escape",
        "eliminate",
        "minimize",
        "minimise",
        "reduce",
        "cut",
        "lower",
        "decrease",
        "lessen",
        "dodge",
        "lose",
        "shed",
        "ditch",
        "end",
        # "I hate feeling behind", "I dread opening the bills": what is disliked is avoided.
        "hate",
        "dislike",
        "dread",
        "resent",
    }
)
# Verbs that change a measurable result ("reduce the risk", "save money", "cut the time").
_RESULT_VERBS = frozenset(
    {
        "reduce",
        "minimize",
        "minimise",
        "increase",
        "maximize",
        "maximise",
        "save",
        "cut",
        "lower",
        "improve",
        "boost",
        "raise",
        "lose",
        "gain",
        "keep",
        "get",
        "have",
        "spend",
        "waste",
        "pay",
        "earn",
        "decrease",
        "shorten",
        "speed",
        "track",
        "hit",
        "reach",
        "meet",
    }
)
_WANT_VERBS = frozenset(
    {
        "save",
        "gain",
        "increase",
        "improve",
        "maximize",
        "maximise",
        "boost",
        "grow",
        "earn",
        "win",
        "achieve",
        "reach",
        "hit",
        "meet",
    }
)
DISLIKE = frozenset({"hate", "dislike"})  # wrappers whose complement is avoided
# Verbs of gaining, keeping or losing something others grant ("earn respect", "lose face").
_STANDING_VERBS = frozenset(
    {"gain", "earn", "win", "build", "keep", "maintain", "protect", "lose", "command", "deserve"}
)
# What others grant: the social nouns that name regard, not a thing or a feeling.
_STANDING_NOUNS = frozenset(
    {
        "reputation",
        "status",
        "credibility",
        "respect",
        "recognition",
        "standing",
        "esteem",
        "face",
        "approval",
        "admiration",
        "credit",
        "praise",
        "popularity",
        "acceptance",
        "prestige",
        "kudos",
        "legitimacy",
    }
)
_BODY = frozenset({"weight", "pound", "kilo", "kg", "lb", "stone", "fat", "inch", "belly"})


@dataclass
class Reading:
    """What the rules read off one clause."""

    kind: str | None = None
    strength: float = 0.0
    evidence: list[str] = field(default_factory=list)
    polarity: str | None = None
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
    )


def is_speaker(token: Token | None, lexicon: Lexicon) -> bool:
    """The speaker, implied, or a stand-in for the speaker."""
    return is_first_person(token) or is_stand_in(token, lexicon)


def is_other_person(token: Token | None, lexicon: Lexicon) -> bool:
    """Whether ``token`` (a subject or agent) names someone other than the speaker."""
    if token is None or token.lower_ in FIRST_PERSON:
        return False
    if token.lower_ in ("it", "this", "that", "which", "what", "there"):
        return False
    return (
        token.pos_ == "PROPN"
        or lexicon.has("person", token.lemma_)
        or lexicon.has("person", token.lower_)
    )


def _inside_span(span: Span, token: Token) -> bool:
    return span.start <= token.i < span.end


def _agent(token: Token) -> Token | None:
    """The "by …" agent of a passive predicate."""
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _subject_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in _SUBJECTS:
            return child
    return None


def _is_negated(token: Token) -> bool:
    """A negation of the predicate itself; "not just …", "not so much … as" only contrast.
    A negation the parser hung on an auxiliary counts ("I don't wanna go": on "wanna")."""
    for child in token.children:
        if child.dep_ == "neg":
            following = child.nbor(1).lower_ if child.i + 1 < len(child.doc) else ""
            if following not in ("just", "only", "so", "merely", "simply"):
                return True
        elif (
            child.dep_ == "aux"
            and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "neg" for c in child.children)
        ):
            return True
    return False


def _inherits_negation(token: Token, span: Span) -> bool:
    """Whether a predicate shares the negation of one it is coordinated with or hangs below
    without a subject of its own ("I don't want to go back to X, or start Y again")."""
    node = token
    for _ in range(6):
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
            return False
        if _subject_of(node) is not None:
            return False
        node = node.head
        if not _inside_span(span, node) and _is_negated(node):
            return True
    return False


def core_predicate(span: Span, lexicon: Lexicon) -> tuple[Token, Token | None, list[Token]]:
    """The clause's core predicate, its subject and the wrapper tokens passed on the way down."""
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
        token = first
    subject = _subject_of(token)
    if subject is None and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        subject = _subject_of(token.head)  # "… and [they] want to play" shares its head's subject
    passed: list[Token] = []
    for _ in range(6):
        lemma = token.lemma_.lower()
        reporting = lexicon.has("report", lemma)
        is_wrapper = (
            lexicon.has("wrapper", lemma)
            or reporting
            or _is_pseudo_cleft(token)
            or (
                lemma in ("be", "have", "get")
                and any(
                    c.dep_ in ("xcomp", "acomp") and c.lemma_ in ("able", "to")
                    for c in token.children
                )
            )
        )
        if not is_wrapper:
            break
        below = _descend(token, span, lexicon)
        if below is None:
            break
        passed.append(token)
        own = _subject_of(below)
        purpose = next(  # "for leadership to take me seriously"
            (
                p
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        cleft_subject = (
            next(  # "what I want is my team to trust …"
                (
                    c
                    for c in token.children
                    if c.dep_ == "attr" and c.i < below.i and c.pos_ != "VERB"
                ),
                None,
            )
            if _is_pseudo_cleft(token)
            else None
        )
        if (
            reporting
            and own is not None
            and own.lower_ in ("they", "he", "she", "it")
            and is_stand_in(subject, lexicon)
        ):
            pass  # "respondents said they worry …": "they" are the respondents
        elif own is not None:
            subject = own
        elif purpose is not None and purpose.i < below.i:
            subject = purpose
        elif cleft_subject is not None:
            subject = cleft_subject
        elif _is_pseudo_cleft(token):
            subject = None  # "what I wanted was to fit …": the speaker, not "what I wanted"
        elif lemma in ("want", "need", "like", "love", "expect", "help", "let", "make", "get"):
            # object control: "I want my boss to see me as …" — the object is the subject below.
            obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None and obj.i < below.i:
                subject = obj
        token = below
    # "I hate chasing invoices" is sometimes parsed with "hate" as an auxiliary of "chasing".
    passed += [c for c in token.children if c.dep_ == "aux" and c.lemma_.lower() in DISLIKE]
    return token, subject, passed


def _is_pseudo_cleft(token: Token) -> bool:
    """ "What I want is for them to …", "the thing is I …": the copula only frames the outcome."""
    if token.lemma_ != "be":
        return False
    framing = any(
        c.dep_ == "csubj"
        or (
            c.dep_ == "nsubj"
            and c.lemma_ in ("what", "thing", "goal", "point", "dream", "hope", "idea", "aim")
        )
        for c in token.children
    ) or _frames_a_reason(token)
    return framing and any(
        c.dep_ in ("ccomp", "xcomp", "advcl", "attr") and c.pos_ in ("VERB", "AUX")
        for c in token.children
    )


def _frames_a_reason(token: Token) -> bool:
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
    lemma = token.lemma_.lower()
    if _is_pseudo_cleft(token):
        for child in children:
            if (
                child.dep_ in ("ccomp", "xcomp", "advcl", "attr")
                and child.pos_ in ("VERB", "AUX")
                and _inside_span(span, child)
            ):
                return child
    for child in children:
        if child.i < span.start or child.i >= span.end:
            continue
        if child.dep_ == "xcomp" or (child.dep_ == "ccomp" and lemma not in DISLIKE):
            return child  # "I hate [waiting]" passes on; "I hate [how I feel]" is the feeling
        if child.dep_ == "dobj" and child.tag_ == "VBG" and lemma in DISLIKE:
            return child  # "I dislike [cooking every night]", parsed as an object
        if child.dep_ == "acomp" and child.lemma_ == "able":
            inner = next((c for c in child.children if c.dep_ == "xcomp"), None)
            return inner or child
        if child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return child
    if lemma in ("mean", "make"):  # "it means I can relax", "makes me feel calm"
        for child in children:
            if child.dep_ in ("ccomp", "xcomp"):
                return child
    return None


def read_clause(span: Span, lexicon: Lexicon) -> Reading:
    """Apply the rules to one outcome candidate."""
    core, subject, passed = core_predicate(span, lexicon)
    if core.i == span.start and core.dep_ in ("csubj", "csubjpass"):
        tree = list(span)  # the misparsed imperative above governs the whole clause
    else:
        tree = [t for t in core.subtree if span.start <= t.i < span.end]
    reading = Reading(core=core, subject=subject, wrappers=tuple(passed), tree=tree)
    reading.negated = any(_is_negated(t) for t in (*passed, core)) or _inherits_negation(
        passed[0] if passed else core, span
    )
    lemma = core.lemma_.lower()
    speaker = is_speaker(subject, lexicon)
    if speaker and not is_first_person(subject):
        reading.evidence.append(f"stand-in:{_name(subject)}")
    words = span_words(span)

    # 1. A feeling predicate with the speaker as experiencer: emotional.
    feeling = _feeling_complement(core, lexicon)
    agent = _agent(core)
    if agent is not None and is_other_person(agent, lexicon) and lexicon.has("perception", lemma):
        # "being judged by other parents": the agent perceives; whatever it feels like, social.
        reading.kind, reading.strength = "social", STRONG
        reading.evidence += [f"rule:seen-as={lemma}(passive)", f"perceiver:{agent.text}"]
    elif speaker and lemma == "feel":
        reading.kind, reading.strength = "emotional", STRONG
        reading.evidence += ["rule:feel-predicate", f"experiencer:{_name(subject)}"]
        if feeling is not None:
            reading.evidence.append(f"cue:feeling={feeling.lemma_.lower()}")
    elif speaker and lexicon.has("feeling_verb", lemma) and lemma not in _NOT_FEELINGS:
        reading.kind, reading.strength = "emotional", STRONG
        reading.evidence += [f"rule:feeling-verb={lemma}", f"experiencer:{_name(subject)}"]
    elif speaker and feeling is not None and lexicon.has("emotion", feeling.lemma_.lower()):
        reading.kind, reading.strength = "emotional", STRONG
        reading.evidence += [
            f"rule:emotion-state={feeling.lemma_.lower()}",
            f"experiencer:{_name(subject)}",
        ]
    elif (
        speaker
        and (lexicon.has("emotion", lemma) or lexicon.has("emotion", core.lower_))
        and (core.pos_ in ("ADJ", "NOUN") or core.tag_ == "VBN")
    ):
        reading.kind, reading.strength = "emotional", STRONG
        reading.evidence += [f"rule:emotion-state={lemma}", f"experiencer:{_name(subject)}"]

    if reading.kind is None:
        # "Feeling like the app gets my taste": a leading feel-clause the parser hung lower.
        for token in span:
            if token.i > core.i:
                break
            if token.lemma_.lower() == "feel" and is_first_person(_subject_of(token)):
                reading.kind, reading.strength = "emotional", STRONG
                reading.evidence += ["rule:feel-predicate(leading)", "experiencer:I"]
                break

    # 2. Others' perception or treatment of the speaker: social.
    if reading.kind is None:
        social = _social_reading(span, core, subject, speaker, lexicon, tree)
        if social:
            reading.kind, reading.strength = "social", STRONG
            reading.evidence += social

    # 2b. Gaining or keeping standing with others ("gain status among peers", "earn the
    # team's respect"): the object is others' regard, so the outcome is social.
    if reading.kind is None and lemma in _STANDING_VERBS:
        standing = next(
            (
                t
                for t in tree
                if t.dep_ in ("dobj", "obj")
                and t.head.i == core.i
                and lexicon.has("social_noun", t.lemma_)
                and t.lemma_.lower() in _STANDING_NOUNS
            ),
            None,
        )
        if standing is not None:
            reading.kind, reading.strength = "social", STRONG
            reading.evidence.append(f"rule:standing={lemma} {standing.lemma_.lower()}")

    # 3. Weaker cues anywhere in the clause.
    if reading.kind is None:
        for phrase_cue, kind in (("feeling_phrase", "emotional"), ("social_phrase", "social")):
            hits = lexicon.find_phrases(phrase_cue, words)
            if hits:
                reading.kind, reading.strength = kind, WEAK
                reading.evidence.append(f"cue:{phrase_cue}={' '.join(hits[0][1])}")
                break
    if reading.kind is None and lemma in _RESULT_VERBS:
        result = next(
            (
                t
                for t in tree
                if t.dep_ in ("dobj", "pobj") and lexicon.has("result_noun", t.lemma_)
            ),
            None,
        )
        if result is not None:
            reading.kind, reading.strength = "functional", WEAK
            reading.evidence.append(f"cue:result={lemma} {result.lemma_.lower()}")
    if reading.kind is None:
        for token in span:
            tl = token.lemma_.lower()
            if lexicon.has("emotion", tl) and token.pos_ in ("ADJ", "NOUN", "VERB"):
                reading.kind, reading.strength = "emotional", WEAK
                reading.evidence.append(f"cue:emotion={tl}")
                break
            if (
                lexicon.has("social_noun", tl)
                and token.pos_ == "NOUN"
                and tl not in ("confidence", "trust")
            ):
                reading.kind, reading.strength = "social", WEAK
                reading.evidence.append(f"cue:social-noun={tl}")
                break
    if reading.strength < STRONG:
        reading.situation = _situation_cues(span, core, passed)
        if reading.kind is None and _about_someone_else(subject, speaker, tree, lexicon):
            reading.situation.append(f"situation:third-party={_name(subject)}")
        top = passed[0] if passed else core
        talk = _talk_cues(top, _subject_of(top) if passed else subject, lexicon)
        if talk:  # talk about the talk outweighs a weak cue ("my name is …" is no reputation)
            reading.situation += talk
            reading.kind, reading.strength = None, 0.0
    _read_polarity(span, reading, words, lexicon)
    return reading


_DESIRE = frozenset(
    {
        "want",
        "like",
        "love",
        "need",
        "hope",
        "wish",
        "prefer",
        "would",
        "could",
        "should",
        "able",
        "ideally",
        "goal",
        "dream",
        "aim",
        "rather",
        "'d",
        "must",
        "have",
        "can",
        "might",
        "will",
        "better",
        "more",
        "less",
        "fewer",
        "without",
        "never",
        "not",
        "n't",
        "no",
        "again",
        "stop",
        "avoid",
        "keep",
        "instead",
        "enough",
        "finally",
        "anymore",
        "longer",
        "just",
        "only",
        "too",
        "so",
        "really",
        "always",
        "sure",
        "every",
        "nice",
        "great",
        "easy",
        "easier",
    }
)
_HABIT = frozenset(
    {
        "usually",
        "normally",
        "typically",
        "mostly",
        "often",
        "sometimes",
        "every",
        "each",
        "twice",
        "once",
        "daily",
        "weekly",
        "monthly",
        "currently",
        "now",
        "yesterday",
        "ago",
        "last",
        "since",
        "already",
        "recently",
        "tuesdays",
        "mondays",
        "weekends",
    }
)


def _situation_cues(span: Span, core: Token, passed: list[Token]) -> list[str]:
    """Cues that a clause describes the situation or the process rather than an outcome wanted:
    a past or progressive fact, a habit, a plan — with no wish, ability or comparison in it."""
    if core.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return []  # a verbless phrase names a state wanted ("a cleaner every other Thursday")
    words = set(span_words(span))
    if passed or words & _DESIRE - {
        "every",
        "always",
        "now",
        "have",
        "just",
        "really",
        "so",
        "only",
    }:
        return []
    auxes = [c for c in core.children if c.dep_ in ("aux", "auxpass")]
    cues: list[str] = []
    if core.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        cues.append("situation:past")
    if core.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        cues.append("situation:progressive")
    if core.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        cues.append("situation:perfect")
    habits = sorted(words & _HABIT)
    if habits:
        cues.append(f"situation:habit={habits[0]}")
    if any(t.like_num for t in span) and core.lemma_ in (
        "be",
        "have",
        "use",
        "smoke",
        "live",
        "work",
        "take",
        "pay",
        "spend",
        "cost",
    ):
        cues.append("situation:fact")
    if (
        not cues
        and core.lemma_ in _ROUTINE_VERBS
        and core.tag_ in ("VBP", "VBZ")
        and _subject_of(core) is not None
    ):
        cues.append(f"situation:routine={core.lemma_}")  # "we use GitHub Actions", "she lives …"
    return cues


# Verbs that, stated plainly in the present, describe how things are done rather than a result.
_ROUTINE_VERBS = frozenset(
    {
        "use",
        "live",
        "work",
        "deploy",
        "log",
        "run",
        "buy",
        "order",
        "shop",
        "cook",
        "drive",
        "commute",
        "study",
        "train",
        "weigh",
        "smoke",
        "drink",
        "eat",
        "walk",
        "go",
        "visit",
        "call",
        "email",
        "text",
        "book",
        "pay",
        "send",
        "ship",
        "print",
        "store",
        "keep",
        "check",
    }
)


def _feeling_complement(core: Token, lexicon: Lexicon) -> Token | None:
    """The feeling word a predicate attributes to its subject ("feel *calm*", "be *worried*")."""
    if core.lemma_.lower() not in ("feel", "be", "get", "become", "stay", "remain", "seem", "look"):
        return None
    for child in core.children:
        if child.dep_ in ("acomp", "attr", "oprd", "xcomp", "dobj", "ccomp", "advmod", "prep"):
            lemma = child.lemma_.lower()
            if lexicon.has("emotion", lemma) or lexicon.has("feeling", lemma):
                return child
    return None


def _social_reading(
    span: Span,
    core: Token,
    subject: Token | None,
    speaker: bool,
    lexicon: Lexicon,
    tree: list[Token],
) -> list[str]:
    lemma = core.lemma_.lower()
    dependents = list(core.children)
    objects_speaker = any(
        c.lower_ in FIRST_PERSON
        for c in tree
        if c.dep_ in ("dobj", "pobj", "nsubj", "poss", "dative", "obj") and c is not subject
    )
    regard = _feeling_complement(core, lexicon)
    if (
        is_other_person(subject, lexicon)
        and regard is not None
        and any(t.lower_ in FIRST_PERSON for t in regard.subtree if t.dep_ == "pobj")
    ):  # "my kids are proud of me", "my boss is happy with us": their regard for the speaker
        return [f"rule:regard-of-others={regard.lemma_.lower()}", f"perceiver:{_name(subject)}"]
    other = is_other_person(subject, lexicon) and not speaker
    if other and lexicon.has("perception", lemma):
        if objects_speaker or (
            lemma in ("take",) and any(c.lower_ == "seriously" for c in dependents)
        ):
            return [f"rule:perceived-by-others={lemma}", f"perceiver:{_name(subject)}"]
        if any(c.dep_ == "ccomp" for c in dependents):  # "people think I'm lazy"
            return [f"rule:others-think={lemma}", f"perceiver:{_name(subject)}"]
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in dependents) or (
        core.tag_ == "VBN" and any(c.dep_ == "agent" for c in dependents)
    )
    if passive and lexicon.has("perception", lemma) and speaker:
        agent = next((c for c in tree if c.dep_ == "pobj" and c.head.dep_ == "agent"), None)
        return [
            f"rule:seen-as={lemma}(passive)",
            f"perceiver:{_name(agent) if agent else 'others'}",
        ]
    if speaker and lexicon.has("self_presentation", lemma):
        audience = [
            t
            for t in tree
            if t.dep_ in ("pobj", "dobj", "dative", "compound") and is_other_person(t, lexicon)
        ]
        if lemma in ("look", "seem", "appear", "sound") and any(
            c.dep_ in ("acomp", "oprd", "attr") or c.lower_ == "like" for c in dependents
        ):
            evidence = [f"rule:self-presentation={lemma}"]
            return evidence + ([f"audience:{audience[0].lower_}"] if audience else [])
        if lemma in ("impress", "embarrass", "disappoint") and audience:
            return [f"rule:self-presentation={lemma}", f"audience:{audience[0].lower_}"]
        if audience and lemma in ("seem", "appear", "come", "sound", "prove", "show"):
            return [f"rule:self-presentation={lemma}", f"audience:{audience[0].lower_}"]
        if (
            lemma in ("fit", "belong") and any(c.lower_ in ("in",) for c in dependents)
        ) or lemma == "belong":
            return [f"rule:belonging={lemma}"]
    return []


def _read_polarity(span: Span, reading: Reading, words: list[str], lexicon: Lexicon) -> None:
    evidence: list[str] = []
    if reading.negated:
        evidence.append("neg:predicate")
    for _, phrase in lexicon.find_phrases("negator_phrase", words)[:1]:
        evidence.append(f"neg:{' '.join(phrase)}")
    core = reading.core
    if core is not None:
        for verb in (*reading.wrappers, core):
            lemma = verb.lemma_.lower()
            if lemma in ("lose", "shed", "drop") and _objects(verb) & _BODY:
                if not evidence:  # losing weight is a result wanted, not one avoided
                    reading.polarity, reading.polarity_evidence = "want", [f"want:{lemma}-weight"]
                    return
                break
            if lemma in _AVOID_VERBS:
                evidence.append(f"avoid-verb:{lemma}")
                break
        without = next((t for t in reading.tree if t.lower_ == "without" and t.head == core), None)
        if without is not None:
            evidence.append("neg:without")
        quantifier = next(
            (
                c.lower_
                for c in core.children
                if c.lower_ in ("no", "less", "fewer", "zero", "without")
            ),
            None,
        )
        if quantifier and core.pos_ in ("NOUN", "PROPN"):
            evidence.append(f"neg:{quantifier}-{core.lemma_.lower()}")
        feeling = _feeling_complement(core, lexicon)
        cues = [(feeling, "emotion"), (feeling, "feeling"), (core, "emotion")]
        if reading.kind == "social":
            cues.append((core, "perception"))
        for cue_token, cue in cues:
            if cue_token is not None and lexicon.is_negative(cue, cue_token.lemma_.lower()):
                evidence.append(f"negative-{cue}:{cue_token.lemma_.lower()}")
                break
    if not evidence and not _wished(reading, lexicon):
        pain = _pain_word(reading, lexicon)
        if pain is not None:
            evidence.append(f"pain:{pain}")  # a problem told as it is: its absence is wanted
    if evidence:
        reading.polarity = "avoid"
        reading.polarity_evidence = evidence
    elif core is not None and core.lemma_.lower() in _WANT_VERBS and not reading.negated:
        reading.polarity, reading.polarity_evidence = "want", [f"want:{core.lemma_.lower()}"]


def _wished(reading: Reading, lexicon: Lexicon) -> bool:
    """Whether the clause is framed as a wish ("I want …", "being able to …", "I'd love …")."""
    return any(
        lexicon.has("wrapper", w.lemma_) and not lexicon.is_negative("wrapper", w.lemma_)
        for w in reading.wrappers
    )


def _pain_word(reading: Reading, lexicon: Lexicon) -> str | None:
    """A word naming a problem, harm or bad feeling in the clause, told as a state of affairs
    ("manual tracking eats my Fridays", "the dread of opening the bills")."""
    for token in reading.tree:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "VERB", "ADJ", "ADV", "PROPN"):
            continue
        if lexicon.is_negative("negative", lemma) or any(
            lexicon.is_negative(cue, lemma) for cue in ("emotion", "feeling", "perception")
        ):
            return lemma
    return None


def _talk_cues(core: Token, subject: Token | None, lexicon: Lexicon) -> list[str]:
    """Cues that a clause is talk about the talk or about who the speaker is, not an outcome:
    "I don't know", "I get what you're saying", "I'm the team lead", "my name is Pete"."""
    lemma = core.lemma_.lower()
    if subject is not None and is_first_person(subject) and lexicon.has("discourse", lemma):
        content = [c for c in core.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr")]
        if not content or all(_about_the_talk(c) for c in content):
            return [f"situation:discourse={lemma}"]
    if lemma == "be" and not _is_negated(core):
        attr = next((c for c in core.children if c.dep_ == "attr"), None)
        if attr is None:
            return []
        if subject is not None and subject.lemma_.lower() in ("name", "age", "job", "title"):
            return ["situation:identity"]
        if (
            subject is not None
            and is_first_person(subject)
            and (attr.pos_ in ("NOUN", "PROPN", "NUM"))
            and not any(c.dep_ == "amod" for c in attr.children)
            and not lexicon.has("emotion", attr.lemma_)
            and not lexicon.has("social_noun", attr.lemma_)
        ):
            return ["situation:identity"]
    return []


def _about_the_talk(token: Token) -> bool:
    """An object that points at the conversation itself ("what you're saying", "it", "that")."""
    if token.lower_ in ("it", "that", "this", "so", "what"):
        return True
    return any(t.lower_ in ("you", "your") for t in token.subtree)


def _about_someone_else(
    subject: Token | None, speaker: bool, tree: list[Token], lexicon: Lexicon
) -> bool:
    """A clause about another person with the speaker nowhere in it ("my manager is angry and
    disengaged", "Addy is cooking"): an opinion or story about them, not the speaker's outcome."""
    if speaker or subject is None:
        return False
    if not (is_other_person(subject, lexicon) or subject.pos_ == "PROPN"):
        return False
    return not any(t.lower_ in FIRST_PERSON for t in tree if t is not subject and t.i > subject.i)


def _objects(token: Token) -> set[str]:
    return {c.lemma_.lower() for c in token.subtree if c.dep_ in ("dobj", "pobj", "attr")}


def _name(token: Token | None) -> str:
    if token is None:
        return "I (implied)"
    return token.text
