"""What an interviewer's question does: its laddering move and the outcome it asks about (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from interviewer.core.move import Move
from interviewer.core.text import content_key

# Checked in this order: the first group with a matching cue decides. Wrap-up, a change of topic
# and ladder-down come first because their wordings contain ladder-up words ("feel", "matters
# to you"); "what else" alone starts a new ladder only when no ladder-up cue claims it.
_CUES: tuple[tuple[Move, tuple[str, ...]], ...] = (
    (
        Move.WRAP_UP,
        (
            r"\banything (?:you'?d like |you want |else you'?d like )?to add\b",
            r"\banything (?:else )?i should have asked\b",
            r"\bi should have asked\b",
            r"\bmagic wand\b",
            r"\blooking back over\b",
            r"\bthe one thing you'?d want\b",
            r"\bthank(?:s| you)(?: so much| very much)? for (?:your time|taking|talking to me)\b",
            r"\bthat'?s all (?:my|the) questions\b",
        ),
    ),
    (
        Move.NEW_LADDER,
        (
            r"\banything else\b",
            r"\bwhat else (?:matters|is important|would make|do you|would you|is there)\b",
            r"\bapart from\b",
            r"\bbesides\b",
            r"\bother than\b",
        ),
    ),
    (
        Move.LADDER_DOWN,
        (
            r"\bwhat (?:would|will|did|must|should|might) (?:have|need) to happen\b",
            r"\bwhat (?:needs|has|had) to happen\b",
            r"\bwhat would (?:happen|need to happen) (?:so that|for (?:you|that|it|them))\b",
            r"\bso that\b",
            r"\b(?:would|could|will) tell you\b",
            r"\btells? you (?:that )?you\b",
            r"\bwould (?:have to|need to) be true\b",
            r"\bwould make (?:it|that|this) true\b",
            r"\bwhat would you notice\b",
            r"\bwhat would need to (?:happen|be|change)\b",
            r"\bwhat (?:would|will|does|did) it take\b",
            r"\bhow (?:would|will|do|did|could|can|'?d) you (?:know|tell)\b",
            r"\bhow (?:would|will|do) you (?:be sure|notice)\b",
            r"\bwhat would (?:you|people|others|they) need to (?:see|have|be able|do|hear)\b",
            r"\bwhat would you need\b",
            r"\b(?:be|is|are) in place\b",
            r"\bfirst sign\b",
            r"\bwhat has (?:just )?happened\b",
            r"\bwhat would make (?:it|that|this) (?:true|possible|happen)\b",
            r"\bwhat (?:concrete |visible |actual )?(?:result|change|evidence)s? would\b",
            r"\bwhat (?:concrete |visible )?(?:result|change) would (?:tell|make|you)\b",
            r"\bwho would (?:notice|see)\b",
            r"\bwhat would have to change\b",
            r"\bwhat (?:makes|made|would make) you feel\b",
            r"\bwhat (?:gives|gave) you (?:that|the|a) (?:feeling|sense)\b",
            r"\bwhat have (?:people|they|others) (?:seen|heard)\b",
            r"\bwhat would (?:actually|concretely|really) (?:need to|have to|make)\b",
            r"\bhave (?:in hand|done)\b.*\bso that\b",
        ),
    ),
    (
        Move.CLARIFY,
        (
            r"\btell me more\b",
            r"\bsay (?:a bit |a little )?more\b",
            r"\b(?:an|a concrete|a specific|a real) example\b",
            r"\bwhat do you mean\b",
            r"\bwhat did you mean\b",
            r"\bwhat (?:exactly )?do you have in mind\b",
            r"\b(?:could|can|would) you (?:elaborate|explain|expand|unpack)\b",
            r"\bhow so\b",
            r"\bin what (?:way|sense)\b",
            r"^(?:and )?like what\b",
            r"\bwhat would (?:it|that) look like\b",
            r"\bhelp me (?:picture|understand what)\b",
            r"\bspecific time\b",
            r"\bwhat do you mean exactly\b",
            r"\bmean exactly\b",
            r"\bhow does (?:it|that) show up\b",
            r"\b(?:that|it) (?:came|comes|come) up\b",
        ),
    ),
    (
        Move.LADDER_UP,
        (
            r"\bwhy\b",
            r"\bwhat (?:does|did|would|will|could|might) (?:that|it|this|having that|doing that) "
            r"(?:\w+ )?(?:give|get|do for|mean|bring|lead|allow|let|open|change|make possible)\b",
            r"\bwhat (?:else )?(?:does|did|would|will|could|might) [\w' -]{1,40}? "
            r"(?:give|get|bring|do for|mean (?:to|for)) (?:you|to you|for you)\b",
            r"\bwhat(?:'s| is| was) (?:so )?important about\b",
            r"\bhow (?:would|does|did|do|will|could|might) (?:that|it|this|you) "
            r"(?:make you )?feel\b",
            r"\bhow (?:would|does|did|do|will|could) (?:that|it|this) make you\b",
            r"\bhow (?:would|will|does) (?:that|it|this) (?:change|affect)\b",
            r"\bwhat(?:'s| is) the (?:benefit|payoff|upside|value)\b",
            r"\bwhat would you gain\b",
            r"\bwhat'?s in it for you\b",
            r"\bwhat would be different\b",
            r"\bwhat(?:'s| is) the bigger thing\b",
            r"\b(?:means?|matters?) (?:to|for) you\b",
            r"\bwhat would (?:that|it) mean\b",
            r"\bwhat does (?:that|it) (?:let|allow|enable) you\b",
            r"\bwhat does that make possible\b",
            r"\bwhat (?:do|would) you get (?:out of|from)\b",
            r"\band then what\b",
            r"\bwhat difference (?:does|would|will) (?:that|it|this) make\b",
            r"\bcarry over\b",
            r"\bfree you up\b",
            r"\bwhat would you be able to\b",
            r"\bdo differently because\b",
            r"\bbenefit\b",
            r"\bwould (?:that|it|this) lead\b",
            r"\bhow would (?:that|it|this) show up\b",
        ),
    ),
    (
        Move.NEW_LADDER,
        (
            r"\bwhat else(?! (?:does|did|would|could|might|will) (?:that|it|this)\b)",
            r"\b(?:another|one more) (?:thing|reason|result|way)\b",
            r"\bother (?:results|things|times|reasons|ways|aspects)\b",
            r"\bcovered one side\b",
        ),
    ),
    (
        Move.OPENING,
        (
            r"\bwalk me through\b",
            r"\b(?:think of|tell me about|think back to) the (?:last|most recent|first) time\b",
            r"\btake me back\b",
            r"\bwhen did you last\b",
            r"\b(?:to start|to begin|to kick off)\b",
            r"\bintroduce yourself\b",
            r"\bin your own words\b",
            r"\bwhat first got you\b",
            r"\bwhat'?s going on in your life\b",
        ),
    ),
    (
        Move.FRAMING,
        (
            r"\bhardest part\b",
            r"\bwhat (?:are|were|is) you (?:hoping|trying|aiming|looking)\b",
            r"\b(?:isn'?t|wasn'?t|not) working\b",
            r"\bwhat could go wrong\b",
            r"\bwhat'?s at stake\b",
            r"\bwould count as (?:a )?success\b",
            r"\b(?:good|great|ideal) result\b",
            r"\bworst\b",
            r"\bwhat have you (?:already )?tried\b",
            r"\bget stuck\b",
            r"\bsuccess look like\b",
            r"\bif you could (?:fix|change)\b",
            r"\b(?:avoid|prevent)\b",
            r"\bprotect\b",
            r"\bdecide that something had to change\b",
            r"\bhow will you know you'?ve managed\b",
        ),
    ),
)
# Cues that decide wherever they stand in a turn: "Let's move on. Why do you use the app?" starts
# a new ladder although its question alone would climb the old one.
_WHOLE_TURN_CUES: tuple[tuple[Move, tuple[str, ...]], ...] = (
    (
        Move.WRAP_UP,
        (
            r"\bbefore we (?:finish|wrap|end|close|stop|go)\b",
            r"\b(?:out of|running out of|nearly out of|short on) time\b",
            r"\bwrap(?:ping)? (?:things )?up\b",
        ),
    ),
    (
        Move.NEW_LADDER,
        (
            r"\blet'?s (?:step back|move on|switch|turn to|change the subject)\b",
            r"\bmoving on\b",
            r"\b(?:switch|switching|change|changing) (?:gears|topics?)\b",
            r"\b(?:next|different|another|new) topic\b",
            r"\bon a different note\b",
        ),
    ),
)
_WHOLE_TURN = tuple(
    (move, tuple(re.compile(cue) for cue in cues)) for move, cues in _WHOLE_TURN_CUES
)
_COMPILED = tuple((move, tuple(re.compile(cue) for cue in cues)) for move, cues in _CUES)
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")
_BACKCHANNEL_WORDS = 4  # a statement this short without a cue only keeps the conversation going

# Words of the probe itself ("why does X matter to you?") that say nothing about which outcome
# it is about.
_SCAFFOLD_WORDS = """
    why what how when where who which important importance matter matters mattered mean means
    meaning give gives giving given feel feeling feels felt happen happened happens know knew
    need needs think tell told say said saying want wants wanted like thing things sure okay ok
    right mention mentioned earlier talk talked talking help understand example able get gets
    got go going make makes made lot bit kind sort something really actually exactly concretely
    yeah yes else let lets let's important mind picture imagine suppose sound sounds great
    interesting personally course under over instead again back around through without within
    after before during down up out off still even ever only way"""
_SCAFFOLD = frozenset(_SCAFFOLD_WORDS.split())


@dataclass(frozen=True, slots=True)
class QuestionReading:
    """The move a question makes, and the cue that decided it.

    ``move`` is ``None`` for a turn that asks nothing new ("Mm-hm.", "Right, okay."): the
    participant's next words still answer the question before it.
    """

    move: Move | None
    cue: str = ""


def read_question(text: str, *, first: bool = False) -> QuestionReading:
    """The laddering move an interviewer's turn makes, from its wording.

    The first question with a cue decides (later questions in a turn elaborate on it: "How would
    you know? What would people say?"); a turn without question marks is read from its last
    sentence back ("That makes sense. So why does it matter to you"). Without any cue, a
    question is an opening (the interviewer's first turn) or frames the job (anything later), and a
    statement asks nothing new.
    """
    spoken = text.lower().replace("’", "'").replace(",", " ")
    for move, cues in _WHOLE_TURN:
        for cue in cues:
            if cue.search(spoken):
                return QuestionReading(move, cue.pattern)
    sentences = [s.strip() for s in _SENTENCE.findall(spoken) if s.strip()] or [spoken.strip()]
    questions = [sentence for sentence in sentences if sentence.endswith("?")]
    for sentence in [*questions, *reversed(sentences)]:
        for move, cues in _COMPILED:
            for cue in cues:
                if cue.search(sentence):
                    return QuestionReading(move, cue.pattern)
    if "?" in spoken or _asks(sentences[-1]):
        return QuestionReading(Move.OPENING if first else Move.FRAMING, "question")
    if len(spoken.split()) <= _BACKCHANNEL_WORDS:
        return QuestionReading(None, "backchannel")
    return QuestionReading(None, "statement")


def _asks(sentence: str) -> bool:
    return (
        re.match(
            r"^(?:and |so |okay,? |right,? )*(?:what|how|when|where|who|which|could you|can you|"
            r"would you|do you|did you|have you|are you|is it|is there|tell me)\b",
            sentence,
        )
        is not None
    )


def stems(text: str) -> frozenset[str]:
    """Content words of ``text`` with plural and verb endings cut, probe wording left out."""
    return frozenset(_stem(word) for word in content_key(text) if word not in _SCAFFOLD)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "fitting" → "fitt" → "fit"
    return word.rstrip("e") if len(word) > 4 else word


@dataclass(frozen=True, slots=True)
class Candidate:
    """An outcome a question may be about: its id and the words it was stated in."""

    id: str
    words: frozenset[str]

    @classmethod
    def of(cls, outcome_id: str, *texts: str) -> Candidate:
        return cls(outcome_id, frozenset().union(*(stems(text) for text in texts)))


def resolve_about(
    question: str, candidates: Sequence[Candidate], default: str | None
) -> str | None:
    """The outcome a question asks about.

    A question that names an earlier outcome ("and why does feeling confident matter?") is about
    the outcome sharing most content words with it (then the larger share of the outcome's
    words, then the most recent). Otherwise, or when ``default`` shares as many words, it is
    about ``default``: the top of the chain the last answer extended.
    """
    asked = stems(question)
    if not asked:
        return default
    best: tuple[int, float, int] = (0, 0.0, -1)
    chosen = default
    default_shared = 0
    for order, candidate in enumerate(candidates):
        if not candidate.words:
            continue
        shared = len(asked & candidate.words)
        if candidate.id == default:
            default_shared = shared
        score = (shared, shared / len(candidate.words), order)
        if shared and score > best:
            best, chosen = score, candidate.id
    if default is not None and default_shared >= best[0]:
        return default
    return chosen
