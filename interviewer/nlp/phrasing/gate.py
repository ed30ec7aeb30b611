"""The grammar gate: a statement is said aloud only if it is a well-formed state of its kind.

A statement passes when it has a subject and a finite, present (or perfect) main predicate that
agrees with it, opens with a template of its kind, and holds no second person, no filler or
hedge, and no pronoun or determiner left dangling without what it refers to. What fails is
replaced by a quote of the answer marked for review (see ``phrasing.phrase_outcome``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from interviewer.core.outcome import OutcomeKind, Polarity
from interviewer.nlp.lexicon import Lexicon
from interviewer.nlp.phrasing.templates import opens_with_template
from interviewer.nlp.phrasing.vocabulary import vocabulary
from interviewer.nlp.phrasing.words import Word, is_verb, predicate_index, subject_person

INTERJECTION = re.compile(r"^(h+m+|u+m+|u+h+m*|e+r+m*|m+h*m+|a+h+|o+h+)$")
_VOCAB = vocabulary()
_ONLY_1SG = frozenset({"am", "'m"})
_ONLY_3SG = frozenset({"is", "was", "does", "has"})
_NOT_3SG = frozenset({"am", "'m", "are", "were", "do", "have"})
_PAST = frozenset({"was", "were", "did", "had"})


def statement_fault(
    words: Sequence[Word], kind: str, lexicon: Lexicon, polarity: str | None = None
) -> str | None:
    """Why the statement fails the gate (a short rule id), or None when it passes."""
    for check in (_second_person, _filler, _dangling):
        fault = check(words)
        if fault:
            return fault
    fault = predicate_fault(words, lexicon)
    if fault:
        return fault
    if not opens_with_template(words, kind, lexicon):
        return f"gate:not-a-{kind}-template"
    if polarity == Polarity.WANT and kind == OutcomeKind.EMOTIONAL and _bad_feeling(words, lexicon):
        return "gate:wants-a-bad-feeling"  # "I feel gross in the mirror" is not a state wanted
    if polarity == Polarity.AVOID and _bad_feeling(words, lexicon, also=("treatment_adjective",)):
        return "gate:affirms-the-avoided"  # "I am concerned about …": the harm, not its absence
    return None


_LESSENING = frozenset({"not", "n't", "no", "never", "less", "longer", "free", "without"})


def _bad_feeling(words: Sequence[Word], lexicon: Lexicon, also: tuple[str, ...] = ()) -> bool:
    """Whether a statement affirms a negative feeling ("I feel stressed about …"), or a word of
    the ``also`` cue classes ("the clerk is patronising")."""
    lowered = [w.text.lower() for w in words]
    verb = predicate_index(words)
    # with ``also``, only a lessening word of the main clause counts ("… is patronising, like I
    # didn't understand …" still affirms it)
    if _LESSENING & set(lowered[: (verb or 0) + 3] if also else lowered):
        return False
    for word in words[verb or 0 : (verb or 0) + 3]:
        lemma = (word.lemma or word.text).lower()
        cues = ("emotion", "feeling", *also)
        if any(lexicon.is_negative(cue, w) for cue in cues for w in (lemma, word.text.lower())):
            return True
        if lexicon.is_negative("emotion", word.text.lower()) or vocabulary().has(
            "bad_feelings", word.text
        ):
            return True
        if lexicon.has("emotion", lemma) or lexicon.has("emotion", word.text.lower()):
            return False  # the first feeling named decides: "confident behind the wheel"
    return False


def predicate_fault(words: Sequence[Word], lexicon: Lexicon) -> str | None:
    """Subject, finite present predicate and agreement ("The devs doesn't" fails)."""
    verb = predicate_index(words)
    if verb is None:
        return "gate:no-predicate"
    if verb == 0:
        return "gate:no-subject"
    predicate = words[verb]
    text = predicate.text.lower()
    if predicate.tag in ("VBG", "VBN") and text not in ("been",):
        return "gate:no-finite-predicate"  # "I embarrassing being out of breath"
    if text in _PAST or (predicate.tag == "VBD" and text.endswith("ed")):
        return "gate:past-tense"  # "My job performance increased": the state is lost
    if [w.text.lower() for w in words[:verb]] == ["there"]:
        return _complement_fault(
            words, verb, lexicon
        )  # "There are no fees": agrees with what follows
    lowered = [w.text.lower() for w in words[:verb]]
    if any(a == "," and b in ("so", "but", "because") for a, b in pairwise(lowered)):
        return "gate:run-on"  # "My son's ten, so don't want …": a clause as subject
    if any(a in ("'s", "’s") and b in ("a", "an", "the") for a, b in pairwise(lowered)):
        return "gate:run-on"  # "My uncle's a plumber checks …": a clause as subject
    if lowered[0] in ("not", "n't", "what", "how", "why", "which") or words[0].tag in (
        "WP",
        "WRB",
    ):
        return "gate:no-subject"  # "Not the manager walks in", "What I want doesn't …"
    subject = set(lowered)
    if subject & _VOCAB.words("negative_words") and {"not", "n't"} & {
        w.text.lower() for w in words[verb : verb + 3]
    }:
        return "gate:double-negation"  # "Nobody doesn't ignore me"
    if _stacked_negation(words[verb : verb + 5]):
        return "gate:double-negation"  # "I don't feel not flustered"
    person = subject_person(words[:verb])
    third = text in _ONLY_3SG or predicate.tag == "VBZ"
    if person == "1sg" and (third or text in ("are", "were")):
        return "gate:agreement"
    if person == "pl" and (third or text in _ONLY_1SG):
        return "gate:agreement"
    if person == "3sg" and (text in _NOT_3SG or predicate.tag in ("VBP", "VB")):
        return "gate:agreement"
    if _wish_after([w.text.lower() for w in words], verb):
        return "gate:a-wish"  # "I don't feel safe, so I want that to change": a wish tacked on
    if person == "1sg" and _reflexive(words[verb + 1 :]):
        return "gate:reflexive"  # "I trust me": the speaker twice, no one else
    return _complement_fault(words, verb, lexicon)


_WISHES = frozenset({"want", "wanna", "wish", "hope"})


def _wish_after(lowered: Sequence[str], verb: int) -> bool:
    """The speaker's wish joined on after the statement's own predicate ("…, so I want that to
    change", "… and I'd like more"); not a wish inside a clause ("whatever colour I want")."""
    for index in range(verb + 2, len(lowered) - 1):
        joined = lowered[index - 1] in ("and", "so", "but", ",")
        if lowered[index] in ("i'd", "we'd") and joined and lowered[index + 1] in ("like", "love"):
            return True  # (the statement's words as the answer wrote them: "I'd like")
        if lowered[index] not in ("i", "we") or not joined:
            continue
        following = lowered[index + 1 : index + 3]
        if following[:1] and following[0] in _WISHES:
            return True
        if following[:2] in (["'d", "like"], ["'d", "love"], ["would", "like"]):
            return True
    return False


def _stacked_negation(predicate: Sequence[Word]) -> bool:
    lowered = [w.text.lower() for w in predicate]
    if any(a in ("of", "without") and b in ("no", "not", "never") for a, b in pairwise(lowered)):
        return True  # "I am free of no second-guessing"
    if any(
        a in ("not", "n't") and b in ("no", "nobody", "nothing", "never")
        for a, b in zip(lowered, lowered[2:], strict=False)
    ):
        return True  # "I don't get no other coach …"
    return _two_nots(predicate)


def _two_nots(predicate: Sequence[Word]) -> bool:
    """A second "not" on the same state ("don't feel not flustered"); a negated action after a
    negated verb is fine ("I don't regret not applying")."""
    negations = [i for i, w in enumerate(predicate) if w.text.lower() in ("not", "n't", "never")]
    if len(negations) < 2:
        return False
    after = predicate[negations[1] + 1] if negations[1] + 1 < len(predicate) else None
    return after is None or after.tag not in ("VBG", "TO")


def _clause_after_noun(rest: Sequence[Word]) -> bool:
    return (
        len(rest) > 1
        and rest[0].tag in ("NNS", "NNPS")
        and rest[1].tag in ("VBP", "VBD")
        and rest[1].text.lower() not in ("are", "were", "do", "did")
    )


def _reflexive(rest: Sequence[Word]) -> bool:
    for word in rest:
        text = word.text.lower()
        if text == "me":
            return True
        if word.tag.startswith("NN") or text in ("he", "she", "they", "we", "it", "someone"):
            return False  # someone else is named before "me": "… people respect me"
    return False


_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
# Tags after "feel that" that open a clause, not a degree ("that tired")
_CLAUSE_STARTS = frozenset({"DT", "PRP", "PRP$"})
_CLAUSE_VERBS = frozenset({"got", "had", "was", "were", "did"})  # "feel that [I] got ripped off"


def _complement_fault(words: Sequence[Word], verb: int, lexicon: Lexicon) -> str | None:
    """What is wrong after the predicate: checks over each word and the one or two after it."""
    lowered = [w.text.lower() for w in words]
    if lowered[verb] in ("have", "has") and verb + 1 < len(words) and words[verb + 1].tag == "WRB":
        return "gate:nothing-had"  # "I have when the nursery rings": no object, a clause instead
    scans: tuple[tuple[range, Callable[[int], str | None]], ...] = (
        (range(verb + 1, len(words) - 1), lambda i: _pronoun_run_on(words, lowered, verb, i)),
        (range(verb, len(words) - 1), lambda i: _pair_fault(words, lowered, i)),
        (range(verb, len(words) - 2), lambda i: _triple_fault(words, lowered, verb, i, lexicon)),
    )
    for indices, check in scans:
        for index in indices:
            fault = check(index)
            if fault:
                return fault
    return None


def _pronoun_run_on(words: Sequence[Word], lowered: list[str], verb: int, index: int) -> str | None:
    state = words[index - 1].tag == "JJ" and not vocabulary().has(
        "clause_adjectives", lowered[index - 1]
    )
    finite = words[index + 1].tag in ("VBP", "VBZ", "VBD")
    after_be_or_have = index == verb + 1 and lowered[verb] in ("have", "has", "am", "is", "are")
    if lowered[index] in _SUBJECT_PRONOUNS and (after_be_or_have or (state and finite)):
        return "gate:run-on"  # "I am not tired I make mistakes": two clauses, no join
    return None


def _pair_fault(words: Sequence[Word], lowered: list[str], index: int) -> str | None:
    """A fault of the word at ``index`` with the one after it (and a look further on)."""
    repeated = lowered[index] == lowered[index + 1] and is_verb(words[index])
    if repeated and lowered[index] not in ("that", "had"):
        return "gate:repeated-word"  # "I don't feel feel fulfilled" ("very very" is speech)
    if lowered[index] == "feel" and lowered[index + 1] in ("feeling", "felt", "feels"):
        return "gate:repeated-word"  # "I don't feel feeling valued": the verb said twice
    if lowered[index] == "feel" and vocabulary().has("never_after_feel", lowered[index + 1]):
        return "gate:feel-no-feeling"  # "I feel by Friday completely drained"
    clause = lowered[index + 1] == "that" and index + 2 < len(words)
    opens = clause and (
        words[index + 2].tag in _CLAUSE_STARTS or lowered[index + 2] in _CLAUSE_VERBS
    )
    if lowered[index] == "feel" and opens:
        return "gate:feel-no-feeling"  # "I feel that the invoices sorted": no feeling named
    free_of = lowered[index : index + 2] == ["free", "of"] and index + 2 < len(words)
    if free_of and words[index + 2].tag in ("IN", "WRB"):
        return "gate:feel-no-feeling"  # "I am free of after a month …"
    thing = words[index + 1].tag == "PRP$" or lowered[index + 1] in ("the", "a", "an", "some")
    if lowered[index] == "feel" and thing:  # ("that stressed": a degree, not a thing)
        later = words[index + 2 : index + 6]
        if any(w.tag == "VBN" for w in later) and not any(w.tag == "IN" for w in later):
            return "gate:feel-a-noun"  # "I feel the invoices sorted": a thing's state
    if lowered[index] in ("have", "get") and _clause_after_noun(words[index + 1 :]):
        return "gate:run-on"  # "I have neighbours joke that …"
    return None


def _triple_fault(
    words: Sequence[Word], lowered: list[str], verb: int, index: int, lexicon: Lexicon
) -> str | None:
    """A fault of the word at ``index`` with the two after it."""
    if lowered[index : index + 2] == ["feel", "in"] and not vocabulary().has(
        "felt_in", lowered[index + 2]
    ):
        return "gate:feel-no-feeling"  # "I feel in the mirror": the feeling word is lost
    feel_fault = _feel_object_fault(words, lowered, index, lexicon)
    if feel_fault:
        return feel_fault
    able_to = lowered[index : index + 2] == ["able", "to"]
    if able_to and vocabulary().has("not_abilities", words[index + 2].lemma or lowered[index + 2]):
        return "gate:not-an-ability"  # "I am able to hope"
    if able_to and words[index + 2].tag[:2] in ("JJ", "NN", "DT", "IN", "CD", "PR"):
        return "gate:not-an-ability"  # "I am able to senior": no verb after "to"
    if _verb_after_object(words, lowered, index):
        return "gate:run-on"  # "The couples book me see a …": two predicates, no join
    if _passive_with_object(words, lowered, verb, index):
        return "gate:passive-with-object"  # "I am not failed the family": a perfect misread
    if lowered[index] in ("and", "or") and lowered[index + 1] == "be" and verb < index:
        return "gate:agreement"  # "I look back on the year and be glad": a bare verb joined on
    return None


def _feel_object_fault(
    words: Sequence[Word], lowered: list[str], index: int, lexicon: Lexicon
) -> str | None:
    """ "feel" followed by someone or something rather than a feeling."""
    if lowered[index] != "feel":
        return None
    if lowered[index + 1] in ("them", "him", "her", "it", "us"):
        return "gate:feel-a-noun"  # "I don't feel them jealous": someone else's feeling
    if words[index + 1].tag == "VBN" and words[index + 2].tag in ("NN", "PRP"):
        return "gate:feel-a-noun"  # "I don't feel forgotten something": an object, no state
    if words[index + 1].tag == "PRP$" or lowered[index + 1] in ("the", "a", "an", "some"):
        noun = next((w for w in words[index + 2 :] if w.tag.startswith("NN")), None)
        if noun is not None and lexicon.has("person", noun.lemma or noun.text):
            return "gate:feel-a-noun"  # "I feel a good sister"
    return None


_OBJECTS = frozenset({"me", "us", "him", "them"})
_CAUSATIVES = frozenset({"make", "let", "help", "have", "see", "watch", "hear", "notice", "bid"})


def _verb_after_object(words: Sequence[Word], lowered: Sequence[str], index: int) -> bool:
    """An object pronoun followed by a bare verb after a verb that does not take one ("book me
    see"; "makes me feel", "let us know" do)."""
    if index == 0 or lowered[index] not in _OBJECTS or words[index + 1].tag not in ("VB", "VBP"):
        return False
    if lowered[index + 1] == "like":
        return False  # "treat me like …": a preposition the tagger took for a verb
    before = words[index - 1]
    return is_verb(before) and (before.lemma or lowered[index - 1]).lower() not in _CAUSATIVES


def _passive_with_object(
    words: Sequence[Word], lowered: Sequence[str], verb: int, index: int
) -> bool:
    """ "am/is/are [not] <participle> the/my …" with a participle that takes no second object
    ("I am given the keys" does)."""
    if index != verb or lowered[verb] not in ("am", "is", "are", "'m", "'re"):
        return False
    at = verb + 2 if lowered[verb + 1] == "not" else verb + 1
    if at + 1 >= len(words) or words[at].tag != "VBN":
        return False
    thing = words[at + 1].tag == "PRP$" or lowered[at + 1] in ("the", "a", "an")
    return thing and not vocabulary().has("two_object_participles", lowered[at])


def _second_person(words: Sequence[Word]) -> str | None:
    if {w.text.lower() for w in words} & _VOCAB.words("second_person"):
        return "gate:second-person"
    return None


_FILLERS = _VOCAB.words("fillers")
_HEDGES = _VOCAB.words("hedges")
_MARKERS = _VOCAB.words("discourse_markers")
_HEDGE_PAIRS = _VOCAB.words("hedge_pairs")
_PAIR_STARTS = frozenset(pair.split()[0] for pair in _HEDGE_PAIRS)


def _filler(words: Sequence[Word]) -> str | None:
    lowered = [w.text.lower() for w in words]
    present = set(lowered)
    if present & _FILLERS or any(
        (w.tag == "UH" and t not in ("yes", "no", "like")) or INTERJECTION.match(t)
        for w, t in zip(words, lowered, strict=True)
    ):
        return "gate:filler"  # "I feel hmm"; "said yes" is no filler
    if present & _HEDGES:
        return "gate:hedge"
    padded = [",", *lowered, ","]
    for index, text in enumerate(lowered):
        before, after = padded[index], padded[index + 2]
        if text in _MARKERS and "," in (before, after) and index < 2:
            return "gate:filler"  # "Well, …", "So, …"
        if (
            text == "like"
            and before == ","
            and (after == "," or (index + 1 < len(words) and words[index + 1].tag == "RB"))
        ):
            return "gate:filler"  # "I feel, like, calm", "stressed, like genuinely, every week"
        if text in _PAIR_STARTS and " ".join(lowered[index : index + 2]) in _HEDGE_PAIRS:
            following = words[index + 2] if index + 2 < len(words) else None
            if _hedging(lowered[index], words[index - 1] if index else None, following):
                return "gate:hedge"
    return None


def _hedging(first: str, before: Word | None, following: Word | None) -> bool:
    """ "kind of panicked" hedges, "this kind of work" does not; "I guess I …" hedges,
    "I think about it" does not."""
    if first in ("i", "you"):
        return following is None or following.tag not in ("IN", "RP")
    return before is None or before.tag not in ("DT", "WDT", "JJ", "PRP$")


def _dangling(words: Sequence[Word]) -> str | None:
    content = [w for w in words if w.text[:1].isalnum()]
    if len(content) < 2:
        return "gate:too-short"
    vocab = vocabulary()
    if vocab.has("never_last", content[-1].text):
        return "gate:dangling-end"
    last = len(words) - 1
    while last > 0 and not words[last].text[:1].isalnum():
        last -= 1
    named = any(w.tag.startswith("NN") for w in words[:last])
    for index in (0, last):
        # a pronoun that stands alone as the subject ("It matters") or at the end with nothing
        # named before it ("I don't have to think about it")
        if index == last and named:
            continue
        word = words[index]
        text = word.text.lower()
        following = words[index + 1] if index < len(words) - 1 else None
        if vocab.has("needs_antecedent", text) and word.tag in ("PRP", ""):
            return "gate:dangling-pronoun"
        if (
            vocab.has("demonstratives", text)
            and (word.tag in ("DT", "") or index in (0, last))  # ends on "that": always dangles
            and (following is None or following.tag[:2] not in ("NN", "JJ", "CD"))
        ):
            return "gate:dangling-pronoun"  # "… think about that"
    return None
